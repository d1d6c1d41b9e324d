package dev.fulltime.application.tieview;

import dev.fulltime.application.matchview.TieLeg;
import dev.fulltime.application.matchview.TieLegs;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Composes ties from the tie and match read models ({@link TieComposition}) with the legs as they stand now, so the
 * outcome is the same whatever order the legs' events were projected in.
 */
@Component
class TieSummaries {

    private final TieLegs tieLegs;

    TieSummaries(TieLegs tieLegs) {
        this.tieLegs = tieLegs;
    }

    List<TieSummary> of(List<TieView> ties) {
        Map<String, List<TieLeg>> legsByTie = tieLegs.of(ties.stream().map(view -> view.tie().tieId()).toList())
                .stream().collect(Collectors.groupingBy(TieLeg::tieId));
        return ties.stream()
                .map(view -> TieComposition.of(view.tie(), legsByTie.getOrDefault(view.tie().tieId(), List.of())))
                .toList();
    }
}
