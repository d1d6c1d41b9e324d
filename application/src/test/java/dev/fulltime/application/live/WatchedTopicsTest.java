package dev.fulltime.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.common.Registration;
import org.junit.jupiter.api.Test;

class WatchedTopicsTest {

    private final WatchedTopics watchedTopics = new WatchedTopics();

    @Test
    void aTopicIsWatchedUntilItsLastStreamGoes() {
        Registration first = watchedTopics.watch(LiveTopic.match("m1"));
        Registration second = watchedTopics.watch(LiveTopic.match("m1"));

        assertThat(first.cancel()).isTrue();
        assertThat(watchedTopics.isWatched(LiveTopic.match("m1"))).isTrue();
        assertThat(second.cancel()).isTrue();
        assertThat(watchedTopics.isWatched(LiveTopic.match("m1"))).isFalse();
    }

    @Test
    void aRegistrationCountsOnceHoweverOftenItIsCancelled() {
        Registration twiceCancelled = watchedTopics.watch(LiveTopic.match("m1"));
        watchedTopics.watch(LiveTopic.match("m1"));

        twiceCancelled.cancel();
        assertThat(twiceCancelled.cancel()).isFalse();

        assertThat(watchedTopics.isWatched(LiveTopic.match("m1"))).isTrue();
    }

    @Test
    void theIdsWatchedAreListedByKind() {
        watchedTopics.watch(LiveTopic.match("m1"));
        watchedTopics.watch(LiveTopic.match("m2"));
        watchedTopics.watch(LiveTopic.tie("m1"));
        watchedTopics.watch(LiveTopic.tie("t1")).cancel();

        assertThat(watchedTopics.ids(LiveTopic.MATCH)).containsExactlyInAnyOrder("m1", "m2");
        assertThat(watchedTopics.ids(LiveTopic.TIE)).containsExactly("m1");
        assertThat(watchedTopics.isWatched(LiveTopic.tie("t1"))).isFalse();
    }
}
