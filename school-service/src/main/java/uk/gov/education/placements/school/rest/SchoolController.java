package uk.gov.education.placements.school.rest;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.education.placements.school.command.OnboardSchoolCommand;
import uk.gov.education.placements.school.command.SchoolCommands;
import uk.gov.education.placements.school.command.SchoolName;
import uk.gov.education.placements.school.command.SchoolUrn;
import uk.gov.education.placements.school.query.SchoolView;
import uk.gov.education.placements.school.query.SchoolViewRepository;

@RestController
@RequestMapping(path = "/schools", produces = MediaType.APPLICATION_JSON_VALUE)
class SchoolController {

    /** A School's first event has sequence number 0. */
    private static final long ONBOARDED_VERSION = 0;

    private final SchoolCommands commands;
    private final SchoolViewRepository schools;

    SchoolController(SchoolCommands commands, SchoolViewRepository schools) {
        this.commands = commands;
        this.schools = schools;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SchoolResponse> onboard(@RequestBody OnboardSchoolRequest request) {
        SchoolAccess.onboardingSchools();
        FieldErrors errors = new FieldErrors();
        SchoolUrn urn = errors.check("urn", () -> new SchoolUrn(request.urn()));
        SchoolName name = errors.check("name", () -> new SchoolName(request.name()));
        errors.throwIfAny();

        commands.onboard(new OnboardSchoolCommand(urn, name));
        return ResponseEntity.created(URI.create("/schools/" + urn))
                .eTag(ETags.of(ONBOARDED_VERSION))
                .body(new SchoolResponse(null, urn.value(), name.value()));
    }

    @GetMapping("/{urn}")
    ResponseEntity<SchoolResponse> school(@PathVariable("urn") String rawUrn) {
        SchoolAccess.actingForSchool(rawUrn);
        SchoolView school = Lookups.school(schools, rawUrn);
        return ResponseEntity.ok().eTag(ETags.of(school.version())).body(SchoolResponse.of(school));
    }
}
