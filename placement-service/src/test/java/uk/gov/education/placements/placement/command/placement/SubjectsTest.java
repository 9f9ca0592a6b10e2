package uk.gov.education.placements.placement.command.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SubjectsTest {

    private final Subjects subjects = Subjects.reference();

    @Test
    void everySubjectHasAPhase() {
        assertThat(subjects.all()).isNotEmpty().allSatisfy(subject -> assertThat(subject.phase()).isNotNull());
    }

    @Test
    void listsPrimaryAndSecondarySubjects() {
        assertThat(subjects.all()).extracting(Subject::phase).contains(Phase.PRIMARY, Phase.SECONDARY);
        assertThat(subjects.byCode("primary_with_mathematics")).get().extracting(Subject::phase).isEqualTo(Phase.PRIMARY);
        assertThat(subjects.byCode("physics")).get().extracting(Subject::phase).isEqualTo(Phase.SECONDARY);
    }

    @Test
    void additionalSubjectsBelongToATopLevelSubjectOfTheirPhase() {
        Subject languages = subjects.byCode("modern_languages").orElseThrow();
        assertThat(subjects.additionalSubjectsOf(languages)).extracting(Subject::code).contains("french", "spanish");
        assertThat(subjects.all()).filteredOn(subject -> !subject.isTopLevel()).allSatisfy(child -> {
            Subject parent = subjects.byCode(child.parentCode()).orElseThrow();
            assertThat(parent.isTopLevel()).isTrue();
            assertThat(parent.phase()).isEqualTo(child.phase());
        });
    }

    @Test
    void everySubjectHasANameAndACodeOfLowerCaseWords() {
        assertThat(subjects.all()).allSatisfy(subject -> {
            assertThat(subject.name()).isNotBlank();
            assertThat(subject.code()).matches("[a-z]+(_[a-z]+)*");
        });
    }

    @Test
    void aSubjectWithoutAPhaseIsNotReferenceData() {
        assertThatThrownBy(() -> new Subject("latin", "Latin", null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesReferenceDataThatListsASubjectTwice() {
        Subject physics = new Subject("physics", "Physics", Phase.SECONDARY, null);
        assertThatThrownBy(() -> new Subjects(List.of(physics, physics))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnAdditionalSubjectOfAnotherPhase() {
        Subject parent = new Subject("modern_languages", "Modern languages", Phase.SECONDARY, null);
        Subject child = new Subject("french", "French", Phase.PRIMARY, "modern_languages");
        assertThatThrownBy(() -> new Subjects(List.of(parent, child))).isInstanceOf(IllegalStateException.class);
    }
}
