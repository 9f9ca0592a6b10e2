package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.gateway.identity.DemoUser.SCHOOL_USER;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.StubService;

class PlacementContactPagesTest extends PageTest {

    private static final String CONTACT = "/schools/" + URN + "/placement-contact";

    @Test
    void organisationDetailsShowThePlacementContactFirstWithNotEnteredForABlankName() {
        schoolWithContact("Jane", null, "jane.doe@example.com", 1);

        Document page = html(getAs(SCHOOL_USER, "/schools/" + URN));

        assertThat(page.select("main h2.govuk-heading-m").eachText()).containsExactly("Placement contact", "School details");
        Element contact = page.selectFirst("[data-test=placement-contact]");
        assertThat(contact.select(".govuk-summary-list__key").eachText()).containsExactly("First name", "Last name", "Email address");
        assertThat(contact.select(".govuk-summary-list__value").eachText()).containsExactly("Jane", "Not entered", "jane.doe@example.com");
        assertThat(contact.select(".govuk-summary-list__value .govuk-hint").text()).isEqualTo("Not entered");
        assertThat(contact.select(".govuk-summary-list__actions a").eachAttr("href"))
                .containsExactly(CONTACT + "/edit#first-name", CONTACT + "/edit#last-name", CONTACT + "/edit#email");
        assertThat(page.select("[data-test=school-details] .govuk-summary-list__value").eachText())
                .containsExactly("Hillside Primary School", URN);
    }

    @Test
    void organisationDetailsWithoutAContactOfferToAddOne() {
        schoolWithoutContact();

        Document page = html(getAs(SCHOOL_USER, "/schools/" + URN));

        assertThat(page.selectFirst("main h2").text()).isEqualTo("Placement contact");
        assertThat(page.select("a.govuk-button").text()).isEqualTo("Add placement contact");
        assertThat(page.select("a.govuk-button").attr("href")).isEqualTo(CONTACT + "/new");
        assertThat(page.select("[data-test=placement-contact]")).isEmpty();
    }

    @Test
    void theAddPageIsOneFormWithProductionsWording() {
        schoolWithoutContact();

        Document page = html(getAs(SCHOOL_USER, CONTACT + "/new"));

        assertThat(page.title()).isEqualTo("Add placement contact - Organisation details - Manage school placements - GOV.UK");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Organisation details");
        assertThat(page.select("h1").text()).isEqualTo("Add placement contact");
        assertThat(page.select("main p.govuk-body").first().text())
                .isEqualTo("Add an email address for the main contact for school placements. This can also be a shared inbox.");
        assertThat(page.select("label").eachText()).containsExactly("First name", "Last name", "Email address");
        assertThat(page.select("label").eachAttr("for")).containsExactly("first-name", "last-name", "email");
        assertThat(page.select("main form button").text()).isEqualTo("Continue");
        assertThat(page.select("main form a.govuk-link").attr("href")).isEqualTo("/schools/" + URN);
        assertThat(page.select("main form input[name=_csrf]")).hasSize(1);
    }

    @Test
    void anInvalidEmailComesBackWithTheServicesMessageInTheSummaryAndOnTheField() {
        schoolWithoutContact();
        SCHOOL_SERVICE.on("POST", CONTACT, StubService.problem(400, "validation-error",
                "Enter an email address in the correct format, like name@example.com",
                "email", "Enter an email address in the correct format, like name@example.com"));

        MvcResult result = postAs(SCHOOL_USER, CONTACT + "/new", "firstName", "Jane", "lastName", "", "email", "jane@");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        Document page = html(result);
        assertThat(page.title()).startsWith("Error: Add placement contact - Organisation details");
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("Enter an email address in the correct format, like name@example.com");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#email");
        assertThat(page.select("#email-error").text()).isEqualTo("Error: Enter an email address in the correct format, like name@example.com");
        assertThat(page.select("#email").hasClass("govuk-input--error")).isTrue();
        assertThat(page.select("#email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(page.select(".govuk-form-group--error")).hasSize(1);
        assertThat(page.select("#first-name").val()).isEqualTo("Jane");
        assertThat(page.select("#email").val()).isEqualTo("jane@");
        assertThat(SCHOOL_SERVICE.last("POST", CONTACT).body())
                .isEqualTo("{\"firstName\":\"Jane\",\"lastName\":\"\",\"email\":\"jane@\"}");
    }

    @Test
    void everyInvalidFieldIsListedInTheFormsOrder() {
        schoolWithoutContact();
        SCHOOL_SERVICE.on("POST", CONTACT, StubService.problem(400, "validation-error", "Enter an email address",
                "email", "Enter an email address", "firstName", "First name must be 100 characters or less"));

        Document page = html(postAs(SCHOOL_USER, CONTACT + "/new", "firstName", "x".repeat(101), "email", ""));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#first-name", "#email");
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("First name must be 100 characters or less", "Enter an email address");
    }

    @Test
    void addingTheContactShowsOrganisationDetailsWithPlacementContactAdded() {
        SCHOOL_SERVICE.on("POST", CONTACT, StubService.json(201, contact("Jane", null, "jane@example.com"), "ETag", "\"1\""));

        MvcResult added = postAs(SCHOOL_USER, CONTACT + "/new", "firstName", "Jane", "lastName", "", "email", "Jane@Example.com");

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/schools/" + URN);
        schoolWithContact("Jane", null, "jane@example.com", 1);
        Document page = html(perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/schools/" + URN)
                .with(as(SCHOOL_USER)).flashAttrs(added.getFlashMap())));
        assertThat(page.select(".govuk-notification-banner--success .govuk-notification-banner__heading").text())
                .isEqualTo("Placement contact added");
        assertThat(page.select(".govuk-notification-banner--success").attr("role")).isEqualTo("alert");
    }

    @Test
    void aSecondAddSaysTheContactHasAlreadyBeenAdded() {
        schoolWithoutContact();
        SCHOOL_SERVICE.on("POST", CONTACT, StubService.problem(409, "placement-contact-already-added",
                "Placement contact has already been added."));

        MvcResult result = postAs(SCHOOL_USER, CONTACT + "/new", "email", "jane@example.com");

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(result).select(".govuk-error-summary__list").text()).isEqualTo("Placement contact has already been added.");
    }

