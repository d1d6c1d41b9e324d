package dev.fulltime.infrastructure.web.match;

import dev.fulltime.application.matchlog.FindMatchLog;
import dev.fulltime.application.matchlog.MatchLog;
import dev.fulltime.application.matchview.MatchList;
import dev.fulltime.application.matchview.MatchQueries.FindScoreboard;
import dev.fulltime.application.matchview.MatchQueries.FindTimeline;
import dev.fulltime.application.matchview.MatchQueries.ListMatches;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.application.matchview.MatchTimeline;
import dev.fulltime.infrastructure.web.Queries;
import org.springframework.stereotype.Component;

/** The match queries the HTTP API asks. */
@Component
class MatchReads {

    private static final String KIND = "match";

    private final Queries queries;

    MatchReads(Queries queries) {
        this.queries = queries;
    }

    MatchScoreboard scoreboard(String matchId) {
        return queries.one(new FindScoreboard(matchId), MatchScoreboard.class, KIND, matchId);
    }

    MatchTimeline timeline(String matchId) {
        return queries.one(new FindTimeline(matchId), MatchTimeline.class, KIND, matchId);
    }

    MatchLog log(String matchId) {
        return queries.one(new FindMatchLog(matchId), MatchLog.class, KIND, matchId);
    }

    MatchList matches(String competitionId) {
        return queries.all(new ListMatches(competitionId), MatchList.class);
    }
}
