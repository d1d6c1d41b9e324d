package dev.fulltime.infrastructure.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.infrastructure.web.competition.CreateCompetitionRequest;
import dev.fulltime.infrastructure.web.match.CreateMatchRequest;
import dev.fulltime.infrastructure.web.match.FactRequest;
import dev.fulltime.infrastructure.web.tie.CreateTieRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The seed story as the requests a client sends: its competitions, its ties, then each match and its facts.
 */
@JsonIgnoreProperties("_about")
public record SeedMatches(List<CreateCompetitionRequest> competitions, List<CreateTieRequest> ties,
                          List<SeedMatch> matches) {

    public static final String RESOURCE = "demo/seed-matches.json";

    public record SeedMatch(CreateMatchRequest match, List<FactRequest> facts) {
    }

    public static SeedMatches load(ObjectMapper mapper) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return mapper.readValue(in, SeedMatches.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public SeedMatch match(String matchId) {
        return matches.stream().filter(m -> m.match().matchId().equals(matchId)).findFirst().orElseThrow();
    }
}
