package uk.gov.education.placements.events;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SchoolOnboarded(String schoolUrn, String name) implements SchoolEvent {

    public SchoolOnboarded {
        EventFields.urn(schoolUrn);
        EventFields.text("name", name);
    }
}
