package dev.fulltime.application.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fulltime.domain.match.Minute;

/**
 * The JSON form of stored events and read-model state. It is its own mapper, so that settings made for the HTTP
 * API ({@code spring.jackson.*}) never change what is stored.
 */
public final class FulltimeJson {

    private FulltimeJson() {
    }

    public static ObjectMapper storageMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(domainModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Domain values in the form people write them: a minute is {@code "45+2"}. */
    public static SimpleModule domainModule() {
        return new SimpleModule("fulltime-domain")
                .addSerializer(Minute.class, new MinuteJson.Writer())
                .addDeserializer(Minute.class, new MinuteJson.Reader());
    }
}
