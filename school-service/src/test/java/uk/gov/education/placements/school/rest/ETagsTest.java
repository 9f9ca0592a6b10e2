package uk.gov.education.placements.school.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.gov.education.placements.school.command.ExpectedVersion;
import uk.gov.education.placements.support.web.EntityTags;
import uk.gov.education.placements.support.web.EntityTags.Tag;

class ETagsTest {

    @Test
    void the_entity_tag_is_the_quoted_version() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void no_if_match_or_a_star_is_unconditional() {
        assertThat(ETags.ifMatch(null)).isEqualTo(ExpectedVersion.any());
        assertThat(ETags.ifMatch(new EntityTags(true, List.of()))).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void strong_version_tags_are_the_versions_expected() {
        assertThat(ETags.ifMatch(tags(new Tag(false, "3")))).isEqualTo(ExpectedVersion.exactly(3));
        assertThat(ETags.ifMatch(tags(new Tag(false, "3"), new Tag(false, "5"), new Tag(false, "8"))))
                .isEqualTo(ExpectedVersion.oneOf(Set.of(3L, 5L, 8L)));
    }

    @Test
    void weak_or_foreign_tags_can_never_match() {
        assertThat(ETags.ifMatch(tags(new Tag(true, "3")))).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(ETags.ifMatch(tags(new Tag(false, "abc"), new Tag(false, "0003"), new Tag(false, "a,b"))))
                .isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(ETags.ifMatch(tags(new Tag(false, "99999999999999999999")))).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    }

    private static EntityTags tags(Tag... tags) {
        return new EntityTags(false, List.of(tags));
    }
}
