package uk.gov.education.placements.providerview.rest;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.education.placements.providerview.projection.replay.Replay;
import uk.gov.education.placements.providerview.projection.replay.ReplayService;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ReplayController {

    private final ReplayService replays;
    private final Clock clock;

    ReplayController(ReplayService replays, Clock clock) {
        this.replays = replays;
        this.clock = clock;
    }

    /** Starts rebuilding every read model from the history; 409 while another replay runs. */
    @PostMapping("/admin/replays")
    ResponseEntity<ReplayResponse> start() {
        ProviderViewAccess.analysingTheHistory();
        Replay replay = replays.start();
        return ResponseEntity.accepted()
                .location(URI.create("/admin/replays/" + replay.id()))
                .body(ReplayResponse.of(replay, clock.instant()));
    }

    @GetMapping("/admin/replays/{id}")
    ReplayResponse replay(@PathVariable String id) {
        ProviderViewAccess.analysingTheHistory();
        UUID replayId = Paths.uuid("id", id);
        return replays.find(replayId)
                .map(replay -> ReplayResponse.of(replay, clock.instant()))
                .orElseThrow(() -> new ProblemException(Problems.problem(HttpStatus.NOT_FOUND, "replay-not-found",
                        "Replay not found", "There is no replay with id " + id)));
    }
}
