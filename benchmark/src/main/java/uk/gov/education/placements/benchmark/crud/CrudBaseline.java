package uk.gov.education.placements.benchmark.crud;

import java.net.URI;
import java.util.UUID;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.school.command.EmailAddress;
import uk.gov.education.placements.school.command.NoPlacementContactYet;
import uk.gov.education.placements.school.command.PersonName;
import uk.gov.education.placements.school.command.PlacementContactAlreadyAdded;
import uk.gov.education.placements.school.command.SchoolAlreadyOnboarded;
import uk.gov.education.placements.school.command.SchoolName;
import uk.gov.education.placements.school.command.SchoolNotFound;
import uk.gov.education.placements.school.command.SchoolUrn;
import uk.gov.education.placements.school.rest.FieldErrors;
import uk.gov.education.placements.school.rest.OnboardSchoolRequest;
import uk.gov.education.placements.school.rest.PlacementContactRequest;
import uk.gov.education.placements.school.rest.PlacementContactResponse;
import uk.gov.education.placements.support.rule.RuleViolation;
import uk.gov.education.placements.support.security.Access;
import uk.gov.education.placements.support.security.ResourceServerAutoConfiguration;
import uk.gov.education.placements.support.web.WebProblemsAutoConfiguration;

/**
 * The CRUD baseline the benchmark measures this system against (issue 16): what a team might write
 * instead. A Spring Boot service with the same JWT checks (service-support's resource server, with
 * its cache of accepted tokens), the same strict JSON and problem details, the same access rule and
 * the school's own value objects (URN, names, the email rule), and for each change one row per
 * school updated and one outbox row inserted in the same transaction. No relay reads the outbox and
 * nothing consumes it: the cost of the write alone. It has no actuator, metrics or traces, which the
 * services have. Started by the benchmark from the benchmark's own jar, with Spring Boot's
 * PropertiesLauncher and this class as {@code loader.main} (CrudBaselineProcess), in a JVM like the
 * services' (LocalStack.launch), with its own database on the stack's PostgreSQL.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
        ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, WebProblemsAutoConfiguration.class})
@Import(CrudBaseline.Schools.class)
public class CrudBaseline {

    /** The readiness the benchmark polls for: the support user's read of a school that is not there. */
    public static final String READY_PATH = "/schools/100000/placement-contact";

    public static void main(String[] args) {
        // Its own settings file (crud-baseline.properties), not the services' application.yml on the same class path.
        new SpringApplicationBuilder(CrudBaseline.class).properties("spring.config.name=crud-baseline").run(args);
    }

    @RestController
    @RequestMapping(path = "/schools", produces = MediaType.APPLICATION_JSON_VALUE)
    static class Schools {

        private final JdbcClient jdbc;
        private final TransactionTemplate transactions;
        private final ObjectMapper json;

        Schools(JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json) {
            this.jdbc = jdbc;
            this.transactions = transactions;
            this.json = json;
        }

        @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Void> onboard(@RequestBody OnboardSchoolRequest request) {
            Access.require(Access.caller().isSupport());
            FieldErrors fields = new FieldErrors();
            SchoolUrn urn = fields.check("urn", () -> new SchoolUrn(request.urn()));
            SchoolName name = fields.check("name", () -> new SchoolName(request.name()));
            fields.throwIfAny();
            transactions.executeWithoutResult(status -> {
                if (jdbc.sql("INSERT INTO school (urn, name, version) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
                        .params(urn.value(), name.value()).update() == 0) {
                    throw new SchoolAlreadyOnboarded(urn.value());
                }
                outbox(urn, 0, new SchoolOnboarded(urn.value(), name.value()));
            });
            return ResponseEntity.created(URI.create("/schools/" + urn)).build();
        }

        @GetMapping("/{urn}/placement-contact")
        ResponseEntity<PlacementContactResponse> contact(@PathVariable("urn") String rawUrn) {
            Access.require(Access.caller().actsForSchool(rawUrn));
            SchoolUrn urn = FieldErrors.require("urn", () -> new SchoolUrn(rawUrn));
            return jdbc.sql("SELECT contact_first_name, contact_last_name, contact_email, version FROM school"
                            + " WHERE urn = ? AND contact_email IS NOT NULL").param(urn.value())
                    .query((row, n) -> ResponseEntity.ok().eTag("\"" + row.getLong(4) + "\"").body(
                            new PlacementContactResponse(row.getString(1), row.getString(2), row.getString(3))))
                    .optional().orElseThrow(() -> new SchoolNotFound(urn.value()));
        }

        @PostMapping(path = "/{urn}/placement-contact", consumes = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<PlacementContactResponse> add(@PathVariable("urn") String rawUrn,
                                                     @RequestBody PlacementContactRequest request) {
            return write(rawUrn, request, true);
        }

        @PutMapping(path = "/{urn}/placement-contact", consumes = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<PlacementContactResponse> change(@PathVariable("urn") String rawUrn,
                                                        @RequestBody PlacementContactRequest request) {
            return write(rawUrn, request, false);
        }

        /** The school's row and an outbox row, in one transaction: a change is added only where there is no contact yet. */
        private ResponseEntity<PlacementContactResponse> write(String rawUrn, PlacementContactRequest request, boolean add) {
            Access.require(Access.caller().actsForSchool(rawUrn));
            FieldErrors fields = new FieldErrors();
            SchoolUrn urn = fields.check("urn", () -> new SchoolUrn(rawUrn));
            PersonName firstName = fields.check("firstName", () -> PersonName.firstName(request.firstName()));
            PersonName lastName = fields.check("lastName", () -> PersonName.lastName(request.lastName()));
            EmailAddress email = fields.check("email", () -> new EmailAddress(request.email()));
            fields.throwIfAny();
            PlacementContactResponse contact = new PlacementContactResponse(PersonName.valueOrNull(firstName),
                    PersonName.valueOrNull(lastName), email.value());
            long version = transactions.execute(status -> {
                long stored = jdbc.sql("UPDATE school SET contact_first_name = ?, contact_last_name = ?, contact_email = ?,"
                                + " version = version + 1 WHERE urn = ? AND (contact_email IS NULL) = ? RETURNING version")
                        .params(contact.firstName(), contact.lastName(), contact.email(), urn.value(), add)
                        .query(Long.class).optional().orElseThrow(() -> refusal(urn, add));
                outbox(urn, stored, add
                        ? new PlacementContactAdded(urn.value(), contact.firstName(), contact.lastName(), contact.email())
                        : new PlacementContactChanged(urn.value(), contact.firstName(), contact.lastName(), contact.email()));
                return stored;
            });
            ResponseEntity.BodyBuilder response = add
                    ? ResponseEntity.created(URI.create("/schools/" + urn + "/placement-contact")) : ResponseEntity.ok();
            return response.eTag("\"" + version + "\"").body(contact);
        }

        private RuleViolation refusal(SchoolUrn urn, boolean add) {
            return jdbc.sql("SELECT contact_email IS NULL FROM school WHERE urn = ?").param(urn.value()).query(Boolean.class)
                    .optional().<RuleViolation>map(noContact -> add ? new PlacementContactAlreadyAdded() : new NoPlacementContactYet())
                    .orElseGet(() -> new SchoolNotFound(urn.value()));
        }

        private void outbox(SchoolUrn urn, long version, Object event) {
            try {
                jdbc.sql("INSERT INTO outbox (event_id, aggregate_id, sequence_number, type, payload) VALUES (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID().toString(), urn.value(), version, event.getClass().getSimpleName(),
                                json.writeValueAsString(event)).update();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write " + event, e);
            }
        }
    }
}
