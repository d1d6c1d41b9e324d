package dev.fulltime.application.importing;

import static dev.fulltime.application.importing.Imported.knockout;
import static dev.fulltime.application.importing.Imported.score;
import static dev.fulltime.application.importing.PlannedFacts.described;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fulltime.domain.match.Rule;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieContext;
import dev.fulltime.domain.tie.TieFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopsShortTest {

    private static final CompetitionRules RULES = CompetitionRules.uefaClubCompetition("2015-16");
    private static final String REAL = "Real Madrid";
    private static final String ATLETICO = "Atlético Madrid";
    private static final TieContext FINAL = new TieContext(RULES, TieFormat.SINGLE_MATCH, REAL, ATLETICO, List.of());

    @Test
    void aLevelDecidingMatchWithoutExtraTimeKeepsEveryFactButTheFinalWhistle() {
        PlannedMatch planned = planned(knockout("Final", null, REAL, ATLETICO, "2016-05-28", "1-1", null, null));

        PlannedMatch unfinished = StopsShort.unfinished(refusal(planned, FINAL)).orElseThrow();

        assertThat(described(unfinished.facts())).containsExactly(
                "start FIRST_HALF", "end FIRST_HALF",
                "start SECOND_HALF", "goal Real Madrid ? in the stretch ?", "goal Atlético Madrid ? in the stretch ?",
                "end SECOND_HALF");
        assertThat(unfinished.facts()).extracting(MatchCommand::eventId)
                .containsExactlyElementsOf(planned.facts().subList(0, planned.facts().size() - 1).stream()
                        .map(MatchCommand::eventId).toList());
        assertThat(unfinished.unfinished())
                .isEqualTo("the source gives no extra time or shoot-out for a tie level after 90 minutes");
        assertThat(unfinished.incomplete()).isNull();
    }

    @Test
    void aLevelExtraTimeWithoutShootOutKeepsItsExtraTime() {
        PlannedMatch planned = planned(knockout("Final", null, REAL, ATLETICO, "2016-05-28", "1-1", "1-1", null));

        PlannedMatch unfinished = StopsShort.unfinished(refusal(planned, FINAL)).orElseThrow();

        assertThat(described(unfinished.facts())).endsWith("start EXTRA_TIME_SECOND_HALF",
                "end EXTRA_TIME_SECOND_HALF");
        assertThat(unfinished.unfinished())
                .isEqualTo("the source gives no shoot-out for a tie level after extra time");
    }

    @Test
    void extraTimeTheTieDidNotNeedIsNoSourceStoppingShort() {
        TieContext secondLeg = new TieContext(RULES, TieFormat.TWO_LEGS, ATLETICO, REAL,
                List.of(new LegResult(ATLETICO, REAL, score("2-0"), null, null, true)));
        RefusedFact refused = refusal(planned(knockout("Semi-finals", null, REAL, ATLETICO, "2016-05-03", "1-0",
                "1-1", null)), secondLeg);

        assertThat(refused.rule()).isEqualTo(Rule.EXTRA_TIME_NOT_NEEDED);
        assertThat(StopsShort.unfinished(refused)).isEmpty();
    }

    @Test
    void aShootOutStraightAfterNinetyMinutesIsNoSourceStoppingShort() {
        RefusedFact refused = refusal(planned(knockout("Final", null, REAL, ATLETICO, "2016-05-28", "1-1", null,
                "5-3")), FINAL);

        assertThat(refused.rule()).isEqualTo(Rule.SHOOTOUT_NOT_NEEDED);
        assertThat(StopsShort.unfinished(refused)).isEmpty();
    }

    private static PlannedMatch planned(ImportedMatch match) {
        String matchId = "match-1";
        ScheduleMatch schedule = new ScheduleMatch("scheduled", matchId, match.homeTeam(), match.awayTeam(), null,
                null, null, null, null, null);
        return new PlannedMatch(match, schedule, FactPlanner.facts(matchId, match), null, null);
    }

    private static RefusedFact refusal(PlannedMatch match, TieContext tie) {
        Throwable thrown = catchThrowable(() -> DryRun.play(match, tie));
        assertThat(thrown).isInstanceOf(RefusedFact.class);
        return (RefusedFact) thrown;
    }
}
