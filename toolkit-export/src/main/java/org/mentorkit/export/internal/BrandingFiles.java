package org.mentorkit.export.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mentorkit.export.BrandFont;
import org.mentorkit.export.Branding;
import org.mentorkit.export.PageSize;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/** Reads a branding folder; every problem is reported at once, each with its JSON path. */
public final class BrandingFiles {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    private BrandingFiles() {
    }

    public static Branding read(Path folder) {
        Branding defaults = Branding.defaults();
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), "is not a folder; branding is read from a folder holding branding.json");
        }
        Path file = folder.resolve("branding.json");
        String where = file.toString();
        List<Problem> problems = new ArrayList<>();
        JsonObject json = Json.createObjectBuilder().build();
        if (Files.isRegularFile(file)) {
            try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
                json = reader.readObject();
            } catch (JsonParsingException e) {
                throw new InvalidInputException(where + ":" + e.getLocation().getLineNumber() + ":"
                        + e.getLocation().getColumnNumber(), "not valid JSON: " + e.getMessage());
            } catch (JsonException | ClassCastException | IOException e) {
                throw new InvalidInputException(where, "cannot be read as a JSON object: " + e.getMessage());
            }
        }
        String society = text(json, "societyName", "", where, problems);
        String primary = color(json, "primaryColor", defaults.primaryColor(), where, problems);
        String accent = color(json, "accentColor", defaults.accentColor(), where, problems);
        String language = text(json, "language", defaults.language(), where, problems);
        if (!LANGUAGE.matcher(language).matches()) {
            problems.add(new Problem(where + ": language", "'" + language + "' is not a language tag; expected e.g. en, fr, pt-BR"));
        }
        PageSize pageSize = defaults.pageSize();
        String size = text(json, "pageSize", pageSize.name(), where, problems);
        try {
            pageSize = PageSize.valueOf(size.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(where + ": pageSize", "'" + size + "' is not a page size; expected A4 or LETTER"));
        }
        List<String> contact = new ArrayList<>();
        JsonArray contactArray = array(json, "contact", where, problems);
        for (int i = 0; i < contactArray.size(); i++) {
            if (contactArray.get(i) instanceof JsonString s) {
                contact.add(s.getString());
            } else {
                problems.add(new Problem(where + ": contact[" + i + "]", "expected a text line"));
            }
        }
        Optional<Path> logo = logo(folder, json, where, problems);
        List<BrandFont> fonts = fonts(folder, json, where, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Branding(society, logo, primary, accent, fonts, contact, pageSize, language);
    }

    private static Optional<Path> logo(Path folder, JsonObject json, String where, List<Problem> problems) {
        String name = text(json, "logo", "", where, problems);
        if (name.isEmpty()) {
            return List.of("logo.png", "logo.jpg", "logo.jpeg").stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
        }
        Path logo = folder.resolve(name).normalize();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(logo)) {
            problems.add(new Problem(where + ": logo", "file '" + name + "' not found in " + folder));
        } else if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            problems.add(new Problem(where + ": logo", "'" + name + "' must be a PNG or JPEG image"));
        }
        return Optional.of(logo);
    }

    private static List<BrandFont> fonts(Path folder, JsonObject json, String where, List<Problem> problems) {
        List<BrandFont> fonts = new ArrayList<>();
        JsonArray array = array(json, "fonts", where, problems);
        for (int i = 0; i < array.size(); i++) {
            String at = "fonts[" + i + "]";
            if (!(array.get(i) instanceof JsonObject font)) {
                problems.add(new Problem(where + ": " + at, "expected {\"family\": ..., \"file\": ...}"));
                continue;
            }
            String family = text(font, "family", "", where + ": " + at, problems);
            String fileName = text(font, "file", "", where + ": " + at, problems);
            int weight = font.containsKey("weight") && font.get("weight").getValueType() == JsonValue.ValueType.NUMBER
                    ? font.getInt("weight") : 400;
            boolean italic = font.getBoolean("italic", false);
            Path file = folder.resolve(fileName).normalize();
            if (family.isBlank()) {
                problems.add(new Problem(where + ": " + at + ".family", "must name the font family, e.g. \"Source Sans 3\""));
            }
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (fileName.isBlank() || !Files.isRegularFile(file)) {
                problems.add(new Problem(where + ": " + at + ".file", "font file '" + fileName + "' not found in " + folder));
            } else if (!(lower.endsWith(".ttf") || lower.endsWith(".otf"))) {
                problems.add(new Problem(where + ": " + at + ".file", "'" + fileName + "' must be a .ttf or .otf font"));
            }
            if (weight < 100 || weight > 900) {
                problems.add(new Problem(where + ": " + at + ".weight", weight + " is not a font weight; expected 100 to 900"));
            }
            fonts.add(new BrandFont(family, file, weight, italic));
        }
        return fonts;
    }

    private static String color(JsonObject json, String key, String fallback, String where, List<Problem> problems) {
        String value = text(json, key, fallback, where, problems);
        if (!COLOR.matcher(value).matches()) {
            problems.add(new Problem(where + ": " + key, "'" + value + "' is not a colour; expected #rrggbb, e.g. #1f3b5c"));
            return fallback;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String text(JsonObject json, String key, String fallback, String where, List<Problem> problems) {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        problems.add(new Problem(where + ": " + key, "expected a text value in quotes"));
        return fallback;
    }

    private static JsonArray array(JsonObject json, String key, String where, List<Problem> problems) {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray a) {
            return a;
        }
        problems.add(new Problem(where + ": " + key, "expected a list in [ ]"));
        return JsonValue.EMPTY_JSON_ARRAY;
    }
}
