package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short excerpts of seasons and competitions not kept in the test resources, copied from
 * github.com/openfootball/champions-league (and, for the round-bracket scorer style, openfootball/worldcup).
 * Each test names its source file.
 */
class FootballTxtSeasonVariationsTest {

    private final FootballTxtParser parser = new FootballTxtParser();

    /** champions-league 2019-20/cl.txt: round of 16 finished in August 2020, one-match rounds in Lisbon. */
    @Test
    void season2019to20WithItsAugustFinalTournament() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League 2019/20

                » Round of 16
                  Tue Feb/18 2020
                    21.00  Borussia Dortmund (GER) v Paris Saint-Germain (FRA)  2-1 (0-0)
                  Wed Mar/11
                    21.00  Paris Saint-Germain (FRA) v Borussia Dortmund (GER)  2-0 (2-0)
                           Liverpool FC (ENG)      v Atlético Madrid (ESP)    2-3 a.e.t. (1-0, 1-0)
                  Fri Aug/7
                    21.00  Manchester City (ENG)   v Real Madrid (ESP)        2-1 (1-1)


                » Quarterfinals
                  Wed Aug/12
                    21.00  Atalanta (ITA)          v Paris Saint-Germain (FRA)  1-2 (1-0)


                » Semifinals
                  Tue Aug/18
                    21.00  RB Leipzig (GER)        v Paris Saint-Germain (FRA)  0-3 (0-2)


