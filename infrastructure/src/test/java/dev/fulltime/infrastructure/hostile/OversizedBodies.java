package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Bodies past the documented limits, with a {@code Content-Length} and chunked without one: {@code 413}. A JSON write
 * takes at most {@value #JSON_LIMIT} bytes, an import {@value #IMPORT_LIMIT}; the bodies are well-formed apart from
 * their size (JSON padded with whitespace, a Football.TXT file padded with blank lines).
 */
final class OversizedBodies {

    static final String KIND = "bodies past the size limit";
    static final int JSON_LIMIT = 64 * 1024;
    static final int IMPORT_LIMIT = 5 * 1024 * 1024;
    private static final int MEGABYTE = 1024 * 1024;

    private OversizedBodies() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        Stream<HostileRequest> json = fixture.jsonTargets().stream().flatMap(target -> Stream.of(
                target.post(KIND, "one byte over").bytes(padded(target.text(), JSON_LIMIT + 1)),
                target.post(KIND, "one byte over, chunked").bytes(padded(target.text(), JSON_LIMIT + 1)).chunked(),
                target.post(KIND, "a string of a megabyte").bytes(longString(target)),
                target.post(KIND, "a megabyte, chunked").bytes(padded(target.text(), MEGABYTE)).chunked())
                .map(request -> request.naming("64 KiB")));
        String file = "= Hostile Cup 2022/23\n\n";
        Stream<HostileRequest> other = Stream.of(
                HostileRequest.post(KIND, "import one byte over", "/api/imports/openfootball")
                        .header("Content-Type", "text/plain").bytes(padded(file, IMPORT_LIMIT + 1)),
                HostileRequest.post(KIND, "import one byte over, chunked", "/api/imports/openfootball")
                        .header("Content-Type", "text/plain").bytes(padded(file, IMPORT_LIMIT + 1)).chunked(),
                HostileRequest.post(KIND, "a megabyte to the rebuild", "/api/admin/projections/rebuild")
                        .bytes(padded("{}", MEGABYTE)),
                HostileRequest.post(KIND, "a megabyte to a match through the import's path",
                        "/api/imports/../matches").bytes(padded(fixture.creations().get(0).text(), MEGABYTE))
                        .overSocket());
        return Stream.concat(json, other).map(request -> request.expect(413));
    }

    /** The text with whitespace after its first character, to {@code size} bytes. */
    private static byte[] padded(String text, int size) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) '\n');
        body[0] = content[0];
        System.arraycopy(content, 1, body, size - content.length + 1, content.length - 1);
        return body;
    }

    private static byte[] longString(JsonTarget target) {
        String field = target.fields().stream().filter(f -> target.value(f).isTextual()).findFirst().orElseThrow();
        return JsonTarget.text(target.with(field, TextNode.valueOf("x".repeat(MEGABYTE))))
                .getBytes(StandardCharsets.UTF_8);
    }
}
