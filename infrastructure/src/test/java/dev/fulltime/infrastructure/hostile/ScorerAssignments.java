package dev.fulltime.infrastructure.hostile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code PUT /api/matches/{matchId}/scorers/{username}} (assigning a scorer, ADMIN), written against the contract in
 * the brief before the endpoint exists on this branch: until it is merged these answer {@code 404}/{@code 405}.
 * Hostile usernames and match ids in the path, bodies it does not take, and methods it does not answer. An
 * assignment may be accepted ({@code 204}); anything else is a client error.
 */
final class ScorerAssignments {

    static final String KIND = "scorer assignments (security contract)";

    private static final List<String> USERNAMES = List.of("nobody", "ADMIN", "admin%20", "%20scorer", "scorer%00",
            "%00", "a%2Fb", "%2e%2e", "..", "%", "%zz", "%FF", "%C3%A9", "%E2%80%AE", "a".repeat(256),
            "a".repeat(5000), "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%27%3B%20DROP%20TABLE%20domain_event_entry%3B--", "scorer;x", "scorer%0D%0AX-Injected:%201", "*",
            "%2A", "null");
    private static final Set<Integer> ASSIGNED_OR_REFUSED = Stream.concat(Stream.of(204),
            HostileRequest.ANY_CLIENT_ERROR.stream()).collect(Collectors.toSet());

    private ScorerAssignments() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        String scorers = "/api/matches/" + Fixture.LIVE + "/scorers/";
        Stream<HostileRequest> usernames = USERNAMES.stream().map(username -> HostileRequest.of(KIND,
                "assign '" + InjectionFragments.printable(username) + "'", "PUT", scorers + username).overSocket());
        Stream<HostileRequest> matchIds = MalformedPathIds.IDS.stream().map(id -> HostileRequest.of(KIND,
                "assign scorer to match '" + InjectionFragments.printable(id) + "'", "PUT",
                "/api/matches/" + id + "/scorers/scorer").overSocket());
        Stream<HostileRequest> bodies = Stream.of("{\"username\": \"scorer\"}", "[[[[", "\u0000", "x".repeat(70_000))
                .map(body -> HostileRequest.of(KIND, "assign with a body of " + body.length() + " characters",
                        "PUT", scorers + "scorer").body(body));
        Stream<HostileRequest> methods = Stream.of("POST", "PATCH", "FOO").map(method -> HostileRequest.of(KIND,
                method + " an assignment", method, scorers + "scorer").body("{}"));
        return Stream.of(usernames, matchIds, bodies, methods).flatMap(cases -> cases)
                .map(request -> request.expect(ASSIGNED_OR_REFUSED));
    }
}
