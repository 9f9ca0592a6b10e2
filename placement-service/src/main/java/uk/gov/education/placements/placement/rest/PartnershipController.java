package uk.gov.education.placements.placement.rest;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

import uk.gov.education.placements.placement.command.partnership.CreatePartnershipCommand;
import uk.gov.education.placements.placement.command.partnership.EndPartnershipCommand;
import uk.gov.education.placements.placement.command.partnership.PartnershipCommands;
import uk.gov.education.placements.placement.command.partnership.PartnershipId;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.PartnershipRepository;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class PartnershipController {

    private final PartnershipCommands commands;
    private final PartnershipRepository partnerships;

    PartnershipController(PartnershipCommands commands, PartnershipRepository partnerships) {
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
        return commands.create(new CreatePartnershipCommand(id))
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
        return commands.end(new EndPartnershipCommand(id))
                .thenApply(done -> ResponseEntity.noContent().<Void>build());
    }
}
