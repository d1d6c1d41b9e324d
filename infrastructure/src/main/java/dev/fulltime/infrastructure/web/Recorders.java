package dev.fulltime.infrastructure.web;

import dev.fulltime.application.match.Recorder;
import java.security.Principal;

/** Who records a fact over the HTTP API: the authenticated principal (every write is authenticated). */
public final class Recorders {

    static final String API_SOURCE = "api";

    private Recorders() {
    }

    public static Recorder api(Principal principal) {
        return new Recorder(principal.getName(), API_SOURCE);
    }
}
