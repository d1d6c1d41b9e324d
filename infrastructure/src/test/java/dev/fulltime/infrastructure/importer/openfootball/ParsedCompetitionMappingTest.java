package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fulltime.application.importing.ImportProblem;
import dev.fulltime.application.importing.ImportRefusedException;
import dev.fulltime.application.importing.ImportedCompetition;
import dev.fulltime.application.importing.ImportedGoal;
import dev.fulltime.application.importing.ImportedMatch;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Score;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedCompetitionMappingTest {

    @Test
    void aParsedFileBecomesTheImportsCompetitionWithCentralEuropeanKickOffs() {
        ParsedCompetition parsed = new FootballTxtParser().parse("""
                = UEFA Champions League 2013/14

                Final

                [Sat May/24]
                  20.45    Real Madrid     4-1 a.e.t. (1-1, 0-1)  Atlético Madrid     @ Estádio da Luz, Lisbon
                             [Ramos 90+3' Bale 110' Marcelo 118' Ronaldo 120' (pen.); Godín 36']
                """);

        ImportedCompetition competition = ParsedCompetitionMapping.toImported(parsed);

        assertThat(competition.name()).isEqualTo("UEFA Champions League");
        assertThat(competition.season()).isEqualTo("2013-14");
        assertThat(competition.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        ImportedMatch match = competition.matches().get(0);
        assertThat(match).extracting(ImportedMatch::source, ImportedMatch::round, ImportedMatch::knockout,
                        ImportedMatch::date, ImportedMatch::time, ImportedMatch::homeTeam, ImportedMatch::awayTeam)
                .containsExactly("line 6", "Final", true, LocalDate.of(2014, 5, 24), LocalTime.of(20, 45),
                        "Real Madrid", "Atlético Madrid");
        assertThat(match).extracting(ImportedMatch::halfTime, ImportedMatch::fullTime, ImportedMatch::afterExtraTime,
                        ImportedMatch::penalties)
                .containsExactly(new Score(0, 1), new Score(1, 1), new Score(4, 1), null);
        assertThat(match.goals()).containsExactly(
                new ImportedGoal("Real Madrid", "Ramos", Minute.of(90, 3), GoalKind.REGULAR),
                new ImportedGoal("Real Madrid", "Bale", Minute.of(110), GoalKind.REGULAR),
                new ImportedGoal("Real Madrid", "Marcelo", Minute.of(118), GoalKind.REGULAR),
                new ImportedGoal("Real Madrid", "Ronaldo", Minute.of(120), GoalKind.PENALTY),
                new ImportedGoal("Atlético Madrid", "Godín", Minute.of(36), GoalKind.REGULAR));
    }

    @Test
    void anOwnGoalCountsForTheSideItIsListedUnder() {
        ParsedCompetition parsed = new FootballTxtParser().parse("""
                = UEFA Champions League 2013/14

                Quarter-finals - 1st Leg

                [Wed Apr/2]
                  20.45   Paris Saint-Germain 3-1  Chelsea FC          @ Parc des Princes, Paris
                            [Lavezzi 4' Luiz 61' (o.g.) Pastore 90+3'; Hazard 27' (pen.)]
                """);

        List<ImportedGoal> goals = ParsedCompetitionMapping.toImported(parsed).matches().get(0).goals();

        assertThat(goals).filteredOn(goal -> goal.kind() == GoalKind.OWN_GOAL).singleElement()
                .isEqualTo(new ImportedGoal("Paris Saint-Germain", "Luiz", Minute.of(61), GoalKind.OWN_GOAL));
    }

    @Test
    void aScorersMinuteThatNoMatchHasRefusesTheFile() {
        ParsedCompetition parsed = new FootballTxtParser().parse("""
                = UEFA Champions League 2013/14

                Final

                [Sat May/24]
                  20.45    Real Madrid     1-0  Atlético Madrid
                             [Ramos 50+3']
                """);

        assertThatThrownBy(() -> ParsedCompetitionMapping.toImported(parsed))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                        assertThat(refused.problems()).containsExactly(new ImportProblem(
                                "line 6, Real Madrid v Atlético Madrid",
                                "the goal of Ramos: stoppage time only follows minute 45, 90, 105 or 120, not 50")));
    }
}
