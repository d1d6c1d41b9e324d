package dev.fulltime.domain.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MinuteTest {

    @Nested
    class Parsing {

        @ParameterizedTest(name = "\"{0}\" is read and printed back as \"{0}\"")
        @ValueSource(strings = {"67", "45+2", "90+8", "120+1"})
        void readsAndPrintsTheMinuteAsFootballWritesIt(String text) {
            assertThat(Minute.parse(text)).hasToString(text);
        }

        @Test
        void splitsStoppageTimeFromTheRegularMinute() {
            assertThat(Minute.parse("45+2")).isEqualTo(Minute.of(45, 2));
            assertThat(Minute.parse("67")).isEqualTo(Minute.of(67));
            assertThat(Minute.parse("120+1")).extracting(Minute::regular, Minute::stoppage).containsExactly(120, 1);
        }
    }

    @Nested
    class Refusing {

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"45+-1", "999", "+3", "0", "46+1", "45+0", "abc", "121", ""})
        void refusesWhatIsNotAMinuteOfTheClock(String text) {
            assertThatIllegalArgumentException().isThrownBy(() -> Minute.parse(text));
        }

        @Test
        void refusesNull() {
            assertThatIllegalArgumentException().isThrownBy(() -> Minute.parse(null));
        }

        @Test
        void refusesStoppageTimeAfterAMinuteThatEndsNoPeriod() {
            assertThatIllegalArgumentException().isThrownBy(() -> Minute.of(46, 1))
                    .withMessageContaining("45, 90, 105 or 120");
        }
    }

    @Nested
    class PeriodOfAMinute {

        @ParameterizedTest(name = "{0} belongs to {1}")
        @CsvSource({
                "1, FIRST_HALF",
                "45, FIRST_HALF",
                "45+3, FIRST_HALF",
                "46, SECOND_HALF",
                "90+5, SECOND_HALF",
                "91, EXTRA_TIME_FIRST_HALF",
                "105+1, EXTRA_TIME_FIRST_HALF",
                "106, EXTRA_TIME_SECOND_HALF",
                "120+2, EXTRA_TIME_SECOND_HALF"
        })
        void belongsToExactlyOnePeriod(String text, Period period) {
            Minute minute = Minute.parse(text);

            assertThat(minute.period()).isEqualTo(period);
            assertThat(minute.belongsTo(period)).isTrue();
            assertThat(Stream.of(Period.values()).filter(minute::belongsTo)).containsExactly(period);
        }
    }

    @Nested
    class Ordering {

        @Test
        void firstHalfStoppageTimeComesBeforeTheSecondHalf() {
            assertThat(Minute.parse("45+2")).isLessThan(Minute.parse("46"));
        }

        @Test
        void secondHalfStoppageTimeComesBeforeExtraTime() {
            assertThat(Minute.parse("90+3")).isLessThan(Minute.parse("91"));
        }

        @Test
        void stoppageMinutesFollowTheRegularMinuteAndEachOther() {
            List<Minute> sorted = Stream.of("46", "45+2", "45", "44", "45+1")
                    .map(Minute::parse).sorted().toList();

            assertThat(sorted).map(Minute::toString).containsExactly("44", "45", "45+1", "45+2", "46");
        }
    }
}
