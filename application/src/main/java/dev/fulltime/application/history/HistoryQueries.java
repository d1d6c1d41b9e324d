package dev.fulltime.application.history;

import dev.fulltime.domain.match.Minute;
import java.time.Instant;

/**
 * The questions about the past that the event store answers, each folded from the streams with the same rules as
 * the read models. Two time axes: the recording clock ({@code asOf}: what the system knew at that instant, before
 * later corrections; {@code atSequence}: the log up to that event) and the match clock ({@code atMinute}: what had
 * happened by that minute, every later correction applied).
 */
public final class HistoryQueries {

    private HistoryQueries() {
    }

    /** A match's scoreboard at one point of its past, on either time axis. */
    public sealed interface FindPastScoreboard permits FindMatchAtSequence, FindMatchAtMinute, FindMatchAsOf {
    }

    /** The scoreboard once the events up to {@code sequence} (0 or more) were recorded; past the end, as it is now. */
    public record FindMatchAtSequence(String matchId, long sequence) implements FindPastScoreboard {
    }

    /** The scoreboard at {@code minute} of the match clock. */
    public record FindMatchAtMinute(String matchId, Minute minute) implements FindPastScoreboard {
    }

    /** The scoreboard as the system knew it at {@code asOf}; none when the match did not exist yet. */
    public record FindMatchAsOf(String matchId, Instant asOf) implements FindPastScoreboard {
    }

    /** The tie as the system knew it at {@code asOf}, its legs as they stood then; none when it did not exist yet. */
    public record FindTieAsOf(String tieId, Instant asOf) {
    }

    /** Every fact of the match in match-clock order, each with the scoreboard after it. */
    public record FindMatchReplay(String matchId) {
    }
}
