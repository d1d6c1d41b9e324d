package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * SQL, script, template and path fragments in every text field. An id is refused ({@code 400}: ids are at most 80
 * letters, digits and {@code . _ : -}); a name is stored as the text it is ({@code 201}) unless it holds control
 * characters or is too long ({@code 400}), or the rules refuse what it names (a team not in the match: {@code 422},
 * an id taken: {@code 409}). Creations get a fresh id and facts a fresh eventId, so that a name taken in is really
 * stored.
 */
final class InjectionFragments {

    static final String KIND = "SQL and script fragments";

    /** Fragments a name may hold and is stored with: each such case is a fact or a creation taken in. */
    private static final List<String> STORABLE = List.of("'; DROP TABLE domain_event_entry;--", "\" OR \"1\"=\"1",
            "<script>alert(1)</script>");
    /** Fragments no name may hold: control characters, more than 120 characters. */
    private static final List<String> UNNAMEABLE = List.of("Liver\u0000pool", "Liverpool\r\nX-Injected: 1",
            "a".repeat(121));
    private static final List<String> IN_NAMES = Stream.concat(STORABLE.stream(), UNNAMEABLE.stream()).toList();
    private static final List<String> IN_IDS = Stream.concat(IN_NAMES.stream(),
            Stream.of("\"><img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/a}", "'); DELETE FROM match_view; --",
                    "../../../../etc/passwd")).toList();
    private static final Set<String> ENUMS_AND_VALUES = Set.of("type", "period", "kind", "card", "minute",
            "kickoffAt", "season");
    private static final Set<Integer> STORED_OR_REFUSED = Set.of(201, 400, 409, 422);
    private static final AtomicInteger FRESH = new AtomicInteger();

    private InjectionFragments() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        return fixture.jsonTargets().stream().flatMap(target -> target.fields().stream()
                .filter(field -> target.value(field).isTextual() && !ENUMS_AND_VALUES.contains(field))
                .flatMap(field -> (isId(field) ? IN_IDS : IN_NAMES).stream().map(fragment -> {
                    ObjectNode body = fresh(target.with(field, TextNode.valueOf(fragment)));
                    HostileRequest request = target.post(KIND, field + " = " + printable(fragment))
                            .body(JsonTarget.text(body));
                    return isId(field) ? request.expect(400) : request.expect(STORED_OR_REFUSED);
                })));
    }

    private static ObjectNode fresh(ObjectNode body) {
        String unique = "hostile-fragment-" + FRESH.incrementAndGet();
        for (String id : List.of("matchId", "competitionId", "tieId")) {
            if (body.path(id).asText().startsWith("hostile-new-")) {
                body.put(id, unique);
            }
        }
        if (body.has("eventId") && isUuid(body.get("eventId").asText())) {
            body.put("eventId", UUID.randomUUID().toString());
        }
        return body;
    }

    private static boolean isId(String field) {
        return field.endsWith("Id");
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 12) + "…(" + text.length() + ")" : text;
        return shown.replace("\u0000", "\\u0000").replace("\r", "\\r").replace("\n", "\\n");
    }
}
