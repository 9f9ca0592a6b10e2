package uk.gov.education.placements.placement.rest;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.placement.AssignProviderCommand;
import uk.gov.education.placements.placement.command.placement.CreatePlacementCommand;
import uk.gov.education.placements.placement.command.placement.CreationOutcome;
import uk.gov.education.placements.placement.command.placement.DeletePlacementCommand;
import uk.gov.education.placements.placement.command.placement.EditPlacementCommand;
import uk.gov.education.placements.placement.command.placement.PlacementCommands;
import uk.gov.education.placements.placement.command.placement.PlacementFormPatch;
import uk.gov.education.placements.placement.command.placement.PlacementId;
import uk.gov.education.placements.placement.command.placement.PlacementNotFound;
import uk.gov.education.placements.placement.command.placement.UnassignProviderCommand;
import uk.gov.education.placements.placement.query.PlacementView;
import uk.gov.education.placements.placement.query.PlacementViewRepository;
import uk.gov.education.placements.placement.readyourwrites.ReadYourWrites;
import uk.gov.education.placements.support.web.RequestHeaders;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class PlacementController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final PlacementCommands commands;
    private final PlacementViewRepository placements;
    private final ReadYourWrites readYourWrites;
    private final PlacementPatches patches;

    PlacementController(PlacementCommands commands, PlacementViewRepository placements, ReadYourWrites readYourWrites,
                        PlacementPatches patches) {
        this.commands = commands;
        this.placements = placements;
        this.readYourWrites = readYourWrites;
        this.patches = patches;
    }

    @PostMapping("/schools/{urn}/placements")
    CompletableFuture<ResponseEntity<PlacementResponse>> create(
            @PathVariable String urn,
            @RequestAttribute(name = RequestHeaders.SCHOOL_VERSION, required = false) Long schoolVersion,
            @RequestBody PlacementRequest request) {
        PlacementAccess.actingForSchool(urn);
        SchoolUrn school = Requests.urn(urn);
        PlacementId id = request.id() == null ? PlacementId.random() : new PlacementId(request.id());
        CreatePlacementCommand command = new CreatePlacementCommand(id, school, request.toForm());
        return readYourWrites.then(school, schoolVersion, () -> commands.create(command))
                .thenApply(outcome -> ResponseEntity
                        .status(outcome == CreationOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/placements/" + id))
                        .body(PlacementResponse.of(current(id))));
    }

    @GetMapping("/placements/{id}")
    ResponseEntity<PlacementResponse> get(@PathVariable UUID id) {
        return ResponseEntity.ok(PlacementResponse.of(ownPlacement(new PlacementId(id))));
    }

    /**
     * Merge-patch semantics: the fields sent replace the current ones, a field sent as null is
     * cleared, the rest stay. The merged placement must pass the same rules as a new one.
     */
    @PatchMapping(path = "/placements/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH_JSON})
    CompletableFuture<ResponseEntity<PlacementResponse>> edit(
            @PathVariable UUID id,
            @RequestAttribute(name = RequestHeaders.SCHOOL_VERSION, required = false) Long schoolVersion,
            @RequestBody ObjectNode body,
            HttpServletRequest servletRequest) {
        PlacementId placementId = new PlacementId(id);
        SchoolUrn school = new SchoolUrn(ownPlacement(placementId).schoolUrn());
        PlacementFormPatch patch = patches.read(placementId, body, servletRequest);
        return readYourWrites.then(school, schoolVersion, () -> commands.edit(new EditPlacementCommand(placementId, patch)))
                .thenApply(done -> ResponseEntity.ok(PlacementResponse.of(current(placementId))));
    }

    @PutMapping("/placements/{id}/provider")
    CompletableFuture<ResponseEntity<PlacementResponse>> assign(@PathVariable UUID id, @RequestBody ProviderRequest request) {
        PlacementId placementId = new PlacementId(id);
        ownPlacement(placementId);
        ProviderCode provider = Requests.provider("providerCode", request.providerCode(), ProviderCode.INVALID);
        return commands.assign(new AssignProviderCommand(placementId, provider))
                .thenApply(done -> ResponseEntity.ok(PlacementResponse.of(current(placementId))));
    }

    @DeleteMapping("/placements/{id}/provider")
    CompletableFuture<ResponseEntity<PlacementResponse>> unassign(@PathVariable UUID id) {
        PlacementId placementId = new PlacementId(id);
        ownPlacement(placementId);
        return commands.unassign(new UnassignProviderCommand(placementId))
                .thenApply(done -> ResponseEntity.ok(PlacementResponse.of(current(placementId))));
    }

    @DeleteMapping("/placements/{id}")
    CompletableFuture<ResponseEntity<Void>> delete(@PathVariable UUID id) {
        PlacementId placementId = new PlacementId(id);
        ownPlacement(placementId);
        return commands.delete(new DeletePlacementCommand(placementId))
                .thenApply(done -> ResponseEntity.noContent().<Void>build());
    }

    private PlacementView current(PlacementId id) {
        return placements.find(id).orElseThrow(() -> new PlacementNotFound(id));
    }

    /** The placement, if the caller acts for its school (403 otherwise, 404 when there is none). */
    private PlacementView ownPlacement(PlacementId id) {
        PlacementView placement = current(id);
        PlacementAccess.actingForSchool(placement.schoolUrn());
        return placement;
    }
}
