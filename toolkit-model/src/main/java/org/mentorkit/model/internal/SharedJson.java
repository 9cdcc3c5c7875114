package org.mentorkit.model.internal;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider the model reads and writes with. {@code Json.createObjectBuilder()}, {@code Json.createValue}
 * and the other static shortcuts look the provider up through {@link java.util.ServiceLoader} and make a new one on
 * every call; reading a 2,500-participant cohort made some 100,000 such calls.
 */
public final class SharedJson {

    private SharedJson() {
    }

    /** The provider found once; providers are thread-safe (their factories and builders are not shared). */
    public static final JsonProvider PROVIDER = JsonProvider.provider();
}
