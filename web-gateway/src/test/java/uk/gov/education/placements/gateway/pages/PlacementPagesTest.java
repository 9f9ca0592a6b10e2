package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.gateway.identity.DemoUser.SCHOOL_USER;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.StubService;

class PlacementPagesTest extends PageTest {

    private static final String PLACEMENTS = "/schools/" + URN + "/placements";
    private static final UUID ID = UUID.fromString("3f2b6a52-0c4e-4d7e-9d43-1a8c5a0b9e11");

    @Test
    void withoutAContactThePlacementsTabSaysToAddOneFirstAndOffersNoWayToAddAPlacement() {
        schoolWithoutContact();
        PLACEMENT_SERVICE.on("GET", PLACEMENTS, StubService.json(200, "[]"));

        Document page = html(getAs(SCHOOL_USER, PLACEMENTS));

        assertThat(page.select(".govuk-inset-text").text()).isEqualTo("Before you add a placement, you must add a placement contact "
                + "so that the teacher training providers can contact you.");
        assertThat(page.select(".govuk-inset-text a").text()).isEqualTo("add a placement contact");
        assertThat(page.select(".govuk-inset-text a").attr("href")).isEqualTo("/schools/" + URN + "/placement-contact/new");
        assertThat(page.select("a:contains(Add placement)")).isEmpty();
        assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Placements");
    }

    @Test
    void withoutAContactTheAddPlacementPageLeadsBackToTheInstruction() {
        schoolWithoutContact();

        assertThat(getAs(SCHOOL_USER, PLACEMENTS + "/new").getResponse().getRedirectedUrl()).isEqualTo(PLACEMENTS);
    }

    @Test
    void withAContactThePlacementsTabNamesTheEmailProvidersWillUseAndListsThePlacements() {
        schoolWithContact("Jane", null, "jane@example.com", 1);
        PLACEMENT_SERVICE.on("GET", PLACEMENTS, StubService.json(200, "[" + placement(ID, null) + "]"));

        Document page = html(getAs(SCHOOL_USER, PLACEMENTS));

        assertThat(page.select("[data-test=providers-will-email]").text())
                .isEqualTo("Providers can see your placements and will email jane@example.com if they have suitable trainees.");
        assertThat(page.select("a.govuk-button").text()).isEqualTo("Add placement");
        assertThat(page.select("[data-test=placements] tbody td").eachText())
                .containsExactly("Primary with mathematics", "Year 3", "2025 to 2026", "Not yet known", "Available");
        assertThat(page.select("[data-test=placements] tbody .govuk-tag").hasClass("govuk-tag--green")).isTrue();
        assertThat(page.select("[data-test=placements] tbody a").attr("href")).isEqualTo(PLACEMENTS + "/" + ID);
    }

    @Test
    void theAddFormOffersTheSubjectsOfTheReferenceDataByPhase() {
        schoolWithContact("Jane", null, "jane@example.com", 1);

        Document page = html(getAs(SCHOOL_USER, PLACEMENTS + "/new"));

        assertThat(page.select("input[name=phase]").eachAttr("value")).containsExactly("primary", "secondary");
        assertThat(page.select("input[name=primarySubject]").eachAttr("value"))
                .containsExactly("primary_with_mathematics", "primary_with_science");
        assertThat(page.select("input[name=secondarySubject]").eachAttr("value")).containsExactly("mathematics", "modern_languages");
        assertThat(page.select("input[name=additionalSubjects]").eachAttr("value")).containsExactly("french", "spanish");
        assertThat(page.select("input[name=yearGroup]")).hasSize(9);
        assertThat(page.select("input[name=academicYear]")).hasSize(2);
        assertThat(page.select("label[for^=academic-year]").eachText()).allMatch(label -> label.matches("(This|Next) year \\(\\d{4} to \\d{4}\\)"));
        assertThat(page.select("input[name=terms]").eachAttr("value")).containsExactly("autumn", "spring", "summer", "any");
        assertThat(page.select("main form input[name=_csrf]")).hasSize(1);
    }

