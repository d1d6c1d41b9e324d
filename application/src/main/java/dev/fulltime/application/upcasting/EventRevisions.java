package dev.fulltime.application.upcasting;

import dev.fulltime.domain.match.event.GoalScored;
import java.util.Map;
import org.axonframework.serialization.RevisionResolver;

/**
 * The revision each payload type is stored with. The domain's events are plain records that cannot carry Axon's
 * {@code @Revision}, so their revisions live here: every type is at {@code "1"} until its stored form changes; then
 * its entry moves on and an upcaster in this package reads the older forms into the new one.
 * <ul>
 *     <li>{@link GoalScored} {@code "2"}: {@code kind} is always present. Goals stored before revisions were
 *     recorded (revision {@code null}) or at {@code "1"} may lack it; {@link GoalKindUpcaster} reads them as
 *     {@code REGULAR}.</li>
 * </ul>
 */
public final class EventRevisions implements RevisionResolver {

    static final String GOAL_SCORED = "2";
    private static final String INITIAL = "1";
    private static final Map<Class<?>, String> REVISIONS = Map.of(GoalScored.class, GOAL_SCORED);

    @Override
    public String revisionOf(Class<?> payloadType) {
        return REVISIONS.getOrDefault(payloadType, INITIAL);
    }
}
