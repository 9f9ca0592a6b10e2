package uk.gov.education.placements.placement.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.education.placements.placement.command.partnership.PartnershipId;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.partnership.AssignedPlacements;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.placement.PlacementId;
import uk.gov.education.placements.placement.command.placement.PlacementContacts;
import uk.gov.education.placements.placement.command.placement.PartnerProviders;

/** In-memory stand-ins for the ports the query side implements, for fixture tests. */
public final class FakeSchools implements PlacementContacts, PartnerProviders, AssignedPlacements {

    private final Set<SchoolUrn> withContact = new HashSet<>();
    private final Set<PartnershipId> partnerships = new HashSet<>();
    private final Map<PartnershipId, List<PlacementId>> assigned = new HashMap<>();

    public FakeSchools withContact(SchoolUrn school) {
        withContact.add(school);
        return this;
    }

    public FakeSchools withPartner(SchoolUrn school, ProviderCode provider) {
        partnerships.add(new PartnershipId(school, provider));
        return this;
    }

    public FakeSchools withAssigned(SchoolUrn school, ProviderCode provider, PlacementId placement) {
        assigned.computeIfAbsent(new PartnershipId(school, provider), key -> new ArrayList<>()).add(placement);
        return this;
    }

    @Override
    public boolean hasPlacementContact(SchoolUrn school) {
        return withContact.contains(school);
    }

    @Override
    public boolean isPartner(SchoolUrn school, ProviderCode provider) {
        return partnerships.contains(new PartnershipId(school, provider));
    }

    @Override
    public List<PlacementId> assignedTo(SchoolUrn school, ProviderCode provider) {
        return assigned.getOrDefault(new PartnershipId(school, provider), List.of());
    }
}
