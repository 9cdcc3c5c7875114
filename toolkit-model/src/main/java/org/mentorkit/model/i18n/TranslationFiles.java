package org.mentorkit.model.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/**
 * Reads translations from UTF-8 properties files, one file per domain and language, for a
 * {@link org.mentorkit.model.spi.TranslationProvider}.
 *
 * <p>The files live in a resource folder {@code mentorkit-i18n/} named {@code <domain>.<tag>.properties} (for example
 * {@code mentorkit-i18n/packet.labels.pt-BR.properties}); the folder's name is not a Java package name, so the module
 * system does not hide it. Because a module's resources cannot be listed, an index file in the same folder names the
 * files, one {@code <domain>.<tag>} per line ({@code #} starts a comment).
 *
 * <p>Keys starting with {@code @} describe the translation rather than being texts: {@code @method}, {@code @reviewed}
 * ({@code true} or {@code false}), {@code @reviewer}, {@code @note}. English files need none: they are the source.
 * A non-English file without {@code @reviewed=true} counts as not reviewed.
 */
public final class TranslationFiles {

    /** The resource folder translation files live in. */
    public static final String FOLDER = "mentorkit-i18n/";

    private TranslationFiles() {
    }

    /**
     * Reads every file an index names.
     *
     * @param opener    opens a resource by its name relative to the resource root (for example {@code name ->
     *                  MyProvider.class.getResourceAsStream("/" + name)}, written in the provider's own module so that
     *                  the module system lets it read the module's resources); returns null when there is none
     * @param indexName the index file's name inside {@link #FOLDER}, for example {@code export.index}
     * @return the translations, in index order
     * @throws IllegalStateException when the index or a file it names is missing or malformed: a packaging mistake
     * @throws org.mentorkit.model.ToolkitException ({@link ErrorCode#BROKEN_INSTALLATION}) when one cannot be read
     */
    public static List<Translation> read(Function<String, InputStream> opener, String indexName) {
        List<Translation> translations = new ArrayList<>();
        for (String entry : indexEntries(opener, indexName)) {
            int cut = entryCut(entry, indexName);
            String domain = entry.substring(0, cut);
            Language language = Language.of(entry.substring(cut + 1));
            translations.add(read(opener, domain, language));
        }
        return List.copyOf(translations);
    }

    /**
     * Reads one file, {@code mentorkit-i18n/<domain>.<tag>.properties}.
     *
     * @param opener   opens a resource by its name relative to the resource root; null when there is none
     * @param domain   the domain
     * @param language the language
     * @return the translation
     * @throws IllegalStateException when the file is missing or malformed
     * @throws org.mentorkit.model.ToolkitException ({@link ErrorCode#BROKEN_INSTALLATION}) when it cannot be read
     */
    public static Translation read(Function<String, InputStream> opener, String domain, Language language) {
        String name = FOLDER + domain + "." + language.tag() + ".properties";
        try (InputStream in = opener.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("translation file " + name + " is missing");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), domain, language);
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.BROKEN_INSTALLATION,
                    "could not read translation file " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the properties text of one domain in one language.
     *
     * @param reader   the properties text
     * @param domain   the domain
     * @param language the language
     * @return the translation, with its provenance from the {@code @} keys
     * @throws IOException when the reader fails
     */
    public static Translation parse(Reader reader, String domain, Language language) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> texts = new HashMap<>();
        Map<String, String> meta = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("@")) {
                meta.put(key.substring(1), properties.getProperty(key));
            } else {
                texts.put(key, properties.getProperty(key));
            }
        }
        Provenance provenance = language.equals(Language.ENGLISH) && meta.isEmpty()
                ? Provenance.SOURCE
                : new Provenance(meta.getOrDefault("method", "not stated"),
                        "true".equalsIgnoreCase(meta.getOrDefault("reviewed", "false").strip()),
                        meta.get("reviewer"), meta.get("note"));
        return new Translation(domain, language, texts, provenance);
    }

    private static List<String> indexEntries(Function<String, InputStream> opener, String indexName) {
        String name = FOLDER + indexName;
        List<String> entries = new ArrayList<>();
        try (InputStream in = opener.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("translation index " + name + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.replaceFirst("#.*", "").strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.BROKEN_INSTALLATION,
                    "could not read translation index " + name + ": " + e.getMessage(), e);
        }
        return entries;
    }

    // The language tag follows the last dot that is followed by a tag: domains hold dots, tags never do.
    private static int entryCut(String entry, String indexName) {
        int cut = entry.lastIndexOf('.');
        if (cut <= 0 || cut == entry.length() - 1) {
            throw new IllegalStateException("translation index " + indexName + ": '" + entry
                    + "' is not <domain>.<language tag>");
        }
        return cut;
    }
}
