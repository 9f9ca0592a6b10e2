package uk.gov.education.placements.school.rest;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.education.placements.school.command.AddPlacementContactCommand;
import uk.gov.education.placements.school.command.ChangePlacementContactCommand;
import uk.gov.education.placements.school.command.EmailAddress;
import uk.gov.education.placements.school.command.ExpectedVersion;
import uk.gov.education.placements.school.command.PersonName;
import uk.gov.education.placements.school.command.PlacementContact;
import uk.gov.education.placements.school.command.SchoolCommands;
import uk.gov.education.placements.school.command.SchoolUrn;
import uk.gov.education.placements.school.command.VersionedContact;
import uk.gov.education.placements.school.query.SchoolView;
import uk.gov.education.placements.school.query.SchoolViewRepository;
import uk.gov.education.placements.support.web.EntityTags;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.RequestHeaders;
import uk.gov.education.placements.support.web.Problems;

/**
 * A school's placement contact. There is no DELETE: a school can change its contact but never
 * remove it, and Spring answers 405 with {@code Allow} for it.
 */
@RestController
@RequestMapping(path = "/schools/{urn}/placement-contact", produces = MediaType.APPLICATION_JSON_VALUE)
class PlacementContactController {

    private final SchoolCommands commands;
    private final SchoolViewRepository schools;

    PlacementContactController(SchoolCommands commands, SchoolViewRepository schools) {
        this.commands = commands;
        this.schools = schools;
    }

    @GetMapping
    ResponseEntity<PlacementContactResponse> contact(@PathVariable("urn") String rawUrn) {
        SchoolAccess.actingForSchool(rawUrn);
        SchoolView school = Lookups.school(schools, rawUrn);
        if (school.placementContact() == null) {
            throw new ProblemException(Problems.problem(HttpStatus.NOT_FOUND, "placement-contact-not-found",
                    "Placement contact not found", "School " + school.urn() + " has no placement contact yet."));
        }
        return ResponseEntity.ok().eTag(ETags.of(school.version())).body(PlacementContactResponse.of(school.placementContact()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlacementContactResponse> add(@PathVariable("urn") String rawUrn,
            @RequestAttribute(name = RequestHeaders.IF_MATCH, required = false) EntityTags ifMatch,
            @RequestBody PlacementContactRequest request) {
        SchoolAccess.actingForSchool(rawUrn);
        SchoolUrn urn = Lookups.urn(rawUrn);
        ExpectedVersion expected = ETags.ifMatch(ifMatch);
        VersionedContact stored = commands.add(new AddPlacementContactCommand(urn, contact(request), expected));
        return ResponseEntity.created(URI.create("/schools/" + urn + "/placement-contact"))
                .eTag(ETags.of(stored.version()))
                .body(PlacementContactResponse.of(stored.contact()));
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlacementContactResponse> change(@PathVariable("urn") String rawUrn,
            @RequestAttribute(name = RequestHeaders.IF_MATCH, required = false) EntityTags ifMatch,
            @RequestBody PlacementContactRequest request) {
        SchoolAccess.actingForSchool(rawUrn);
        SchoolUrn urn = Lookups.urn(rawUrn);
        ExpectedVersion expected = ETags.ifMatch(ifMatch);
        VersionedContact stored = commands.change(new ChangePlacementContactCommand(urn, contact(request), expected));
        return ResponseEntity.ok()
                .eTag(ETags.of(stored.version()))
                .body(PlacementContactResponse.of(stored.contact()));
    }

    @GetMapping("/history")
    ResponseEntity<PlacementContactHistoryResponse> history(@PathVariable("urn") String rawUrn) {
        SchoolAccess.actingForSchool(rawUrn);
        SchoolView school = Lookups.school(schools, rawUrn);
        return ResponseEntity.ok()
                .eTag(ETags.of(school.version()))
                .body(PlacementContactHistoryResponse.of(school.urn(), schools.contactHistory(school.urn())));
    }

    private static PlacementContact contact(PlacementContactRequest request) {
        FieldErrors errors = new FieldErrors();
        PersonName firstName = errors.check("firstName", () -> PersonName.firstName(request.firstName()));
        PersonName lastName = errors.check("lastName", () -> PersonName.lastName(request.lastName()));
        EmailAddress email = errors.check("email", () -> new EmailAddress(request.email()));
        errors.throwIfAny();
        return new PlacementContact(firstName, lastName, email);
    }
}
