package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every enumerated field ({@code period}, {@code kind}, {@code card}, and {@code type} of a fact on each match) given a
 * value that is not one of its names: another case, padding, a look-alike, an ordinal, an internal type: {@code 400}.
 */
final class UnknownEnumValues {

    static final String KIND = "unknown enum values";

    private static final Set<String> ENUM_FIELDS = Set.of("type", "period", "kind", "card");
    private static final List<String> ODD_FORMS = List.of("", "0", "1", "null", "MATCH_SCHEDULED", "THIRD_HALF",
            "GREEN", "ＧＯＡＬ", "<script>alert(1)</script>", "'; DROP TABLE domain_event_entry;--");

    private UnknownEnumValues() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return fixture.facts().stream().flatMap(fact -> fact.fields().stream()
                .filter(ENUM_FIELDS::contains)
                .filter(field -> !field.equals("type") || fixture.representatives().contains(fact))
                .flatMap(field -> values(fact.value(field).asText())
                        .map(value -> fact.post(KIND, field + " = '" + value + "'")
                                .body(JsonTarget.text(fact.with(field, TextNode.valueOf(value))))
                                .expect(400))));
    }

    /** Misspellings of the valid name, and names that are not it. */
    private static Stream<String> values(String valid) {
        Stream<String> misspelt = Stream.of(valid.toLowerCase(), capitalised(valid), " " + valid,
                valid + "\u0000", valid + "S");
        return Stream.concat(misspelt, ODD_FORMS.stream()).distinct();
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
