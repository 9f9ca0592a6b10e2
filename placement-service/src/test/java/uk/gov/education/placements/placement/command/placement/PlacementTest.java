package uk.gov.education.placements.placement.command.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.placement.command.Placements.anyProvider;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;
import static uk.gov.education.placements.placement.command.Placements.primaryDetails;
import static uk.gov.education.placements.placement.command.Placements.primaryForm;
import static uk.gov.education.placements.placement.command.Placements.secondaryDetails;
import static uk.gov.education.placements.placement.command.Placements.secondaryForm;

import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDeleted;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementProviderUnassigned;
import uk.gov.education.placements.events.PlacementUpdated;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.FakeSchools;

class PlacementTest {

    private final SchoolUrn school = anyUrn();
    private final PlacementId id = PlacementId.random();
    private final ProviderCode provider = anyProvider();
    private final FakeSchools schools = new FakeSchools();
    private AggregateTestFixture<Placement> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Placement.class);
        fixture.registerInjectableResource(schools);
    }

    private PlacementCreated created() {
        return new PlacementCreated(id.value(), school.value(), primaryDetails());
    }

    @Test
    void createsAPlacementOnceTheSchoolHasAPlacementContact() {
        schools.withContact(school);
        fixture.givenNoPriorActivity()
                .when(new CreatePlacementCommand(id, school, primaryForm()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(CreationOutcome.CREATED)
                .expectEvents(created());
    }

    @Test
    void refusesAPlacementWhileTheSchoolHasNoPlacementContact() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlacementCommand(id, school, primaryForm()))
                .expectException(PlacementContactMissing.class)
                .expectExceptionMessage("Before you add a placement, you must add a placement contact "
                        + "so that the teacher training providers can contact you.")
                .expectNoEvents();
    }

    @Test
    void refusesAPlacementWhoseDetailsBreakTheRules() {
        schools.withContact(school);
        PlacementForm noSubject = new PlacementForm("primary", null, List.of(), "year_1", List.of(), "2025/26", List.of());
        fixture.givenNoPriorActivity()
                .when(new CreatePlacementCommand(id, school, noSubject))
                .expectException(InvalidPlacementDetails.class)
                .expectExceptionMessage("Select a subject")
                .expectNoEvents();
    }

    @Test
    void aRepeatedIdenticalCreateChangesNothing() {
        fixture.given(created())
                .when(new CreatePlacementCommand(id, school, primaryForm()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(CreationOutcome.ALREADY_CREATED)
                .expectNoEvents();
    }

    @Test
    void aRepeatedCreateIsRecognisedEvenAfterThePlacementWasEdited() {
        fixture.given(created(), new PlacementUpdated(id.value(), school.value(), secondaryDetails()))
                .when(new CreatePlacementCommand(id, school, primaryForm()))
                .expectResultMessagePayload(CreationOutcome.ALREADY_CREATED)
                .expectNoEvents();
    }

    @Test
    void refusesACreateThatReusesAnIdWithOtherDetails() {
        schools.withContact(school);
        fixture.given(created())
                .when(new CreatePlacementCommand(id, school, secondaryForm()))
                .expectException(PlacementIdTaken.class)
                .expectNoEvents();
    }

    @Test
    void refusesACreateThatReusesAnIdForAnotherSchool() {
        SchoolUrn other = anyUrn();
        schools.withContact(other);
        fixture.given(created())
                .when(new CreatePlacementCommand(id, other, primaryForm()))
                .expectException(PlacementIdTaken.class)
                .expectNoEvents();
    }

    @Test
    void editsPublishTheWholeDetailsAfterTheEdit() {
        schools.withContact(school);
        PlacementForm values = new PlacementForm(null, null, null, "year_5", List.of("A Mentor", "B Mentor"), null, null);
        PlacementDetails expected = new PlacementDetails("primary", "primary_with_mathematics", List.of(), "year_5",
                List.of("A Mentor", "B Mentor"), "2025/26", List.of("autumn", "spring"));
        fixture.given(created())
                .when(new EditPlacementCommand(id, new PlacementFormPatch(values, Set.of("yearGroup", "mentors"))))
                .expectEvents(new PlacementUpdated(id.value(), school.value(), expected));
    }

    @Test
    void anEditThatChangesNothingPublishesNothing() {
        schools.withContact(school);
        PlacementForm values = new PlacementForm(null, null, null, "year_2", null, null, null);
        fixture.given(created())
                .when(new EditPlacementCommand(id, new PlacementFormPatch(values, Set.of("yearGroup"))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnEditWhileTheSchoolHasNoPlacementContact() {
        PlacementForm values = new PlacementForm(null, null, null, "year_5", null, null, null);
        fixture.given(created())
                .when(new EditPlacementCommand(id, new PlacementFormPatch(values, Set.of("yearGroup"))))
                .expectException(PlacementContactMissing.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEditThatLeavesAPrimaryPlacementWithoutAYearGroup() {
        schools.withContact(school);
        PlacementForm values = new PlacementForm(null, null, null, null, null, null, null);
        fixture.given(created())
                .when(new EditPlacementCommand(id, new PlacementFormPatch(values, Set.of("yearGroup"))))
                .expectException(InvalidPlacementDetails.class)
                .expectExceptionMessage("Select a year group")
                .expectNoEvents();
    }

    @Test
    void refusesAnEditOfAPlacementThatDoesNotExist() {
        schools.withContact(school);
        fixture.givenNoPriorActivity()
                .when(new EditPlacementCommand(id, new PlacementFormPatch(primaryForm(), Set.of("phase"))))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void assignsAPartnerProvider() {
        schools.withPartner(school, provider);
        fixture.given(created())
                .when(new AssignProviderCommand(id, provider))
                .expectEvents(new PlacementProviderAssigned(id.value(), school.value(), provider.value()));
    }

    @Test
    void refusesToAssignAProviderThatIsNotAPartnerOfTheSchool() {
        schools.withPartner(anyUrn(), provider);
        fixture.given(created())
                .when(new AssignProviderCommand(id, provider))
                .expectException(NotAPartnerProvider.class)
                .expectNoEvents();
    }

    @Test
    void assigningAnotherProviderUnassignsTheFirstOneExplicitly() {
        ProviderCode second = anyProvider();
        schools.withPartner(school, provider).withPartner(school, second);
        fixture.given(created(), new PlacementProviderAssigned(id.value(), school.value(), provider.value()))
                .when(new AssignProviderCommand(id, second))
                .expectEvents(new PlacementProviderUnassigned(id.value(), school.value(), provider.value()),
                        new PlacementProviderAssigned(id.value(), school.value(), second.value()));
    }

    @Test
    void assigningTheSameProviderAgainChangesNothing() {
        fixture.given(created(), new PlacementProviderAssigned(id.value(), school.value(), provider.value()))
                .when(new AssignProviderCommand(id, provider))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unassignsTheProvider() {
        fixture.given(created(), new PlacementProviderAssigned(id.value(), school.value(), provider.value()))
                .when(new UnassignProviderCommand(id))
                .expectEvents(new PlacementProviderUnassigned(id.value(), school.value(), provider.value()));
    }

    @Test
    void unassigningAnAvailablePlacementChangesNothing() {
        fixture.given(created())
                .when(new UnassignProviderCommand(id))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void deletesAnAvailablePlacement() {
        fixture.given(created(),
                        new PlacementProviderAssigned(id.value(), school.value(), provider.value()),
                        new PlacementProviderUnassigned(id.value(), school.value(), provider.value()))
                .when(new DeletePlacementCommand(id))
                .expectEvents(new PlacementDeleted(id.value(), school.value()))
                .expectMarkedDeleted();
    }

    @Test
    void refusesToDeleteAnAssignedPlacement() {
        fixture.given(created(), new PlacementProviderAssigned(id.value(), school.value(), provider.value()))
                .when(new DeletePlacementCommand(id))
                .expectException(PlacementAssigned.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedPlacementTakesNoMoreCommands() {
        fixture.given(created(), new PlacementDeleted(id.value(), school.value()))
                .when(new UnassignProviderCommand(id))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void theIdOfADeletedPlacementCannotBeCreatedAgain() {
        schools.withContact(school);
        fixture.given(created(), new PlacementDeleted(id.value(), school.value()))
                .when(new CreatePlacementCommand(id, school, primaryForm()))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theSchoolsContactDoesNotMatterToAssignments() {
        assertThat(schools.hasPlacementContact(school)).isFalse();
        schools.withPartner(school, provider);
        fixture.given(created())
                .when(new AssignProviderCommand(id, provider))
                .expectSuccessfulHandlerExecution();
    }
}
