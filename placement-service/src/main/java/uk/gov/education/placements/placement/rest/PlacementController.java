package uk.gov.education.placements.placement.rest;

import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import uk.gov.education.placements.placement.command.AssignProviderCommand;
import uk.gov.education.placements.placement.command.CreatePlacementCommand;
import uk.gov.education.placements.placement.command.CreationOutcome;
import uk.gov.education.placements.placement.command.DeletePlacementCommand;
import uk.gov.education.placements.placement.command.EditPlacementCommand;
import uk.gov.education.placements.placement.command.PlacementFormPatch;
import uk.gov.education.placements.placement.command.PlacementId;
import uk.gov.education.placements.placement.command.PlacementIdTaken;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.UnassignProviderCommand;
import uk.gov.education.placements.placement.query.PlacementView;
import uk.gov.education.placements.support.web.RequestHeaders;
import uk.gov.education.placements.placement.query.PlacementViews;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class PlacementController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CommandGateway commands;
    private final PlacementViews placements;
    private final ReadYourWrites readYourWrites;
    private final ObjectMapper json;

    PlacementController(CommandGateway commands, PlacementViews placements, ReadYourWrites readYourWrites,
                        ObjectMapper json) {
        this.commands = commands;
        this.placements = placements;
        this.readYourWrites = readYourWrites;
        this.json = json;
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
        return readYourWrites.then(school, schoolVersion, () -> sendCreate(command))
                .thenApply(outcome -> ResponseEntity
                        .status(outcome == CreationOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/placements/" + id))
                        .body(PlacementResponse.of(current(id))));
    }

    /**
     * Two identical creates racing for a new id: the loser's events collide with the winner's in
     * the event store. Sent once more, it finds the placement and is answered like any repeat.
     */
    private CompletableFuture<CreationOutcome> sendCreate(CreatePlacementCommand command) {
        CompletableFuture<CreationOutcome> sent = commands.<CreationOutcome>send(command)
                .exceptionallyCompose(failure -> Requests.unwrap(failure) instanceof ConcurrencyException
                        ? commands.<CreationOutcome>send(command)
                        : CompletableFuture.failedFuture(failure));
        // The id of a deleted placement stays used: it names that placement in the history.
        return Requests.translateFailure(sent, failure -> failure instanceof AggregateDeletedException
                ? new PlacementIdTaken(command.placementId())
                : failure);
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
        PlacementFormPatch patch = patch(placementId, body, servletRequest);
        return readYourWrites.then(school, schoolVersion,
                        () -> send(new EditPlacementCommand(placementId, patch), placementId))
                .thenApply(done -> ResponseEntity.ok(PlacementResponse.of(current(placementId))));
    }

    @PutMapping("/placements/{id}/provider")
    CompletableFuture<ResponseEntity<PlacementResponse>> assign(@PathVariable UUID id, @RequestBody ProviderRequest request) {
        PlacementId placementId = new PlacementId(id);
        ownPlacement(placementId);
        ProviderCode provider = Requests.provider("providerCode", request.providerCode(), ProviderCode.INVALID);
        return send(new AssignProviderCommand(placementId, provider), placementId)
                .thenApply(done -> ResponseEntity.ok(PlacementResponse.of(current(placementId))));
    }

    @DeleteMapping("/placements/{id}/provider")
    CompletableFuture<ResponseEntity<PlacementResponse>> unassign(@PathVariable UUID id) {
        PlacementId placementId = new PlacementId(id);
        ownPlacement(placementId);
        return send(new UnassignProviderCommand(placementId), placementId)
                .thenApply(done -> ResponseEntity.ok(PlacementResponse.of(current(placementId))));
    }

    @DeleteMapping("/placements/{id}")
    CompletableFuture<ResponseEntity<Void>> delete(@PathVariable UUID id) {
        PlacementId placementId = new PlacementId(id);
        ownPlacement(placementId);
        return send(new DeletePlacementCommand(placementId), placementId)
                .thenApply(done -> ResponseEntity.noContent().<Void>build());
    }

    private CompletableFuture<Object> send(Object command, PlacementId placementId) {
        return Requests.translateFailure(commands.send(command),
                failure -> failure instanceof AggregateNotFoundException ? new PlacementNotFound(placementId) : failure);
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

    private PlacementFormPatch patch(PlacementId id, ObjectNode body, HttpServletRequest servletRequest) {
        ObjectNode values = body.deepCopy();
        JsonNode sentId = values.remove("id");
        if (sentId != null && !sentId.asText().equalsIgnoreCase(id.toString())) {
            throw Requests.invalid("id", "The id of a placement cannot change");
        }
        // Names outside the placement's fields are left to the strict reader below, which refuses them.
        Set<String> fields = new HashSet<>();
        for (Iterator<String> names = values.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (PlacementFormPatch.FIELDS.contains(name)) {
                fields.add(name);
            }
        }
        try {
            PlacementRequest parsed = json.treeToValue(values, PlacementRequest.class);
            return new PlacementFormPatch(parsed.toForm(), fields);
        } catch (JsonProcessingException e) {
            // The same 400 as for a body that does not bind: unknown field, wrong type.
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(servletRequest));
        }
    }
}
