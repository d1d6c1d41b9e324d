package dev.fulltime.infrastructure.nodes;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The store is PostgreSQL, which several nodes may share: its datasource URL says so. */
class OnPostgres implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    }
}
