package dev.fulltime.infrastructure.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A JSON write endpoint and a well-formed body for it, from which the generators derive hostile ones: fields are
 * named by dotted paths ({@code rules.awayGoals}), {@code required} are those the endpoint cannot do without.
 */
record JsonTarget(String label, String path, ObjectNode body, Set<String> required) {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonTarget of(String label, String path, String singleQuotedBody, String... required) {
        return new JsonTarget(label, path, (ObjectNode) parse(singleQuotedBody.replace('\'', '"')), Set.of(required));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** A POST of this target, named after it. */
    HostileRequest post(String kind, String name) {
        return HostileRequest.post(kind, label + ": " + name, path);
    }

    String text() {
        return text(body);
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field of the body, nested ones included, by dotted path. */
    List<String> fields() {
        List<String> fields = new ArrayList<>();
        collect(body, "", fields);
        return fields;
    }

    private static void collect(JsonNode node, String prefix, List<String> fields) {
        node.fieldNames().forEachRemaining(name -> {
            fields.add(prefix + name);
            if (node.get(name).isObject()) {
                collect(node.get(name), prefix + name + ".", fields);
            }
        });
    }

    JsonNode value(String field) {
        JsonNode node = body;
        for (String part : field.split("\\.")) {
            node = node.get(part);
        }
        return node;
    }

    /** The body with {@code field} set to {@code value}. */
    ObjectNode with(String field, JsonNode value) {
        return changed(field, (parent, name) -> parent.set(name, value));
    }

    ObjectNode without(String field) {
        return changed(field, ObjectNode::remove);
    }

    private ObjectNode changed(String field, BiConsumer<ObjectNode, String> change) {
        ObjectNode copy = body.deepCopy();
        ObjectNode parent = copy;
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        change.accept(parent, parts[parts.length - 1]);
        return copy;
    }
}
