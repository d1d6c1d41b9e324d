package dev.fulltime.application.importing;

import dev.fulltime.domain.tie.TieFormat;
import java.util.List;

/** A tie to create, then its legs in order. */
record PlannedTie(String tieId, String round, String teamA, String teamB, TieFormat format, List<PlannedMatch> legs) {

    PlannedTie {
        legs = List.copyOf(legs);
    }
}
