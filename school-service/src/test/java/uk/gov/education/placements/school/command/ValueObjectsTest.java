package uk.gov.education.placements.school.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"100000", "1234567"})
    void a_urn_of_six_or_seven_digits_is_its_own_string(String raw) {
        assertThat(new SchoolUrn(raw)).hasToString(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "12345678", "12345a", " 100000", "１００００００", "100000\n", "-10000"})
    void anything_else_is_not_a_urn(String raw) {
        assertThatThrownBy(() -> new SchoolUrn(raw)).isInstanceOf(InvalidValueException.class).hasMessage(SchoolUrn.INVALID);
    }

    @Test
    void names_are_trimmed_and_a_blank_name_is_not_entered() {
        assertThat(PersonName.firstName("  Jane ")).isEqualTo(new PersonName("Jane"));
        assertThat(PersonName.firstName("   ")).isNull();
        assertThat(PersonName.lastName("")).isNull();
        assertThat(PersonName.lastName(null)).isNull();
        assertThat(PersonName.lastName("\u2003")).isNull();
    }

    @Test
    void a_name_may_have_a_hundred_characters_counted_as_people_count_them() {
        assertThat(PersonName.firstName("a".repeat(100))).isNotNull();
        assertThat(PersonName.firstName("\uD83D\uDE00".repeat(100))).isNotNull();
        assertThatThrownBy(() -> PersonName.firstName("a".repeat(101)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("First name must be 100 characters or less");
        assertThatThrownBy(() -> PersonName.lastName("b".repeat(101)))
                .hasMessage("Last name must be 100 characters or less");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ja\u0007ne", "Jane\n", "\tJane", "Ja\u0000ne", "Jane\u0085", "\uDC00Jane", "\t"})
    void a_name_with_control_characters_is_refused_not_cleaned(String raw) {
        assertThatThrownBy(() -> PersonName.lastName(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Last name must not contain control characters");
    }

    @Test
    void a_school_name_is_required_trimmed_and_bounded() {
        assertThat(new SchoolName("  Hillside ").value()).isEqualTo("Hillside");
        assertThatThrownBy(() -> new SchoolName(" ")).hasMessage(SchoolName.BLANK);
        assertThatThrownBy(() -> new SchoolName(null)).hasMessage(SchoolName.BLANK);
        assertThatThrownBy(() -> new SchoolName("x".repeat(201))).hasMessage(SchoolName.TOO_LONG);
        assertThatThrownBy(() -> new SchoolName("Hill\rside")).hasMessage(SchoolName.CONTROL_CHARACTERS);
    }

    @Test
    void an_unconditional_expectation_is_met_by_any_version_and_a_condition_only_by_its_versions() {
        assertThat(ExpectedVersion.any().isMetBy(42)).isTrue();
        assertThat(ExpectedVersion.exactly(3).isMetBy(3)).isTrue();
        assertThat(ExpectedVersion.exactly(3).isMetBy(4)).isFalse();
        assertThat(ExpectedVersion.oneOf(Set.of(2L, 4L)).isMetBy(4)).isTrue();
        assertThat(ExpectedVersion.oneOf(Set.of()).isMetBy(0)).isFalse();
    }
}
