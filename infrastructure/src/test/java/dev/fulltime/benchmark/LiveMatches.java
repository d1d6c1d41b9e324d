package dev.fulltime.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A fixed number of live matches over HTTP, as on a busy Saturday: each slot's match takes a goal at a time, and once
 * it has had {@link #FACTS_PER_MATCH} facts the slot kicks off a new match, so no stream grows beyond a real match's
 * length however long the load runs. Each slot is one feed: its facts are sent one after another.
 */
final class LiveMatches {

    static final int FACTS_PER_MATCH = 40;
    static final String HOME = "Home FC";
    static final String AWAY = "Away FC";

    /** A fact acknowledged with {@code 201}: its match, the stream's version after it, and when the 201 arrived. */
    record Ack(String matchId, long version, long sentNanos, long ackNanos) {
    }

    private final Http http;
    private final String prefix;
    private final List<Slot> slots = new ArrayList<>();
    private final Consumer<String> onKickOff;

    LiveMatches(Http http, String prefix, int matches, Consumer<String> onKickOff) {
        this.http = http;
        this.prefix = prefix;
        this.onKickOff = onKickOff;
        for (int i = 0; i < matches; i++) {
            slots.add(new Slot(i));
        }
    }

    int size() {
        return slots.size();
    }

    /** Starts every slot's first match (not timed). */
    void kickOffAll() {
        slots.forEach(Slot::ensureLive);
    }

    String matchIn(int slot) {
        return slots.get(slot).matchId;
    }

    /** Sends the next goal of the slot's match (kicking off a new one first when it is full) and answers the ack. */
    Ack sendGoal(int slot) {
        return slots.get(slot).goal();
    }

    private final class Slot {
        private final int index;
        private int generation;
        private String matchId;
        private int facts;

        Slot(int index) {
            this.index = index;
        }

        synchronized void ensureLive() {
            if (matchId != null && facts < FACTS_PER_MATCH) {
                return;
            }
            matchId = prefix + "-" + index + "-" + generation++;
            http.post("/api/matches", "{\"matchId\":\"%s\",\"homeTeam\":\"%s\",\"awayTeam\":\"%s\",\"venue\":\"Bench Park\"}"
                    .formatted(matchId, HOME, AWAY), 201);
            http.post("/api/matches/" + matchId + "/events",
                    "{\"type\":\"PERIOD_STARTED\",\"period\":\"FIRST_HALF\"}", 201);
            facts = 2;
            onKickOff.accept(matchId);
        }

        synchronized Ack goal() {
            ensureLive();
            long sent = System.nanoTime();
            String body = http.post("/api/matches/" + matchId + "/events", goalJson(facts), 201);
            long ack = System.nanoTime();
            facts++;
            return new Ack(matchId, version(body), sent, ack);
        }
    }

    static String goalJson(int n) {
        return "{\"type\":\"GOAL\",\"team\":\"%s\",\"player\":\"Player %d\",\"minute\":\"%d\",\"kind\":\"REGULAR\"}"
                .formatted(n % 2 == 0 ? HOME : AWAY, n % 11 + 1, n % 45 + 1);
    }

    /** The {@code version} of a {@code 201 {"eventId":…,"sequence":…,"version":…}}. */
    static long version(String body) {
        int at = body.indexOf("\"version\":") + "\"version\":".length();
        int end = at;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(at, end));
    }
}
