package uk.gov.education.placements.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "application/json; charset=utf-8", "a\tb", "Zoë", ""})
    void acceptsPrintableTextAndTab(String value) {
        assertThat(HeaderCharacters.acceptable(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "line\nbreak", "carriage\rreturn", "bell\u0007", "delete\u007f", "c1\u0085control"})
    void refusesControlCharacters(String value) {
        assertThat(HeaderCharacters.acceptable(value)).isFalse();
    }
}
