package uk.gov.education.placements.school.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.education.placements.school.command.ExpectedVersion;
import uk.gov.education.placements.support.web.ProblemException;

class ETagsTest {

    @Test
    void the_entity_tag_is_the_quoted_version() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void no_if_match_is_unconditional() {
        assertThat(ETags.ifMatch(null)).isEqualTo(ExpectedVersion.any());
        assertThat(ETags.ifMatch(List.of())).isEqualTo(ExpectedVersion.any());
        assertThat(ETags.ifMatch(List.of(" * "))).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void strong_version_tags_are_the_versions_expected() {
        assertThat(ETags.ifMatch(List.of("\"3\""))).isEqualTo(ExpectedVersion.exactly(3));
        assertThat(ETags.ifMatch(List.of("\"3\" , \"5\"", "\"8\""))).isEqualTo(ExpectedVersion.oneOf(Set.of(3L, 5L, 8L)));
        assertThat(ETags.ifMatch(List.of("\"3\",,"))).isEqualTo(ExpectedVersion.exactly(3));
    }

    @Test
    void weak_or_foreign_tags_can_never_match() {
        assertThat(ETags.ifMatch(List.of("W/\"3\""))).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(ETags.ifMatch(List.of("\"abc\", \"0003\", \"a,b\""))).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(ETags.ifMatch(List.of("\"99999999999999999999\""))).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3", "3\"", "W/3", "\"3\" \"4\"", ",", "", "  ", "\"3\" x", "*, \"3\""})
    void anything_that_is_not_an_entity_tag_list_is_a_bad_request(String header) {
        assertThatThrownBy(() -> ETags.ifMatch(List.of(header)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().getStatus()).isEqualTo(400));
    }
}
