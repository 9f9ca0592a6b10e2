package uk.gov.education.placements.providerview.query;

import java.util.Objects;

/** A school and one of its partner providers. */
public record Partnership(String schoolUrn, String providerCode) {

    public Partnership {
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(providerCode, "providerCode");
    }
}
