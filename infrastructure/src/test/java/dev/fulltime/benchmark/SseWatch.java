package dev.fulltime.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Live streams of matches ({@code /api/matches/{id}/stream}), read line by line without a thread each: when each
 * version of each match first arrived.
 */
final class SseWatch implements AutoCloseable {

    private static final long RETRY_MILLIS = 5;

    private final Http http;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final List<Flow.Subscription> open = new CopyOnWriteArrayList<>();

    SseWatch(Http http) {
        this.http = http;
    }

    /** Opens the match's stream, again and again while the read model does not know the match yet (404). */
    void watch(String matchId) {
        HttpRequest request = HttpRequest.newBuilder(http.uri("/api/matches/" + matchId + "/stream"))
                .header("Accept", "text/event-stream").GET().build();
        http.client().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Lines(matchId)))
                .thenAccept(response -> {
                    if (response.statusCode() == 404) {
                        CompletableFuture.delayedExecutor(RETRY_MILLIS, TimeUnit.MILLISECONDS)
                                .execute(() -> watch(matchId));
                    }
                });
    }

    /** When {@code version} of the match arrived (System.nanoTime), or null. */
    Long arrival(String matchId, long version) {
        return arrivals.get(matchId + "#" + version);
    }

    @Override
    public void close() {
        open.forEach(Flow.Subscription::cancel);
    }

    private final class Lines implements Flow.Subscriber<String> {
        private final String matchId;

        Lines(String matchId) {
            this.matchId = matchId;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            open.add(subscription);
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("id:")) {
                arrivals.putIfAbsent(matchId + "#" + line.substring(3).trim(), System.nanoTime());
            }
        }

        @Override
        public void onError(Throwable failure) {
            // the stream ends when the run closes it
        }

        @Override
        public void onComplete() {
            // idem
        }
    }
}
