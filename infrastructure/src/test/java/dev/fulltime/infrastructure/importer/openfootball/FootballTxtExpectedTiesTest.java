package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootballTxtExpectedTiesTest {

    @ParameterizedTest(name = "{0}: every knockout tie of expected-ties.csv is in cl.txt, leg by leg")
    @ValueSource(strings = {"2011-12", "2012-13", "2013-14", "2014-15", "2015-16", "2016-17", "2021-22", "2022-23"})
    void knockoutLegsOfClTxtAgreeWithExpectedTies(String season) {
        var ties = ExpectedTies.ofSeason(season);
        var competition = OpenfootballFiles.parse("champions-league/" + season + "/cl.txt");

        assertThat(ties).hasSize(15);
        assertThat(ExpectedTies.disagreements(ties, competition)).isEmpty();
    }
}
