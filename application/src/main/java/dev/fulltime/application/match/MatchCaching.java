package dev.fulltime.application.match;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps loaded matches in memory between commands, so a fact does not re-read its whole stream (most of a command's
 * time, measured in BENCHMARKS.md). Entries are weakly held (the collector bounds the cache) and a unit of work that
 * rolls back evicts its match. Only for a store that one application node owns (the embedded H2 file): a node sharing
 * its store with others would decide on a state another node had moved on, so the {@code postgres} profile turns it
 * off ({@code fulltime.aggregate-cache.enabled=false}).
 */
@Configuration
public class MatchCaching {

    public static final String MATCH_CACHE = "matchCache";

    @Bean(MATCH_CACHE)
    public Cache matchCache(@Value("${fulltime.aggregate-cache.enabled:true}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }
}
