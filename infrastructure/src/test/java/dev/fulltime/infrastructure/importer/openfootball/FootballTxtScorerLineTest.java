package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootballTxtScorerLineTest {

    private static final String HOME = "Home";
    private static final String AWAY = "Away";

    @Test
    void homeScorersThenAwayScorers() {
        assertThat(goals("[Ribéry 17' Gómez 90'; Özil 53']")).containsExactly(
                goal(HOME, "Ribéry", 17), goal(HOME, "Gómez", 90), goal(AWAY, "Özil", 53));
    }

    @Test
    void severalMinutesOfOnePlayerWithPenaltiesAndStoppageTime() {
        assertThat(goals("[Ronaldo 6' (pen.), 14'; Robben 27' (pen.)]")).containsExactly(
                new ParsedGoal(HOME, "Ronaldo", 6, null, true, false),
                goal(HOME, "Ronaldo", 14),
                new ParsedGoal(AWAY, "Robben", 27, null, true, false));
        assertThat(goals("[Ronaldo 90+8' (pen.); Mandžukić 2', 37']")).containsExactly(
                new ParsedGoal(HOME, "Ronaldo", 90, 8, true, false), goal(AWAY, "Mandžukić", 2), goal(AWAY, "Mandžukić", 37));
    }

    @Test
    void ownGoalsStayWithTheSideTheyAreListedUnder() {
        assertThat(goals("[Lavezzi 4' Luiz 61' (o.g.) Pastore 90+3'; Hazard 27' (pen.)]")).containsExactly(
                goal(HOME, "Lavezzi", 4),
                new ParsedGoal(HOME, "Luiz", 61, null, false, true),
                new ParsedGoal(HOME, "Pastore", 90, 3, false, false),
                new ParsedGoal(AWAY, "Hazard", 27, null, true, false));
    }

    @Test
    void aDashOrNothingBeforeTheSemicolonMeansNoHomeGoals() {
        assertThat(goals("[-; Ramos 16', 20' Ronaldo 34', 90']")).extracting(ParsedGoal::team).containsOnly(AWAY).hasSize(4);
    }

    @Test
    void withoutASemicolonEveryGoalIsTheHomeTeams() {
        assertThat(goals("[Reus 24', 37']")).containsExactly(goal(HOME, "Reus", 24), goal(HOME, "Reus", 37));
    }

    @Test
    void namesWithInitialsSpacesHyphensAndWideGaps() {
        assertThat(goals("[S. Ramos 48' (o.g.); L. Modric 66'  C. Ronaldo 69']")).extracting(ParsedGoal::player)
                .containsExactly("S. Ramos", "L. Modric", "C. Ronaldo");
        assertThat(goals("[Falcao  7', 34' Diego 85']")).extracting(ParsedGoal::player)
                .containsExactly("Falcao", "Falcao", "Diego");
        assertThat(goals("[Son Heung-min 39'; Higuaín 64']")).extracting(ParsedGoal::player)
                .containsExactly("Son Heung-min", "Higuaín");
    }

    /** The round-bracket style of openfootball/worldcup 2022--qatar/cup_finals.txt. */
    @Test
    void roundBracketsAndMarksWithoutASpace() {
        assertThat(goals("(Lionel Messi 35' Julián Álvarez 57'; Enzo Fernández 77'(o.g.))")).containsExactly(
                goal(HOME, "Lionel Messi", 35), goal(HOME, "Julián Álvarez", 57),
                new ParsedGoal(AWAY, "Enzo Fernández", 77, null, false, true));
    }

    @Test
    void opensAndClosesWithTheSameKindOfBracket() {
        assertThat(ScorerLine.opens("[Reus 24'")).isTrue();
        assertThat(ScorerLine.opens("(Reus 24'")).isTrue();
        assertThat(ScorerLine.isClosed("[Reus 24']")).isTrue();
        assertThat(ScorerLine.isClosed("(Messi 23'(pen.), 108'; ")).isFalse();
        assertThat(ScorerLine.isClosed("[Reus 24')")).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"[Reus]", "[Reus 24' ; Messi 3'; Xavi 5']", "[24']", "[Reus 24' garbage]", "Reus 24'", "[Reus 24')"})
    void refusesWhatIsNotAScorerList(String scorers) {
        assertThat(ScorerLine.parse(scorers, HOME, AWAY)).isEmpty();
    }

    private static List<ParsedGoal> goals(String scorers) {
        return ScorerLine.parse(scorers, HOME, AWAY).orElseThrow(() -> new AssertionError("refused: " + scorers));
    }

    private static ParsedGoal goal(String team, String player, int minute) {
        return new ParsedGoal(team, player, minute, null, false, false);
    }
}
