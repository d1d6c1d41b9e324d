package dev.fulltime.application.match;

import java.util.Map;
import org.axonframework.messaging.MetaData;

/** Who records a fact and through which source; it travels as metadata on every event the fact causes. */
public record Recorder(String recordedBy, String source) {

    public static final String RECORDED_BY = "recordedBy";
    public static final String SOURCE = "source";

    public MetaData metaData() {
        return MetaData.from(Map.of(RECORDED_BY, recordedBy, SOURCE, source));
    }
}
