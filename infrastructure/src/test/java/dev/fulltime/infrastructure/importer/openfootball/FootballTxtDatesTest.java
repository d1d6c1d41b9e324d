package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootballTxtDatesTest {

    @Nested
    class DateLines {

        @Test
        void weekdayMonthDayAndYear() {
            assertThat(DateLine.parse("Wed Sep/7 2022"))
                    .contains(new DateLine(DayOfWeek.WEDNESDAY, MonthDay.of(9, 7), 2022));
        }

        @Test
        void withoutYearInSquareBracketsOrWithoutWeekday() {
            assertThat(DateLine.parse("Tue Sep/13")).contains(new DateLine(DayOfWeek.TUESDAY, MonthDay.of(9, 13), null));
            assertThat(DateLine.parse("[Tue Feb/14]")).contains(new DateLine(DayOfWeek.TUESDAY, MonthDay.of(2, 14), null));
            assertThat(DateLine.parse("[Feb/17]")).contains(new DateLine(null, MonthDay.of(2, 17), null));
        }

        @ParameterizedTest(name = "\"{0}\" is no date line")
        @ValueSource(strings = {"Wed Sep/31", "Wed Sep/0", "Wed Foo/7", "Wednesday Sep/7", "[Tue Feb/14", "Feb 14", "Sep/7 22"})
        void refusesWhatIsNoDate(String line) {
            assertThat(DateLine.parse(line)).isEmpty();
        }
    }

    @Nested
    class Years {

        @Test
        void aDateWithoutYearTakesTheYearPrintedLastEvenWhenItComesBeforeThePreviousDate() {
            SeasonCalendar calendar = new SeasonCalendar(2011);

            assertThat(calendar.dateOf(line("Wed Sep/14 2011"))).contains(LocalDate.of(2011, 9, 14));
            assertThat(calendar.dateOf(line("Wed Dec/7"))).contains(LocalDate.of(2011, 12, 7));
            assertThat(calendar.dateOf(line("Wed Sep/14"))).contains(LocalDate.of(2011, 9, 14));
            assertThat(calendar.dateOf(line("Tue Feb/14 2012"))).contains(LocalDate.of(2012, 2, 14));
            assertThat(calendar.dateOf(line("Wed Feb/15"))).contains(LocalDate.of(2012, 2, 15));
        }

        @Test
        void withoutAnyPrintedYearTheSeasonGivesItAcrossNewYear() {
            SeasonCalendar calendar = new SeasonCalendar(2023);

            assertThat(calendar.dateOf(line("[Tue Sep/19]"))).contains(LocalDate.of(2023, 9, 19));
            assertThat(calendar.dateOf(line("[Wed Dec/13]"))).contains(LocalDate.of(2023, 12, 13));
            assertThat(calendar.dateOf(line("[Tue Feb/13]"))).contains(LocalDate.of(2024, 2, 13));
            assertThat(calendar.dateOf(line("[Feb/17]"))).contains(LocalDate.of(2024, 2, 17));
        }

        /** 2019-20 cl_finals.txt: the round of 16 was finished in August 2020, in the second year of the season. */
        @Test
        void theWeekdayPicksTheSecondYearOfTheSeasonForAugust2020() {
            SeasonCalendar calendar = new SeasonCalendar(2019);

            assertThat(calendar.dateOf(line("[Wed Mar/11]"))).contains(LocalDate.of(2020, 3, 11));
            assertThat(calendar.dateOf(line("[Fri Aug/7]"))).contains(LocalDate.of(2020, 8, 7));
        }

        @Test
        void aWeekdayThatFitsNoYearIsRefused() {
            assertThat(new SeasonCalendar(2022).dateOf(line("Thu Sep/7 2022"))).isEmpty();
            assertThat(new SeasonCalendar(2022).dateOf(line("[Mon Sep/7]"))).isEmpty();
        }

        @Test
        void withoutSeasonOrPrintedYearThereIsNoDate() {
            assertThat(new SeasonCalendar(null).dateOf(line("[Tue Feb/14]"))).isEmpty();
        }

        @Test
        void aTwentyNinthOfFebruaryOutsideALeapYearIsRefused() {
            assertThat(new SeasonCalendar(2022).dateOf(line("[Feb/29]"))).isEmpty();
            assertThat(new SeasonCalendar(2023).dateOf(line("[Thu Feb/29]"))).contains(LocalDate.of(2024, 2, 29));
        }

        private DateLine line(String text) {
            return DateLine.parse(text).orElseThrow();
        }
    }
}
