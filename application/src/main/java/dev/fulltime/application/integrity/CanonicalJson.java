package dev.fulltime.application.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fulltime.application.serialization.FulltimeJson;

/**
 * The one canonical JSON text that hashes are computed over: a value in its storage form ({@link
 * FulltimeJson#storageMapper()}: minutes as {@code "45+2"}, instants as ISO-8601 strings, nulls written), with the
 * keys of every object sorted and no insignificant whitespace. The value is first turned into plain maps, lists and
 * scalars, so the order is by key at every level, whatever order Jackson gives a record's properties.
 */
public final class CanonicalJson {

    private static final ObjectMapper STORAGE = FulltimeJson.storageMapper();
    private static final ObjectWriter SORTED = STORAGE.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private CanonicalJson() {
    }

    public static String of(Object value) {
        try {
            Object plain = STORAGE.treeToValue(STORAGE.valueToTree(value), Object.class);
            return SORTED.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("no canonical JSON for " + value, e);
        }
    }
}
