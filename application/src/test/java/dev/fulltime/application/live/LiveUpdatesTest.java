package dev.fulltime.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

    private final LiveUpdates updates = new LiveUpdates();

    @Test
    void aStateGoesToTheStreamsOfItsTopicAlone() {
        List<Object> firstMatch = new ArrayList<>();
        List<Object> alsoFirstMatch = new ArrayList<>();
        List<Object> otherMatch = new ArrayList<>();
        updates.watch(LiveTopic.match("m1"), firstMatch::add);
        updates.watch(LiveTopic.match("m1"), alsoFirstMatch::add);
        updates.watch(LiveTopic.match("m2"), otherMatch::add);

        updates.emit(LiveTopic.match("m1"), () -> Optional.of("m1 v2"));

        assertThat(firstMatch).containsExactly("m1 v2");
        assertThat(alsoFirstMatch).containsExactly("m1 v2");
        assertThat(otherMatch).isEmpty();
    }

    @Test
    void nothingIsReadForATopicNobodyWatches() {
        AtomicInteger reads = new AtomicInteger();
        updates.watch(LiveTopic.tie("m1"), state -> { });

        updates.emit(LiveTopic.match("m1"), () -> Optional.of("read " + reads.incrementAndGet()));

        assertThat(reads).hasValue(0);
    }

    @Test
    void aTopicIsWatchedUntilItsLastStreamGoes() {
        List<Object> staying = new ArrayList<>();
        Registration leaving = updates.watch(LiveTopic.match("m1"), state -> { });
        Registration stays = updates.watch(LiveTopic.match("m1"), staying::add);

        assertThat(leaving.cancel()).isTrue();
        assertThat(leaving.cancel()).isFalse();
        updates.emit(LiveTopic.match("m1"), () -> Optional.of("v3"));
        assertThat(staying).containsExactly("v3");
        assertThat(stays.cancel()).isTrue();

        assertThat(updates.isWatched(LiveTopic.match("m1"))).isFalse();
    }

    @Test
    void theIdsWatchedAreListedByKind() {
        updates.watch(LiveTopic.match("m1"), state -> { });
        updates.watch(LiveTopic.match("m2"), state -> { });
        updates.watch(LiveTopic.tie("m1"), state -> { });
        updates.watch(LiveTopic.tie("t1"), state -> { }).cancel();

        assertThat(updates.watched(LiveTopic.MATCH)).containsExactlyInAnyOrder("m1", "m2");
        assertThat(updates.watched(LiveTopic.TIE)).containsExactly("m1");
    }
}
