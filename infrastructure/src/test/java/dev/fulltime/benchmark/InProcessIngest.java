package dev.fulltime.benchmark;

import dev.fulltime.application.match.MatchRecording;
import dev.fulltime.application.match.Recorder;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import java.time.Instant;
import java.util.UUID;

/**
 * Facts through the command side in process ({@link MatchRecording}, the use case every client goes through): each
 * sender feeds its own matches in turn, a match takes {@link LiveMatches#FACTS_PER_MATCH} facts (its schedule, the
 * kick-off and goals) and is followed by a new one. Every fact is one command appending one event.
 */
final class InProcessIngest {

    private static final Recorder RECORDER = new Recorder("admin", "bench");

    private final MatchRecording recording;

    InProcessIngest(MatchRecording recording) {
        this.recording = recording;
    }

    /** Answers facts per second. */
    double run(String prefix, int matches, int senders, int facts) throws Exception {
        Feed[] feeds = new Feed[senders];
        for (int sender = 0; sender < senders; sender++) {
            feeds[sender] = new Feed(prefix + "-s" + sender, Math.max(1, matches / senders));
        }
        double seconds = Senders.run(senders, facts, sender -> feeds[sender].next());
        return facts / seconds;
    }

    /** One sender's matches, fed round-robin. */
    private final class Feed {
        private final String prefix;
        private final String[] matchIds;
        private final int[] counts;
        private int created;
        private int turn;

        Feed(String prefix, int matches) {
            this.prefix = prefix;
            this.matchIds = new String[matches];
            this.counts = new int[matches];
        }

        void next() {
            int slot = turn++ % matchIds.length;
            if (matchIds[slot] == null || counts[slot] >= LiveMatches.FACTS_PER_MATCH) {
                matchIds[slot] = prefix + "-" + created++;
                counts[slot] = 0;
            }
            String matchId = matchIds[slot];
            int n = counts[slot]++;
            String eventId = UUID.randomUUID().toString();
            if (n == 0) {
                recording.create(new ScheduleMatch(eventId, matchId, LiveMatches.HOME, LiveMatches.AWAY,
                        Instant.now(), "Bench Park", null, null, null, null), RECORDER);
            } else if (n == 1) {
                recording.record(matchId, new StartPeriod(eventId, Period.FIRST_HALF), null, RECORDER);
            } else {
                recording.record(matchId, new RecordGoal(eventId, n % 2 == 0 ? LiveMatches.HOME : LiveMatches.AWAY,
                        "Player " + (n % 11 + 1), Minute.of(n % 45 + 1), null, GoalKind.REGULAR), null, RECORDER);
            }
        }
    }
}
