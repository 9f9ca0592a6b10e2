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
    void aUrnOfSixOrSevenDigitsIsItsOwnString(String raw) {
        assertThat(new SchoolUrn(raw)).hasToString(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "12345678", "12345a", " 100000", "１００００００", "100000\n", "-10000"})
    void anythingElseIsNotAUrn(String raw) {
        assertThatThrownBy(() -> new SchoolUrn(raw)).isInstanceOf(InvalidValueException.class).hasMessage(SchoolUrn.INVALID);
    }

    @Test
    void namesAreTrimmedAndABlankNameIsNotEntered() {
        assertThat(PersonName.firstName("  Jane ")).isEqualTo(new PersonName("Jane"));
        assertThat(PersonName.firstName("   ")).isNull();
        assertThat(PersonName.lastName("")).isNull();
        assertThat(PersonName.lastName(null)).isNull();
        assertThat(PersonName.lastName("\u2003")).isNull();
    }

    @Test
    void aNameMayHaveAHundredCharactersCountedAsPeopleCountThem() {
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
    void aNameWithControlCharactersIsRefusedNotCleaned(String raw) {
        assertThatThrownBy(() -> PersonName.lastName(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Last name must not contain control characters");
    }

    @Test
    void aSchoolNameIsRequiredTrimmedAndBounded() {
        assertThat(new SchoolName("  Hillside ").value()).isEqualTo("Hillside");
        assertThatThrownBy(() -> new SchoolName(" ")).hasMessage(SchoolName.BLANK);
        assertThatThrownBy(() -> new SchoolName(null)).hasMessage(SchoolName.BLANK);
        assertThatThrownBy(() -> new SchoolName("x".repeat(201))).hasMessage(SchoolName.TOO_LONG);
        assertThatThrownBy(() -> new SchoolName("Hill\rside")).hasMessage(SchoolName.CONTROL_CHARACTERS);
    }

    @Test
    void anUnconditionalExpectationIsMetByAnyVersionAndAConditionOnlyByItsVersions() {
        assertThat(ExpectedVersion.any().isMetBy(42)).isTrue();
        assertThat(ExpectedVersion.exactly(3).isMetBy(3)).isTrue();
        assertThat(ExpectedVersion.exactly(3).isMetBy(4)).isFalse();
        assertThat(ExpectedVersion.oneOf(Set.of(2L, 4L)).isMetBy(4)).isTrue();
        assertThat(ExpectedVersion.oneOf(Set.of()).isMetBy(0)).isFalse();
    }
}
