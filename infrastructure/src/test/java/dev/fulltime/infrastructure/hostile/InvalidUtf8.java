package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bytes that are not UTF-8 (stray continuation bytes, overlong forms, surrogates, code points past U+10FFFF, cut
 * sequences) inside a string, in a field name and outside any string, and in an import file: {@code 400}.
 */
final class InvalidUtf8 {

    static final String KIND = "invalid UTF-8";

    private static final String MARK = "@@";
    private static final List<String> SEQUENCES = List.of("ff", "80", "c0af", "e080af", "eda080", "edbfbf",
            "f4908080", "f888808080", "c3", "e282");

    private InvalidUtf8() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        Stream<HostileRequest> inStrings = fixture.representatives().stream().flatMap(target -> {
            String field = target.fields().stream().filter(f -> target.value(f).isTextual()
                    && !f.endsWith("Id") && !f.equals("type")).findFirst().orElse("type");
            String marked = JsonTarget.text(target.with(field, TextNode.valueOf("Liv" + MARK + "erpool")));
            return SEQUENCES.stream().map(bytes -> target.post(KIND, field + " with bytes " + bytes)
                    .bytes(spliced(marked, bytes)));
        });
        Stream<HostileRequest> elsewhere = fixture.representatives().stream().flatMap(target -> Stream.of(
                target.post(KIND, "a field name with byte ff")
                        .bytes(spliced("{\"na" + MARK + "me\":1," + target.text().substring(1), "ff")),
                target.post(KIND, "byte ff before the body").bytes(spliced(MARK + target.text(), "ff")),
                target.post(KIND, "bytes c0af between fields")
                        .bytes(spliced(target.text().replaceFirst(",", "," + MARK), "c0af"))));
        Stream<HostileRequest> imports = SEQUENCES.stream().map(bytes -> HostileRequest.post(KIND,
                        "import with bytes " + bytes, "/api/imports/openfootball")
                .header("Content-Type", "text/plain")
                .bytes(spliced("= Hostile Cup 2022/23\n\n» Final\n  Sat May 28\n  21:00  Liverpool FC" + MARK
                        + "  0-1  Real Madrid\n", bytes)));
        return Stream.of(inStrings, elsewhere, imports).flatMap(cases -> cases)
                .map(request -> request.expect(400).naming("not valid UTF-8"));
    }

    private static byte[] spliced(String text, String hexBytes) {
        String[] parts = text.split(MARK, 2);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        body.writeBytes(HexFormat.of().parseHex(hexBytes));
        body.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
