package dev.fulltime.domain.tie;

import static dev.fulltime.domain.tie.Legs.finished;
import static dev.fulltime.domain.tie.Legs.finishedAfterExtraTime;
import static dev.fulltime.domain.tie.Legs.finishedOnPenalties;
import static dev.fulltime.domain.tie.Legs.inPlay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Real ties, checked against openfootball's champions-league data. */
class TieOutcomeTest {

    private static final CompetitionRules UEFA_2011_12 = CompetitionRules.uefaClubCompetition("2011-12");
    private static final CompetitionRules UEFA_2013_14 = CompetitionRules.uefaClubCompetition("2013-14");
    private static final CompetitionRules UEFA_2014_15 = CompetitionRules.uefaClubCompetition("2014-15");
    private static final CompetitionRules UEFA_2016_17 = CompetitionRules.uefaClubCompetition("2016-17");
    private static final CompetitionRules UEFA_2021_22 = CompetitionRules.uefaClubCompetition("2021-22");
    private static final CompetitionRules UEFA_2022_23 = CompetitionRules.uefaClubCompetition("2022-23");

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL_MADRID = "Real Madrid";
    private static final String PSG = "Paris Saint-Germain";
    private static final String CHELSEA = "Chelsea FC";

    @Test
    void liverpool_v_real_madrid_2022_23_real_madrid_through_6_2_on_aggregate() {
        TieOutcome outcome = TieRules.outcome(UEFA_2022_23, TieFormat.TWO_LEGS, LIVERPOOL, REAL_MADRID, List.of(
                finished(LIVERPOOL, REAL_MADRID, "2-5"),
                finished(REAL_MADRID, LIVERPOOL, "1-0")));

        assertThat(outcome).isEqualTo(new TieOutcome(new TieScore(2, 6), null, TieStatus.DECIDED,
                REAL_MADRID, LIVERPOOL, DecidedBy.AGGREGATE));
    }

    @Test
    void liverpool_v_real_madrid_2022_23_after_the_first_leg_is_in_progress_with_no_winner() {
        TieOutcome outcome = TieRules.outcome(UEFA_2022_23, TieFormat.TWO_LEGS, LIVERPOOL, REAL_MADRID, List.of(
                finished(LIVERPOOL, REAL_MADRID, "2-5")));

        assertThat(outcome).isEqualTo(new TieOutcome(new TieScore(2, 5), null, TieStatus.IN_PROGRESS,
                null, null, null));
    }

    @Test
    void liverpool_v_real_madrid_2022_23_is_in_progress_until_the_second_legs_final_whistle() {
        TieOutcome outcome = TieRules.outcome(UEFA_2022_23, TieFormat.TWO_LEGS, LIVERPOOL, REAL_MADRID, List.of(
                finished(LIVERPOOL, REAL_MADRID, "2-5"),
                inPlay(REAL_MADRID, LIVERPOOL, "1-0")));

        assertThat(outcome.status()).isEqualTo(TieStatus.IN_PROGRESS);
        assertThat(outcome.aggregate()).isEqualTo(new TieScore(2, 6));
        assertThat(outcome.winner()).isNull();
    }

    @Test
    void paris_v_chelsea_2014_15_paris_through_on_away_goals_scored_in_extra_time() {
        TieOutcome outcome = TieRules.outcome(UEFA_2014_15, TieFormat.TWO_LEGS, PSG, CHELSEA, List.of(
                finished(PSG, CHELSEA, "1-1"),
                finishedAfterExtraTime(CHELSEA, PSG, "1-1", "2-2")));

        assertThat(outcome).isEqualTo(new TieOutcome(new TieScore(3, 3), new TieScore(2, 1), TieStatus.DECIDED,
                PSG, CHELSEA, DecidedBy.AWAY_GOALS));
    }

    @Test
    void lyon_v_apoel_2011_12_apoel_through_on_penalties() {
        String lyon = "Olympique Lyonnais";
        String apoel = "APOEL Nikosia";
        TieOutcome outcome = TieRules.outcome(UEFA_2011_12, TieFormat.TWO_LEGS, lyon, apoel, List.of(
                finished(lyon, apoel, "1-0"),
                finishedOnPenalties(apoel, lyon, "1-0", "1-0", "4-3")));

        assertThat(outcome).isEqualTo(new TieOutcome(new TieScore(1, 1), new TieScore(0, 0), TieStatus.DECIDED,
                apoel, lyon, DecidedBy.PENALTIES));
    }