    @Test
    void everyWrongAnswerComesBackFromPlacementServiceWithProductionsMessages() {
        schoolWithContact("Jane", null, "jane@example.com", 1);
        PLACEMENT_SERVICE.on("POST", PLACEMENTS, StubService.problem(400, "validation-error", "Select a subject",
                "subject", "Select a subject", "yearGroup", "Select a year group", "mentors", "Select a mentor or not yet known",
                "academicYear", "Select an academic year"));

        MvcResult result = postAs(SCHOOL_USER, PLACEMENTS + "/new", "phase", "primary");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        Document page = html(result);
        assertThat(page.title()).startsWith("Error: Add placement");
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly(
                "Select a subject", "Select a year group", "Select an academic year", "Select a mentor or not yet known");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#primary-subject", "#year-group", "#academic-year", "#mentors");
        assertThat(page.select("#year-group-error").text()).isEqualTo("Error: Select a year group");
        assertThat(page.select("#phase").hasAttr("checked")).as("the answer given is kept").isTrue();
        assertThat(PLACEMENT_SERVICE.last("POST", PLACEMENTS).body()).isEqualTo("{\"phase\":\"primary\",\"subject\":null,"
                + "\"additionalSubjects\":[],\"yearGroup\":null,\"mentors\":null,\"academicYear\":null,\"terms\":[]}");
    }

    @Test
    void aPlacementIsSentAsTheContractsBodyAndShownWithPlacementAdded() {
        PLACEMENT_SERVICE.on("POST", PLACEMENTS, StubService.json(201, placement(ID, null), "Location", "/placements/" + ID));

        MvcResult added = postAs(SCHOOL_USER, PLACEMENTS + "/new", "phase", "secondary", "primarySubject", "primary_with_science",
                "secondarySubject", "modern_languages", "additionalSubjects", "french", "yearGroup", "year_2",
                "academicYear", "2025/26", "terms", "autumn", "terms", "summer", "mentors", "Sam Mentor\n\n Ali Mentor ");

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(PLACEMENTS + "/" + ID);
        assertThat(added.getFlashMap().get("banner")).hasToString("Banner[heading=Placement added, body=null]");
        assertThat(PLACEMENT_SERVICE.last("POST", PLACEMENTS).body()).isEqualTo("{\"phase\":\"secondary\",\"subject\":\"modern_languages\","
                + "\"additionalSubjects\":[\"french\"],\"yearGroup\":null,\"mentors\":[\"Sam Mentor\",\"Ali Mentor\"],"
                + "\"academicYear\":\"2025/26\",\"terms\":[\"autumn\",\"summer\"]}");
    }

    @Test
    void mentorsNotYetKnownAndAnyTimeAreSentAsEmptyLists() {
        PLACEMENT_SERVICE.on("POST", PLACEMENTS, StubService.json(201, placement(ID, null), "Location", "/placements/" + ID));

        postAs(SCHOOL_USER, PLACEMENTS + "/new", "phase", "primary", "primarySubject", "primary_with_science", "yearGroup", "year_2",
                "academicYear", "2025/26", "terms", "any", "terms", "spring", "mentorsNotKnown", "true");

        assertThat(PLACEMENT_SERVICE.last("POST", PLACEMENTS).body()).contains("\"mentors\":[]", "\"terms\":[]",
                "\"subject\":\"primary_with_science\"", "\"yearGroup\":\"year_2\"");
    }

