package dev.fulltime.domain.tie;

import static dev.fulltime.domain.tie.Legs.finished;
import static dev.fulltime.domain.tie.Legs.inExtraTime;
import static dev.fulltime.domain.tie.Legs.inPlay;
import static dev.fulltime.domain.tie.Legs.inShootout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the rules ask of the match being played: the earlier legs' results, then that match as it stands after
 * its 90 minutes, during extra time or during the shoot-out.
 */
class DecidingMatchTest {

    private static final CompetitionRules UEFA_2011_12 = CompetitionRules.uefaClubCompetition("2011-12");
    private static final CompetitionRules UEFA_2013_14 = CompetitionRules.uefaClubCompetition("2013-14");
    private static final CompetitionRules UEFA_2014_15 = CompetitionRules.uefaClubCompetition("2014-15");
    private static final CompetitionRules UEFA_2021_22 = CompetitionRules.uefaClubCompetition("2021-22");
    private static final CompetitionRules UEFA_2022_23 = CompetitionRules.uefaClubCompetition("2022-23");

    private static final String ARSENAL = "Arsenal FC";
    private static final String MONACO = "AS Monaco";
    private static final String CHELSEA = "Chelsea FC";
    private static final String REAL_MADRID = "Real Madrid";
    private static final String LYON = "Olympique Lyonnais";
    private static final String APOEL = "APOEL Nikosia";

    /** 2014-15: Arsenal 1-3 Monaco, Monaco 0-2 Arsenal; 3-3 on aggregate. */
    private static final List<LegResult> ARSENAL_MONACO_AFTER_NINETY = List.of(
            finished(ARSENAL, MONACO, "1-3"),
            inPlay(MONACO, ARSENAL, "0-2"));

    /** 2021-22: Chelsea 1-3 Real Madrid, Real Madrid 1-3 Chelsea after 90 minutes; 4-4 on aggregate. */
    private static final List<LegResult> CHELSEA_REAL_AFTER_NINETY = List.of(
            finished(CHELSEA, REAL_MADRID, "1-3"),
            inPlay(REAL_MADRID, CHELSEA, "1-3"));

    /** 2011-12: Lyon 1-0 APOEL, APOEL 1-0 Lyon after 90 minutes; 1-1 on aggregate, no away goal. */
    private static final List<LegResult> LYON_APOEL_AFTER_NINETY = List.of(
            finished(LYON, APOEL, "1-0"),
            inPlay(APOEL, LYON, "1-0"));

    /** The same tie after extra time, still 1-0 on the night. */
    private static final List<LegResult> LYON_APOEL_AFTER_EXTRA_TIME = List.of(
            finished(LYON, APOEL, "1-0"),
            inExtraTime(APOEL, LYON, "1-0", "1-0"));

    @Test
    void without_away_goals_a_level_aggregate_after_90_minutes_needs_extra_time() {
        assertThat(TieRules.extraTimeNeeded(UEFA_2021_22, TieFormat.TWO_LEGS, CHELSEA, REAL_MADRID,
                CHELSEA_REAL_AFTER_NINETY)).isTrue();
        assertThat(TieRules.shootoutNeeded(UEFA_2021_22, TieFormat.TWO_LEGS, CHELSEA, REAL_MADRID,
                CHELSEA_REAL_AFTER_NINETY)).isFalse();
        assertThat(TieRules.decided(UEFA_2021_22, TieFormat.TWO_LEGS, CHELSEA, REAL_MADRID,
                CHELSEA_REAL_AFTER_NINETY)).isFalse();
    }

    @Test
    void arsenal_v_monaco_2014_15_level_on_aggregate_but_not_on_away_goals_needs_no_extra_time() {
        assertThat(TieRules.extraTimeNeeded(UEFA_2014_15, TieFormat.TWO_LEGS, ARSENAL, MONACO,
                ARSENAL_MONACO_AFTER_NINETY)).isFalse();
        assertThat(TieRules.decided(UEFA_2014_15, TieFormat.TWO_LEGS, ARSENAL, MONACO,
                ARSENAL_MONACO_AFTER_NINETY)).isTrue();
    }

    @Test
    void the_same_scores_without_away_goals_would_need_extra_time() {
        assertThat(TieRules.extraTimeNeeded(UEFA_2021_22, TieFormat.TWO_LEGS, ARSENAL, MONACO,
                ARSENAL_MONACO_AFTER_NINETY)).isTrue();
    }

    @Test
    void liverpool_v_real_madrid_2022_23_second_leg_not_level_on_aggregate_needs_no_extra_time() {
        String liverpool = "Liverpool FC";
        List<LegResult> afterNinety = List.of(
                finished(liverpool, REAL_MADRID, "2-5"),
                inPlay(REAL_MADRID, liverpool, "1-0"));

        assertThat(TieRules.extraTimeNeeded(UEFA_2022_23, TieFormat.TWO_LEGS, liverpool, REAL_MADRID,
                afterNinety)).isFalse();
        assertThat(TieRules.decided(UEFA_2022_23, TieFormat.TWO_LEGS, liverpool, REAL_MADRID,
                afterNinety)).isTrue();
    }

