package uk.gov.education.placements.placement.command.partnership;

import static uk.gov.education.placements.placement.command.Placements.anyProvider;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.events.PartnershipEnded;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.FakeSchools;
import uk.gov.education.placements.placement.command.placement.PlacementId;
import uk.gov.education.placements.placement.command.ProviderCode;

class PartnershipTest {

    private final SchoolUrn school = anyUrn();
    private final ProviderCode provider = anyProvider();
    private final PartnershipId id = new PartnershipId(school, provider);
    private final FakeSchools schools = new FakeSchools();
    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(schools);
    }

    @Test
    void createsAPartnership() {
        fixture.givenNoPriorActivity()
                .when(new CreatePartnershipCommand(id))
                .expectEvents(new PartnershipCreated(school.value(), provider.value()));
    }

    @Test
    void refusesASecondPartnershipOfTheSamePair() {
        fixture.given(new PartnershipCreated(school.value(), provider.value()))
                .when(new CreatePartnershipCommand(id))
                .expectException(PartnershipExists.class)
                .expectNoEvents();
    }

    @Test
    void anEndedPartnershipCanBeCreatedAgain() {
        fixture.given(new PartnershipCreated(school.value(), provider.value()),
                        new PartnershipEnded(school.value(), provider.value()))
                .when(new CreatePartnershipCommand(id))
                .expectEvents(new PartnershipCreated(school.value(), provider.value()));
    }

    @Test
    void endsAPartnershipWithoutAssignedPlacements() {
        schools.withAssigned(anyUrn(), provider, PlacementId.random());
        fixture.given(new PartnershipCreated(school.value(), provider.value()))
                .when(new EndPartnershipCommand(id))
                .expectEvents(new PartnershipEnded(school.value(), provider.value()));
    }

    @Test
    void refusesToEndAPartnershipWhilePlacementsAreAssignedToTheProvider() {
        schools.withAssigned(school, provider, PlacementId.random());
        fixture.given(new PartnershipCreated(school.value(), provider.value()))
                .when(new EndPartnershipCommand(id))
                .expectException(PartnershipHasAssignedPlacements.class)
                .expectNoEvents();
    }

    @Test
    void refusesToEndAPartnershipThatHasAlreadyEnded() {
        fixture.given(new PartnershipCreated(school.value(), provider.value()),
                        new PartnershipEnded(school.value(), provider.value()))
                .when(new EndPartnershipCommand(id))
                .expectException(NoSuchPartnership.class)
                .expectNoEvents();
    }

    @Test
    void refusesToEndAPartnershipThatNeverExisted() {
        fixture.givenNoPriorActivity()
                .when(new EndPartnershipCommand(id))
                .expectException(AggregateNotFoundException.class);
    }
}
