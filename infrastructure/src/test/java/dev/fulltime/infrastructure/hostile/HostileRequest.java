package dev.fulltime.infrastructure.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One hostile request: the kind of hostility it shows, what it is, what it sends, the statuses it may be answered
 * with and the words its refusal's detail must hold, if any. Every request carries admin credentials and, unless a
 * case says otherwise, {@code Content-Type: application/json}. A request {@link #bySocket()} is written byte for byte on a socket, for what
 * {@code java.net.http} refuses to send (a bad request line, a forged {@code Content-Length}).
 */
record HostileRequest(String kind, String name, String method, String path, Map<String, List<String>> headers,
                      byte[] body, boolean inChunks, boolean bySocket, Set<Integer> expected,
                      String named) {

    static final String ADMIN = "Basic YWRtaW46YWRtaW4=";
    static final Set<Integer> ANY_CLIENT_ERROR = IntStream.range(400, 500).boxed().collect(Collectors.toSet());

    static HostileRequest post(String kind, String name, String path) {
        return of(kind, name, "POST", path);
    }

    static HostileRequest of(String kind, String name, String method, String path) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", List.of(ADMIN));
        headers.put("Content-Type", List.of("application/json"));
        return new HostileRequest(kind, name, method, path, headers, null, false, false, ANY_CLIENT_ERROR, null);
    }

    HostileRequest body(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    HostileRequest bytes(byte[] bytes) {
        return new HostileRequest(kind, name, method, path, headers, bytes, inChunks, bySocket, expected, named);
    }

    /** Sets a header, replacing what it had; {@code null} removes it. */
    HostileRequest header(String header, String... values) {
        Map<String, List<String>> changed = new LinkedHashMap<>(headers);
        if (values == null) {
            changed.remove(header);
        } else {
            changed.put(header, List.of(values));
        }
        return new HostileRequest(kind, name, method, path, changed, body, inChunks, bySocket, expected, named);
    }

    HostileRequest withoutHeader(String header) {
        return header(header, (String[]) null);
    }

    /** Sends the body in chunks, without a {@code Content-Length}. */
    HostileRequest chunked() {
        return new HostileRequest(kind, name, method, path, headers, body, true, bySocket, expected, named);
    }

    HostileRequest overSocket() {
        return new HostileRequest(kind, name, method, path, headers, body, inChunks, true, expected, named);
    }

    HostileRequest expect(Integer... statuses) {
        return expect(Set.of(statuses));
    }

    HostileRequest expect(Set<Integer> statuses) {
        return new HostileRequest(kind, name, method, path, headers, body, inChunks, bySocket, statuses, named);
    }

    /** A refusal whose detail must name the problem with these words. */
    HostileRequest naming(String words) {
        return new HostileRequest(kind, name, method, path, headers, body, inChunks, bySocket, expected, words);
    }

    /** The header lines as written on a socket, a header with several values once for each. */
    List<String> headerLines() {
        List<String> lines = new ArrayList<>();
        headers.forEach((header, values) -> values.forEach(value -> lines.add(header + ": " + value)));
        return lines;
    }

    @Override
    public String toString() {
        String shown = method + " " + (path.length() > 60 ? path.substring(0, 60) + "…" : path);
        return name + " — " + shown;
    }
}
