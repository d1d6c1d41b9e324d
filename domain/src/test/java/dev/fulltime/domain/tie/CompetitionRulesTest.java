package dev.fulltime.domain.tie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompetitionRulesTest {

    @Test
    void uefa_used_away_goals_up_to_and_including_2020_21() {
        assertThat(CompetitionRules.uefaClubCompetition("2020-21"))
                .isEqualTo(new CompetitionRules(true, true, true));
        assertThat(CompetitionRules.uefaClubCompetition("2014-15").awayGoals()).isTrue();
    }

    @Test
    void uefa_abolished_away_goals_from_2021_22() {
        assertThat(CompetitionRules.uefaClubCompetition("2021-22"))
                .isEqualTo(new CompetitionRules(false, true, true));
        assertThat(CompetitionRules.uefaClubCompetition("2022-23").awayGoals()).isFalse();
    }

    @Test
    void a_season_may_be_written_with_a_slash() {
        assertThat(CompetitionRules.uefaClubCompetition("2020/21"))
                .isEqualTo(CompetitionRules.uefaClubCompetition("2020-21"));
    }

    @Test
    void a_season_across_the_century_ends_in_00() {
        assertThat(CompetitionRules.uefaClubCompetition("1999-00").awayGoals()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2020", "2020-2021", "20-21", "2020-22", "2020–21", " 2020-21", "2020.21", "season"})
    void a_malformed_season_is_refused(String season) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CompetitionRules.uefaClubCompetition(season))
                .withMessageContaining("season");
    }
}
