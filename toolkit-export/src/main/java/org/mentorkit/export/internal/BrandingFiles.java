package org.mentorkit.export.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import org.mentorkit.model.internal.input.JsonInput;
import org.mentorkit.model.internal.text.Suggestions;

/** Reads a branding folder; every problem is reported at once, each with its JSON path. */
public final class BrandingFiles {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Every key branding.json may hold; any other is a mistake reported with the closest of these. */
    private static final List<String> KEYS = List.of("societyName", "logo", "primaryColor", "accentColor", "fonts",
            "contact", "pageSize", "language");
    private static final List<String> FONT_KEYS = List.of("family", "file", "weight", "italic");
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
        JsonObject json = JsonValue.EMPTY_JSON_OBJECT;
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            JsonValue tree = JsonInput.read(file, "branding.json (a JSON object)");
            if (!(tree instanceof JsonObject object)) {
                throw new InvalidInputException(where, "expected a JSON object { ... } of branding settings");
            }
            json = object;
            unknownKeys(json, KEYS, where, "", problems);
        }
        String society = text(json, "societyName", "", where, problems);
        String primary = color(json, "primaryColor", defaults.primaryColor(), where, problems);
        String accent = color(json, "accentColor", defaults.accentColor(), where, problems);
        String language = text(json, "language", defaults.language(), where, problems);
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
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
            Optional<Path> found = List.of("logo.png", "logo.jpg", "logo.jpeg").stream().map(folder::resolve)
                    .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).findFirst();
            found.flatMap(p -> BrandingChecks.logo(p, folder.toString())).ifPresent(problems::add);
            return found;
        }
        Path logo = folder.resolve(name).normalize();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            problems.add(new Problem(where + ": logo", "'" + name + "' must be a PNG or JPEG image"));
        } else {
            BrandingChecks.logo(logo, where + ": logo").ifPresent(problems::add);
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
            unknownKeys(font, FONT_KEYS, where, at + ".", problems);
            String family = text(font, "family", "", where + ": " + at, problems);
            String fileName = text(font, "file", "", where + ": " + at, problems);
            int weight = 400;
            JsonValue weightValue = font.getOrDefault("weight", JsonValue.NULL);
            if (weightValue instanceof JsonNumber number && number.isIntegral() && number.bigDecimalValue().abs().intValue() < 10_000) {
                weight = number.intValue();
            } else if (weightValue != JsonValue.NULL) {
                problems.add(new Problem(where + ": " + at + ".weight", "expected a whole number from 100 to 900, e.g. 700 for bold"));
            }
            JsonValue italicValue = font.getOrDefault("italic", JsonValue.FALSE);
            boolean italic = italicValue == JsonValue.TRUE;
            if (italicValue != JsonValue.TRUE && italicValue != JsonValue.FALSE && italicValue != JsonValue.NULL) {
                problems.add(new Problem(where + ": " + at + ".italic", "expected true or false"));
            }
            Path file = folder.resolve(fileName).normalize();
            if (family.isBlank()) {
                problems.add(new Problem(where + ": " + at + ".family", "must name the font family, e.g. \"Source Sans 3\""));
            }
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (fileName.isBlank()) {
                problems.add(new Problem(where + ": " + at + ".file", "must name the font file in " + folder + ", e.g. \"SourceSans3-Regular.ttf\""));
            } else if (!(lower.endsWith(".ttf") || lower.endsWith(".otf"))) {
                problems.add(new Problem(where + ": " + at + ".file", "'" + fileName + "' must be a .ttf or .otf font"));
            } else {
                BrandingChecks.font(file, where + ": " + at + ".file").ifPresent(problems::add);
            }
            if (weight < 100 || weight > 900) {
                problems.add(new Problem(where + ": " + at + ".weight", weight + " is not a font weight; expected 100 to 900"));
            }
            fonts.add(new BrandFont(family, file, weight, italic));
        }
        return fonts;
    }

    /** Each key not in {@code known} is a problem naming the closest known key, or listing them all. */
    private static void unknownKeys(JsonObject json, List<String> known, String where, String prefix, List<Problem> problems) {
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                String hint = Suggestions.closest(key, known).map(s -> "did you mean `" + s + "`?")
                        .orElse("expected one of: " + String.join(", ", known));
                problems.add(new Problem(where + ": " + prefix + key, "unknown setting `" + key + "`; " + hint));
            }
        }
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
