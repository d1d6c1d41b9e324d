package dev.fulltime.infrastructure.hostile;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the hostile requests aim at: a competition with a tie, a match in its first half with a goal, and a match in
 * its penalty shoot-out, where a well-formed fact of each kind would be read. The JSON targets are every JSON write
 * endpoint with a well-formed body.
 */
record Fixture(String goalEventId) {

    static final String HOME = "Liverpool FC";
    static final String AWAY = "Real Madrid";
    static final String COMPETITION = "hostile-cup";
    static final String TIE = "hostile-tie";
    static final String LIVE = "hostile-live";
    static final String SHOOTOUT = "hostile-shootout";

    static Fixture create(ApiClient api) {
        created(api.post("/api/competitions", Map.of("competitionId", COMPETITION, "name", "Hostile Cup",
                "season", "2022-23")));
        created(api.post("/api/ties", Map.of("tieId", TIE, "competitionId", COMPETITION, "round", "Final",
                "teamA", HOME, "teamB", AWAY, "legs", 2)));
        MatchApi matches = new MatchApi(api);
        matches.create(Map.of("matchId", LIVE, "homeTeam", HOME, "awayTeam", AWAY));
        matches.kickOff(LIVE);
        String goal = matches.goal(LIVE, HOME, "Darwin Núñez", "4");
        matches.create(Map.of("matchId", SHOOTOUT, "homeTeam", HOME, "awayTeam", AWAY));
        Stream.of(started("FIRST_HALF"), ended("FIRST_HALF"), started("SECOND_HALF"), ended("SECOND_HALF"),
                started("PENALTY_SHOOTOUT")).forEach(fact -> matches.recordOk(SHOOTOUT, fact));
        return new Fixture(goal);
    }

    static String eventsOf(String matchId) {
        return "/api/matches/" + matchId + "/events";
    }

    List<JsonTarget> jsonTargets() {
        return Stream.concat(creations().stream(), facts().stream()).toList();
    }

    /** Every creation and one fact on each match, for the kinds of hostility that do not depend on the fields. */
    List<JsonTarget> representatives() {
        return jsonTargets().stream().filter(target -> !target.path().endsWith("/events")
                || target.label().equals("GOAL") || target.label().equals("SHOOTOUT_KICK")).toList();
    }

    List<JsonTarget> creations() {
        return List.of(
                JsonTarget.of("match", "/api/matches", "{'matchId': 'hostile-new-match', 'homeTeam': '" + HOME
                        + "', 'awayTeam': '" + AWAY + "', 'kickoffAt': '2023-02-21T20:00:00Z', 'venue': 'Anfield', "
                        + "'competitionId': '" + COMPETITION + "', 'round': 'Group A'}", "homeTeam", "awayTeam"),
                JsonTarget.of("leg", "/api/matches", "{'matchId': 'hostile-new-leg', 'homeTeam': '" + HOME
                        + "', 'awayTeam': '" + AWAY + "', 'tieId': '" + TIE + "', 'leg': 1}",
                        "homeTeam", "awayTeam", "tieId", "leg"),
                JsonTarget.of("competition", "/api/competitions", "{'competitionId': 'hostile-new-cup', "
                        + "'name': 'Hostile Cup', 'season': '2022-23', "
                        + "'rules': {'awayGoals': false, 'extraTime': true, 'penalties': true}}",
                        "name", "season", "rules.awayGoals", "rules.extraTime", "rules.penalties"),
                JsonTarget.of("tie", "/api/ties", "{'tieId': 'hostile-new-tie', 'competitionId': '" + COMPETITION
                        + "', 'round': 'Semi-final', 'teamA': '" + HOME + "', 'teamB': '" + AWAY + "', 'legs': 2}",
                        "competitionId", "round", "teamA", "teamB", "legs"));
    }

    /** A well-formed fact of every type a scorer may send. */
    List<JsonTarget> facts() {
        return List.of(
                factTarget(LIVE, "PERIOD_STARTED", "'period': 'SECOND_HALF'", "period"),
                factTarget(LIVE, "PERIOD_ENDED", "'period': 'FIRST_HALF'", "period"),
                factTarget(LIVE, "GOAL", "'team': '" + HOME + "', 'player': 'Mohamed Salah', 'minute': '10', "
                        + "'kind': 'REGULAR'", "team"),
                factTarget(LIVE, "GOAL_DISALLOWED", "'goalEventId': '" + goalEventId + "', 'reason': 'offside'",
                        "goalEventId"),
                factTarget(LIVE, "CARD", "'team': '" + AWAY + "', 'player': 'Dani Carvajal', 'minute': '20', "
                        + "'card': 'YELLOW'", "team", "player", "card"),
                factTarget(LIVE, "SUBSTITUTION", "'team': '" + HOME + "', 'playerOff': 'Diogo Jota', "
                        + "'playerOn': 'Roberto Firmino', 'minute': '30'", "team", "playerOff", "playerOn"),
                factTarget(LIVE, "CORRECTION", "'targetEventId': '" + goalEventId + "', 'player': 'Darwin Nunez', "
                        + "'minute': '5', 'kind': 'PENALTY', 'team': '" + HOME + "'", "targetEventId"),
                factTarget(LIVE, "RETRACTION", "'targetEventId': '" + goalEventId + "', 'reason': 'recorded twice'",
                        "targetEventId"),
                factTarget(LIVE, "MATCH_ENDED", null),
                factTarget(SHOOTOUT, "SHOOTOUT_KICK", "'team': '" + HOME + "', 'player': 'James Milner', "
                        + "'scored': true", "team", "scored"),
                factTarget(SHOOTOUT, "SHOOTOUT_TALLY", "'penalties': {'home': 3, 'away': 4}",
                        "penalties", "penalties.home", "penalties.away"));
    }

    private static JsonTarget factTarget(String matchId, String type, String fields, String... required) {
        String eventId = UUID.nameUUIDFromBytes(type.getBytes()).toString();
        String body = "{'type': '" + type + "', 'eventId': '" + eventId + "'" + (fields == null ? "" : ", " + fields)
                + "}";
        String[] withType = Stream.concat(Stream.of("type"), Stream.of(required)).toArray(String[]::new);
        return JsonTarget.of(type, eventsOf(matchId), body, withType);
    }

    private static Map<String, Object> started(String period) {
        return fact("PERIOD_STARTED", "period", period);
    }

    private static Map<String, Object> ended(String period) {
        return fact("PERIOD_ENDED", "period", period);
    }

    private static void created(Answer answer) {
        assertThat(answer.status()).as("fixture: %s", answer.body()).isEqualTo(201);
    }
}