    @Test
    void final_2013_14_real_madrid_beat_atletico_in_extra_time_and_a_single_match_has_no_away_goals() {
        String atletico = "Atlético Madrid";
        TieOutcome outcome = TieRules.outcome(UEFA_2013_14, TieFormat.SINGLE_MATCH, REAL_MADRID, atletico,
                List.of(finishedAfterExtraTime(REAL_MADRID, atletico, "1-1", "4-1")));

        assertThat(outcome).isEqualTo(new TieOutcome(new TieScore(4, 1), null, TieStatus.DECIDED,
                REAL_MADRID, atletico, DecidedBy.EXTRA_TIME));
    }

    @Test
    void final_2022_23_manchester_city_beat_inter_within_90_minutes() {
        String city = "Manchester City";
        String inter = "Inter";
        TieOutcome outcome = TieRules.outcome(UEFA_2022_23, TieFormat.SINGLE_MATCH, city, inter,
                List.of(finished(city, inter, "1-0")));

        assertThat(outcome).isEqualTo(new TieOutcome(new TieScore(1, 0), null, TieStatus.DECIDED,
                city, inter, DecidedBy.SCORE));
    }

    @Test
    void bayern_v_real_madrid_2016_17_level_on_away_goals_after_90_minutes_real_madrid_through_in_extra_time() {
        String bayern = "Bayern München";
        TieOutcome outcome = TieRules.outcome(UEFA_2016_17, TieFormat.TWO_LEGS, bayern, REAL_MADRID, List.of(
                finished(bayern, REAL_MADRID, "1-2"),
                finishedAfterExtraTime(REAL_MADRID, bayern, "1-2", "4-2")));

        assertThat(outcome).isEqualTo(new TieOutcome(new TieScore(3, 6), new TieScore(2, 2), TieStatus.DECIDED,
                REAL_MADRID, bayern, DecidedBy.EXTRA_TIME));
    }

    @Test
    void chelsea_v_real_madrid_2021_22_without_away_goals_real_madrid_through_in_extra_time() {
        TieOutcome outcome = TieRules.outcome(UEFA_2021_22, TieFormat.TWO_LEGS, CHELSEA, REAL_MADRID, List.of(
                finished(CHELSEA, REAL_MADRID, "1-3"),
                finishedAfterExtraTime(REAL_MADRID, CHELSEA, "1-3", "2-3")));

        assertThat(outcome).isEqualTo(new TieOutcome(new TieScore(4, 5), null, TieStatus.DECIDED,
                REAL_MADRID, CHELSEA, DecidedBy.EXTRA_TIME));
    }

    @Test
    void a_deciding_match_ended_level_with_no_shootout_recorded_names_no_winner() {
        TieOutcome outcome = TieRules.outcome(UEFA_2021_22, TieFormat.SINGLE_MATCH, CHELSEA, REAL_MADRID,
                List.of(finishedAfterExtraTime(CHELSEA, REAL_MADRID, "1-1", "1-1")));

        assertThat(outcome.status()).isEqualTo(TieStatus.IN_PROGRESS);
        assertThat(outcome.winner()).isNull();
    }

    @Test
    void a_second_leg_must_be_hosted_by_team_b() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TieRules.outcome(UEFA_2022_23, TieFormat.TWO_LEGS, LIVERPOOL, REAL_MADRID,
                        List.of(finished(LIVERPOOL, REAL_MADRID, "2-5"), finished(LIVERPOOL, REAL_MADRID, "0-1"))))
                .withMessage("leg 2 is Liverpool FC v Real Madrid; it should be Real Madrid v Liverpool FC");
    }

    @Test
    void a_single_match_has_one_leg() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TieRules.outcome(UEFA_2022_23, TieFormat.SINGLE_MATCH, LIVERPOOL, REAL_MADRID,
                        List.of(finished(LIVERPOOL, REAL_MADRID, "2-5"), finished(REAL_MADRID, LIVERPOOL, "1-0"))))
                .withMessageContaining("SINGLE_MATCH tie has 1 leg");
    }
}
