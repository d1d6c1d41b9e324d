package dev.fulltime.application.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.domain.match.CardType;
import dev.fulltime.domain.match.FactStatus;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.command.CorrectFact;
import dev.fulltime.domain.match.command.DisallowGoal;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MakeSubstitution;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RetractFact;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.ShowCard;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.command.TakeShootoutKick;
import dev.fulltime.domain.match.event.CardShown;
import dev.fulltime.domain.match.event.FactCorrected;
import dev.fulltime.domain.match.event.FactRetracted;
import dev.fulltime.domain.match.event.GoalDisallowed;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEnded;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.PeriodStarted;
import dev.fulltime.domain.match.event.ShootoutKickTaken;
import dev.fulltime.domain.match.event.ShootoutTallyRecorded;
import dev.fulltime.domain.match.event.SubstitutionMade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events as the event store keeps them: through Axon's {@link JacksonSerializer} over
 * {@link FulltimeJson#storageMapper()}, built as the infrastructure's {@code SerializationConfiguration} builds it.
 */
class EventSerializationTest {

    private static final Instant KICKOFF_AT = Instant.parse("2023-02-21T20:00:00Z");

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(FulltimeJson.storageMapper())
            .lenientDeserialization()
            .build();
    private final ObjectMapper plainJson = new ObjectMapper();

    /** One of every kind of event, every field given, minutes in stoppage time where a minute is possible. */
    static Stream<MatchEvent> everyKindOfEvent() {
        return Stream.of(
                new MatchScheduled("schedule", "match-1", "Liverpool FC", "Real Madrid", KICKOFF_AT, "Anfield",
                        "tie-ucl-r16-1", 1, "ucl-2022-23", "Round of 16"),
                new PeriodStarted("kick-off", Period.FIRST_HALF),
                new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(45, 2), Period.FIRST_HALF, GoalKind.PENALTY),
                new CardShown("card-1", Side.AWAY, "Carvajal", Minute.of(90, 4), Period.SECOND_HALF,
                        CardType.SECOND_YELLOW),
                new SubstitutionMade("sub-1", Side.AWAY, "Vinícius Júnior", "Rodrygo", Minute.of(105, 1),
                        Period.EXTRA_TIME_FIRST_HALF),
                new GoalDisallowed("disallow-1", "goal-1", "offside"),
                new FactCorrected("correct-1", "goal-1", "Salah", Minute.of(120, 2), GoalKind.OWN_GOAL, Side.AWAY),
                new FactRetracted("retract-1", "card-1", "recorded in error"),
                new PeriodEnded("full-time", Period.EXTRA_TIME_SECOND_HALF),
                new ShootoutKickTaken("kick-1", Side.HOME, "Salah", true),
                new ShootoutTallyRecorded("tally-1", new Score(4, 3)),
                new MatchEnded("final-whistle"));
    }

    @Test
    void theSamplesCoverEveryKindOfEvent() {
        assertThat(everyKindOfEvent().<Class<?>>map(MatchEvent::getClass).toList())
                .containsExactlyInAnyOrder(MatchEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfEvent")
    void everyEventReadsBackEqualToWhatWasWritten(MatchEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfEvent")
    void anEventIsStoredAsItsRecordComponentsOnly(MatchEvent event) {
        JsonNode json = storedJson(event);

        assertThat(json.has("type")).as("a derived 'type' property in %s", json).isFalse();
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(
                Arrays.stream(event.getClass().getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void aMinuteIsStoredAsFootballWritesIt() {
        JsonNode json = storedJson(new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(45, 2),
                Period.FIRST_HALF, GoalKind.REGULAR));

        assertThat(json.get("minute").isTextual()).isTrue();
        assertThat(json.get("minute").asText()).isEqualTo("45+2");
    }

    @Test
    void anInstantIsStoredAsAnIsoString() {
        JsonNode json = storedJson(new MatchScheduled("schedule", "match-1", "Liverpool FC", "Real Madrid",
                KICKOFF_AT, "Anfield", null, null, null, null));

        assertThat(json.get("kickoffAt").isTextual()).isTrue();
        assertThat(json.get("kickoffAt").asText()).isEqualTo("2023-02-21T20:00:00Z");
    }

    @Test
    void anEventStoredWithAPropertyItNoLongerHasStillReads() {
        String json = """
                {"eventId":"goal-1","side":"HOME","player":"Núñez","minute":"45+2","period":"FIRST_HALF",
                 "kind":"REGULAR","type":"GOAL","assistedBy":"Salah"}""";

        Object read = serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType(GoalScored.class.getName(), null)));

        assertThat(read).isEqualTo(new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(45, 2),
                Period.FIRST_HALF, GoalKind.REGULAR));
    }

    @Nested
    class TheFoldedState {

        private final ObjectMapper storage = FulltimeJson.storageMapper();

        @Test
        void readsBackEqualWithTheSameTimeline() throws IOException {
            MatchState state = MatchDecider.replay(aMatchDecidedOnPenalties());

            MatchState read = storage.readValue(storage.writeValueAsString(state), MatchState.class);

            assertThat(read.timeline()).isEqualTo(state.timeline());
            assertThat(read).isEqualTo(state);
            assertThat(read.score()).isEqualTo(state.score());
            assertThat(read.penalties()).isEqualTo(state.penalties());
            assertThat(read.status()).isEqualTo(state.status());
        }

        @Test
        void theLogExercisesEveryKindOfAmendment() {
            MatchState state = MatchDecider.replay(aMatchDecidedOnPenalties());

            assertThat(state.fact("goal-1").orElseThrow().status()).isEqualTo(FactStatus.CORRECTED);
            assertThat(state.fact("goal-2").orElseThrow().status()).isEqualTo(FactStatus.DISALLOWED);
            assertThat(state.fact("goal-3").orElseThrow().status()).isEqualTo(FactStatus.RETRACTED);
            assertThat(state.score()).isEqualTo(new Score(1, 1));
            assertThat(state.penalties()).contains(new Score(3, 0));
            assertThat(state.ended()).isTrue();
        }

        /**
         * Liverpool FC v Real Madrid: an opener whose minute and scorer are corrected, an away goal in stoppage
         * time ruled out, another recorded in error and retracted, a late equaliser, and a shoot-out won 3-0.
         */
        private List<MatchEvent> aMatchDecidedOnPenalties() {
            String home = "Liverpool FC";
            String away = "Real Madrid";
            return decideInTurn(
                    new ScheduleMatch("schedule", "match-1", home, away, KICKOFF_AT, "Anfield", null, null, null, null),
                    new StartPeriod("kick-off", Period.FIRST_HALF),
                    new RecordGoal("goal-1", home, "Núñez", Minute.of(12), null, GoalKind.REGULAR),
                    new ShowCard("card-1", away, "Carvajal", Minute.of(30), CardType.YELLOW),
                    new RecordGoal("goal-2", away, "Vinícius Júnior", Minute.of(45, 2), null, null),
                    new DisallowGoal("disallow-1", "goal-2", "offside"),
                    new CorrectFact("correct-1", "goal-1", "Salah", Minute.of(14), null, null),
                    new EndPeriod("half-time", Period.FIRST_HALF),
                    new StartPeriod("second-half", Period.SECOND_HALF),
                    new MakeSubstitution("sub-1", home, "Núñez", "Gakpo", Minute.of(60)),
                    new RecordGoal("goal-3", away, "Benzema", Minute.of(75), null, GoalKind.PENALTY),
                    new RetractFact("retract-1", "goal-3", "recorded in error"),
                    new RecordGoal("goal-4", away, "Rodrygo", Minute.of(90, 3), null, GoalKind.REGULAR),
                    new EndPeriod("full-time", Period.SECOND_HALF),
                    new StartPeriod("shootout", Period.PENALTY_SHOOTOUT),
                    new TakeShootoutKick("kick-1", home, "Salah", true),
                    new TakeShootoutKick("kick-2", away, "Modrić", false),
                    new TakeShootoutKick("kick-3", home, "Gakpo", true),
                    new TakeShootoutKick("kick-4", away, "Kroos", false),
                    new TakeShootoutKick("kick-5", home, "Fabinho", true),
                    new TakeShootoutKick("kick-6", away, "Rodrygo", false),
                    new EndMatch("final-whistle"));
        }

        /** The log the aggregate would write: each command decided against the state replayed so far. */
        private List<MatchEvent> decideInTurn(MatchCommand... commands) {
            List<MatchEvent> log = new ArrayList<>();
            for (MatchCommand command : commands) {
                log.addAll(MatchDecider.decide(command, MatchDecider.replay(log)));
            }
            return log;
        }
    }

    private JsonNode storedJson(MatchEvent event) {
        try {
            return plainJson.readTree(serializer.serialize(event, byte[].class).getData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
