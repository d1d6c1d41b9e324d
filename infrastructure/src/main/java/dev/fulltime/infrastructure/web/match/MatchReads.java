package dev.fulltime.infrastructure.web.match;

import dev.fulltime.application.matchlog.FindMatchLog;
import dev.fulltime.application.matchlog.MatchLog;
import dev.fulltime.application.matchview.MatchList;
import dev.fulltime.application.matchview.MatchQueries.FindScoreboard;
import dev.fulltime.application.matchview.MatchQueries.FindTimeline;
import dev.fulltime.application.matchview.MatchQueries.ListMatches;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.application.matchview.MatchTimeline;
import dev.fulltime.infrastructure.web.problem.NotFoundException;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The match queries the HTTP API asks, answered through Axon's query bus. */
@Component
class MatchReads {

    private final QueryGateway queryGateway;

    MatchReads(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    MatchScoreboard scoreboard(String matchId) {
        return one(new FindScoreboard(matchId), MatchScoreboard.class, matchId);
    }

    MatchTimeline timeline(String matchId) {
        return one(new FindTimeline(matchId), MatchTimeline.class, matchId);
    }

    MatchLog log(String matchId) {
        return one(new FindMatchLog(matchId), MatchLog.class, matchId);
    }

    MatchList matches() {
        return queryGateway.query(new ListMatches(), ResponseTypes.instanceOf(MatchList.class)).join();
    }

    private <R> R one(Object query, Class<R> type, String matchId) {
        Optional<R> answer = queryGateway.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        return answer.orElseThrow(() -> NotFoundException.match(matchId));
    }
}
