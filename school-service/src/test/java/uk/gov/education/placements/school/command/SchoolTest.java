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
    void onboarding_records_the_school_with_its_trimmed_name() {
        fixture.givenNoPriorActivity()
                .when(new OnboardSchoolCommand(urn, new SchoolName("  Hillside Primary School ")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SchoolOnboarded(urn.value(), "Hillside Primary School"));
    }

    @Test
    void adding_the_first_contact_records_the_whole_contact_and_answers_the_new_version() {
        PlacementContact contact = contact(" Jane ", "   ", "  Jane.Doe@Example.COM ");

        fixture.given(onboarded(urn))
                .when(new AddPlacementContactCommand(urn, contact))
                .expectEvents(new PlacementContactAdded(urn.value(), "Jane", null, "jane.doe@example.com"))
                .expectResultMessagePayload(new VersionedContact(contact, 1));
    }

    @Test
    void a_shared_mailbox_without_names_can_be_the_contact() {
        fixture.given(onboarded(urn))
                .when(new AddPlacementContactCommand(urn, sharedMailbox()))
                .expectEvents(new PlacementContactAdded(urn.value(), null, null, "placements@example.com"));
    }

    @Test
    void a_contact_for_a_school_that_was_never_onboarded_is_refused_as_not_found() {
        fixture.givenNoPriorActivity()
                .when(new AddPlacementContactCommand(urn, jane()))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Nested
    class onlyOneContactPerSchool {

        @Test
        void a_second_add_is_refused_with_the_services_message() {
            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new AddPlacementContactCommand(urn, sharedMailbox()))
                    .expectException(PlacementContactAlreadyAdded.class)
                    .expectExceptionMessage("Placement contact has already been added.")
                    .expectNoEvents();
        }

        @Test
        void a_second_add_is_refused_even_after_a_change() {
            fixture.given(onboarded(urn), added(urn, jane()), changed(urn, sharedMailbox()))
                    .when(new AddPlacementContactCommand(urn, jane()))
                    .expectException(PlacementContactAlreadyAdded.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class contactMustExistToChange {

        @Test
        void a_change_before_any_contact_is_refused() {
            fixture.given(onboarded(urn))
                    .when(new ChangePlacementContactCommand(urn, jane()))
                    .expectException(NoPlacementContactYet.class)
                    .expectExceptionMessage(NoPlacementContactYet.MESSAGE)
                    .expectNoEvents();
        }

        @Test
        void a_change_replaces_the_whole_contact() {
            PlacementContact mailbox = contact(null, "  ", "Placements@School.example");

            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, mailbox))
                    .expectEvents(changed(urn, contact(null, null, "placements@school.example")))
                    .expectResultMessagePayload(new VersionedContact(mailbox, 2));
        }
    }

    @Nested
    class unchangedContactEmitsNothing {

        @Test
        void details_equal_after_normalisation_emit_no_event_and_keep_the_version() {
            PlacementContact sameButMessy = contact("  Jane", "Doe  ", " JANE.DOE@example.com");

            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, sameButMessy))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new VersionedContact(jane(), 1));
        }

        @Test
        void a_change_of_case_in_a_name_is_a_change() {
            PlacementContact lowerCaseName = contact("jane", "Doe", "jane.doe@example.com");

            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, lowerCaseName))
                    .expectEvents(changed(urn, lowerCaseName));
        }
    }

    @Nested
    class expectedVersionMustBeCurrent {

        @Test
        void a_change_naming_the_current_version_goes_ahead() {
            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, sharedMailbox(), ExpectedVersion.exactly(1)))
                    .expectEvents(changed(urn, sharedMailbox()));
        }

        @Test
        void a_change_naming_an_older_version_is_refused_and_changes_nothing() {
            fixture.given(onboarded(urn), added(urn, jane()), changed(urn, sharedMailbox()))
                    .when(new ChangePlacementContactCommand(urn, jane(), ExpectedVersion.exactly(1)))
                    .expectException(SchoolVersionMismatch.class)
                    .expectNoEvents();
        }

        @Test
        void a_change_naming_a_version_not_reached_yet_is_refused() {
            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, sharedMailbox(), ExpectedVersion.exactly(7)))
                    .expectException(SchoolVersionMismatch.class)
                    .expectNoEvents();
        }

        @Test
        void an_add_naming_the_onboarded_version_goes_ahead() {
            fixture.given(onboarded(urn))
                    .when(new AddPlacementContactCommand(urn, jane(), ExpectedVersion.exactly(0)))
                    .expectEvents(added(urn, jane()));
        }

        @Test
        void a_condition_no_version_can_meet_is_refused() {
            fixture.given(onboarded(urn), added(urn, jane()))
                    .when(new ChangePlacementContactCommand(urn, sharedMailbox(), ExpectedVersion.oneOf(java.util.Set.of())))
                    .expectException(SchoolVersionMismatch.class)
                    .expectNoEvents();
        }
    }
}
