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
    void theEntityTagIsTheQuotedVersion() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void noIfMatchOrAStarIsUnconditional() {
        assertThat(ETags.ifMatch(null)).isEqualTo(ExpectedVersion.any());
        assertThat(ETags.ifMatch(new EntityTags(true, List.of()))).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void strongVersionTagsAreTheVersionsExpected() {
        assertThat(ETags.ifMatch(tags(new Tag(false, "3")))).isEqualTo(ExpectedVersion.exactly(3));
        assertThat(ETags.ifMatch(tags(new Tag(false, "3"), new Tag(false, "5"), new Tag(false, "8"))))
                .isEqualTo(ExpectedVersion.oneOf(Set.of(3L, 5L, 8L)));
    }

    @Test
    void weakOrForeignTagsCanNeverMatch() {
        assertThat(ETags.ifMatch(tags(new Tag(true, "3")))).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(ETags.ifMatch(tags(new Tag(false, "abc"), new Tag(false, "0003"), new Tag(false, "a,b"))))
                .isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(ETags.ifMatch(tags(new Tag(false, "99999999999999999999")))).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    }

    private static EntityTags tags(Tag... tags) {
        return new EntityTags(false, List.of(tags));
    }
}
