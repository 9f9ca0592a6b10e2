package uk.gov.education.placements.providerview.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactRedactorTest {

    private final ContactRedactor redactor = new ContactRedactor("test-key");

    @Test
    void theSameEmailAlwaysGetsTheSamePseudonym() {
        assertThat(redactor.emailPseudonym("ada@example.com")).isEqualTo(redactor.emailPseudonym("ada@example.com"));
    }

    @Test
    void casingAndSurroundingBlanksDoNotMakeANewContact() {
        assertThat(redactor.emailPseudonym(" Ada@Example.com ")).isEqualTo(redactor.emailPseudonym("ada@example.com"));
    }

    @Test
    void differentEmailsGetDifferentPseudonyms() {
        assertThat(redactor.emailPseudonym("ada@example.com")).isNotEqualTo(redactor.emailPseudonym("bea@example.com"));
    }

    @Test
    void thePseudonymDependsOnTheKey() {
        assertThat(new ContactRedactor("another-key").emailPseudonym("ada@example.com"))
                .isNotEqualTo(redactor.emailPseudonym("ada@example.com"));
    }

    @Test
    void thePseudonymIsAnHmacSha256AndShowsNothingOfTheAddress() {
        // Expected value from: echo -n "the quick brown fox jumps over the lazy dog" | openssl dgst -sha256 -hmac key
        assertThat(new ContactRedactor("key").emailPseudonym("the quick brown fox jumps over the lazy dog"))
                .isEqualTo("hmac-sha256:7486bd70e6574a2755b8ea4daeb283de65da7e6b055453807d1572d72599cfef");
        assertThat(redactor.emailPseudonym("ada@example.com")).doesNotContain("ada").doesNotContain("example");
    }

    @Test
    void namesAreRedactedButANameNotEnteredStaysNull() {
        assertThat(redactor.name("Ada")).isEqualTo(ContactRedactor.REDACTED);
        assertThat(redactor.name(null)).isNull();
    }

    @Test
    void refusesABlankKey() {
        assertThatThrownBy(() -> new ContactRedactor(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
