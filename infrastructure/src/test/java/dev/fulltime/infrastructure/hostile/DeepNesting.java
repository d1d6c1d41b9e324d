package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.stream.Stream;

/**
 * JSON nested far deeper than any body of the API, as the body and inside a field, closed or not: {@code 400}, as soon
 * as the reader sees a shape it does not expect (an array for an object) or, for objects in objects, at depth 65.
 */
final class DeepNesting {

    static final String KIND = "deeply nested JSON";

    private DeepNesting() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return fixture.jsonTargets().stream().flatMap(target -> Stream.of(
                target.post(KIND, "10,000 open arrays").body("[".repeat(10_000)),
                target.post(KIND, "10,000 nested arrays").body(arrays(10_000)),
                target.post(KIND, "10,000 nested objects").body(objects(10_000)).naming("nesting depth"),
                target.post(KIND, "field of 10,000 nested arrays").body(inField(target, arrays(10_000))),
                target.post(KIND, "field of 65 nested objects").body(inField(target, objects(65))),
                target.post(KIND, "unknown field of 1,000 nested objects").body(
                        JsonTarget.text(target.with("nested", raw(objects(1_000)))))
        ).map(request -> request.expect(400)));
    }

    private static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String objects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String inField(JsonTarget target, String value) {
        return JsonTarget.text(target.with(target.fields().get(0), raw(value)));
    }

    private static JsonNode raw(String json) {
        return JsonNodeFactory.instance.rawValueNode(new RawValue(json));
    }
}
