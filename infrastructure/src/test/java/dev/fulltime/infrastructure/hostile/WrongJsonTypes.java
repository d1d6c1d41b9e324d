package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;

/** Every field of every JSON body given a value of each JSON type it is not: {@code 400}. */
final class WrongJsonTypes {

    static final String KIND = "wrong JSON types";

    /** One value of every JSON type but null, which stands for a field left out. */
    private static final List<String> VALUES = List.of("\"7\"", "7", "-1.5", "true", "[\"x\"]",
            "{\"name\": \"x\"}");

    private WrongJsonTypes() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return fixture.jsonTargets().stream().flatMap(target -> target.fields().stream()
                .flatMap(field -> VALUES.stream()
                        .map(JsonTarget::parse)
                        .filter(value -> !sameType(value, target.value(field)) && !readAsMinute(field, value))
                        .map(value -> target.post(KIND, field + " = " + value)
                                .body(JsonTarget.text(target.with(field, value)))
                                .expect(400))));
    }

    private static boolean sameType(JsonNode value, JsonNode valid) {
        return value.getNodeType() == valid.getNodeType()
                && (!value.isNumber() || value.isIntegralNumber() == valid.isIntegralNumber());
    }

    /** A minute may be given as a whole number, {@code "minute": 67}. */
    private static boolean readAsMinute(String field, JsonNode value) {
        return field.equals("minute") && value.isIntegralNumber();
    }
}
