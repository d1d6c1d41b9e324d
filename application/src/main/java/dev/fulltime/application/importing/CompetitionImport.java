package dev.fulltime.application.importing;

import dev.fulltime.application.competition.CompetitionRecording;
import dev.fulltime.application.match.MatchRecording;
import dev.fulltime.application.match.Recorder;
import dev.fulltime.application.store.AlreadyExistsException;
import dev.fulltime.domain.match.RuleViolation;
import dev.fulltime.domain.match.command.MatchCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Records a whole competition season from a source through the same commands as any client: the competition, each
 * knockout tie before its legs, every match and its facts in order. Importing the same source again records
 * nothing new: identifiers and eventIds derive from the source, what exists already is not created again, and
 * facts sent again are repeats the engine answers without appending. So an import cut short is completed by the
 * next one.
 *
 * <p>A source that contradicts itself, or that the rules of the game would refuse anywhere (played through the
 * domain's decider first), is refused whole before anything is recorded ({@link ImportRefusedException}), with one
 * exception: a deciding match the source stops short of ending (level, with no extra time or shoot-out given) is
 * recorded with every fact the source gives but the final whistle, and reported unfinished ({@link StopsShort}).
 * What the engine still refuses while recording (a match already holding other facts, say from an earlier version
 * of the source) keeps what was recorded before the refusal, and the match is reported among the skipped ones, as
 * are a played match whose goals the source does not place and a fixture whose teams are not known yet; the rest
 * of the source is recorded.
 */
@Service
public class CompetitionImport {

    private final CompetitionRecording competitions;
    private final MatchRecording matches;

    public CompetitionImport(CompetitionRecording competitions, MatchRecording matches) {
        this.competitions = competitions;
        this.matches = matches;
    }

    /** @throws ImportRefusedException naming every problem of the source; nothing is recorded then */
    public ImportResult importCompetition(ImportedCompetition source, Recorder recorder) {
        ImportPlan plan = ImportPlanner.plan(source);
        String competitionId = plan.competition().competitionId();
        unlessItExists(() -> competitions.createCompetition(plan.competition(), recorder));
        List<SkippedMatch> notRecorded = new ArrayList<>();
        plan.matches().forEach(match -> record(match, recorder).ifPresent(notRecorded::add));
        for (PlannedTie tie : plan.ties()) {
            unlessItExists(() -> competitions.createTie(tie.tieId(), competitionId, tie.round(), tie.teamA(),
                    tie.teamB(), tie.format(), recorder));
            tie.legs().forEach(leg -> record(leg, recorder).ifPresent(notRecorded::add));
        }
        List<SkippedMatch> skipped = new ArrayList<>(plan.notCreated());
        skipped.addAll(notRecorded);
        return new ImportResult(competitionId, plan.matchCount() - notRecorded.size(), plan.ties().size(), skipped,
                plan.unfinished());
    }

    /** Creates the match unless it exists and sends its facts; why it does not hold them all, if it does not. */
    private Optional<SkippedMatch> record(PlannedMatch planned, Recorder recorder) {
        Optional<String> reason = Optional.ofNullable(planned.incomplete());
        try {
            unlessItExists(() -> matches.create(planned.schedule(), recorder));
            for (MatchCommand fact : planned.facts()) {
                matches.record(planned.matchId(), fact, null, recorder);
            }
        } catch (RuleViolation refused) {
            reason = Optional.of("refused by the rules of the game (" + refused.rule() + "): "
                    + refused.getMessage());
        }
        return reason.map(why -> new SkippedMatch(planned.match().describe(), planned.matchId(), why));
    }

    /** Creation that an earlier import of the same source may have done already. */
    private static void unlessItExists(Runnable creation) {
        try {
            creation.run();
        } catch (AlreadyExistsException exists) {
            // created by an earlier import: the identifiers derive from the source
        }
    }
}
