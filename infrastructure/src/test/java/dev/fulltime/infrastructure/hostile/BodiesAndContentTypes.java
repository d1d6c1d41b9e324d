package dev.fulltime.infrastructure.hostile;

import java.util.List;
import java.util.stream.Stream;

/**
 * Empty bodies and bodies that are JSON but not an object ({@code 400}); well-formed bodies under a Content-Type the
 * endpoint does not read, or none ({@code 415}, or {@code 400} where the type is JSON in a charset that cannot be
 * read); and the same for the text/plain import.
 */
final class BodiesAndContentTypes {

    static final String KIND = "empty bodies and wrong Content-Types";

    private static final List<String> NOT_OBJECTS = List.of("", "\n\r\n", "null", "[{}]", "\"text\"", "42", "true");
    private static final List<String> NOT_JSON_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=hostile", "garbage", "application/",
            ";;;", "application/xml; charset=UTF-8, application/json");
    private static final List<String> UNREADABLE_JSON_TYPES = List.of("application/json; charset=nonsense",
            "application/json; charset=", "application/json; charset=UTF-16");
    private static final String IMPORT = "/api/imports/openfootball";
    private static final String FILE = "= Hostile Cup 2022/23\n\n» Final\n  Sat May 28\n  21:00  Liverpool FC  0-1  "
            + "Real Madrid\n";

    private BodiesAndContentTypes() {
    }

    static Stream<HostileRequest> cases(Fixture fixture) {
        Stream<HostileRequest> json = fixture.representatives().stream().flatMap(target -> Stream.of(
                NOT_OBJECTS.stream().map(body -> target.post(KIND, "body '" + body.strip() + "'").body(body)
                        .expect(400)),
                Stream.of(target.post(KIND, "no body at all").expect(400),
                        target.post(KIND, "no Content-Type").body(target.text()).withoutHeader("Content-Type")
                                .expect(415)),
                NOT_JSON_TYPES.stream().map(type -> target.post(KIND, "Content-Type " + type).body(target.text())
                        .header("Content-Type", type).expect(415)),
                UNREADABLE_JSON_TYPES.stream().map(type -> target.post(KIND, "Content-Type " + type)
                        .body(target.text()).header("Content-Type", type).expect(400, 415))
        ).flatMap(cases -> cases));
        Stream<HostileRequest> imports = Stream.of(
                importing("an empty file", "", "text/plain").expect(400),
                importing("a blank file", " \n\n\t\n", "text/plain").expect(400),
                importing("no body at all", null, "text/plain").expect(400),
                importing("no Content-Type", FILE, null).expect(415),
                importing("Content-Type application/json", FILE, "application/json").expect(415),
                importing("Content-Type application/json with JSON", "{\"name\": \"x\"}", "application/json")
                        .expect(415),
                importing("Content-Type garbage", FILE, "garbage").expect(415),
                importing("Content-Type text/plain; charset=nonsense", FILE, "text/plain; charset=nonsense")
                        .expect(400, 415),
                importing("Content-Type text/plain; charset=", FILE, "text/plain; charset=").expect(400, 415),
                importing("a file of JSON", "{\"competitionId\": \"x\"}", "text/plain").expect(422),
                importing("a file of binary zeros", "\u0000".repeat(64), "text/plain").expect(400, 422));
        return Stream.concat(json, imports);
    }

    private static HostileRequest importing(String name, String body, String contentType) {
        HostileRequest request = HostileRequest.post(KIND, "import: " + name, IMPORT)
                .header("Content-Type", contentType == null ? null : new String[] {contentType});
        return body == null ? request : request.body(body);
    }
}
