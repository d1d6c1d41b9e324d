package dev.fulltime.infrastructure.web.match;

import static dev.fulltime.infrastructure.web.problem.RequestFields.MAX_TEXT_LENGTH;
import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;
import static dev.fulltime.infrastructure.web.problem.RequestFields.optionalName;
import static dev.fulltime.infrastructure.web.problem.RequestFields.optionalText;
import static dev.fulltime.infrastructure.web.problem.RequestFields.required;
import static dev.fulltime.infrastructure.web.problem.RequestFields.requiredName;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.command.CorrectFact;
import dev.fulltime.domain.match.command.DisallowGoal;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MakeSubstitution;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RecordShootoutTally;
import dev.fulltime.domain.match.command.RetractFact;
import dev.fulltime.domain.match.command.ShowCard;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.command.TakeShootoutKick;
import dev.fulltime.infrastructure.web.problem.InvalidRequestException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Turns a {@link FactRequest} into the domain command it asks for, refusing fields that do not fit its type. */
public final class FactRequests {

    private static final Map<FactType, Set<String>> FIELDS = new EnumMap<>(Map.ofEntries(
            Map.entry(FactType.PERIOD_STARTED, Set.of("period")),
            Map.entry(FactType.PERIOD_ENDED, Set.of("period")),
            Map.entry(FactType.GOAL, Set.of("team", "player", "minute", "period", "kind")),
            Map.entry(FactType.GOAL_DISALLOWED, Set.of("goalEventId", "reason")),
            Map.entry(FactType.CARD, Set.of("team", "player", "minute", "card")),
            Map.entry(FactType.SUBSTITUTION, Set.of("team", "playerOff", "playerOn", "minute")),
            Map.entry(FactType.SHOOTOUT_KICK, Set.of("team", "player", "scored")),
            Map.entry(FactType.SHOOTOUT_TALLY, Set.of("penalties")),
            Map.entry(FactType.CORRECTION, Set.of("targetEventId", "player", "minute", "kind", "team")),
            Map.entry(FactType.RETRACTION, Set.of("targetEventId", "reason")),
            Map.entry(FactType.MATCH_ENDED, Set.of())));

    private FactRequests() {
    }

    public static MatchCommand toCommand(FactRequest request) {
        FactType type = required("type", request.type());
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            throw new InvalidRequestException("type must be one of " + new TreeSet<>(FIELDS.keySet()));
        }
        Set<String> misplaced = new TreeSet<>(request.givenFields().keySet());
        misplaced.removeAll(allowed);
        if (!misplaced.isEmpty()) {
            throw new InvalidRequestException("a " + type + " has no field " + String.join(", ", misplaced)
                    + "; its fields are " + new TreeSet<>(allowed));
        }
        String eventId = (request.eventId() == null ? UUID.randomUUID() : request.eventId()).toString();
        return switch (type) {
            case PERIOD_STARTED -> new StartPeriod(eventId, required("period", request.period()));
            case PERIOD_ENDED -> new EndPeriod(eventId, required("period", request.period()));
            case GOAL -> new RecordGoal(eventId, requiredName("team", request.team()),
                    optionalName("player", request.player()), request.minute(), request.period(), request.kind());
            case GOAL_DISALLOWED -> new DisallowGoal(eventId, identifier("goalEventId", request.goalEventId()),
                    reason(request));
            case CARD -> new ShowCard(eventId, requiredName("team", request.team()),
                    requiredName("player", request.player()), request.minute(), required("card", request.card()));
            case SUBSTITUTION -> new MakeSubstitution(eventId, requiredName("team", request.team()),
                    requiredName("playerOff", request.playerOff()), requiredName("playerOn", request.playerOn()),
                    request.minute());
            case SHOOTOUT_KICK -> new TakeShootoutKick(eventId, requiredName("team", request.team()),
                    optionalName("player", request.player()), required("scored", request.scored()));
            case CORRECTION -> new CorrectFact(eventId, identifier("targetEventId", request.targetEventId()),
                    optionalName("player", request.player()), request.minute(), request.kind(),
                    optionalName("team", request.team()));
            case RETRACTION -> new RetractFact(eventId, identifier("targetEventId", request.targetEventId()),
                    reason(request));
            case SHOOTOUT_TALLY -> new RecordShootoutTally(eventId, penalties(request));
            case MATCH_ENDED -> new EndMatch(eventId);
            default -> throw new IllegalStateException("no command for " + type);
        };
    }

    private static Score penalties(FactRequest request) {
        FactRequest.Tally tally = required("penalties", request.penalties());
        int home = required("penalties.home", tally.home());
        int away = required("penalties.away", tally.away());
        if (home < 0 || away < 0 || home > 99 || away > 99) {
            throw new InvalidRequestException("penalties must count 0 to 99 kicks scored on each side");
        }
        return new Score(home, away);
    }

    private static String reason(FactRequest request) {
        return optionalText("reason", request.reason(), MAX_TEXT_LENGTH);
    }
}
