package uk.gov.education.placements.school.command;

import static uk.gov.education.placements.school.command.Schools.added;
import static uk.gov.education.placements.school.command.Schools.anyUrn;
import static uk.gov.education.placements.school.command.Schools.changed;
import static uk.gov.education.placements.school.command.Schools.contact;
import static uk.gov.education.placements.school.command.Schools.jane;
import static uk.gov.education.placements.school.command.Schools.onboarded;
import static uk.gov.education.placements.school.command.Schools.sharedMailbox;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.SchoolOnboarded;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchoolTest {

    private final SchoolUrn urn = anyUrn();
    private AggregateTestFixture<School> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(School.class);
    }

    @Test
    void onboardingRecordsTheSchoolWithItsTrimmedName() {
        fixture.givenNoPriorActivity()
                .when(new OnboardSchoolCommand(urn, new SchoolName("  Hillside Primary School ")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SchoolOnboarded(urn.value(), "Hillside Primary School"));
    }

    @Test
    void addingTheFirstContactRecordsTheWholeContactAndAnswersTheNewVersion() {
        PlacementContact contact = contact(" Jane ", "   ", "  Jane.Doe@Example.COM ");

        fixture.given(onboarded(urn))
                .when(new AddPlacementContactCommand(urn, contact))
                .expectEvents(new PlacementContactAdded(urn.value(), "Jane", null, "jane.doe@example.com"))
                .expectResultMessagePayload(new VersionedContact(contact, 1));
    }

    @Test
    void aSharedMailboxWithoutNamesCanBeTheContact() {
        fixture.given(onboarded(urn))
                .when(new AddPlacementContactCommand(urn, sharedMailbox()))
                .expectEvents(new PlacementContactAdded(urn.value(), null, null, "placements@example.com"));
    }

    @Test
    void aContactForASchoolThatWasNeverOnboardedIsRefusedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AddPlacementContactCommand(urn, jane()))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Nested
    class OnlyOneContactPerSchool {

        @Test
        void aSecondAddIsRefusedWithTheServicesMessage() {
            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new AddPlacementContactCommand(urn, sharedMailbox()))
                    .expectException(PlacementContactAlreadyAdded.class)
                    .expectExceptionMessage("Placement contact has already been added.")
                    .expectNoEvents();
        }

        @Test
        void aSecondAddIsRefusedEvenAfterAChange() {
            fixture.given(onboarded(urn), added(urn, jane()), changed(urn, sharedMailbox()))
                    .when(new AddPlacementContactCommand(urn, jane()))
                    .expectException(PlacementContactAlreadyAdded.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ContactMustExistToChange {

        @Test
        void aChangeBeforeAnyContactIsRefused() {
            fixture.given(onboarded(urn))
                    .when(new ChangePlacementContactCommand(urn, jane()))
                    .expectException(NoPlacementContactYet.class)
                    .expectExceptionMessage(NoPlacementContactYet.MESSAGE)
                    .expectNoEvents();
        }

        @Test
        void aChangeReplacesTheWholeContact() {
            PlacementContact mailbox = contact(null, "  ", "Placements@School.example");

            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, mailbox))
                    .expectEvents(changed(urn, contact(null, null, "placements@school.example")))
                    .expectResultMessagePayload(new VersionedContact(mailbox, 2));
        }
    }

    @Nested
    class UnchangedContactEmitsNothing {

        @Test
        void detailsEqualAfterNormalisationEmitNoEventAndKeepTheVersion() {
            PlacementContact sameButMessy = contact("  Jane", "Doe  ", " JANE.DOE@example.com");

            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, sameButMessy))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new VersionedContact(jane(), 1));
        }

        @Test
        void aChangeOfCaseInANameIsAChange() {
            PlacementContact lowerCaseName = contact("jane", "Doe", "jane.doe@example.com");

            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, lowerCaseName))
                    .expectEvents(changed(urn, lowerCaseName));
        }
    }

    @Nested
    class ExpectedVersionMustBeCurrent {

        @Test
        void aChangeNamingTheCurrentVersionGoesAhead() {
            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, sharedMailbox(), ExpectedVersion.exactly(1)))
                    .expectEvents(changed(urn, sharedMailbox()));
        }

        @Test
        void aChangeNamingAnOlderVersionIsRefusedAndChangesNothing() {
            fixture.given(onboarded(urn), added(urn, jane()), changed(urn, sharedMailbox()))
                    .when(new ChangePlacementContactCommand(urn, jane(), ExpectedVersion.exactly(1)))
                    .expectException(SchoolVersionMismatch.class)
                    .expectNoEvents();
        }

        @Test
        void aChangeNamingAVersionNotReachedYetIsRefused() {
            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, sharedMailbox(), ExpectedVersion.exactly(7)))
                    .expectException(SchoolVersionMismatch.class)
                    .expectNoEvents();
        }

        @Test
        void anAddNamingTheOnboardedVersionGoesAhead() {
            fixture.given(onboarded(urn))
                    .when(new AddPlacementContactCommand(urn, jane(), ExpectedVersion.exactly(0)))
                    .expectEvents(added(urn, jane()));
        }

        @Test
        void aConditionNoVersionCanMeetIsRefused() {
            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, sharedMailbox(), ExpectedVersion.oneOf(java.util.Set.of())))
                    .expectException(SchoolVersionMismatch.class)
                    .expectNoEvents();
        }
    }
}
