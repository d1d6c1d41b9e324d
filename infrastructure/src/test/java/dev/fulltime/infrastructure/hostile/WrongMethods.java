package dev.fulltime.infrastructure.hostile;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every write path asked with a method it does not answer, with and without a body, and with methods that are no
 * HTTP method at all or not written in capitals: {@code 405} (or {@code 400} for what is not a method).
 */
final class WrongMethods {

    static final String KIND = "wrong HTTP methods";

    private static final List<String> NOT_METHODS = List.of("FOO", "post", "Post", "PROPFIND", "MKCOL");

    private WrongMethods() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        Map<String, List<String>> unanswered = Map.of(
                "/api/matches", List.of("PUT", "DELETE", "PATCH"),
                Fixture.eventsOf(Fixture.LIVE), List.of("PUT", "DELETE", "PATCH"),
                "/api/competitions", List.of("PUT", "DELETE", "PATCH"),
                "/api/ties", List.of("GET", "PUT", "DELETE", "PATCH"),
                "/api/imports/openfootball", List.of("GET", "PUT", "DELETE", "PATCH"),
                "/api/admin/projections/rebuild", List.of("GET", "PUT", "DELETE", "PATCH"));
        return unanswered.entrySet().stream().flatMap(path -> Stream.concat(
                path.getValue().stream().flatMap(method -> Stream.of(
                        HostileRequest.of(KIND, method + " without a body", method, path.getKey()).expect(405),
                        HostileRequest.of(KIND, method + " with a body", method, path.getKey()).body("{}")
                                .expect(405))),
                NOT_METHODS.stream().map(method -> HostileRequest.of(KIND, "method " + method, method,
                        path.getKey()).body("{}").overSocket().expect(400, 405))));
    }
}
