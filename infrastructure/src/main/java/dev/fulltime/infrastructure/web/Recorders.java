package dev.fulltime.infrastructure.web;

import dev.fulltime.application.match.Recorder;
import java.security.Principal;

/** Who records a fact over the HTTP API: the authenticated principal, when there is one. */
public final class Recorders {

    static final String API_SOURCE = "api";
    private static final String ANONYMOUS = "anonymous";

    private Recorders() {
    }

    public static Recorder api(Principal principal) {
        return new Recorder(principal == null ? ANONYMOUS : principal.getName(), API_SOURCE);
    }
}
