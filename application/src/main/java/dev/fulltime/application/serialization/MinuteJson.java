package dev.fulltime.application.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.fulltime.domain.match.Minute;
import java.io.IOException;

/** A {@link Minute} as its text, {@code "45+2"}; a plain number is read too. */
final class MinuteJson {

    private MinuteJson() {
    }

    static final class Writer extends StdScalarSerializer<Minute> {
        Writer() {
            super(Minute.class);
        }

        @Override
        public void serialize(Minute minute, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(minute.toString());
        }
    }

    static final class Reader extends StdScalarDeserializer<Minute> {
        Reader() {
            super(Minute.class);
        }

        @Override
        public Minute deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING && parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Minute) context.handleUnexpectedToken(Minute.class, parser);
            }
            try {
                return Minute.parse(parser.getText());
            } catch (IllegalArgumentException e) {
                return (Minute) context.handleWeirdStringValue(Minute.class, parser.getText(), e.getMessage());
            }
        }
    }
}
