package dev.fulltime.infrastructure.hostile;

import java.util.List;
import java.util.stream.Stream;

/**
 * A well-formed fact sent to a match id that is unknown, of another kind of thing, or malformed (too long, encoded
 * slashes, NUL, dot segments, invalid escapes, non-ASCII, path parameters, CRLF), written into the request line as
 * is: {@code 404} or {@code 400}. Also used for the scorer paths.
 */
final class MalformedPathIds {

    static final String KIND = "unknown and malformed ids in paths";

    static final List<String> IDS = List.of("unknown-match", Fixture.COMPETITION, Fixture.TIE, "HOSTILE-LIVE",
            "a".repeat(81), "a".repeat(4000), "a".repeat(10_000), "%00", "a%00b", "%2F", "a%2Fb", "%2f%2e%2e%2f",
            "%2e%2e", "%2e", "..", ".", "%5C", "a%5Cb", "%25", "%", "%zz", "a%G0", "%FF", "%C0%AF", "%C3%A9",
            "%F0%9F%98%80", "%E2%80%AE", "a;b", "a;jsessionid=1", "%3B", "%20", "a%20b", "+", "%2B", "~root",
            "a%0Ab", "a%0D%0AX-Injected:%201", "%27%3B%20DROP%20TABLE%20domain_event_entry%3B--",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "null", "0", "-1", "a*", "a$b", "a!b", "a@b", "a,b", "%7B%7D",
            "hostile-live%00", "hostile-live%2F..%2Fhostile-shootout");

    private MalformedPathIds() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        JsonTarget goal = fixture.facts().stream().filter(fact -> fact.label().equals("GOAL")).findFirst()
                .orElseThrow();
        return IDS.stream().map(id -> HostileRequest.post(KIND, "fact to match '"
                        + InjectionFragments.printable(id) + "'", "/api/matches/" + id + "/events")
                .body(goal.text()).overSocket().expect(400, 404));
    }
}
