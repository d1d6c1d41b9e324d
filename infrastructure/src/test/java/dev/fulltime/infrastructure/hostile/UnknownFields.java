package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fields the API does not know (look-alikes of known ones, type gadgets, prototype keys), fields a fact of another
 * type has, and a field given twice: {@code 400}.
 */
final class UnknownFields {

    static final String KIND = "unknown, misplaced and duplicate fields";

    private static final List<String> UNKNOWN = List.of("colour", "Type", "type ", "type\u0000", "",
            "__proto__", "@class", "$where");
    private static final List<String> FACT_FIELDS = List.of("period", "team", "minute", "kind", "card", "playerOn",
            "scored", "targetEventId", "penalties", "matchId", "recordedBy");

    private UnknownFields() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return Stream.of(
                fixture.jsonTargets().stream().flatMap(UnknownFields::unknown),
                fixture.facts().stream().flatMap(UnknownFields::misplaced),
                fixture.jsonTargets().stream().flatMap(UnknownFields::duplicated)
        ).flatMap(cases -> cases).map(request -> request.expect(400));
    }

    private static Stream<HostileRequest> unknown(JsonTarget target) {
        Stream<HostileRequest> topLevel = UNKNOWN.stream().map(field -> target.post(KIND, "unknown field '"
                + field + "'").body(JsonTarget.text(target.with(field, TextNode.valueOf("x")))));
        Stream<HostileRequest> nested = target.fields().stream()
                .filter(field -> target.value(field).isObject())
                .map(field -> target.post(KIND, "unknown field " + field + ".colour")
                        .body(JsonTarget.text(target.with(field + ".colour", TextNode.valueOf("x")))));
        return Stream.concat(topLevel, nested);
    }

    /** A field that belongs to facts of other types (or to matches, or to the stored log). */
    private static Stream<HostileRequest> misplaced(JsonTarget fact) {
        Set<String> own = Set.copyOf(fact.fields());
        return FACT_FIELDS.stream().filter(field -> !own.contains(field))
                .map(field -> fact.post(KIND, "misplaced field " + field)
                        .body(JsonTarget.text(fact.with(field, TextNode.valueOf("10")))));
    }

    /** A field given twice, with its own value and then another: which one would count? */
    private static Stream<HostileRequest> duplicated(JsonTarget target) {
        return target.body().properties().stream().map(field -> {
            String text = target.text();
            String duplicate = "\"" + field.getKey() + "\":" + JsonTarget.text(field.getValue()) + ",";
            return target.post(KIND, "duplicate field " + field.getKey())
                    .body("{" + duplicate + text.substring(1));
        });
    }
}
