package dev.fulltime.application.importing;

import dev.fulltime.application.importing.KnockoutPairing.Leg;
import dev.fulltime.application.importing.KnockoutPairing.PairedTie;
import dev.fulltime.domain.competition.CompetitionCreated;
import dev.fulltime.domain.match.command.ScheduleMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out everything an imported competition records, refusing the whole source when it contradicts itself
 * anywhere, or when the rules of the game would refuse any of its matches (see {@link DryRun}): every problem is
 * collected first, so that one answer names them all.
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
            throw new ImportRefusedException(List.of(new ImportProblem(COMPETITION,
                    "its name and season are not given")));
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
                planned(match, null, null).ifPresent(matches::add);
            }
        }
        List<PlannedTie> ties = KnockoutPairing.pair(knockout, problems).stream()
                .map(this::planned).flatMap(Optional::stream).toList();
        if (competition != null) {
            matches.forEach(match -> DryRun.of(match).ifPresent(problems::add));
            ties.forEach(tie -> problems.addAll(DryRun.of(tie, competition.rules())));
        }
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
            problems.add(new ImportProblem(COMPETITION, contradiction.getMessage()));
            return null;
        }
    }

    /** The tie planned, or empty when the source contradicts itself about any of its legs. */
    private Optional<PlannedTie> planned(PairedTie tie) {
        String tieId = ImportIds.tie(competitionId, tie.round(), tie.teamA(), tie.teamB());
        List<PlannedMatch> legs = new ArrayList<>();
        for (Leg leg : tie.legs()) {
            planned(leg.match(), tieId, leg.number()).ifPresent(legs::add);
        }
        return legs.size() < tie.legs().size() ? Optional.empty()
                : Optional.of(new PlannedTie(tieId, tie.round(), tie.teamA(), tie.teamB(), tie.format(), legs));
    }

    /** The match planned, or empty (and a problem noted) when the source contradicts itself about it. */
    private Optional<PlannedMatch> planned(ImportedMatch match, String tieId, Integer leg) {
        String matchId = ImportIds.match(competitionId, match.round(), match.date(), match.homeTeam(),
                match.awayTeam());
        ScheduleMatch schedule = new ScheduleMatch(ImportIds.event(matchId, 0, "SCHEDULED"), matchId,
                match.homeTeam(), match.awayTeam(), kickoff(match), null, tieId, leg, competitionId, match.round());
        try {
            return Optional.of(new PlannedMatch(match, schedule, FactPlanner.facts(matchId, match), null));
        } catch (IncompleteMatch incomplete) {
            return Optional.of(new PlannedMatch(match, schedule, List.of(), incomplete.getMessage()));
        } catch (Contradiction contradiction) {
            problems.add(new ImportProblem(match.describe(), contradiction.getMessage()));
            return Optional.empty();
        }
    }

    /** The local kick-off in the source's zone; unknown (null) when the source gives the day but no time. */
    private Instant kickoff(ImportedMatch match) {
        return match.time() == null ? null
                : match.date().atTime(match.time()).atZone(source.timeZone()).toInstant();
    }
}
