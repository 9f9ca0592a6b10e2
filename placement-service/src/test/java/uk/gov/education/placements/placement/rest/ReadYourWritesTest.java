package uk.gov.education.placements.placement.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import uk.gov.education.placements.support.web.ProblemException;

class ReadYourWritesTest {

    @Test
    void readsTheVersionAsANumberOrAsTheETagSchoolServiceSent() {
        assertThat(ReadYourWrites.parse("3")).isEqualTo(3);
        assertThat(ReadYourWrites.parse(" 12 ")).isEqualTo(12);
        assertThat(ReadYourWrites.parse("\"7\"")).isEqualTo(7);
        assertThat(ReadYourWrites.parse("W/\"0\"")).isZero();
    }

    @Test
    void refusesAnythingElse() {
        for (String header : new String[] {"", "latest", "-1", "\"3", "3\"", "1.5", "9999999999999999999", "W/3x"}) {
            assertThatThrownBy(() -> ReadYourWrites.parse(header)).as(header)
                    .isInstanceOfSatisfying(ProblemException.class,
                            problem -> assertThat(problem.problem().getStatus()).isEqualTo(400));
        }
    }
}
