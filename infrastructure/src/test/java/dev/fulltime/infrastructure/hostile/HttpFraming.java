package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Requests whose HTTP framing lies, written by hand on a socket: a {@code Content-Length} that is not a number, is
 * negative, huge, given twice, shorter or longer than the body; broken chunked encoding; both framings at once;
 * header lines that are not headers. Tomcat answers most of these before the application sees them: {@code 400}
 * ({@code 413} where the declared length is past the limit).
 */
final class HttpFraming {

    static final String KIND = "broken HTTP framing";

    private HttpFraming() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        JsonTarget goal = fixture.facts().stream().filter(fact -> fact.label().equals("GOAL")).findFirst()
                .orElseThrow();
        return Stream.<Function<String, HostileRequest>>of(
                body -> framed("Content-Length abc", body).header("Content-Length", "abc"),
                body -> framed("Content-Length -1", body).header("Content-Length", "-1"),
                body -> framed("Content-Length past a long", body).header("Content-Length", "99999999999999999999"),
                body -> framed("Content-Length 1e3", body).header("Content-Length", "1e3"),
                body -> framed("Content-Length 0x10", body).header("Content-Length", "0x10"),
                body -> framed("two different Content-Lengths", body).header("Content-Length", length(body),
                        String.valueOf(body.length() - 1)),
                body -> framed("Content-Length shorter than the body", body).header("Content-Length", "10"),
                body -> framed("Content-Length longer than the body", body)
                        .header("Content-Length", String.valueOf(body.length() + 100)),
                body -> framed("Content-Length past the limit, body short", body)
                        .header("Content-Length", "100000000"),
                body -> framed("chunked with a size that is not hex", "zz\r\n" + body + "\r\n0\r\n\r\n")
                        .header("Transfer-Encoding", "chunked"),
                body -> framed("chunked with a negative size", "-5\r\n" + body + "\r\n0\r\n\r\n")
                        .header("Transfer-Encoding", "chunked"),
                body -> framed("chunked without the last chunk", chunk(body)).header("Transfer-Encoding", "chunked"),
                body -> framed("chunked with a size larger than the chunk", "ffff\r\n" + body + "\r\n0\r\n\r\n")
                        .header("Transfer-Encoding", "chunked"),
                body -> framed("Transfer-Encoding chunked twice", chunk(body) + "0\r\n\r\n")
                        .header("Transfer-Encoding", "chunked, chunked"),
                body -> framed("a header name with a space", body).header("X Bad", "1"),
                body -> framed("a header value with a NUL", body).header("X-Bad", "a\u0000b"),
                // RFC 9112 lets a server take these as the body and headers they most likely mean
                body -> framed("chunked and a Content-Length", chunk(body) + "0\r\n\r\n")
                        .header("Transfer-Encoding", "chunked").header("Content-Length", length(body))
                        .expect(201, 400),
                body -> framed("an obsolete folded header", body).header("X-Folded", "a\r\n b").expect(201, 400)
        ).map(framing -> framing.apply(withFreshEventId(goal)).overSocket());
    }

    /** Each request its own fact, so that one taken in does not hide the next behind its eventId. */
    private static String withFreshEventId(JsonTarget goal) {
        return JsonTarget.text(goal.with("eventId", TextNode.valueOf(UUID.randomUUID().toString())));
    }

    private static String length(String body) {
        return String.valueOf(body.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String chunk(String body) {
        return Integer.toHexString(body.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + body + "\r\n";
    }

    private static HostileRequest framed(String name, String body) {
        return HostileRequest.post(KIND, name, Fixture.eventsOf(Fixture.LIVE)).body(body).expect(400, 413);
    }
}
