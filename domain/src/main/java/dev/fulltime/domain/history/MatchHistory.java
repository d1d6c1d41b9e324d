package dev.fulltime.domain.history;

import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.List;

/**
 * A match's log from its first event, and the past states that the one fold of the rules,
 * {@link MatchDecider#evolve}, gives of it along two time axes: the log's own order ({@link #atSequence}: what had
 * been recorded by then, before any later correction) and the match clock ({@link #atMinute}, {@link #replay}: what
 * had happened on the pitch by then, as the whole log tells it now, every later correction applied).
 */
public record MatchHistory(List<MatchEvent> log) {

    public MatchHistory {
        log = List.copyOf(log);
    }

    /** The match as the whole log tells it. */
    public MatchState now() {
        return MatchDecider.replay(log);
    }

    /**
     * The match once the events up to and including {@code sequence} had been recorded; past the end of the log, the
     * match as it is now.
     *
     * @throws IllegalArgumentException when {@code sequence} is negative
     */
    public MatchState atSequence(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence is 0 or more, not " + sequence);
        }
        return MatchDecider.replay(log.subList(0, (int) Math.min(sequence, log.size() - 1L) + 1));
    }

    /**
     * The match at {@code minute} of the match clock: only the facts that had happened by then count, each as later
     * facts corrected it (see {@link HappenedBy} for when a fact without a minute has happened). It is
     * {@code SCHEDULED} before kick-off, and {@code FINISHED} only once the clock is past the period the final
     * whistle followed, so never at a minute of the last period played, nor when a shoot-out followed. The state keeps
     * every fact's sequence and the version of the whole log.
     */
    public MatchState atMinute(Minute minute) {
        return new SelectiveFold(log).keeping(new HappenedBy(minute));
    }

    /** Every fact of the timeline in match-clock order, each with the match after it and the match time before it. */
    public List<ReplayStep> replay() {
        return ReplaySteps.of(new SelectiveFold(log));
    }
}
