package uk.gov.education.placements.school.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WHATWG "valid e-mail address" rule, as the production service applies it (normalise, then
 * match Ruby's URI::MailTo::EMAIL_REGEXP), plus our length limit and refusal of control characters.
 */
class EmailAddressTest {

    private static final String LABEL_63 = "a".repeat(63);
    private static final String LABEL_64 = "a".repeat(64);

    static Stream<Arguments> validAddresses() {
        return Stream.of(
                valid("name@example.com", "name@example.com", "the plain case"),
                valid("a@localhost", "a@localhost", "no top-level domain is required"),
                valid("name+tag@sub.example.co.uk", "name+tag@sub.example.co.uk", "plus tags and several subdomains"),
                valid("  Name@Example.COM  ", "name@example.com", "trimmed and lower-cased before the check"),
                valid("first.last@example.com", "first.last@example.com", "dots in the local part"),
                valid(".name@example.com", ".name@example.com", "WHATWG allows a leading dot in the local part (RFC 5322 does not)"),
                valid("name.@example.com", "name.@example.com", "and a trailing dot"),
                valid("na..me@example.com", "na..me@example.com", "and consecutive dots"),
                valid("!#$%&'*+/=?^_`{|}~-@example.com", "!#$%&'*+/=?^_`{|}~-@example.com", "every special character the local part allows"),
                valid("name@123.45.67.89", "name@123.45.67.89", "all-digit labels, so a dotted IPv4 address passes"),
                valid("1@2", "1@2", "digits alone on both sides"),
                valid("name@xn--bcher-kva.example", "name@xn--bcher-kva.example", "an internationalised domain in punycode"),
                valid("name@ex--ample.com", "name@ex--ample.com", "hyphens inside a label, even two in a row"),
                valid("name@a.b", "name@a.b", "one-character labels"),
                valid("name@" + LABEL_63 + ".com", "name@" + LABEL_63 + ".com", "a domain label of exactly 63 characters"),
                valid("a".repeat(100) + "@example.com", "a".repeat(100) + "@example.com", "WHATWG sets no limit on the local part"),
                valid("a".repeat(242) + "@example.com", "a".repeat(242) + "@example.com", "exactly 254 characters, our upper bound"),
                valid("\u212A@example.com", "k@example.com", "the Kelvin sign lower-cases to an ASCII k, in Ruby as in Java"),
                valid("NAME@EXAMPLE.COM", "name@example.com", "upper case is stored lower-cased"),
                valid("user_name@example.com", "user_name@example.com", "underscores are fine in the local part"));
    }

    static Stream<Arguments> invalidAddresses() {
        return Stream.of(
                invalid(null, EmailAddress.BLANK, "missing"),
                invalid("", EmailAddress.BLANK, "empty"),
                invalid("   ", EmailAddress.BLANK, "only spaces"),
                invalid("\u2003\u00a0", EmailAddress.BLANK, "only Unicode spaces, blank as Rails sees it"),
                invalid("name@", EmailAddress.WRONG_FORMAT, "no domain"),
                invalid("@example.com", EmailAddress.WRONG_FORMAT, "no local part"),
                invalid("nameexample.com", EmailAddress.WRONG_FORMAT, "no @"),
                invalid("name@@example.com", EmailAddress.WRONG_FORMAT, "two @"),
                invalid("name@-example.com", EmailAddress.WRONG_FORMAT, "a label starting with a hyphen"),
                invalid("name@example-.com", EmailAddress.WRONG_FORMAT, "a label ending with a hyphen"),
                invalid("name@-.com", EmailAddress.WRONG_FORMAT, "a label that is only a hyphen"),
                invalid("name@exa_mple.com", EmailAddress.WRONG_FORMAT, "an underscore in the domain"),
                invalid("name example@x.com", EmailAddress.WRONG_FORMAT, "a space in the local part"),
                invalid("name@exa mple.com", EmailAddress.WRONG_FORMAT, "a space in the domain"),
                invalid("name@example..com", EmailAddress.WRONG_FORMAT, "an empty label between dots"),
                invalid("name@.example.com", EmailAddress.WRONG_FORMAT, "a domain starting with a dot"),
                invalid("name@example.com.", EmailAddress.WRONG_FORMAT, "a trailing dot after the domain"),
                invalid("name@" + LABEL_64 + ".com", EmailAddress.WRONG_FORMAT, "a domain label of 64 characters"),
                invalid("name@" + LABEL_64, EmailAddress.WRONG_FORMAT, "a single domain label of 64 characters"),
                invalid("\"name\"@example.com", EmailAddress.WRONG_FORMAT, "quoted local parts are not allowed"),
                invalid("name(comment)@example.com", EmailAddress.WRONG_FORMAT, "parentheses (comments) are not allowed"),
                invalid("name@[127.0.0.1]", EmailAddress.WRONG_FORMAT, "address literals are not allowed"),
                invalid("<name@example.com>", EmailAddress.WRONG_FORMAT, "angle brackets are not allowed"),
                invalid("Jane Doe <jane@example.com>", EmailAddress.WRONG_FORMAT, "a display name is not an address"),
                invalid("name,other@example.com", EmailAddress.WRONG_FORMAT, "commas are not allowed"),
                invalid("name@example.com;other@example.com", EmailAddress.WRONG_FORMAT, "two addresses"),
                invalid("na\\me@example.com", EmailAddress.WRONG_FORMAT, "a backslash is not allowed"),
                invalid("naïve@example.com", EmailAddress.WRONG_FORMAT, "non-ASCII in the local part"),
                invalid("name@exämple.com", EmailAddress.WRONG_FORMAT, "non-ASCII in the domain (it must be punycode)"),
                invalid("name@example.com/path", EmailAddress.WRONG_FORMAT, "a slash in the domain"),
                invalid("name@example:25", EmailAddress.WRONG_FORMAT, "a port"),
                invalid("name@\u2003example.com", EmailAddress.WRONG_FORMAT, "a Unicode space is not trimmed, as in Ruby"),
                invalid("name@example.com\n", EmailAddress.WRONG_FORMAT, "a line break: control characters are refused, not trimmed"),
                invalid("\tname@example.com", EmailAddress.WRONG_FORMAT, "a tab"),
                invalid("name@exa\u0000mple.com", EmailAddress.WRONG_FORMAT, "a NUL character"),
                invalid("name\u007f@example.com", EmailAddress.WRONG_FORMAT, "DEL"),
                invalid("\uD800@example.com", EmailAddress.WRONG_FORMAT, "an unpaired surrogate is not text"),
                invalid("a".repeat(243) + "@example.com", EmailAddress.TOO_LONG, "255 characters, one over our upper bound"),
                invalid("a".repeat(1_000_000) + "@example.com", EmailAddress.TOO_LONG, "a megabyte is refused by length, quickly"));
    }

    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @MethodSource("validAddresses")
    void acceptsAndNormalisesAValidAddress(String raw, String stored, String reason) {
        assertThat(new EmailAddress(raw).value()).as(reason).isEqualTo(stored);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("invalidAddresses")
    void refusesAnInvalidAddressWithTheServicesMessage(String raw, String message, String reason) {
        assertThatThrownBy(() -> new EmailAddress(raw))
                .as(reason)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    private static Arguments valid(String raw, String stored, String reason) {
        return Arguments.of(raw, stored, reason);
    }

    private static Arguments invalid(String raw, String message, String reason) {
        return Arguments.of(raw, message, reason);
    }
}
