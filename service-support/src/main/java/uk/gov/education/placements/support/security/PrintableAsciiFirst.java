package uk.gov.education.placements.support.security;

import java.util.function.Predicate;

/**
 * Spring Security's firewall rule for header names or values, with a fast path in front: a text of
 * printable ASCII only (U+0020 to U+007E, every character of a bearer token, a media type, an
 * entity tag, a trace context) is accepted without running the rule's regular expression, which
 * tests each character for "assigned and not a control character" by Unicode property. Printable
 * ASCII is assigned and never a control character, so the answer is the rule's own; anything else
 * (a tab, a control character, any character above U+007E, null) is decided by the rule itself.
 *
 * <p>Why: the firewall checks a header each time something reads it, and a request's Authorization
 * header (some 800 characters) is read four times (the DPoP matcher, the bearer-token resolver,
 * StrictHeadersFilter and RequestHeaders); the expression was 7-8 % of school-service's CPU
 * samples in the benchmark's profile (BENCHMARKS.md).
 */
final class PrintableAsciiFirst implements Predicate<String> {

    private final Predicate<String> rule;

    private PrintableAsciiFirst(Predicate<String> rule) {
        this.rule = rule;
    }

    static Predicate<String> before(Predicate<String> rule) {
        return new PrintableAsciiFirst(rule);
    }

    @Override
    public boolean test(String text) {
        return isPrintableAscii(text) || rule.test(text);
    }

    static boolean isPrintableAscii(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
