package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.infrastructure.Tokens;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;

/** The list a school's placements tab shows: its own placements, oldest first, and nobody else's. */
@RealPlacementService
class SchoolPlacementsIT {

    @Autowired
    Api api;
    @Autowired
    SchoolEvents schoolEvents;
    @Autowired
    SchoolContactStateRepository states;

    @Test
    void listsTheSchoolsOwnPlacementsOldestFirstAndLeavesDeletedOnesOut() {
        SchoolUrn school = schoolWithContact();
        SchoolUrn otherSchool = schoolWithContact();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        assertThat(api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(first)).status()).isEqualTo(201);
        assertThat(api.post("/schools/" + school + "/placements", Bodies.secondaryPlacement(second)).status()).isEqualTo(201);
        assertThat(api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(deleted)).status()).isEqualTo(201);
        assertThat(api.post("/schools/" + otherSchool + "/placements", Bodies.primaryPlacement(UUID.randomUUID())).status())
                .isEqualTo(201);
        assertThat(api.delete("/placements/" + deleted).status()).isEqualTo(204);

        Api.Response list = api.as(Tokens.schoolUser("list-user", school.value())).get("/schools/" + school + "/placements");

        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list.body())).containsExactly(first.toString(), second.toString());
        assertThat(list.body().get(1).path("subject").asText()).isEqualTo("modern_languages");
        assertThat(list.body().get(1).path("status").asText()).isEqualTo("available");
    }

    @Test
    void aSchoolWithoutPlacementsHasAnEmptyList() {
        SchoolUrn school = anyUrn();

        Api.Response list = api.get("/schools/" + school + "/placements");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().isArray()).isTrue();
        assertThat(list.body().size()).isZero();
    }

    @Test
    void isRefusedToUsersOfOtherSchoolsAndToProvidersBeforeTheUrnIsChecked() {
        SchoolUrn school = anyUrn();

        assertThat(api.as(Tokens.schoolUser("other-school-user", "1000001")).get("/schools/" + school + "/placements").status())
                .isEqualTo(403);
        assertThat(api.as(Tokens.providerUser("provider-user", "1TZ")).get("/schools/" + school + "/placements").status())
                .isEqualTo(403);
        assertThat(api.as(Tokens.schoolUser("other-school-user", "1000001")).get("/schools/not-a-urn/placements").status())
                .isEqualTo(403);
        assertThat(api.get("/schools/not-a-urn/placements").status()).isEqualTo(400);
        assertThat(api.as(null).get("/schools/" + school + "/placements").status()).isEqualTo(401);
    }

    private SchoolUrn schoolWithContact() {
        SchoolUrn school = anyUrn();
        schoolEvents.schoolWithContact(school.value());
        await().until(() -> states.hasPlacementContact(school));
        return school;
    }

    private static List<String> ids(JsonNode placements) {
        List<String> ids = new ArrayList<>();
        placements.forEach(placement -> ids.add(placement.path("id").asText()));
        return ids;
    }
}
