package dev.fulltime.infrastructure.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Reads an enum by its exact name only. Jackson trims what it reads as an enum, so {@code " GOAL"} and
 * {@code "GOAL\u0000"} would be taken for {@code GOAL}.
 */
final class ExactEnumNames extends DelegatingDeserializer {

    ExactEnumNames(JsonDeserializer<?> names) {
        super(names);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> names) {
        return new ExactEnumNames(names);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING) && !parser.getText().equals(parser.getText().trim())) {
            return context.handleWeirdStringValue(handledType(), parser.getText(),
                    "not one of the names, which have no spaces or control characters around them");
        }
        return super.deserialize(parser, context);
    }
}