                » Final
                  Sun Aug/23
                    21.00  Paris Saint-Germain (FRA) v Bayern München (GER)     0-1 (0-0)
                """);

        assertThat(competition.season()).isEqualTo("2019-20");
        assertThat(competition.matches())
                .extracting(ParsedMatch::round, ParsedMatch::leg, ParsedMatch::date)
                .containsExactly(
                        tuple("Round of 16", null, LocalDate.of(2020, 2, 18)),
                        tuple("Round of 16", null, LocalDate.of(2020, 3, 11)),
                        tuple("Round of 16", null, LocalDate.of(2020, 3, 11)),
                        tuple("Round of 16", null, LocalDate.of(2020, 8, 7)),
                        tuple("Quarter-finals", null, LocalDate.of(2020, 8, 12)),
                        tuple("Semi-finals", null, LocalDate.of(2020, 8, 18)),
                        tuple("Final", null, LocalDate.of(2020, 8, 23)));
        assertThat(competition.matches().get(2))
                .extracting(ParsedMatch::halfTime, ParsedMatch::fullTime, ParsedMatch::afterExtraTime)
                .containsExactly(new ParsedScore(1, 0), new ParsedScore(1, 0), new ParsedScore(2, 3));
    }

    /** champions-league 2019-20/cl_finals.txt: no kick-offs, no years, and "-" for the matches not yet played. */
    @Test
    void season2019to20FinalsFileWithMatchesNotYetPlayed() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League 2019/20


                Round of 16
                [Wed Mar/11]
                  Paris Saint-Germain FC  2-0  BV Borussia 09 Dortmund
                  Liverpool FC          2-3 a.e.t. (1-0)  Club Atlético de Madrid
                [Fri Aug/7]
                  Manchester City FC     -   Real Madrid CF
                """);

        assertThat(competition.matches())
                .extracting(ParsedMatch::date, ParsedMatch::time, ParsedMatch::homeTeam, ParsedMatch::fullTime,
                        ParsedMatch::afterExtraTime)
                .containsExactly(
                        tuple(LocalDate.of(2020, 3, 11), null, "Paris Saint-Germain FC", new ParsedScore(2, 0), null),
                        tuple(LocalDate.of(2020, 3, 11), null, "Liverpool FC", new ParsedScore(1, 0), new ParsedScore(2, 3)),
                        tuple(LocalDate.of(2020, 8, 7), null, "Manchester City FC", null, null));
    }

    /** champions-league 2017-18/cl_finals.txt: scorers in the old finals layout, a comment behind the venue. */
    @Test
    void season2017to18FinalsFileWithScorers() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League 2017/18       # Knockout phase (Finals)


                Round of 16 - 1st Leg

                [Wed Feb/21]
                  20.45  Shakhtar Donetsk     2-1  Roma                 @ Metalist Stadium, Kharkiv   # [†]
                           [Ferreyra 52' Fred 71'; Ünder 41']

                Quarter-finals - 2nd Leg

                [Wed Apr/11]
                  20.45  Real Madrid          1-3  Juventus             @ Santiago Bernabéu, Madrid
                           [Ronaldo 90+8' (pen.); Mandžukić 2', 37' Matuidi 61']
                """);

        assertThat(competition.matches()).extracting(ParsedMatch::round, ParsedMatch::leg, ParsedMatch::date)
                .containsExactly(tuple("Round of 16", 1, LocalDate.of(2018, 2, 21)),
                        tuple("Quarter-finals", 2, LocalDate.of(2018, 4, 11)));
        assertThat(competition.matches().get(1).goals()).first()
                .isEqualTo(new ParsedGoal("Real Madrid", "Ronaldo", 90, 8, true, false));
    }

    /** champions-league 2020-21/cl.txt: stage headings, bare round names, square-bracket dates, score in the middle. */
    @Test
    void season2020to21WithQualifyingGroupAndFinalsStages() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League 2020/21

                # Stages     Qualifying (53)  Group (96)  Finals (29)

                == Qualifying

                Preliminary Final
                [Tue Aug/11]
                  18.00  Drita KF Gjilan (KOS)    0-3  Linfield FC (NIR)        [awarded]

                Round 1
                [Wed Aug/19]
                  17.00  FC Ararat-Armenia (ARM)  0-1 a.e.t. (0-0)  Omonia Nicosia (CYP)
                  18.30  FC Flora (EST)           2-4 pen. 1-1 a.e.t. (1-1, 0-0)  FK Sūduva Marijampolė (LTU)

                Playoff Round
                [Tue Sep/22]
                  21.00  FK Krasnodar (RUS)       2-1 (1-1)  PAOK FC (GRE)

                == Group

                Matchday 1
                [Tue Oct/20]
                  18.55  FK Zenit Sankt-Petersburg (RUS)  1-2 (0-0)  Club Brugge KV (BEL)
                         FK Dynamo Kyiv (UKR)     0-2 (0-0)  Juventus FC (ITA)

                == Finals

                Round of 16
                [Tue Mar/9]
                  21.00  Juventus FC (ITA)        3-2 a.e.t. (2-1, 0-1)  FC Porto (POR)

                Final
                [Sat May/29]
                  21.00  Manchester City FC (ENG)  0-1 (0-1)  Chelsea FC (ENG)
                """);

        assertThat(competition.matches())
                .extracting(ParsedMatch::round, ParsedMatch::date, ParsedMatch::time, ParsedMatch::homeTeam,
                        ParsedMatch::knockout)
                .containsExactly(
                        tuple("Preliminary round final", LocalDate.of(2020, 8, 11), LocalTime.of(18, 0), "Drita KF Gjilan", true),
                        tuple("Qualifying round 1", LocalDate.of(2020, 8, 19), LocalTime.of(17, 0), "FC Ararat-Armenia", true),
                        tuple("Qualifying round 1", LocalDate.of(2020, 8, 19), LocalTime.of(18, 30), "FC Flora", true),
                        tuple("Play-off round", LocalDate.of(2020, 9, 22), LocalTime.of(21, 0), "FK Krasnodar", true),
                        tuple("Group stage", LocalDate.of(2020, 10, 20), LocalTime.of(18, 55), "FK Zenit Sankt-Petersburg", false),
                        tuple("Group stage", LocalDate.of(2020, 10, 20), LocalTime.of(18, 55), "FK Dynamo Kyiv", false),
                        tuple("Round of 16", LocalDate.of(2021, 3, 9), LocalTime.of(21, 0), "Juventus FC", true),
                        tuple("Final", LocalDate.of(2021, 5, 29), LocalTime.of(21, 0), "Manchester City FC", true));
        assertThat(competition.matches().get(0).fullTime()).isEqualTo(new ParsedScore(0, 3));
        assertThat(competition.matches().get(2))
                .extracting(ParsedMatch::penalties, ParsedMatch::afterExtraTime, ParsedMatch::fullTime, ParsedMatch::halfTime)
                .containsExactly(new ParsedScore(2, 4), new ParsedScore(1, 1), new ParsedScore(1, 1), new ParsedScore(0, 0));
    }

    /** champions-league 2023-24/cl.txt: like 2020-21, with no year on any date; February falls in 2024. */
    @Test
    void season2023to24WithoutAnyYearOnItsDates() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League 2023/24

                == Group

                Matchday 6
                [Wed Dec/13]
                  21.00  Royal Antwerp FC (BEL)   3-2 (1-1)  FC Barcelona (ESP)

                == Finals

                Round of 16
                [Tue Mar/12]
                  21.00  Arsenal FC (ENG)         4-2 pen. 1-0 a.e.t. (1-0, 1-0)  FC Porto (POR)
                """);

        assertThat(competition.matches()).extracting(ParsedMatch::round, ParsedMatch::date)
                .containsExactly(tuple("Group stage", LocalDate.of(2023, 12, 13)),
                        tuple("Round of 16", LocalDate.of(2024, 3, 12)));
        assertThat(competition.matches().get(1).penalties()).isEqualTo(new ParsedScore(4, 2));
    }

    /** champions-league 2024-25/cl.txt: league phase, knockout play-offs by matchday, "Finals, …" rounds. */
    @Test
    void season2024to25WithLeaguePhaseAndKnockoutPlayOffs() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League 2024/25

                # Stages     League (144)  Playoffs (16)  Finals (29)

                » League, Matchday 1
                  Tue Sep/17 2024
                    18.45  BSC Young Boys (SUI)    v Aston Villa FC (ENG)     0-3 (0-2)
                           Juventus FC (ITA)       v PSV (NED)                3-1 (2-0)
                    21.00  Sporting Clube de Portugal (POR) v Lille OSC (FRA)          2-0 (1-0)


                » Playoffs, Matchday 1
                  Tue Feb/11 2025
                    21.00  Manchester City FC (ENG) v Real Madrid CF (ESP)     2-3 (1-0)


                » Playoffs, Matchday 2
                  Wed Feb/19
                    21.00  Real Madrid CF (ESP)    v Manchester City FC (ENG)  3-1 (2-0)


                » Finals, Round of 16
                  Tue Mar/11
                    21.00  Liverpool FC (ENG)      v Paris Saint-Germain FC (FRA)  4-4 pen. 0-1 a.e.t. (0-1, 0-1)


                » Finals, Final
                  Sat May/31
                    21.00  Paris Saint-Germain FC (FRA) v FC Internazionale Milano (ITA)
                """);

        assertThat(competition.matches())
                .extracting(ParsedMatch::round, ParsedMatch::leg, ParsedMatch::knockout, ParsedMatch::date, ParsedMatch::time)
                .containsExactly(
                        tuple("League phase", null, false, LocalDate.of(2024, 9, 17), LocalTime.of(18, 45)),
                        tuple("League phase", null, false, LocalDate.of(2024, 9, 17), LocalTime.of(18, 45)),
                        tuple("League phase", null, false, LocalDate.of(2024, 9, 17), LocalTime.of(21, 0)),
                        tuple("Knockout play-offs", 1, true, LocalDate.of(2025, 2, 11), LocalTime.of(21, 0)),
                        tuple("Knockout play-offs", 2, true, LocalDate.of(2025, 2, 19), LocalTime.of(21, 0)),
                        tuple("Round of 16", null, true, LocalDate.of(2025, 3, 11), LocalTime.of(21, 0)),
                        tuple("Final", null, true, LocalDate.of(2025, 5, 31), LocalTime.of(21, 0)));
        assertThat(competition.matches().get(2).homeTeam()).isEqualTo("Sporting Clube de Portugal");
        assertThat(competition.matches().get(6))
                .extracting(ParsedMatch::halfTime, ParsedMatch::fullTime, ParsedMatch::afterExtraTime, ParsedMatch::penalties)
                .containsOnlyNulls();
    }

    /** champions-league 2025-26/cl.txt: fixtures of teams still unknown, without kick-off or score. */
    @Test
    void season2025to26WithFixturesOfUnknownTeams() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League 2025/26

                » Playoffs, Matchday 2
                  Wed Feb/25 2026
                    21.00  Juventus FC (ITA)       v Galatasaray SK (TUR)     3-2 a.e.t. (3-0, 1-0)


                » Finals, Quarterfinals
                  Tue Apr/7
                           N.N.                    v N.N.
                           N.N.                    v N.N.
                """);

        assertThat(competition.matches()).extracting(ParsedMatch::round, ParsedMatch::time, ParsedMatch::homeTeam,
                        ParsedMatch::fullTime, ParsedMatch::afterExtraTime)
                .containsExactly(
                        tuple("Knockout play-offs", LocalTime.of(21, 0), "Juventus FC", new ParsedScore(3, 0), new ParsedScore(3, 2)),
                        tuple("Quarter-finals", null, "N.N.", null, null),
                        tuple("Quarter-finals", null, "N.N.", null, null));
    }

    /** champions-league 2024-25/el.txt: a single "League phase" header and two-legged "Playoffs" without matchdays. */
    @Test
    void europaLeague2024to25() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Europa League 2024/25

                » League phase
                  Wed Sep/25 2024
                    18.45  AZ Alkmaar (NED)        v IF Elfsborg (SWE)        3-2 (1-1)


                » Playoffs
                  Thu Feb/13 2025
                    21.00  FC Twente (NED)         v FK Bodø/Glimt (NOR)      2-1 (1-0)
                  Thu Feb/20
                    18.45  FK Bodø/Glimt (NOR)     v FC Twente (NED)          5-2 a.e.t. (3-2, 0-1)


                » Round of 16
                  Thu Mar/13
                    21.00  Rangers FC (SCO)        v Fenerbahçe (TUR)         3-2 pen. 0-2 a.e.t. (0-2, 0-1)
                """);

        assertThat(competition.name()).isEqualTo("UEFA Europa League");
        assertThat(competition.matches()).extracting(ParsedMatch::round, ParsedMatch::leg)
                .containsExactly(tuple("League phase", null), tuple("Knockout play-offs", null),
                        tuple("Knockout play-offs", null), tuple("Round of 16", null));
        assertThat(competition.matches().get(3).penalties()).isEqualTo(new ParsedScore(3, 2));
    }

    /** champions-league 2012-13/el_finals.txt: numbered round headers "(1) Round of 32 - 1st Leg". */
    @Test
    void europaLeague2012to13FinalsFile() {
        ParsedCompetition competition = parser.parse("""
                = Europa League 2012/13


                (2) Round of 32 - 2nd Leg

                [Thu Feb/21]
                  21.05  Steaua București  4-2 pen. 2-0 a.e.t. (2-0, )  Ajax


                (9) Final

                [Wed May/15]
                  20.45  Benfica     1-2   Chelsea FC   @ Amsterdam Arena, Amsterdam
                          [Cardozo 68' (pen.); Torres 60' Ivanović 90+3']
                """);

        assertThat(competition.name()).isEqualTo("Europa League");
        assertThat(competition.matches()).extracting(ParsedMatch::round, ParsedMatch::leg, ParsedMatch::penalties)
                .containsExactly(tuple("Round of 32", 2, new ParsedScore(4, 2)), tuple("Final", null, null));
        assertThat(competition.matches().get(1).goals()).extracting(ParsedGoal::team)
                .containsExactly("Benfica", "Chelsea FC", "Chelsea FC");
    }

    /** champions-league 2023-24/conf.txt: Conference League, German "Gruppe", shoot-out after a goalless extra time. */
    @Test
    void conferenceLeague2023to24() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Conference League 2023/24

                » Gruppe G
                  Thu Sep/21 2023
                    18.45  Eintracht Frankfurt (GER) v Aberdeen FC (SCO)        2-1 (1-1)


                » Round of 16
                  Thu Mar/14 2024
                    18.45  Viktoria Plzeň (CZE)    v Servette FC (SUI)        3-1 pen. 0-0 a.e.t. (0-0)


                » Final
                  Wed May/29
                    21.00  Olympiakos Piraeus (GRE) v ACF Fiorentina (ITA)     1-0 a.e.t. (0-0)
                """);

        assertThat(competition.name()).isEqualTo("UEFA Conference League");
        assertThat(competition.matches()).extracting(ParsedMatch::round, ParsedMatch::homeTeam, ParsedMatch::halfTime,
                        ParsedMatch::fullTime, ParsedMatch::afterExtraTime, ParsedMatch::penalties)
                .containsExactly(
                        tuple("Group G", "Eintracht Frankfurt", new ParsedScore(1, 1), new ParsedScore(2, 1), null, null),
                        tuple("Round of 16", "Viktoria Plzeň", null, new ParsedScore(0, 0), new ParsedScore(0, 0), new ParsedScore(3, 1)),
                        tuple("Final", "Olympiakos Piraeus", null, new ParsedScore(0, 0), new ParsedScore(1, 0), null));
    }

    /** champions-league 2024-25/clq.txt: a qualifying-only file, whose "Playoffs" is the qualifying play-off round. */
    @Test
    void championsLeagueQualifying2024to25() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League - Quali 2024/25

                » Round 2
                  Tue Jul/23 2024
                    17.00  FK Bodø/Glimt (NOR)     v FK RFS (LVA)             4-0 (3-0)


                » Playoffs
                  Tue Aug/20
                    21.00  Dinamo Zagreb (CRO)     v Qarabağ FK (AZE)         3-0 (1-0)
                """);

        assertThat(competition.name()).isEqualTo("UEFA Champions League - Quali");
        assertThat(competition.matches()).extracting(ParsedMatch::round)
                .containsExactly("Qualifying round 2", "Play-off round");
    }

    /**
     * openfootball/worldcup 2022--qatar/cup_finals.txt writes scorers in round brackets, over two lines when long;
     * here under a Champions League style match line.
     */
    @Test
    void scorersInRoundBracketsOverTwoLines() {
        ParsedCompetition competition = parser.parse("""
                = UEFA Champions League 2022/23

                » Final
                  Sat Jun/10 2023
                    21.00  Argentina (ARG)  v France (FRA)  4-2 pen. 3-3 a.e.t (2-2, 2-0)
                               (Lionel Messi 23'(pen.), 108' Ángel Di María 36';
                                Kylian Mbappé 80' (pen.), 81', 118' (pen.))
                """);

        List<ParsedGoal> goals = competition.matches().get(0).goals();
        assertThat(goals).extracting(ParsedGoal::team).containsExactly(
                "Argentina", "Argentina", "Argentina", "France", "France", "France");
        assertThat(goals).filteredOn(ParsedGoal::penalty).extracting(ParsedGoal::minute).containsExactly(23, 80, 118);
    }
}