    @Test
    void aPlacementAddedRightAfterTheContactWaitsForPlacementServiceToCatchUpRatherThanBeingRefused() {
        MockHttpSession session = new MockHttpSession();
        SCHOOL_SERVICE.on("POST", "/schools/" + URN + "/placement-contact",
                StubService.json(201, contact(null, null, "jane@example.com"), "ETag", "\"7\""));
        PLACEMENT_SERVICE.on("POST", PLACEMENTS,
                StubService.problem(503, "school-version-not-reached", "School 100000 has not reached version 7 yet"),
                StubService.json(201, placement(ID, null), "Location", "/placements/" + ID));

        postAs(SCHOOL_USER, "/schools/" + URN + "/placement-contact/new", session, "email", "jane@example.com");
        MvcResult added = postAs(SCHOOL_USER, PLACEMENTS + "/new", session, "phase", "primary",
                "primarySubject", "primary_with_science", "yearGroup", "year_2", "academicYear", "2025/26", "mentorsNotKnown", "true");

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(PLACEMENTS + "/" + ID);
        assertThat(PLACEMENT_SERVICE.requests("POST", PLACEMENTS)).hasSize(2)
                .allSatisfy(request -> assertThat(request.header("X-School-Version")).isEqualTo("7"));
    }

    @Test
    void aPlacementServiceThatNeverCatchesUpShowsTheServiceProblemPageNotARefusal() {
        schoolWithContact("Jane", null, "jane@example.com", 1);
        PLACEMENT_SERVICE.on("POST", PLACEMENTS,
                StubService.problem(503, "school-version-not-reached", "School 100000 has not reached version 7 yet"));

        MvcResult result = postAs(SCHOOL_USER, PLACEMENTS + "/new", "phase", "primary");

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(html(result).select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(PLACEMENT_SERVICE.requests("POST", PLACEMENTS)).hasSize(3);
    }

    @Test
    void aPlacementShowsItsDetailsInProductionsWords() {
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, null)));
        schoolWithContact("Jane", null, "jane@example.com", 1);

        Document page = html(getAs(SCHOOL_USER, PLACEMENTS + "/" + ID));

        assertThat(page.select("h1").text()).isEqualTo("Primary with mathematics");
        assertThat(page.select("main .govuk-tag").first().text()).isEqualTo("Available");
        assertThat(page.select("[data-test=placement-details] .govuk-summary-list__key").eachText())
                .containsExactly("Phase", "Subject", "Year group", "Academic year", "Expected date", "Mentor", "Provider");
        assertThat(page.select("[data-test=placement-details] .govuk-summary-list__value").eachText())
                .containsExactly("Primary", "Primary with mathematics", "Year 3", "2025 to 2026", "Autumn term", "Not yet known",
                        "Not yet known");
        assertThat(page.select("a:contains(Delete placement)").attr("href")).isEqualTo(PLACEMENTS + "/" + ID + "/delete");
    }

    @Test
    void aPlacementOfAnotherSchoolIsNotFoundOnThisSchoolsPages() {
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, null).replace(URN, "100001")));

        MvcResult result = getAs(SCHOOL_USER, PLACEMENTS + "/" + ID);

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(result).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void anEditIsPatchedPrefilledAndNamesWhatChanged() {
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, null)));
        schoolWithContact("Jane", null, "jane@example.com", 1);
        Document form = html(getAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/edit"));
        assertThat(form.select("input[name=primarySubject][checked]").val()).isEqualTo("primary_with_mathematics");
        assertThat(form.select("input[name=yearGroup][checked]").val()).isEqualTo("year_3");
        assertThat(form.select("input[name=phase]")).as("a placement keeps its phase").isEmpty();

        PLACEMENT_SERVICE.on("PATCH", "/placements/" + ID,
                StubService.json(200, placement(ID, null).replace("\"mentors\":[]", "\"mentors\":[\"Sam Mentor\"]")));
        MvcResult edited = postAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/edit", "primarySubject", "primary_with_mathematics",
                "yearGroup", "year_3", "academicYear", "2025/26", "terms", "autumn", "mentors", "Sam Mentor");

        assertThat(edited.getResponse().getRedirectedUrl()).isEqualTo(PLACEMENTS + "/" + ID);
        assertThat(edited.getFlashMap().get("banner")).hasToString("Banner[heading=Mentor updated, body=null]");
        assertThat(PLACEMENT_SERVICE.last("PATCH", "/placements/" + ID).body()).contains("\"phase\":\"primary\"", "\"mentors\":[\"Sam Mentor\"]");
    }

    @Test
    void aPartnerProviderIsAssignedAndUnassigned() {
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, null)));
        PLACEMENT_SERVICE.on("GET", "/schools/" + URN + "/partnerships",
                StubService.json(200, "[{\"schoolUrn\":\"100000\",\"providerCode\":\"1TZ\"},{\"schoolUrn\":\"100000\",\"providerCode\":\"2AB\"}]"));
        Document form = html(getAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/provider"));
        assertThat(form.select("input[name=providerCode]").eachAttr("value")).containsExactly("1TZ", "2AB", "not-yet-known");

        PLACEMENT_SERVICE.on("PUT", "/placements/" + ID + "/provider", StubService.json(200, placement(ID, "2AB")));
        MvcResult assigned = postAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/provider", "providerCode", "2AB");
        assertThat(assigned.getFlashMap().get("banner")).hasToString("Banner[heading=Provider updated, body=null]");
        assertThat(PLACEMENT_SERVICE.last("PUT", "/placements/" + ID + "/provider").body()).isEqualTo("{\"providerCode\":\"2AB\"}");

        PLACEMENT_SERVICE.on("DELETE", "/placements/" + ID + "/provider", StubService.json(200, placement(ID, null)));
        MvcResult unassigned = postAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/provider", "providerCode", "not-yet-known");
        assertThat(unassigned.getFlashMap().get("banner")).hasToString("Banner[heading=Provider removed, body=null]");
        assertThat(PLACEMENT_SERVICE.requests("DELETE", "/placements/" + ID + "/provider")).hasSize(1);
    }

    @Test
    void choosingNoProviderShowsTheServicesMessage() {
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, null)));
        PLACEMENT_SERVICE.on("GET", "/schools/" + URN + "/partnerships", StubService.json(200, "[{\"schoolUrn\":\"100000\",\"providerCode\":\"1TZ\"}]"));
        PLACEMENT_SERVICE.on("PUT", "/placements/" + ID + "/provider", StubService.problem(400, "validation-error",
                "Select a provider or not yet known", "providerCode", "Select a provider or not yet known"));

        MvcResult result = postAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/provider");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(result).select(".govuk-error-summary__list a").text()).isEqualTo("Select a provider or not yet known");
        assertThat(html(result).select(".govuk-error-summary__list a").attr("href")).isEqualTo("#provider-code");
    }

    @Test
    void anUnassignedPlacementIsDeletedAfterConfirmation() {
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, null)));
        Document confirm = html(getAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/delete"));
        assertThat(confirm.select("h1").text()).isEqualTo("Are you sure you want to delete this placement?");
        assertThat(confirm.select("main form button").text()).isEqualTo("Delete placement");

        PLACEMENT_SERVICE.on("DELETE", "/placements/" + ID, StubService.empty(204));
        MvcResult deleted = postAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/delete");

        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(PLACEMENTS);
        assertThat(deleted.getFlashMap().get("banner")).hasToString("Banner[heading=Placement deleted, body=null]");
        assertThat(PLACEMENT_SERVICE.requests("DELETE", "/placements/" + ID)).hasSize(1);
    }

    @Test
    void anAssignedPlacementCannotBeDeletedAndTheUserIsToldWhy() {
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, "1TZ")));

        Document page = html(getAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/delete"));

        assertThat(page.select("h1").text()).isEqualTo("You cannot delete this placement");
        assertThat(page.select("[data-test=remove-provider-first]").text())
                .isEqualTo("1TZ must be removed from the placement before you can delete it.");
        assertThat(page.select("main form")).as("no delete button").noneMatch(form -> form.text().contains("Delete placement"));
    }

    @Test
    void aPlacementAssignedSinceTheConfirmationWasShownIsRefusedWithTheSameExplanation() {
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, "1TZ")));
        PLACEMENT_SERVICE.on("DELETE", "/placements/" + ID, StubService.problem(409, "placement-assigned", "assigned"));

        MvcResult result = postAs(SCHOOL_USER, PLACEMENTS + "/" + ID + "/delete");

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(result).select("h1").text()).isEqualTo("You cannot delete this placement");
    }
}
