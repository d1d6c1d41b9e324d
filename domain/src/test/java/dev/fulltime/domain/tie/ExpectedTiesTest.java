package dev.fulltime.domain.tie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tie of {@code expected-ties.csv} (a copy of openfootball's champions-league results) that was settled
 * without extra time. Its {@code legs} column gives each leg's final score, home goals first, which is the score
 * after 90 minutes unless extra time was played; ties decided by extra time or penalties are left out, and so is
 * the one tie settled on away goals after extra time (its 90-minute score is not in the csv).
 */
class ExpectedTiesTest {

    private static final Set<DecidedBy> SETTLED_WITHIN_90_MINUTES =
            Set.of(DecidedBy.AGGREGATE, DecidedBy.AWAY_GOALS, DecidedBy.SCORE);

    /** Chelsea 2-2 Paris Saint-Germain a.e.t. (1-1): champions-league/2014-15/cl.txt. */
    private static final Set<String> SETTLED_AFTER_EXTRA_TIME = Set.of("2014-15 Paris Saint-Germain v Chelsea FC");

    record ExpectedTie(String season, String round, String teamA, String teamB, List<String> legs,
                       TieScore aggregate, String winner, DecidedBy decidedBy) {

        static ExpectedTie parse(String line) {
            String[] columns = line.split(",");
            return new ExpectedTie(columns[0], columns[1], columns[2], columns[3],
                    Arrays.asList(columns[4].split("\\|")), tieScore(columns[5]), columns[6],
                    DecidedBy.valueOf(columns[7]));
        }

        private static TieScore tieScore(String text) {
            var score = Legs.score(text);
            return new TieScore(score.home(), score.away());
        }

        String key() {
            return season + " " + teamA + " v " + teamB;
        }

        TieFormat format() {
            return legs.size() == 1 ? TieFormat.SINGLE_MATCH : TieFormat.TWO_LEGS;
        }

        List<LegResult> legResults() {
            return IntStream.range(0, legs.size())
                    .mapToObj(index -> index % 2 == 0
                            ? Legs.finished(teamA, teamB, legs.get(index))
                            : Legs.finished(teamB, teamA, legs.get(index)))
                    .toList();
        }

        @Override
        public String toString() {
            return season + " " + round + ": " + teamA + " v " + teamB + " " + String.join(", ", legs);
        }
    }

    static Stream<ExpectedTie> tiesSettledWithin90Minutes() {
        return readTies()
                .filter(tie -> SETTLED_WITHIN_90_MINUTES.contains(tie.decidedBy()))
                .filter(tie -> !SETTLED_AFTER_EXTRA_TIME.contains(tie.key()));
    }

    private static Stream<ExpectedTie> readTies() {
        var csv = Objects.requireNonNull(ExpectedTiesTest.class.getResourceAsStream("/tie/expected-ties.csv"));
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(ExpectedTie::parse).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tiesSettledWithin90Minutes")
    void tie_outcome_matches_the_record(ExpectedTie expected) {
        TieOutcome outcome = TieRules.outcome(CompetitionRules.uefaClubCompetition(expected.season()),
                expected.format(), expected.teamA(), expected.teamB(), expected.legResults());

        assertThat(outcome.status()).isEqualTo(TieStatus.DECIDED);
        assertThat(outcome.winner()).isEqualTo(expected.winner());
        assertThat(outcome.eliminated())
                .isEqualTo(expected.winner().equals(expected.teamA()) ? expected.teamB() : expected.teamA());
        assertThat(outcome.decidedBy()).isEqualTo(expected.decidedBy());
        assertThat(outcome.aggregate()).isEqualTo(expected.aggregate());
    }
}
