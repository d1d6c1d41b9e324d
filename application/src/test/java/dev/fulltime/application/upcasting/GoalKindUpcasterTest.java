package dev.fulltime.application.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.application.serialization.FulltimeJson;
import dev.fulltime.domain.match.CardType;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.CardShown;
import dev.fulltime.domain.match.event.GoalScored;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/**
 * Stored events read back as the event store reads them: the rows' payloads through the upcaster chain, then
 * deserialized by the serializer the infrastructure builds, with {@link EventRevisions}.
 */
class GoalKindUpcasterTest {

    private static final String OLD_GOAL = """
            {"eventId":"goal-1","side":"HOME","player":"Núñez","minute":"4","period":"FIRST_HALF"}""";

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(FulltimeJson.storageMapper())
            .revisionResolver(new EventRevisions())
            .lenientDeserialization()
            .build();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new GoalKindUpcaster());

    @Test
    void aGoalStoredBeforeRevisionsWithoutAKindIsARegularGoal() {
        assertThat(read(GoalScored.class.getName(), null, OLD_GOAL)).isEqualTo(
                new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(4), Period.FIRST_HALF, GoalKind.REGULAR));
    }

    @Test
    void aGoalOfRevisionOneWithoutAKindIsARegularGoal() {
        assertThat(read(GoalScored.class.getName(), "1", OLD_GOAL)).isEqualTo(
                new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(4), Period.FIRST_HALF, GoalKind.REGULAR));
    }

    @Test
    void anOldGoalOfAnotherKindKeepsIt() {
        String penalty = """
                {"eventId":"goal-1","side":"AWAY","player":"Benzema","minute":"55","period":"SECOND_HALF",
                 "kind":"PENALTY"}""";

        assertThat(read(GoalScored.class.getName(), null, penalty)).isEqualTo(
                new GoalScored("goal-1", Side.AWAY, "Benzema", Minute.of(55), Period.SECOND_HALF, GoalKind.PENALTY));
    }

    @Test
    void aGoalStoredTodayIsAtRevisionTwoAndReadsBackUnchanged() {
        GoalScored goal = new GoalScored("goal-1", Side.HOME, null, null, Period.SECOND_HALF, GoalKind.OWN_GOAL);
        SerializedObject<byte[]> stored = serializer.serialize(goal, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(read(stored.getType().getName(), stored.getType().getRevision(), text(stored))).isEqualTo(goal);
    }

    @Test
    void everyOtherEventIsAtRevisionOneAndLeftAlone() {
        CardShown card = new CardShown("card-1", Side.AWAY, "Carvajal", Minute.of(90, 4), Period.SECOND_HALF,
                CardType.YELLOW);
        SerializedObject<byte[]> stored = serializer.serialize(card, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(read(CardShown.class.getName(), null, text(stored))).isEqualTo(card);
    }

    /** One stored row of a match's stream, read through the upcasters. */
    private Object read(String payloadType, String revision, String payload) {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("MatchAggregate", "match-1", 2,
                "event-1", Instant.parse("2023-02-21T20:04:00Z"), payloadType, revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row), serializer, upcasters)
                .asStream().map(DomainEventMessage::getPayload).findFirst().orElseThrow();
    }

    private static String text(SerializedObject<byte[]> stored) {
        return new String(stored.getData(), StandardCharsets.UTF_8);
    }
}
