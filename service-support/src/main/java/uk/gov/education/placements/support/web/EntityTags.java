package uk.gov.education.placements.support.web;

import java.util.List;

/**
 * An {@code If-Match} header as RFC 9110 13.1.1 defines it: {@code *}, or a list of entity tags,
 * each strong or weak. What a tag means (a version, say) is the service's business.
 */
public record EntityTags(boolean any, List<Tag> tags) {

    public record Tag(boolean weak, String opaque) {
    }

    public EntityTags {
        tags = List.copyOf(tags);
    }
}
