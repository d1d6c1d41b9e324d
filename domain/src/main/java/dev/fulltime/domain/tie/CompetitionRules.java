package dev.fulltime.domain.tie;

/**
 * How a competition breaks a level knockout tie: away goals (in two-legged ties only), then extra time in the
 * deciding match, then a penalty shoot-out.
 */
public record CompetitionRules(boolean awayGoals, boolean extraTime, boolean penalties) {

    private static final int LAST_SEASON_WITH_AWAY_GOALS = 2020;

    /**
     * UEFA club competitions: extra time and penalties; away goals up to and including 2020-21 (abolished from
     * 2021-22), those scored in extra time included.
     *
     * @param season written {@code 2020-21} or {@code 2020/21}
     * @throws IllegalArgumentException when the season is written otherwise
     */
    public static CompetitionRules uefaClubCompetition(String season) {
        boolean awayGoals = Season.parse(season).startYear() <= LAST_SEASON_WITH_AWAY_GOALS;
        return new CompetitionRules(awayGoals, true, true);
    }
}
