package uk.gov.education.placements.providerview.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Partnerships;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;
import uk.gov.education.placements.providerview.query.Partnership;
import uk.gov.education.placements.providerview.query.SchoolView;
import uk.gov.education.placements.providerview.query.PlacementView;
import uk.gov.education.placements.providerview.query.PlacementContact;

class ReadModelProjectionTest {

    private final ReadModelProjection projection = new ReadModelProjection();
    private final InMemoryReadModelState state = new InMemoryReadModelState();

    @Test
    void showsTheSchoolWithItsContact() {
        School school = TestEvents.school("100000");

        apply(school.onboarded("Hillside Primary"), school.contactAdded("Ada", null, "ada@hillside.sch.uk"));

        SchoolView view = state.school("100000").orElseThrow();
        assertThat(view.name()).isEqualTo("Hillside Primary");
        assertThat(view.contact()).isEqualTo(new PlacementContact("Ada", null, "ada@hillside.sch.uk"));
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void aContactChangeReplacesTheWholeContact() {
        School school = TestEvents.school("100001");

        apply(school.onboarded("Hillside"), school.contactAdded("Ada", "Lovelace", "ada@x.uk"),
                school.contactChanged(null, null, "office@x.uk"));

        assertThat(state.school("100001").orElseThrow().contact())
                .isEqualTo(new PlacementContact(null, null, "office@x.uk"));
    }

    @Test
    void anEventItsAggregateHasAlreadySeenChangesNothing() {
        School school = TestEvents.school("100002");
        EventEnvelope onboarded = school.onboarded("Hillside");
        EventEnvelope added = school.contactAdded("Ada", null, "ada@x.uk");
        EventEnvelope changed = school.contactChanged("Bea", null, "bea@x.uk");
        apply(onboarded, added, changed);

        boolean duplicate = projection.apply(changed, state);
        boolean late = projection.apply(added, state);

        assertThat(duplicate).isFalse();
        assertThat(late).isFalse();
        assertThat(state.school("100002").orElseThrow().contact().email()).isEqualTo("bea@x.uk");
    }

    @Test
    void aPlacementArrivingBeforeItsSchoolEndsTheSameAsAfter() {
        School school = TestEvents.school("100003");
        Placement placement = TestEvents.placement("100003");
        List<EventEnvelope> schoolEvents = List.of(school.onboarded("Hillside"), school.contactAdded("Ada", null, "a@x.uk"));
        List<EventEnvelope> placementEvents = List.of(placement.created(TestEvents.primaryDetails("Primary", "year_1")));

        InMemoryReadModelState placementFirst = new InMemoryReadModelState();
        placementEvents.forEach(e -> projection.apply(e, placementFirst));
        schoolEvents.forEach(e -> projection.apply(e, placementFirst));
        InMemoryReadModelState schoolFirst = new InMemoryReadModelState();
        schoolEvents.forEach(e -> projection.apply(e, schoolFirst));
        placementEvents.forEach(e -> projection.apply(e, schoolFirst));

        assertThat(placementFirst.schools()).isEqualTo(schoolFirst.schools());
        assertThat(placementFirst.placements()).isEqualTo(schoolFirst.placements()).containsKey(placement.id);
    }

    @Test
    void anyInterleavingOfAggregatesThatKeepsEachAggregatesOrderGivesTheSameReadModels() {
        List<List<EventEnvelope>> streams = someStreams();
        InMemoryReadModelState inOrder = new InMemoryReadModelState();
        streams.forEach(stream -> stream.forEach(e -> projection.apply(e, inOrder)));

        Random random = new Random(42);
        for (int run = 0; run < 50; run++) {
            InMemoryReadModelState shuffled = new InMemoryReadModelState();
            interleave(streams, random).forEach(e -> projection.apply(e, shuffled));

            assertThat(shuffled.schools()).isEqualTo(inOrder.schools());
            assertThat(shuffled.placements()).isEqualTo(inOrder.placements());
            assertThat(shuffled.partnerships()).isEqualTo(inOrder.partnerships());
            assertThat(shuffled.sequences()).isEqualTo(inOrder.sequences());
        }
    }

    @Test
    void anAssignedPlacementCanBeUnassignedAgain() {
        Placement placement = TestEvents.placement("100004");

        apply(placement.created(TestEvents.primaryDetails("Primary", "year_2")), placement.assigned("1TZ"));
        assertThat(state.placement(placement.id).orElseThrow().providerCode()).isEqualTo("1TZ");

        apply(placement.unassigned("1TZ"));
        assertThat(state.placement(placement.id).orElseThrow().providerCode()).isNull();
    }

    @Test
    void anUpdateKeepsTheAssignedProvider() {
        Placement placement = TestEvents.placement("100005");

        apply(placement.created(TestEvents.primaryDetails("Primary", "year_2")), placement.assigned("1TZ"),
                placement.updated(TestEvents.primaryDetails("Primary", "year_3")));

        PlacementView view = state.placement(placement.id).orElseThrow();
        assertThat(view.details().yearGroup()).isEqualTo("year_3");
        assertThat(view.providerCode()).isEqualTo("1TZ");
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void aDeletedPlacementIsGone() {
        Placement placement = TestEvents.placement("100006");

        apply(placement.created(TestEvents.primaryDetails("Primary", "year_2")), placement.deleted());

        assertThat(state.placement(placement.id)).isEmpty();
    }

    @Test
    void anAssignmentOfAPlacementNeverCreatedShowsNothing() {
        Placement placement = TestEvents.placement("100007");

        apply(placement.assigned("1TZ"));

        assertThat(state.placements()).isEmpty();
    }

    @Test
    void partnershipsStartAndEnd() {
        Partnerships partnerships = TestEvents.partnerships("100008");

        apply(partnerships.created("1TZ"), partnerships.created("2AB"), partnerships.ended("1TZ"));

        assertThat(state.partnerships()).containsExactly(new Partnership("100008", "2AB"));
    }

    @Test
    void theSameAggregateIdInTwoServicesCountsItsSequencesApart() {
        School school = TestEvents.school("100009");
        TestEvents.Stream sameIdElsewhere = TestEvents.stream(TestEvents.PLACEMENT_SERVICE, "100009");

        apply(school.onboarded("Hillside"), sameIdElsewhere.next(new PartnershipCreated("100009", "1TZ")));

        assertThat(state.school("100009")).isPresent();
        assertThat(state.partnerships()).containsExactly(new Partnership("100009", "1TZ"));
    }

    @Test
    void aPartnershipEndedAndCreatedAgainIsThereAgain() {
        Partnerships partnerships = TestEvents.partnerships("100010");

        apply(partnerships.created("1TZ"), partnerships.ended("1TZ"), partnerships.created("1TZ"));

        assertThat(state.partnerships()).containsExactly(new Partnership("100010", "1TZ"));
    }

    private void apply(EventEnvelope... events) {
        for (EventEnvelope event : events) {
            projection.apply(event, state);
        }
    }

    private static List<List<EventEnvelope>> someStreams() {
        List<List<EventEnvelope>> streams = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            String urn = "20000" + s;
            School school = TestEvents.school(urn);
            streams.add(List.of(school.onboarded("School " + s), school.contactAdded("A", null, "a" + s + "@x.uk"),
                    school.contactChanged("B", "C", "b" + s + "@x.uk")));
            Partnerships partnerships = TestEvents.partnerships(urn);
            streams.add(List.of(partnerships.created("1TZ"), partnerships.created("2AB"), partnerships.ended("2AB")));
            for (int p = 0; p < 3; p++) {
                Placement placement = TestEvents.placement(urn);
                List<EventEnvelope> events = new ArrayList<>(List.of(
                        placement.created(TestEvents.primaryDetails("Primary", "year_1")),
                        placement.assigned("1TZ"),
                        placement.updated(TestEvents.secondaryDetails("Mathematics", List.of("Physics")))));
                if (p == 1) {
                    events.add(placement.unassigned("1TZ"));
                    events.add(placement.deleted());
                }
                streams.add(events);
            }
        }
        return streams;
    }

    private static List<EventEnvelope> interleave(List<List<EventEnvelope>> streams, Random random) {
        List<EventEnvelope> result = new ArrayList<>();
        int[] next = new int[streams.size()];
        int remaining = streams.stream().mapToInt(List::size).sum();
        while (remaining > 0) {
            int s = random.nextInt(streams.size());
            if (next[s] < streams.get(s).size()) {
                result.add(streams.get(s).get(next[s]++));
                remaining--;
            }
        }
        return result;
    }
}
