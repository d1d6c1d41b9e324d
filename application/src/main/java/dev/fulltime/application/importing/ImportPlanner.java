package dev.fulltime.application.importing;

import dev.fulltime.application.importing.KnockoutPairing.Leg;
import dev.fulltime.application.importing.KnockoutPairing.PairedTie;
import dev.fulltime.domain.competition.CompetitionCreated;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.TieBinding;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out everything an imported competition records, refusing the whole source when it contradicts itself
 * anywhere, or when the rules of the game would refuse any of its matches: every problem is collected first, so
 * that one answer names them all. A competition whose rules cannot be known is refused at once, since its ties
 * cannot be read without them.
 *
 * <p>The legs of a tie are planned in order, each read and played against the legs before it, as the engine will
 * bind it: its scorers' minutes read with the tie's rules ({@link MinuteReading}), then its facts played through the
 * rules ({@link DryRun}). A match the source stops short of ending is planned without its final whistle
 * ({@link StopsShort}); any other refusal of the rules is a problem. The legs after one that contradicts itself are
 * not planned: they would be read against it.
 */
final class ImportPlanner {

    private static final String COMPETITION = "the competition";
    private static final String TEAMS_UNKNOWN = "the teams are not known yet";

    private final ImportedCompetition source;
    private final String competitionId;
    private final List<ImportProblem> problems = new ArrayList<>();

    private ImportPlanner(ImportedCompetition source) {
        this.source = source;
        this.competitionId = ImportIds.competition(source.name(), source.season());
    }

    /** @throws ImportRefusedException naming every contradiction found */
    static ImportPlan plan(ImportedCompetition source) {
        if (source.name() == null || source.season() == null) {
            throw refused("its name and season are not given");
        }
        return new ImportPlanner(source).plan();
    }

    private ImportPlan plan() {
        CompetitionCreated competition = competition();
        List<PlannedMatch> matches = new ArrayList<>();
        List<ImportedMatch> knockout = new ArrayList<>();
        List<SkippedMatch> notCreated = new ArrayList<>();
        for (ImportedMatch match : source.matches()) {
            if (match.homeTeam().equals(match.awayTeam())) {
                notCreated.add(new SkippedMatch(match.describe(), null, TEAMS_UNKNOWN));
            } else if (match.knockout()) {
                knockout.add(match);
            } else {
                planned(MinuteReading.outsideTies(match), null, null)
                        .map(planned -> rehearsed(planned, TieBinding.NONE).match())
                        .ifPresent(matches::add);
            }
        }
        List<PlannedTie> ties = KnockoutPairing.pair(knockout, problems).stream()
                .map(tie -> planned(tie, competition.rules())).flatMap(Optional::stream).toList();
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return new ImportPlan(competition, matches, ties, notCreated);
    }

    private CompetitionCreated competition() {
        try {
            return new CompetitionCreated(competitionId, source.name(), source.season(),
                    ImportedRules.of(source.name(), source.season()));
        } catch (Contradiction contradiction) {
            throw refused(contradiction.getMessage());
        }
    }

    /** The tie planned, or empty when the source contradicts itself about any of its legs. */
    private Optional<PlannedTie> planned(PairedTie tie, CompetitionRules rules) {
        String tieId = ImportIds.tie(competitionId, tie.round(), tie.teamA(), tie.teamB());
        List<LegResult> earlierLegs = new ArrayList<>();
        List<PlannedMatch> legs = new ArrayList<>();
        for (Leg leg : tie.legs()) {
            TieContext binding = new TieContext(rules, tie.format(), tie.teamA(), tie.teamB(), earlierLegs);
            Optional<PlannedMatch> planned = planned(MinuteReading.inTie(leg.match(), binding), tieId, leg.number());
            if (planned.isEmpty()) {
                return Optional.empty();
            }
            Rehearsed rehearsed = rehearsed(planned.get(), binding);
            legs.add(rehearsed.match());
            earlierLegs.add(LegResult.of(rehearsed.state()));
        }
        return Optional.of(new PlannedTie(tieId, tie.round(), tie.teamA(), tie.teamB(), tie.format(), legs));
    }

    /** The match planned, or empty (and a problem noted) when the source contradicts itself about it. */
    private Optional<PlannedMatch> planned(ImportedMatch match, String tieId, Integer leg) {
        String matchId = ImportIds.match(competitionId, match.round(), match.date(), match.homeTeam(),
                match.awayTeam());
        ScheduleMatch schedule = new ScheduleMatch(ImportIds.event(matchId, 0, "SCHEDULED"), matchId,
                match.homeTeam(), match.awayTeam(), kickoff(match), null, tieId, leg, competitionId, match.round());
        try {
            return Optional.of(new PlannedMatch(match, schedule, FactPlanner.facts(matchId, match), null, null));
        } catch (IncompleteMatch incomplete) {
            return Optional.of(new PlannedMatch(match, schedule, List.of(), incomplete.getMessage(), null));
        } catch (Contradiction contradiction) {
            problems.add(new ImportProblem(match.describe(), contradiction.getMessage()));
            return Optional.empty();
        }
    }

    /** The match played through the rules: as it will be recorded, and as it then stands. */
    private Rehearsed rehearsed(PlannedMatch match, TieBinding binding) {
        try {
            return new Rehearsed(match, DryRun.play(match, binding));
        } catch (RefusedFact refused) {
            Optional<PlannedMatch> unfinished = StopsShort.unfinished(refused);
            if (unfinished.isEmpty()) {
                problems.add(refused.problem());
            }
            return new Rehearsed(unfinished.orElse(match), refused.before());
        }
    }

    /** The local kick-off in the source's zone; unknown (null) when the source gives the day but no time. */
    private Instant kickoff(ImportedMatch match) {
        return match.time() == null ? null
                : match.date().atTime(match.time()).atZone(source.timeZone()).toInstant();
    }

    private static ImportRefusedException refused(String problem) {
        return new ImportRefusedException(List.of(new ImportProblem(COMPETITION, problem)));
    }

    /** A planned match after its dry run. */
    private record Rehearsed(PlannedMatch match, MatchState state) {
    }
}
