package uk.gov.education.placements.school.command;

/**
 * The checks every free-text value shares. Control characters (Unicode category Cc: tabs, line
 * breaks, NUL, DEL, C1 controls) and unpaired surrogates are refused rather than silently
 * stripped: they have no place in a name or an address, and a value that was changed behind the
 * user's back is worse than a clear 400.
 */
final class Text {

    private Text() {
    }

    static boolean isWellFormedWithoutControls(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Trims as the production service's Ruby {@code String#strip} does. Once control characters are
     * refused, the only ASCII whitespace left is the space, and {@link String#trim()} removes exactly
     * that (Unicode spaces such as U+2003 stay, as they do in Ruby).
     */
    static String trim(String value) {
        return value.trim();
    }

    /** Blank as Rails' {@code blank?} sees it: nothing but whitespace, Unicode spaces included. */
    static boolean isBlank(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Length as users count it: characters, not UTF-16 units. */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
