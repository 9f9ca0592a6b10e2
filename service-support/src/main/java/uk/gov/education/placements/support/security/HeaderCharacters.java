package uk.gov.education.placements.support.security;

/** What the firewall accepts in a header name or value: no control characters but tab. */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    static boolean acceptable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }
}
