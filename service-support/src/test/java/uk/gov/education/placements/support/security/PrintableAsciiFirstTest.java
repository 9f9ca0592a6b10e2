package uk.gov.education.placements.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The fast path must never change the firewall's answer: Spring Security's own rules are the oracle,
 * for every code point there is, alone and inside a header-like text, and for random texts.
 */
class PrintableAsciiFirstTest {

    private static final Predicate<String> NAMES = StrictHttpFirewall.ALLOWED_HEADER_NAMES;
    private static final Predicate<String> VALUES = StrictHttpFirewall.ALLOWED_HEADER_VALUES;

    @Test
    void givesSpringSecuritysAnswerForEveryCodePointAloneAndInsideAText() {
        Predicate<String> names = PrintableAsciiFirst.before(NAMES);
        Predicate<String> values = PrintableAsciiFirst.before(VALUES);
        int refused = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            String inside = "Bearer eyJhbGci" + alone + "OiJSUzI1NiJ9";
            for (String text : new String[] {alone, inside}) {
                assertThat(names.test(text)).as("name U+%04X", codePoint).isEqualTo(NAMES.test(text));
                assertThat(values.test(text)).as("value U+%04X", codePoint).isEqualTo(VALUES.test(text));
            }
            refused += VALUES.test(alone) ? 0 : 1;
        }
        // The oracle does refuse: control characters and unassigned code points.
        assertThat(refused).isGreaterThan(1000);
    }

    @Test
    void givesSpringSecuritysAnswerForRandomTexts() {
        Predicate<String> names = PrintableAsciiFirst.before(NAMES);
        Predicate<String> values = PrintableAsciiFirst.before(VALUES);
        Random random = new Random(20261202);
        int[] ranges = {0x80, 0x100, 0x800, 0x10000, Character.MAX_CODE_POINT + 1};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                // Mostly printable ASCII, as real headers are, with now and then anything at all.
                text.appendCodePoint(random.nextInt(10) < 8 ? 0x20 + random.nextInt(0x5f) : random.nextInt(ranges[random.nextInt(ranges.length)]));
            }
            String value = text.toString();
            assertThat(names.test(value)).as("name %s", value).isEqualTo(NAMES.test(value));
            assertThat(values.test(value)).as("value %s", value).isEqualTo(VALUES.test(value));
        }
    }

    @Test
    void acceptsPrintableAsciiAndLeavesEverythingElseToTheRule() {
        Predicate<String> refuseAll = text -> false;
        Predicate<String> fast = PrintableAsciiFirst.before(refuseAll);
        assertThat(fast.test("Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig-_~")).isTrue();
        assertThat(fast.test("")).isTrue();
        assertThat(fast.test(" !\"#~")).isTrue();
        assertThat(fast.test("a\tb")).isFalse();
        assertThat(fast.test("caf\u00e9")).isFalse();
        assertThat(fast.test("\u007f")).isFalse();
        assertThat(fast.test(null)).isFalse();
        // A tab is the rule's to allow in a value (it does) and to refuse in a name (it does).
        assertThat(PrintableAsciiFirst.before(VALUES).test("a\tb")).isTrue();
        assertThat(PrintableAsciiFirst.before(NAMES).test("a\tb")).isFalse();
    }
}
