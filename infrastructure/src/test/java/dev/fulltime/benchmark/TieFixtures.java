package dev.fulltime.benchmark;

import java.util.ArrayList;
import java.util.List;

/** A competition of two-legged ties over HTTP, both legs played a little, for the tie reads. */
final class TieFixtures {

    private TieFixtures() {
    }

    /** Creates {@code ties} ties; answers their ids. */
    static List<String> create(Http http, String prefix, int ties) {
        String competition = prefix + "-cup";
        http.post("/api/competitions", "{\"competitionId\":\"%s\",\"name\":\"Bench Cup\",\"season\":\"2025-26\"}"
                .formatted(competition), 201);
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < ties; t++) {
            String tieId = prefix + "-tie-" + t;
            String teamA = "Team A" + t;
            String teamB = "Team B" + t;
            http.post("/api/ties", ("{\"tieId\":\"%s\",\"competitionId\":\"%s\",\"round\":\"Round of 16\","
                    + "\"teamA\":\"%s\",\"teamB\":\"%s\",\"legs\":2}").formatted(tieId, competition, teamA, teamB), 201);
            leg(http, tieId, 1, teamA, teamB);
            leg(http, tieId, 2, teamB, teamA);
            ids.add(tieId);
        }
        return ids;
    }

    private static void leg(Http http, String tieId, int leg, String home, String away) {
        String matchId = tieId + "-leg" + leg;
        http.post("/api/matches", "{\"matchId\":\"%s\",\"homeTeam\":\"%s\",\"awayTeam\":\"%s\",\"tieId\":\"%s\",\"leg\":%d}"
                .formatted(matchId, home, away, tieId, leg), 201);
        http.post("/api/matches/" + matchId + "/events", "{\"type\":\"PERIOD_STARTED\",\"period\":\"FIRST_HALF\"}", 201);
        http.post("/api/matches/" + matchId + "/events",
                "{\"type\":\"GOAL\",\"team\":\"%s\",\"player\":\"Scorer\",\"minute\":\"12\",\"kind\":\"REGULAR\"}"
                        .formatted(home), 201);
    }
}
