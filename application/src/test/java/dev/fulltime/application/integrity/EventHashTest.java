package dev.fulltime.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.application.serialization.FulltimeJson;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.PeriodStarted;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventHashTest {

    private static final String PREVIOUS = "a".repeat(64);
    private static final Instant RECORDED_AT = Instant.parse("2023-02-21T20:04:31.123456Z");
    private static final GoalScored GOAL = new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(4),
            Period.FIRST_HALF, GoalKind.REGULAR);
    private static final EventHash LINK = new EventHash(PREVIOUS, 2, GOAL, RECORDED_AT, "scorer");

    @Test
    void isTheLowercaseHexOfASha256() {
        assertThat(LINK.hex()).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameInputGivesTheSameHash() {
        assertThat(new EventHash(PREVIOUS, 2, GOAL, RECORDED_AT, "scorer").hex()).isEqualTo(LINK.hex());
    }

    /**
     * Pins the definition: every stored chain was computed with it, so a change to the canonical form or the fields
     * covered would break every stream recorded before it. Anyone can recompute it as the SHA-256 of the UTF-8 text
     * <pre>{"payload":{"eventId":"goal-1","kind":"REGULAR","minute":"4","period":"FIRST_HALF","player":"Núñez",
     * "side":"HOME"},"previousHash":"aaa…a","recordedAt":"2023-02-21T20:04:31.123456Z","recordedBy":"scorer",
     * "sequence":2,"type":"GOAL"}</pre> (one line, the previous hash in full).
     */
    @Test
    void isDefinedOnceAndForAll() {
        assertThat(LINK.hex()).isEqualTo("383bb320a034c4e744659ac0fcf92572c2839bc58f22967785ee70f1ba8373e1");
    }

    static Stream<EventHash> everyFieldChanged() {
        return Stream.of(
                new EventHash("b".repeat(64), 2, GOAL, RECORDED_AT, "scorer"),
                new EventHash(EventHash.GENESIS, 2, GOAL, RECORDED_AT, "scorer"),
                new EventHash(PREVIOUS, 3, GOAL, RECORDED_AT, "scorer"),
                new EventHash(PREVIOUS, 2, goalBy("Salah"), RECORDED_AT, "scorer"),
                new EventHash(PREVIOUS, 2, new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(5),
                        Period.FIRST_HALF, GoalKind.REGULAR), RECORDED_AT, "scorer"),
                new EventHash(PREVIOUS, 2, new GoalScored("goal-1", Side.AWAY, "Núñez", Minute.of(4),
                        Period.FIRST_HALF, GoalKind.OWN_GOAL), RECORDED_AT, "scorer"),
                new EventHash(PREVIOUS, 2, new GoalScored("goal-1", Side.HOME, "Núñez", null,
                        Period.FIRST_HALF, GoalKind.REGULAR), RECORDED_AT, "scorer"),
                new EventHash(PREVIOUS, 2, GOAL, RECORDED_AT.plusNanos(1000), "scorer"),
                new EventHash(PREVIOUS, 2, GOAL, RECORDED_AT, "admin"),
                new EventHash(PREVIOUS, 2, GOAL, RECORDED_AT, null));
    }

    @ParameterizedTest
    @MethodSource("everyFieldChanged")
    void anyChangeToWhatItCoversChangesIt(EventHash changed) {
        assertThat(changed.hex()).isNotEqualTo(LINK.hex());
    }

    @Test
    void coversTheTypeOfTheFactBesideItsFields() {
        PeriodStarted started = new PeriodStarted("whistle", Period.SECOND_HALF);
        PeriodEnded ended = new PeriodEnded("whistle", Period.SECOND_HALF);
        assertThat(CanonicalJson.of(started)).isEqualTo(CanonicalJson.of(ended));

        assertThat(new EventHash(PREVIOUS, 2, started, RECORDED_AT, "scorer").hex())
                .isNotEqualTo(new EventHash(PREVIOUS, 2, ended, RECORDED_AT, "scorer").hex());
    }

    @Test
    void theOrderOfTheStoredPayloadsKeysDoesNotMatter() throws IOException {
        MatchEvent asWritten = read("""
                {"eventId":"goal-1","side":"HOME","player":"Núñez","minute":"4","period":"FIRST_HALF","kind":"REGULAR"}""");
        MatchEvent reordered = read("""
                { "kind" : "REGULAR", "period":"FIRST_HALF", "minute":"4", "player":"Núñez", "side":"HOME",
                  "eventId":"goal-1" }""");

        assertThat(new EventHash(PREVIOUS, 2, reordered, RECORDED_AT, "scorer").hex())
                .isEqualTo(new EventHash(PREVIOUS, 2, asWritten, RECORDED_AT, "scorer").hex())
                .isEqualTo(LINK.hex());
    }

    private static GoalScored goalBy(String player) {
        return new GoalScored("goal-1", Side.HOME, player, Minute.of(4), Period.FIRST_HALF, GoalKind.REGULAR);
    }

    private static MatchEvent read(String json) throws IOException {
        return FulltimeJson.storageMapper().readValue(json, GoalScored.class);
    }
}
