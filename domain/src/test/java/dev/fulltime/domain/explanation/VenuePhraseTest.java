package dev.fulltime.domain.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VenuePhraseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Anfield|at Anfield",
        "Santiago Bernabéu|at the Santiago Bernabéu",
        "Stade de France, Saint-Denis|at the Stade de France, Saint-Denis",
        "Allianz Arena|at the Allianz Arena",
        "Villa Park|at Villa Park",
        "Stamford Bridge|at Stamford Bridge",
        "The Hawthorns|at The Hawthorns",
    })
    void aStadiumTakesTheArticleAPlaceDoesNot(String venue, String phrase) {
        assertThat(VenuePhrase.at(venue)).isEqualTo(" " + phrase);
    }

    @Test
    void anUnknownVenueIsNotMentioned() {
        assertThat(VenuePhrase.at(null)).isEmpty();
        assertThat(VenuePhrase.at("  ")).isEmpty();
    }
}
