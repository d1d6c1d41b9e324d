package dev.fulltime.infrastructure.browser;

import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.MatchApi;

/** The demo profile's seed story, and the wait until its read models have projected it. */
final class DemoSeed {

    static final String TIE = "tie-ucl-2022-23-r16-liv-rma";
    static final String LEG_1 = "ucl-2022-23-r16-liv-rma-leg1";
    static final String LEG_2 = "ucl-2022-23-r16-liv-rma-leg2";
    static final String PARIS_FINAL = "ucl-2021-22-final";

    private DemoSeed() {
    }

    /** Waits until the demo data is recorded and projected: both legs and the final over, the tie decided. */
    static void awaitProjected(int port) {
        MatchApi matches = new MatchApi(new ApiClient(port));
        for (String match : new String[] {LEG_1, LEG_2, PARIS_FINAL}) {
            matches.awaitBody("/api/matches/" + match, body -> body.path("status").asText().equals("FINISHED"));
        }
        matches.awaitBody("/api/ties/" + TIE, body -> body.path("status").asText().equals("DECIDED"));
    }
}
