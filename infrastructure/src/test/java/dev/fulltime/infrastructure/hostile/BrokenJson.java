package dev.fulltime.infrastructure.hostile;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Well-formed bodies cut short at points spread over their length, with something after them or before them, or
 * written in the JavaScript that is not JSON (comments, single quotes, NaN): {@code 400}.
 */
final class BrokenJson {

    static final String KIND = "truncated and broken JSON";

    private static final int CUTS = 6;
    private static final List<String> TRAILERS = List.of(" x", "}", ",", " null", "\u0000",
            "\n{\"type\": \"MATCH_ENDED\"}");

    private BrokenJson() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return fixture.representatives().stream().flatMap(target -> {
            String valid = target.text();
            Stream<HostileRequest> cut = IntStream.range(1, CUTS + 1)
                    .map(i -> i * (valid.length() - 1) / (CUTS + 1) + 1)
                    .distinct()
                    .mapToObj(length -> target.post(KIND, "cut after " + length + " of " + valid.length()
                            + " characters").body(valid.substring(0, length)));
            Stream<HostileRequest> trailing = TRAILERS.stream().map(trailer ->
                    target.post(KIND, "followed by " + printable(trailer)).body(valid + trailer));
            Stream<HostileRequest> javascript = Stream.of(
                    target.post(KIND, "a comment").body("/* hostile */" + valid),
                    target.post(KIND, "single quotes").body(valid.replace('"', '\'')),
                    target.post(KIND, "unquoted field names").body(valid.replaceAll("\"(\\w+)\":", "$1:")),
                    target.post(KIND, "a trailing comma").body(valid.substring(0, valid.length() - 1) + ",}"),
                    target.post(KIND, "a NaN field").body(valid.replaceFirst("\\{", "{\"x\": NaN, ")),
                    target.post(KIND, "a JSONP prefix").body(")]}',\n" + valid));
            return Stream.of(cut, trailing, javascript).flatMap(cases -> cases).map(request -> request.expect(400));
        });
    }

    private static String printable(String text) {
        return text.replace("\u0000", "\\u0000").replace("\n", "\\n");
    }
}
