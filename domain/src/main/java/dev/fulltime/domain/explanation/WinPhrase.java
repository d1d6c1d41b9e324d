package dev.fulltime.domain.explanation;

/**
 * How a side won, in words, for a match or a tie: "win 5-2", "win the final 2-1 after extra time",
 * "win 6-2 on aggregate", "win 4-3 on penalties after 1-1 on aggregate".
 *
 * @param contest   what was won, with a leading space (" the final"), or empty
 * @param goals     the goals from the winner's side: the match's score, or the aggregate
 * @param scope     " on aggregate" over two legs, empty for a single match
 * @param penalties the shoot-out from the winner's side when it decided, else {@code null}
 */
record WinPhrase(String contest, Scoreline goals, String scope, boolean afterExtraTime, Scoreline penalties) {

    String text() {
        if (penalties != null) {
            return "win" + contest + " " + penalties + " on penalties after " + goals + scope;
        }
        return "win" + contest + " " + goals + scope + (afterExtraTime ? " after extra time" : "");
    }
}
