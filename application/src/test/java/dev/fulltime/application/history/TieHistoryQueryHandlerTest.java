package dev.fulltime.application.history;

import static dev.fulltime.application.history.RecordedLog.LIVERPOOL;
import static dev.fulltime.application.history.RecordedLog.REAL_MADRID;
import static dev.fulltime.application.history.RecordedLog.end;
import static dev.fulltime.application.history.RecordedLog.finalWhistle;
import static dev.fulltime.application.history.RecordedLog.goal;
import static dev.fulltime.application.history.RecordedLog.scheduled;
import static dev.fulltime.application.history.RecordedLog.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fulltime.application.history.HistoryQueries.FindTieAsOf;
import dev.fulltime.application.tieview.TieSummary;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.DecidedBy;
import dev.fulltime.domain.tie.LegAttached;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieFormat;
import dev.fulltime.domain.tie.TieScore;
import dev.fulltime.domain.tie.TieStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The 2022-23 round of 16, Liverpool FC v Real Madrid, recorded leg by leg: 2-5 at Anfield, then 0-1 at the Bernabéu. */
class TieHistoryQueryHandlerTest {

    private static final String TIE = "r16-liv-rma";
    private static final String LEG_1 = "leg-1";
    private static final String LEG_2 = "leg-2";

    private final RecordedLog log = new RecordedLog();
    private final TieHistoryQueryHandler handler;
    private final Instant beforeTheTie;
    private final Instant afterTheFirstLeg;
    private final Instant whenTheSecondLegIsAttachedButNotCreated;
    private final Instant inTheSecondLeg;

    TieHistoryQueryHandlerTest() {
        RecordedStreams streams = new RecordedStreams(log.store());
        handler = new TieHistoryQueryHandler(streams, new MatchHistories(streams));
        beforeTheTie = log.clock().minusSeconds(1);
        log.append(TIE, new TieCreated(TIE, "ucl-2022-23", "Round of 16", LIVERPOOL, REAL_MADRID,
                        TieFormat.TWO_LEGS, new CompetitionRules(false, true, true)),
                new LegAttached(TIE, 1, LEG_1));
        log.append(LEG_1, scheduled(LEG_1, LIVERPOOL, REAL_MADRID, TIE, 1), start(Period.FIRST_HALF),
                goal(Side.HOME, "4"), goal(Side.HOME, "14"), goal(Side.AWAY, "21"), goal(Side.AWAY, "36"),
                end(Period.FIRST_HALF), start(Period.SECOND_HALF),
                goal(Side.AWAY, "47"), goal(Side.AWAY, "55"), goal(Side.AWAY, "67"),
                end(Period.SECOND_HALF), finalWhistle());
        afterTheFirstLeg = log.later(Duration.ofDays(20)).clock();
        log.append(TIE, new LegAttached(TIE, 2, LEG_2));
        whenTheSecondLegIsAttachedButNotCreated = log.clock().minusMillis(1);
        log.append(LEG_2, scheduled(LEG_2, REAL_MADRID, LIVERPOOL, TIE, 2), start(Period.FIRST_HALF),
                end(Period.FIRST_HALF), start(Period.SECOND_HALF));
        inTheSecondLeg = log.clock().minusMillis(1);
        log.append(LEG_2, goal(Side.HOME, "78"), end(Period.SECOND_HALF), finalWhistle());
    }

    private TieSummary asOf(Instant instant) {
        return handler.asOf(new FindTieAsOf(TIE, instant)).orElseThrow();
    }

    @Test
    void betweenTheLegsTheTieIsInProgressAtTwoFiveWithNoWinner() {
        TieSummary tie = asOf(afterTheFirstLeg);

        assertThat(tie.status()).isEqualTo(TieStatus.IN_PROGRESS);
        assertThat(tie.aggregate()).isEqualTo(new TieScore(2, 5));
        assertThat(tie.winner()).isNull();
        assertThat(tie.decidedBy()).isNull();
        assertThat(tie.legs()).extracting(TieSummary.Leg::leg, TieSummary.Leg::matchId, leg -> leg.score().toString(),
                TieSummary.Leg::status).containsExactly(tuple(1, LEG_1, "2-5", MatchStatus.FINISHED));
    }

    @Test
    void aLegAttachedWhoseMatchDidNotExistYetIsLeftOut() {
        assertThat(asOf(whenTheSecondLegIsAttachedButNotCreated).legs()).extracting(TieSummary.Leg::leg)
                .containsExactly(1);
    }

    @Test
    void duringTheSecondLegItStandsAsTheLegStoodThen() {
        TieSummary tie = asOf(inTheSecondLeg);

        assertThat(tie.status()).isEqualTo(TieStatus.IN_PROGRESS);
        assertThat(tie.aggregate()).isEqualTo(new TieScore(2, 5));
        assertThat(tie.legs()).extracting(TieSummary.Leg::leg, leg -> leg.score().toString(), TieSummary.Leg::status)
                .containsExactly(tuple(1, "2-5", MatchStatus.FINISHED), tuple(2, "0-0", MatchStatus.LIVE));
    }

    @Test
    void nowRealMadridAreThroughTwoSixOnAggregate() {
        TieSummary tie = asOf(log.clock());

        assertThat(tie.status()).isEqualTo(TieStatus.DECIDED);
        assertThat(tie.aggregate()).isEqualTo(new TieScore(2, 6));
        assertThat(tie.winner()).isEqualTo(REAL_MADRID);
        assertThat(tie.eliminated()).isEqualTo(LIVERPOOL);
        assertThat(tie.decidedBy()).isEqualTo(DecidedBy.AGGREGATE);
    }

    @Test
    void beforeTheTieExistedThereIsNothing() {
        assertThat(handler.asOf(new FindTieAsOf(TIE, beforeTheTie))).isEmpty();
        assertThat(handler.asOf(new FindTieAsOf("no-such-tie", log.clock()))).isEmpty();
    }

    @Test
    void aMatchIsNoTie() {
        assertThat(handler.asOf(new FindTieAsOf(LEG_1, log.clock()))).isEmpty();
    }
}
