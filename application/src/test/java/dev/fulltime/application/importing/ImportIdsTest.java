package dev.fulltime.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportIdsTest {

    private static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._:-]{0,79}";

    @Test
    void competitionIsNamedByItsNameAndSeason() {
        assertThat(ImportIds.competition("UEFA Champions League", "2022-23"))
                .isEqualTo("uefa-champions-league-2022-23");
    }

    @Test
    void tieAndMatchNameTheirRoundAndTeamsInAsciiWords() {
        String competitionId = "uefa-champions-league-2011-12";

        assertThat(ImportIds.tie(competitionId, "Round of 16", "Bayer Leverkusen", "FC Barcelona"))
                .isEqualTo("uefa-champions-league-2011-12:round-of-16:bayer-leverkusen:fc-barcelona");
        assertThat(ImportIds.match(competitionId, "Final", LocalDate.of(2012, 5, 19), "Bayern München", "Chelsea FC"))
                .isEqualTo("uefa-champions-league-2011-12:final:2012-05-19:bayern-munchen:chelsea-fc");
    }

    @Test
    void aLongIdKeepsItsStartAndEndsWithAHashOfTheWhole() {
        String competitionId = ImportIds.competition("UEFA Europa Conference League", "2021-22");
        String first = ImportIds.match(competitionId, "Qualifying round 2", LocalDate.of(2021, 7, 22),
                "Sporting Clube de Portugal", "Paris Saint-Germain FC");
        String other = ImportIds.match(competitionId, "Qualifying round 2", LocalDate.of(2021, 7, 22),
                "Sporting Clube de Portugal", "Paris Saint-Germain FC B");

        assertThat(first).hasSize(ImportIds.MAX_LENGTH).matches(IDENTIFIER)
                .startsWith("uefa-europa-conference-league-2021-22:qualifying-round-2:2021-07-22:");
        assertThat(other).hasSize(ImportIds.MAX_LENGTH).isNotEqualTo(first);
    }

    @Test
    void aNameWithoutLatinLettersStillGetsAnIdOfItsOwn() {
        assertThat(ImportIds.slug("Црвена звезда")).matches("[0-9a-f]{8}")
                .isNotEqualTo(ImportIds.slug("Спартак"));
    }

    @Test
    void anEventIdDependsOnTheMatchTheIndexAndWhatTheFactSays() {
        String id = ImportIds.event("match-1", 3, "GOAL", "Liverpool FC", null);

        assertThat(ImportIds.event("match-1", 3, "GOAL", "Liverpool FC", null)).isEqualTo(id);
        assertThat(ImportIds.event("match-1", 4, "GOAL", "Liverpool FC", null)).isNotEqualTo(id);
        assertThat(ImportIds.event("match-2", 3, "GOAL", "Liverpool FC", null)).isNotEqualTo(id);
        assertThat(ImportIds.event("match-1", 3, "GOAL", "Real Madrid", null)).isNotEqualTo(id);
    }
}
