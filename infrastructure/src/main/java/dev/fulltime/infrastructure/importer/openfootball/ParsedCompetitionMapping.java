package dev.fulltime.infrastructure.importer.openfootball;

import dev.fulltime.application.importing.ImportProblem;
import dev.fulltime.application.importing.ImportRefusedException;
import dev.fulltime.application.importing.ImportedCompetition;
import dev.fulltime.application.importing.ImportedGoal;
import dev.fulltime.application.importing.ImportedMatch;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Score;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed Football.TXT file as the import use case takes it. Kick-off times are read as local times in
 * {@link #KICK_OFF_ZONE}: openfootball's UEFA files give Central European times (a Champions League evening match
 * at "21.00"). Each match names its source as "line N", the line of its match line.
 */
public final class ParsedCompetitionMapping {

    public static final ZoneId KICK_OFF_ZONE = ZoneId.of("Europe/Paris");

    private ParsedCompetitionMapping() {
    }

    /** @throws ImportRefusedException naming every scorer's minute that is no minute of a match */
    public static ImportedCompetition toImported(ParsedCompetition parsed) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportedMatch> matches = parsed.matches().stream().map(match -> imported(match, problems)).toList();
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return new ImportedCompetition(parsed.name(), parsed.season(), KICK_OFF_ZONE, matches);
    }

    private static ImportedMatch imported(ParsedMatch match, List<ImportProblem> problems) {
        List<ImportedGoal> goals = new ArrayList<>();
        List<String> notMinutes = new ArrayList<>();
        for (ParsedGoal goal : match.goals()) {
            try {
                goals.add(new ImportedGoal(goal.team(), goal.player(), minute(goal), kind(goal)));
            } catch (IllegalArgumentException notAMinute) {
                notMinutes.add("the goal of " + goal.player() + ": " + notAMinute.getMessage());
            }
        }
        ImportedMatch imported = new ImportedMatch("line " + match.lineNumber(), match.round(), match.knockout(),
                match.leg(), match.date(), match.time(), match.homeTeam(), match.awayTeam(), score(match.halfTime()),
                score(match.fullTime()), score(match.afterExtraTime()), score(match.penalties()), goals);
        notMinutes.forEach(problem -> problems.add(new ImportProblem(imported.describe(), problem)));
        return imported;
    }

    private static Minute minute(ParsedGoal goal) {
        return Minute.of(goal.minute(), Objects.requireNonNullElse(goal.stoppage(), 0));
    }

    private static GoalKind kind(ParsedGoal goal) {
        return goal.ownGoal() ? GoalKind.OWN_GOAL : goal.penalty() ? GoalKind.PENALTY : GoalKind.REGULAR;
    }

    private static Score score(ParsedScore score) {
        return score == null ? null : new Score(score.home(), score.away());
    }
}
