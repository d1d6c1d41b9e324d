package dev.fulltime.application.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.event.GoalScored;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link GoalScored} stored before revision {@value EventRevisions#GOAL_SCORED} (revision {@code null} or
 * {@code "1"}) without a {@code kind} as a {@link GoalKind#REGULAR} goal. As a bean it joins the upcaster chain the
 * event store reads through.
 */
@Component
public class GoalKindUpcaster extends SingleEventUpcaster {

    private static final String GOAL_SCORED = GoalScored.class.getName();
    private static final SerializedType UPCAST_TYPE = new SimpleSerializedType(GOAL_SCORED, EventRevisions.GOAL_SCORED);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return type.getName().equals(GOAL_SCORED)
                && (type.getRevision() == null || type.getRevision().equals("1"));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(UPCAST_TYPE, JsonNode.class, GoalKindUpcaster::withKind);
    }

    private static JsonNode withKind(JsonNode payload) {
        if (payload.hasNonNull("kind")) {
            return payload;
        }
        ObjectNode upcast = payload.deepCopy();
        return upcast.put("kind", GoalKind.REGULAR.name());
    }
}
