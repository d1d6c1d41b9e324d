package dev.fulltime.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.PeriodStarted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static final Instant RECORDED_AT = Instant.parse("2023-02-21T20:00:00Z");
    private static final List<MatchEvent> EVENTS = List.of(
            new MatchScheduled("schedule", "match-1", "Liverpool FC", "Real Madrid", RECORDED_AT, "Anfield", null,
                    null, null, null),
            new PeriodStarted("kick-off", Period.FIRST_HALF),
            goal("goal-1", "Núñez", 4),
            goal("goal-2", "Salah", 14),
            new PeriodEnded("half-time", Period.FIRST_HALF));

    private final List<StoredLink> recorded = chain(EVENTS);

    @Test
    void aStreamAsRecordedIsValidWithItsLastHashAsHead() {
        MatchIntegrity integrity = HashChain.verify("match-1", recorded);

        assertThat(integrity).isEqualTo(new MatchIntegrity("match-1", true, 5, recorded.get(4).hash(), null));
    }

    @Test
    void aChangedPayloadBreaksTheChainAtThatEvent() {
        List<StoredLink> tampered = replace(recorded, 3, link -> new StoredLink(3, goal("goal-2", "Gakpo", 14),
                link.recordedAt(), link.recordedBy(), link.hash(), link.previousHash()));

        assertThat(HashChain.verify("match-1", tampered))
                .isEqualTo(new MatchIntegrity("match-1", false, 5, recorded.get(4).hash(), 3L));
    }

    @Test
    void aChangedRecorderOrRecordingTimeBreaksIt() {
        assertThat(HashChain.verify("match-1", replace(recorded, 1, link -> new StoredLink(1, link.payload(),
                link.recordedAt(), "someone else", link.hash(), link.previousHash()))).firstBrokenSequence())
                .isEqualTo(1L);
        assertThat(HashChain.verify("match-1", replace(recorded, 2, link -> new StoredLink(2, link.payload(),
                link.recordedAt().plusSeconds(60), link.recordedBy(), link.hash(), link.previousHash())))
                .firstBrokenSequence())
                .isEqualTo(2L);
    }

    @Test
    void anEventWhoseHashWasRecomputedAfterAChangeBreaksItAtTheNextOne() {
        StoredLink original = recorded.get(2);
        GoalScored changed = goal("goal-1", "Gakpo", 4);
        String rehashed = new EventHash(original.previousHash(), 2, changed, RECORDED_AT, "scorer").hex();
        List<StoredLink> tampered = replace(recorded, 2,
                link -> new StoredLink(2, changed, RECORDED_AT, "scorer", rehashed, link.previousHash()));

        assertThat(HashChain.verify("match-1", tampered).firstBrokenSequence()).isEqualTo(3L);
    }

    @Test
    void aRemovedEventBreaksItAtTheNextOne() {
        List<StoredLink> withoutTheSecondGoal = new ArrayList<>(recorded);
        withoutTheSecondGoal.remove(3);

        assertThat(HashChain.verify("match-1", withoutTheSecondGoal).firstBrokenSequence()).isEqualTo(4L);
    }

    @Test
    void aFirstEventThatDoesNotFollowTheGenesisBreaksIt() {
        assertThat(HashChain.verify("match-1", recorded.subList(1, 5)).firstBrokenSequence()).isEqualTo(1L);
    }

    @Test
    void anUnreadableEventBreaksIt() {
        assertThat(HashChain.verify("match-1", replace(recorded, 2, link -> StoredLink.unreadable(2)))
                .firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    void anEventWithoutAHashBreaksIt() {
        assertThat(HashChain.verify("match-1", replace(recorded, 0, link -> new StoredLink(0, link.payload(),
                link.recordedAt(), link.recordedBy(), null, null))).firstBrokenSequence()).isEqualTo(0L);
    }

    private static List<StoredLink> chain(List<MatchEvent> events) {
        List<StoredLink> links = new ArrayList<>();
        String previous = EventHash.GENESIS;
        for (int sequence = 0; sequence < events.size(); sequence++) {
            String hash = new EventHash(previous, sequence, events.get(sequence), RECORDED_AT, "scorer").hex();
            links.add(new StoredLink(sequence, events.get(sequence), RECORDED_AT, "scorer", hash, previous));
            previous = hash;
        }
        return links;
    }

    private static List<StoredLink> replace(List<StoredLink> links, int index, UnaryOperator<StoredLink> change) {
        List<StoredLink> replaced = new ArrayList<>(links);
        replaced.set(index, change.apply(links.get(index)));
        return replaced;
    }

    private static GoalScored goal(String eventId, String player, int minute) {
        return new GoalScored(eventId, Side.HOME, player, Minute.of(minute), Period.FIRST_HALF, GoalKind.REGULAR);
    }
}
