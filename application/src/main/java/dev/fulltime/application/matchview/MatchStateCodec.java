package dev.fulltime.application.matchview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.application.serialization.FulltimeJson;
import dev.fulltime.domain.match.MatchState;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** Stores the folded {@link MatchState} of a read model as JSON and reads it back. */
@Component
class MatchStateCodec {

    private final ObjectMapper mapper = FulltimeJson.storageMapper();

    String write(MatchState state) {
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    MatchState read(String json) {
        try {
            return mapper.readValue(json, MatchState.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
