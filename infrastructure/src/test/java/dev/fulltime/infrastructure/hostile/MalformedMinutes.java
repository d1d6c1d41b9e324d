package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.stream.Stream;

/** Every fact with a minute given one football does not write, as text and as a JSON number: {@code 400}. */
final class MalformedMinutes {

    static final String KIND = "malformed minutes";

    private static final List<String> TEXTS = List.of("45+-1", "999", "+3", "-1", "45+", "1e3", "٣", "１０", "0",
            "121", "45+0", "46+1", "45+31", "45++2", "45+2+1", "45 + 2", "10.5", "0x10", "NaN", "ten", "90+8'", "−1",
            "", "99999999999999999999999999", "45+2147483648", "<script>", "10; DROP TABLE x");
    private static final List<String> NUMBERS = List.of("-1", "0", "121", "1e3", "10.5",
            "99999999999999999999999999", "1e400");

    private MalformedMinutes() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return fixture.facts().stream()
                .filter(fact -> fact.body().has("minute"))
                .flatMap(fact -> Stream.concat(TEXTS.stream().map(TextNode::valueOf),
                                NUMBERS.stream().map(MalformedMinutes::number))
                        .map(minute -> request(fact, minute)));
    }

    /** A number as written, even one Java cannot hold. */
    private static JsonNode number(String text) {
        return JsonNodeFactory.instance.rawValueNode(new RawValue(text));
    }

    private static HostileRequest request(JsonTarget fact, JsonNode minute) {
        return fact.post(KIND, "minute " + minute).body(JsonTarget.text(fact.with("minute", minute))).expect(400);
    }
}
