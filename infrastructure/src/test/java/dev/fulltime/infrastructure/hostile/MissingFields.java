package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.stream.Stream;

/**
 * Every required field left out, and given as {@code null}; and bodies with no fields at all: {@code 400} (a fact
 * the rules cannot place without the field, such as a goal without minute or period, may be {@code 422}).
 */
final class MissingFields {

    static final String KIND = "missing required fields";

    private MissingFields() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return fixture.jsonTargets().stream().flatMap(target -> Stream.concat(
                target.required().stream().flatMap(field -> Stream.of(
                        target.post(KIND, "without " + field).body(JsonTarget.text(target.without(field))),
                        target.post(KIND, field + " = null")
                                .body(JsonTarget.text(target.with(field, JsonNodeFactory.instance.nullNode()))))),
                Stream.of(target.post(KIND, "{}").body("{}"))
        ).map(request -> request.expect(400, 422)));
    }
}
