package uk.gov.education.placements.placement.rest;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.education.placements.placement.command.CreatePartnershipCommand;
import uk.gov.education.placements.placement.command.EndPartnershipCommand;
import uk.gov.education.placements.placement.command.NoSuchPartnership;
import uk.gov.education.placements.placement.command.PartnershipExists;
import uk.gov.education.placements.placement.command.PartnershipId;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.Partnerships;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class PartnershipController {

    private final CommandGateway commands;
    private final Partnerships partnerships;

    PartnershipController(CommandGateway commands, Partnerships partnerships) {
        this.commands = commands;
        this.partnerships = partnerships;
    }

    @PostMapping("/schools/{urn}/partnerships")
    CompletableFuture<ResponseEntity<PartnershipResponse>> create(@PathVariable String urn,
                                                                 @RequestBody ProviderRequest request) {
        PlacementAccess.actingForEitherSide(urn, request.providerCode());
        SchoolUrn school = Requests.urn(urn);
        ProviderCode provider = Requests.provider("providerCode", request.providerCode(), Requests.ENTER_A_PROVIDER_CODE);
        PartnershipId id = new PartnershipId(school, provider);
        // Two creates of the same new pair race in the event store; the loser finds the pair taken.
        return Requests.translateFailure(commands.send(new CreatePartnershipCommand(id)),
                        failure -> failure instanceof ConcurrencyException ? new PartnershipExists(id) : failure)
                .thenApply(done -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/schools/" + school + "/partnerships/" + provider))
                        .body(new PartnershipResponse(school.value(), provider.value())));
    }

    @GetMapping("/schools/{urn}/partnerships")
    List<PartnershipResponse> list(@PathVariable String urn) {
        PlacementAccess.actingForSchool(urn);
        SchoolUrn school = Requests.urn(urn);
        return partnerships.partnersOf(school).stream()
                .map(provider -> new PartnershipResponse(school.value(), provider))
                .toList();
    }

    @DeleteMapping("/schools/{urn}/partnerships/{providerCode}")
    CompletableFuture<ResponseEntity<Void>> end(@PathVariable String urn, @PathVariable String providerCode) {
        PlacementAccess.actingForEitherSide(urn, providerCode);
        PartnershipId id = new PartnershipId(Requests.urn(urn),
                Requests.provider("providerCode", providerCode, Requests.ENTER_A_PROVIDER_CODE));
        return Requests.translateFailure(commands.send(new EndPartnershipCommand(id)),
                        failure -> failure instanceof AggregateNotFoundException ? new NoSuchPartnership(id) : failure)
                .thenApply(done -> ResponseEntity.noContent().<Void>build());
    }
}
