package dev.fulltime.infrastructure.hostile;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Well-formed facts made conditional on something that is not a stream version: weak tags, signs, decimals,
 * other digits, numbers past a long, several values, empty and huge headers: {@code 400}.
 */
final class GarbageIfMatch {

    static final String KIND = "garbage If-Match headers";

    private static final List<String> VALUES = List.of("\"abc\"", "abc", "W/\"1\"", "W/\"2\"", "w/\"2\"", "-1",
            "\"-1\"", "\"\"", "", " ", "*", "\"1\", \"2\"", "1,2", "\"2", "2\"", "'2'", "\"2.0\"", "2.0", "\"1e3\"",
            "\"0x2\"", "\"２\"", "\"٣\"", "\"+2\"", "\"99999999999999999999\"", "99999999999999999999",
            "\"" + "9".repeat(1000) + "\"", "\"2\" OR 1=1", "<script>", "\"2\"\"2\"", "\"2\";", "null", "true");
    private static final Set<String> CONDITIONAL = Set.of("GOAL", "CARD", "SUBSTITUTION", "SHOOTOUT_KICK");

    private GarbageIfMatch() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return fixture.facts().stream().filter(fact -> CONDITIONAL.contains(fact.label())).flatMap(fact ->
                Stream.concat(
                        VALUES.stream().map(value -> fact.post(KIND, "If-Match: " + InjectionFragments.printable(
                                value)).body(fact.text()).header("If-Match", value).overSocket()),
                        Stream.of(fact.post(KIND, "two If-Match headers").body(fact.text())
                                .header("If-Match", "\"2\"", "\"3\""))
                ).map(request -> request.expect(400)));
    }
}
