package dev.fulltime.infrastructure.web;

import dev.fulltime.infrastructure.web.problem.NotFoundException;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Asks the read models through Axon's query bus; an answer that names nothing is a 404. */
@Component
public class Queries {

    private final QueryGateway queryGateway;

    public Queries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public <R> R one(Object query, Class<R> type, String kind, String id) {
        Optional<R> answer = queryGateway.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        return answer.orElseThrow(() -> new NotFoundException("there is no " + kind + " " + id));
    }

    public <R> R all(Object query, Class<R> type) {
        return queryGateway.query(query, ResponseTypes.instanceOf(type)).join();
    }
}