    @Test
    void theAddPageOfASchoolWithAContactLeadsToTheChangePage() {
        schoolWithContact("Jane", "Doe", "jane@example.com", 2);

        assertThat(getAs(SCHOOL_USER, CONTACT + "/new").getResponse().getRedirectedUrl()).isEqualTo(CONTACT + "/edit");
    }

    @Test
    void theChangePageIsPrefilledAndCarriesTheVersionItShows() {
        schoolWithContact("Jane", null, "jane@example.com", 4);

        Document page = html(getAs(SCHOOL_USER, CONTACT + "/edit"));

        assertThat(page.title()).isEqualTo("Edit placement contact - Organisation details - Manage school placements - GOV.UK");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Organisation details");
        assertThat(page.select("h1").text()).isEqualTo("Edit placement contact");
        assertThat(page.select("#first-name").val()).isEqualTo("Jane");
        assertThat(page.select("#last-name").val()).isEmpty();
        assertThat(page.select("#email").val()).isEqualTo("jane@example.com");
        assertThat(page.select("input[name=version]").val()).isEqualTo("4");
    }

    @Test
    void aChangeIsSentWithIfMatchOfTheVersionShownAndSaysPlacementContactUpdated() {
        SCHOOL_SERVICE.on("PUT", CONTACT, StubService.json(200, contact(null, null, "team@example.com"), "ETag", "\"5\""));

        MvcResult changed = postAs(SCHOOL_USER, CONTACT + "/edit", "firstName", "", "lastName", "", "email", "team@example.com",
                "version", "4");

        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/schools/" + URN);
        assertThat(SCHOOL_SERVICE.last("PUT", CONTACT).header("If-Match")).isEqualTo("\"4\"");
        assertThat(changed.getFlashMap().get("banner")).hasToString("Banner[heading=Placement contact updated, body=null]");
    }

    @Test
    void aContactChangedMeanwhileIsNotOverwrittenAndTheUserSeesTheCurrentOne() {
        SCHOOL_SERVICE.on("PUT", CONTACT, StubService.problem(412, "school-changed", "The school has changed since version 4"));
        schoolWithContact("Sam", "Lee", "sam.lee@example.com", 5);

        MvcResult result = postAs(SCHOOL_USER, CONTACT + "/edit", "firstName", "Ann", "lastName", "", "email", "ann@example.com",
                "version", "4");

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        Document page = html(result);
        assertThat(page.title()).startsWith("Error: Edit placement contact");
        assertThat(page.select(".govuk-error-summary__list a").text())
                .startsWith("The placement contact was changed by someone else after you opened this page.");
        assertThat(page.select("[data-test=current-contact]").text()).contains("Sam", "Lee", "sam.lee@example.com");
        assertThat(page.select("#email").val()).as("what the user typed is kept").isEqualTo("ann@example.com");
        assertThat(page.select("input[name=version]").val()).as("a resubmission is against what they have now seen").isEqualTo("5");
        assertThat(SCHOOL_SERVICE.requests("PUT", CONTACT)).hasSize(1);
    }

    @Test
    void aChangeWithAnInvalidEmailShowsTheServicesMessage() {
        schoolWithContact("Jane", null, "jane@example.com", 4);
        SCHOOL_SERVICE.on("PUT", CONTACT, StubService.problem(400, "validation-error", "Enter an email address",
                "email", "Enter an email address"));

        MvcResult result = postAs(SCHOOL_USER, CONTACT + "/edit", "email", "", "version", "4");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(result).select("#email-error").text()).isEqualTo("Error: Enter an email address");
    }
}
