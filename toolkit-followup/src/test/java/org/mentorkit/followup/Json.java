package org.mentorkit.followup;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;

/** Reads the JSON the Python readers print. */
final class Json {

    private Json() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(String text) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(text, List.class);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }
}
