package dev.fulltime.application.importing;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Score;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Imported matches and competitions for tests, written as a source would give them. */
final class Imported {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalTime EVENING = LocalTime.of(21, 0);

    private Imported() {
    }

    static ImportedCompetition competition(String name, String season, ImportedMatch... matches) {
        return new ImportedCompetition(name, season, PARIS, List.of(matches));
    }

    static ImportedMatch group(String home, String away, String date, String fullTime, String halfTime) {
        return new ImportedMatch("line 1", "Group A", false, null, LocalDate.parse(date), EVENING, home, away,
                score(halfTime), score(fullTime), null, null, List.of());
    }

    static ImportedMatch knockout(String round, Integer leg, String home, String away, String date,
                                  String fullTime, String afterExtraTime, String penalties) {
        return new ImportedMatch("line 1", round, true, leg, LocalDate.parse(date), EVENING, home, away, null,
                score(fullTime), score(afterExtraTime), score(penalties), List.of());
    }

    static ImportedMatch played(String home, String away, String halfTime, String fullTime, String afterExtraTime,
                                String penalties, ImportedGoal... goals) {
        return new ImportedMatch("line 7", "Final", true, null, LocalDate.parse("2023-06-10"), EVENING, home, away,
                score(halfTime), score(fullTime), score(afterExtraTime), score(penalties), List.of(goals));
    }

    static ImportedGoal goal(String team, String player, String minute) {
        return new ImportedGoal(team, player, minute == null ? null : Minute.parse(minute), GoalKind.REGULAR);
    }

    static ImportedGoal goal(String team, String player, String minute, GoalKind kind) {
        return new ImportedGoal(team, player, Minute.parse(minute), kind);
    }

    static Score score(String homeAway) {
        if (homeAway == null) {
            return null;
        }
        String[] goals = homeAway.split("-");
        return new Score(Integer.parseInt(goals[0]), Integer.parseInt(goals[1]));
    }
}
