package uk.gov.education.placements.providerview.query;

import java.util.List;
import java.util.Objects;

/** A school as providers see it, with its partner providers' codes in order. */
public record SchoolReadModel(SchoolView school, List<String> partnerProviders) {

    public SchoolReadModel {
        Objects.requireNonNull(school, "school");
        partnerProviders = List.copyOf(partnerProviders);
    }
}
