package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a knockout tie must stand once every leg is recorded: winner, how it was decided, and the aggregate from team
 * A's side ("2-10"), held against the ties the API lists.
 */
record ExpectedOutcome(String round, String teamA, String teamB, String aggregate, String winner, String decidedBy) {

    /** A row of expected-ties.csv, its team names translated by {@code names}. */
    static ExpectedOutcome of(ExpectedTies.Tie tie, UnaryOperator<String> names) {
        return new ExpectedOutcome(tie.round(), names.apply(tie.teamA()), names.apply(tie.teamB()),
                tie.aggregate().home() + "-" + tie.aggregate().away(), names.apply(tie.winner()), tie.decidedBy());
    }

    void assertIn(List<JsonNode> ties) {
        JsonNode tie = find(ties);
        assertThat(tie.path("status").asText()).as(this + ": status").isEqualTo("DECIDED");
        assertThat(tie.path("winner").asText()).as(this + ": winner").isEqualTo(winner);
        assertThat(tie.path("decidedBy").asText()).as(this + ": decided by").isEqualTo(decidedBy);
        JsonNode aggregate = tie.path("aggregate");
        assertThat(aggregate.path("teamA").asInt() + "-" + aggregate.path("teamB").asInt())
                .as(this + ": aggregate").isEqualTo(this.aggregate);
    }

    /**
     * The tie as a source that stops short of deciding it leaves it: in progress with no winner, its aggregate what
     * the legs give (as expected when the extra time the source leaves out brought no goal).
     */
    void assertUndecidedIn(List<JsonNode> ties) {
        JsonNode tie = find(ties);
        assertThat(tie.path("status").asText()).as(this + ": status").isEqualTo("IN_PROGRESS");
        assertThat(tie.hasNonNull("winner")).as(this + ": has a winner").isFalse();
        assertThat(tie.hasNonNull("decidedBy")).as(this + ": is decided by something").isFalse();
        JsonNode aggregate = tie.path("aggregate");
        assertThat(aggregate.path("teamA").asInt() + "-" + aggregate.path("teamB").asInt())
                .as(this + ": aggregate").isEqualTo(this.aggregate);
    }

    /** The listed tie of this round between team A and team B, in that order. */
    JsonNode find(List<JsonNode> ties) {
        return ties.stream()
                .filter(tie -> ExpectedTies.sameRound(tie.path("round").asText(), round))
                .filter(tie -> tie.path("teamA").asText().equals(teamA) && tie.path("teamB").asText().equals(teamB))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no tie " + this + " among " + ties));
    }

    @Override
    public String toString() {
        return round + " " + teamA + " v " + teamB;
    }
}
