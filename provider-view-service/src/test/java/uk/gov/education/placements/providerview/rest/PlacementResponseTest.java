package uk.gov.education.placements.providerview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.gov.education.placements.providerview.query.ProviderCode;

class PlacementResponseTest {

    @Test
    void aPlacementWithoutProviderIsAvailable() {
        assertThat(PlacementResponse.status(null, new ProviderCode("1TZ"))).isEqualTo("available");
    }

    @Test
    void aPlacementAssignedToTheCallerIsAssignedToYou() {
        assertThat(PlacementResponse.status("1TZ", new ProviderCode("1TZ"))).isEqualTo("assigned_to_you");
    }

    @Test
    void aPlacementAssignedToAnotherProviderIsAssigned() {
        assertThat(PlacementResponse.status("2AB", new ProviderCode("1TZ"))).isEqualTo("assigned");
        assertThat(PlacementResponse.status("2AB", null)).isEqualTo("assigned");
    }
}
