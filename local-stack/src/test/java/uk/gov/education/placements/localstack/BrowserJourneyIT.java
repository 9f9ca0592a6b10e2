package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The seed's journeys in a real browser, against the web gateway and the three services' own
 * jars on real PostgreSQL and Kafka: a school with no placement contact is told to add one, adds
 * one (an invalid email first), sees it first on its organisation details and adds a placement;
 * a provider finds the placement and sees the contact at the top. It saves the seed's four
 * screenshots in docs/. One stack and one browser for the class; the journey runs first because
 * it needs the demo school without a contact.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyIT {

    private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();
    private static final String SCHOOL = DemoIdentity.DEMO_SCHOOL_URN;
    private static final String PROVIDER = DemoIdentity.DEMO_PROVIDER_CODE;

    private static LocalStack stack;
    private static WebDriver browser;
    private static URI gateway;

    @BeforeAll
    static void startTheBrowserAndTheStack() {
        // The browser first: without Chromium this fails at once, before half a minute of stack.
        browser = Browser.start();
        stack = RunningStack.get();
        gateway = stack.url(Service.WEB_GATEWAY);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aSchoolAddsItsContactAfterAnInvalidEmailSeesItFirstAddsAPlacementAndAProviderSeesTheContactAtTheTop() {
        signInAs("Support user");
        browser.findElement(By.id("urn")).sendKeys(SCHOOL);
        browser.findElement(By.id("name")).sendKeys("Hillside Primary School");
        submit("Onboard school");
        assertThat(banner()).isEqualTo("School added");
        signOut();

        signInAs("School user");
        assertThat(heading()).isEqualTo("Hillside Primary School");
        link("Placements").click();
        assertThat(browser.findElement(By.cssSelector("[data-test=contact-required]")).getText()).isEqualTo(
                "Before you add a placement, you must add a placement contact so that the teacher training providers can contact you.");
        assertThat(browser.findElements(By.linkText("Add placement"))).as("no way to add a placement yet").isEmpty();
        Browser.screenshot(browser, DOCS.resolve("no-itt-contact.png"));

        link("add a placement contact").click();
        assertThat(browser.getTitle()).startsWith("Add placement contact - Organisation details");
        browser.findElement(By.id("first-name")).sendKeys("Jane");
        browser.findElement(By.id("email")).sendKeys("jane.doe@");
        submit("Continue");
        assertThat(browser.getTitle()).startsWith("Error: Add placement contact - Organisation details");
        WebElement summaryLink = browser.findElement(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(summaryLink.getText()).isEqualTo("Enter an email address in the correct format, like name@example.com");
        assertThat(summaryLink.getDomAttribute("href")).isEqualTo("#email");
        assertThat(browser.findElement(By.id("email-error")).getText()).contains("Enter an email address in the correct format");
        assertThat(browser.findElement(By.id("first-name")).getDomProperty("value")).isEqualTo("Jane");
        Browser.screenshot(browser, DOCS.resolve("placement-contact-details.png"));

        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys(" Jane.Doe@Hillside.sch.uk ");
        submit("Continue");
        assertThat(banner()).isEqualTo("Placement contact added");
        List<WebElement> sections = browser.findElements(By.cssSelector("main h2.govuk-heading-m"));
        assertThat(sections.get(0).getText()).as("the contact comes first").isEqualTo("Placement contact");
        Map<String, String> contact = summary("placement-contact");
        assertThat(contact).containsEntry("First name", "Jane").containsEntry("Last name", "Not entered")
                .containsEntry("Email address", "jane.doe@hillside.sch.uk");
        Browser.screenshot(browser, DOCS.resolve("school-details-page.png"));

        link("Placements").click();
        assertThat(browser.findElement(By.cssSelector("[data-test=providers-will-email]")).getText())
                .isEqualTo("Providers can see your placements and will email jane.doe@hillside.sch.uk if they have suitable trainees.");
        link("Add placement").click();
        // Straight after the contact: read-your-writes keeps placement-service from refusing it.
        choose("Primary");
        choose("Primary with mathematics");
        choose("Year 3");
        browser.findElement(By.id("academic-year")).click();
        choose("Autumn term");
        choose("Not yet known");
        submit("Add placement");
        assertThat(banner()).isEqualTo("Placement added");
        assertThat(heading()).isEqualTo("Primary with mathematics");
        assertThat(summary("placement-details")).containsEntry("Year group", "Year 3")
                .containsEntry("Expected date", "Autumn term").containsEntry("Mentor", "Not yet known");
        String placementId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        signOut();

        signInAs("Provider user");
        assertThat(heading()).isEqualTo("Find placements");
        browser.findElement(By.cssSelector("#subject option[value=primary_with_mathematics]")).click();
        choose("Available placements");
        submit("Apply filters");
        // The provider view is fed from Kafka: the placement shows once its events have arrived.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.navigate().refresh();
            return !browser.findElements(By.cssSelector("a[href$='/placements/" + placementId + "']")).isEmpty();
        });
        browser.findElement(By.cssSelector("a[href$='/placements/" + placementId + "']")).click();

        assertThat(heading()).isEqualTo("Primary with mathematics");
        List<WebElement> providerSections = browser.findElements(By.cssSelector("main h2.govuk-heading-m"));
        assertThat(providerSections).extracting(WebElement::getText)
                .containsExactly("Placement contact", "Location", "Placement details");
        assertThat(summary("placement-contact")).containsEntry("First name", "Jane").containsEntry("Last name", "Not entered")
                .containsEntry("Email address", "jane.doe@hillside.sch.uk");
        assertThat(summary("location")).containsEntry("School", "Hillside Primary School");
        assertThat(browser.findElement(By.cssSelector("main .govuk-tag")).getText()).isEqualTo("Available");
        Browser.screenshot(browser, DOCS.resolve("placement-display.png"));
        signOut();
    }

    @Test
    @Order(2)
    void aSchoolUserWhoseContactWasChangedMeanwhileIsToldSoAndNothingIsOverwritten() {
        aDemoSchoolWithAContact();
        signInAs("School user");
        browser.get(gateway.resolve("/schools/" + SCHOOL + "/placement-contact/edit").toString());
        assertThat(heading()).isEqualTo("Edit placement contact");
        String before = browser.findElement(By.id("email")).getDomProperty("value");
        assertThat(before).isNotBlank();

        // Another user of the school changes the contact while this page is open.
        var other = Api.send("PUT", Service.SCHOOL, "/schools/" + SCHOOL + "/placement-contact",
                Api.contact("Sam", "Lee", "sam.lee@hillside.sch.uk"), stack.tokens().schoolUser("another-school-user", SCHOOL));
        assertThat(other.statusCode()).isEqualTo(200);

        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("ann@hillside.sch.uk");
        submit("Continue");

        assertThat(browser.getTitle()).startsWith("Error: Edit placement contact");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The placement contact was changed by someone else after you opened this page.");
        assertThat(browser.findElement(By.cssSelector("[data-test=current-contact]")).getText()).contains("sam.lee@hillside.sch.uk");
        browser.get(gateway.resolve("/schools/" + SCHOOL).toString());
        assertThat(summary("placement-contact")).containsEntry("Email address", "sam.lee@hillside.sch.uk");
        signOut();
    }

    /** What the journey leaves behind, made through the API should the journey not have run or got that far. */
    private static void aDemoSchoolWithAContact() {
        String support = stack.tokens().support("browser-journey-support");
        var onboarded = Api.send("POST", Service.SCHOOL, "/schools", Map.of("urn", SCHOOL, "name", "Hillside Primary School"), support);
        assertThat(onboarded.statusCode()).isIn(201, 409);
        if (Api.send("GET", Service.SCHOOL, "/schools/" + SCHOOL + "/placement-contact", null, support).statusCode() == 404) {
            var added = Api.send("POST", Service.SCHOOL, "/schools/" + SCHOOL + "/placement-contact",
                    Api.contact("Jane", null, "jane.doe@hillside.sch.uk"), support);
            assertThat(added.statusCode()).isEqualTo(201);
        }
    }

    private static void signInAs(String user) {
        browser.get(gateway.resolve("/sign-in").toString());
        choose(user);
        submit("Sign in");
    }

    private static void signOut() {
        submit("Sign out");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in?signed-out=true");
    }

    /**
     * Every button here posts a form. The click can return before the answer's page has replaced
     * this one (placement-service may first wait for the school version), so wait until it has:
     * otherwise the next look finds the form still on screen.
     */
    private static void submit(String button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.xpath("//button[normalize-space()='" + button + "']")).click();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .alias("the page answering '" + button + "'").until(() -> isGone(page));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    private static void choose(String label) {
        WebElement labelElement = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        browser.findElement(By.id(labelElement.getDomAttribute("for"))).click();
    }

    private static WebElement link(String text) {
        return browser.findElement(By.linkText(text));
    }

    private static String heading() {
        return browser.findElement(By.cssSelector("main h1")).getText();
    }

    /** The success banner's heading or, when there is none, which page is shown instead, so a failure names it. */
    private static String banner() {
        List<WebElement> banners = browser.findElements(
                By.cssSelector(".govuk-notification-banner--success .govuk-notification-banner__heading"));
        return banners.isEmpty() ? "no success banner on " + page() : banners.get(0).getText();
    }

    private static String page() {
        String main = browser.findElements(By.tagName("main")).stream().findFirst().map(WebElement::getText).orElse("");
        return "'" + browser.getTitle() + "' at " + browser.getCurrentUrl() + ": "
                + main.substring(0, Math.min(main.length(), 400)).replace('\n', ' ');
    }

    private static Map<String, String> summary(String name) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("[data-test=" + name + "] .govuk-summary-list__row"))) {
            rows.put(row.findElement(By.cssSelector(".govuk-summary-list__key")).getText(),
                    row.findElement(By.cssSelector(".govuk-summary-list__value")).getText());
        }
        return rows;
    }
}