    @Test
    void a_first_leg_never_needs_extra_time_even_when_level() {
        List<LegResult> firstLeg = List.of(inPlay(CHELSEA, REAL_MADRID, "1-1"));

        assertThat(TieRules.extraTimeNeeded(UEFA_2022_23, TieFormat.TWO_LEGS, CHELSEA, REAL_MADRID, firstLeg))
                .isFalse();
        assertThat(TieRules.shootoutNeeded(UEFA_2022_23, TieFormat.TWO_LEGS, CHELSEA, REAL_MADRID, firstLeg))
                .isFalse();
        assertThat(TieRules.decided(UEFA_2022_23, TieFormat.TWO_LEGS, CHELSEA, REAL_MADRID, firstLeg)).isTrue();
    }

    @Test
    void lyon_v_apoel_2011_12_level_with_no_away_goal_needs_extra_time_before_any_shootout() {
        assertThat(TieRules.extraTimeNeeded(UEFA_2011_12, TieFormat.TWO_LEGS, LYON, APOEL,
                LYON_APOEL_AFTER_NINETY)).isTrue();
        assertThat(TieRules.shootoutNeeded(UEFA_2011_12, TieFormat.TWO_LEGS, LYON, APOEL,
                LYON_APOEL_AFTER_NINETY)).isFalse();
    }

    @Test
    void lyon_v_apoel_2011_12_still_level_after_extra_time_needs_a_shootout() {
        assertThat(TieRules.shootoutNeeded(UEFA_2011_12, TieFormat.TWO_LEGS, LYON, APOEL,
                LYON_APOEL_AFTER_EXTRA_TIME)).isTrue();
        assertThat(TieRules.decided(UEFA_2011_12, TieFormat.TWO_LEGS, LYON, APOEL,
                LYON_APOEL_AFTER_EXTRA_TIME)).isFalse();
    }

    @Test
    void lyon_v_apoel_2011_12_is_undecided_while_the_shootout_is_level_and_decided_once_apoel_lead_it() {
        List<LegResult> shootoutLevel = List.of(
                finished(LYON, APOEL, "1-0"),
                inShootout(APOEL, LYON, "1-0", "1-0", "3-3"));
        List<LegResult> apoelAhead = List.of(
                finished(LYON, APOEL, "1-0"),
                inShootout(APOEL, LYON, "1-0", "1-0", "4-3"));

        assertThat(TieRules.decided(UEFA_2011_12, TieFormat.TWO_LEGS, LYON, APOEL, shootoutLevel)).isFalse();
        assertThat(TieRules.decided(UEFA_2011_12, TieFormat.TWO_LEGS, LYON, APOEL, apoelAhead)).isTrue();
    }

    @Test
    void paris_v_chelsea_2014_15_away_goals_scored_in_extra_time_avoid_a_shootout() {
        String psg = "Paris Saint-Germain";
        List<LegResult> afterExtraTime = List.of(
                finished(psg, CHELSEA, "1-1"),
                inExtraTime(CHELSEA, psg, "1-1", "2-2"));

        assertThat(TieRules.extraTimeNeeded(UEFA_2014_15, TieFormat.TWO_LEGS, psg, CHELSEA, afterExtraTime))
                .isTrue();
        assertThat(TieRules.shootoutNeeded(UEFA_2014_15, TieFormat.TWO_LEGS, psg, CHELSEA, afterExtraTime))
                .isFalse();
        assertThat(TieRules.decided(UEFA_2014_15, TieFormat.TWO_LEGS, psg, CHELSEA, afterExtraTime)).isTrue();
    }

    @Test
    void final_2013_14_level_after_90_minutes_goes_to_extra_time_and_is_decided_by_it() {
        String atletico = "Atlético Madrid";

        assertThat(TieRules.extraTimeNeeded(UEFA_2013_14, TieFormat.SINGLE_MATCH, REAL_MADRID, atletico,
                List.of(inPlay(REAL_MADRID, atletico, "1-1")))).isTrue();
        assertThat(TieRules.shootoutNeeded(UEFA_2013_14, TieFormat.SINGLE_MATCH, REAL_MADRID, atletico,
                List.of(inExtraTime(REAL_MADRID, atletico, "1-1", "4-1")))).isFalse();
        assertThat(TieRules.decided(UEFA_2013_14, TieFormat.SINGLE_MATCH, REAL_MADRID, atletico,
                List.of(inExtraTime(REAL_MADRID, atletico, "1-1", "4-1")))).isTrue();
    }

    @Test
    void without_extra_time_in_the_rules_a_level_match_goes_straight_to_a_shootout() {
        CompetitionRules penaltiesOnly = new CompetitionRules(false, false, true);
        List<LegResult> level = List.of(inPlay(CHELSEA, REAL_MADRID, "1-1"));

        assertThat(TieRules.extraTimeNeeded(penaltiesOnly, TieFormat.SINGLE_MATCH, CHELSEA, REAL_MADRID, level))
                .isFalse();
        assertThat(TieRules.shootoutNeeded(penaltiesOnly, TieFormat.SINGLE_MATCH, CHELSEA, REAL_MADRID, level))
                .isTrue();
    }

    @Test
    void the_match_being_played_must_be_listed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TieRules.decided(UEFA_2022_23, TieFormat.TWO_LEGS, CHELSEA, REAL_MADRID,
                        List.of()))
                .withMessageContaining("no leg is listed");
    }
}
