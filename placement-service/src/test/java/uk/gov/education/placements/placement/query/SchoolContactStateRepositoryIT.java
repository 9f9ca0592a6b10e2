package uk.gov.education.placements.placement.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.it.RealPlacementService;
import uk.gov.education.placements.placement.it.SchoolEvents;

@RealPlacementService
class SchoolContactStateRepositoryIT {

    @Autowired
    SchoolContactStateRepository states;

    @Autowired
    SchoolEvents schoolEvents;

    @Test
    void aSchoolItHasNotHeardOfHasNoContactAndNoVersion() {
        SchoolUrn school = anyUrn();
        assertThat(states.hasPlacementContact(school)).isFalse();
        assertThat(states.version(school)).isEqualTo(SchoolContactStateRepository.UNSEEN);
    }

    @Test
    void aSchoolWithoutAContactEventHasNoContactAtItsVersion() {
        SchoolUrn school = anyUrn();
        schoolEvents.onboarded(school.value());

        await().until(() -> states.version(school) == 0);
        assertThat(states.hasPlacementContact(school)).isFalse();
    }

    @Test
    void readsTheVersionsOfSeveralSchoolsAtOnce() {
        SchoolUrn first = anyUrn();
        SchoolUrn second = anyUrn();
        schoolEvents.schoolWithContact(first.value());
        schoolEvents.contactChanged(first.value(), 2);
        schoolEvents.onboarded(second.value());

        await().until(() -> states.version(first) == 2 && states.version(second) == 0);
        assertThat(states.versions(List.of(first.value(), second.value(), anyUrn().value())))
                .containsEntry(first.value(), 2L)
                .containsEntry(second.value(), 0L)
                .hasSize(2);
    }
}
