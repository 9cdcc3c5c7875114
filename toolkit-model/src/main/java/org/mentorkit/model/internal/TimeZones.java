package org.mentorkit.model.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorkit.model.internal.text.Suggestions;

/**
 * Which time-zone ids participants may give, and what they probably meant when they gave something else.
 *
 * <p>Only the tz database's current location names ({@code Area/Location} such as {@code America/New_York}, plus
 * {@code UTC}) are accepted: abbreviations ({@code EST}) and fixed offsets ({@code GMT+1}) do not follow daylight
 * saving, so a group slot computed from them would be an hour off for half the year. Legacy aliases ({@code US/Eastern},
 * {@code Iceland}, {@code Asia/Calcutta}: the links of the database's "backward" file that are not current names) keep
 * the right clock, and membership systems still export them: the model's records read each as its current name
 * ({@link #current}), so that one place has one spelling in every file, roster and calendar, and {@link #isValid}
 * refuses the alias itself, for code that checks a text before it becomes a record. An alias whose current name this
 * Java runtime does not know yet (older time-zone data) is accepted as it is: there is no other id to use.
 */
public final class TimeZones {

    private static final Set<String> REGION_IDS = regionIds();
    /** Legacy alias to the current name, for the aliases whose current name this runtime knows. */
    private static final Map<String, String> LEGACY = legacyAliases();
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"), Map.entry("ET", "America/New_York"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"), Map.entry("CT", "America/Chicago"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"), Map.entry("MT", "America/Denver"),
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("PT", "America/Los_Angeles"), Map.entry("AKST", "America/Anchorage"),
            Map.entry("AKDT", "America/Anchorage"), Map.entry("HST", "Pacific/Honolulu"),
            Map.entry("AST", "America/Halifax"), Map.entry("NST", "America/St_Johns"),
            Map.entry("GMT", "Europe/London"), Map.entry("BST", "Europe/London"), Map.entry("WET", "Europe/Lisbon"),
            Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"), Map.entry("MET", "Europe/Paris"),
            Map.entry("EET", "Europe/Athens"), Map.entry("EEST", "Europe/Athens"), Map.entry("MSK", "Europe/Moscow"),
            Map.entry("IST", "Asia/Kolkata"), Map.entry("PKT", "Asia/Karachi"), Map.entry("SGT", "Asia/Singapore"),
            Map.entry("HKT", "Asia/Hong_Kong"), Map.entry("JST", "Asia/Tokyo"), Map.entry("KST", "Asia/Seoul"),
            Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"),
            Map.entry("ACST", "Australia/Adelaide"), Map.entry("AWST", "Australia/Perth"),
            Map.entry("NZST", "Pacific/Auckland"), Map.entry("NZDT", "Pacific/Auckland"),
            Map.entry("BRT", "America/Sao_Paulo"), Map.entry("ART", "America/Argentina/Buenos_Aires"));
    /** A typical region for a whole-hour (or half-hour) offset, to make the suggestion concrete. */
    private static final Map<String, String> OFFSETS = Map.ofEntries(
            Map.entry("-10", "Pacific/Honolulu"), Map.entry("-9", "America/Anchorage"),
            Map.entry("-8", "America/Los_Angeles"), Map.entry("-7", "America/Denver"), Map.entry("-6", "America/Chicago"),
            Map.entry("-5", "America/New_York"), Map.entry("-4", "America/Halifax"), Map.entry("-3", "America/Sao_Paulo"),
            Map.entry("0", "Europe/London"), Map.entry("1", "Europe/Paris"), Map.entry("2", "Europe/Athens"),
            Map.entry("3", "Europe/Moscow"), Map.entry("4", "Asia/Dubai"), Map.entry("5", "Asia/Karachi"),
            Map.entry("5:30", "Asia/Kolkata"), Map.entry("6", "Asia/Dhaka"), Map.entry("7", "Asia/Bangkok"),
            Map.entry("8", "Asia/Singapore"), Map.entry("9", "Asia/Tokyo"), Map.entry("10", "Australia/Brisbane"),
            Map.entry("12", "Pacific/Auckland"));
    private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT|Z)?\\s*([+-])\\s*0?(\\d{1,2})(?::?(\\d{2}))?",
            Pattern.CASE_INSENSITIVE);

    private TimeZones() {
    }

    /** Whether {@code id} is an accepted region id: a current location name or UTC, not a legacy alias. */
    public static boolean isValid(String id) {
        return REGION_IDS.contains(id) && !LEGACY.containsKey(id);
    }

    /**
     * {@code id} under its current name: a legacy alias ({@code US/Eastern}) becomes the current name with the same
     * clock ({@code America/New_York}); every other id (null included), and an abbreviation the database also keeps as a
     * link ({@code CET}), is returned as it is.
     */
    public static String current(String id) {
        // Abbreviations that the database also keeps as links (CET, EET, WET, MET) stay refused as abbreviations.
        if (id == null || ABBREVIATIONS.containsKey(id) || ZoneId.SHORT_IDS.containsKey(id)) {
            return id;
        }
        return LEGACY.getOrDefault(id, id);
    }

    /** The current name of a legacy alias ({@code US/Eastern}: {@code America/New_York}), if {@code id} is one. */
    public static Optional<String> currentName(String id) {
        return Optional.ofNullable(LEGACY.get(id));
    }

    private static Map<String, String> legacyAliases() {
        Set<String> known = ZoneId.getAvailableZoneIds();
        Map<String, String> aliases = new java.util.HashMap<>();
        try (var in = TimeZones.class.getResourceAsStream("legacy-time-zones.tsv")) {
            if (in == null) {
                throw new org.mentorkit.model.ToolkitException(org.mentorkit.model.ErrorCode.BROKEN_INSTALLATION,
                        "legacy-time-zones.tsv is missing from the model module");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length != 2) {
                    continue;
                }
                if (known.contains(cells[0]) && known.contains(cells[1])) {
                    aliases.put(cells[0], cells[1]);
                }
            }
        } catch (java.io.IOException e) {
            throw new org.mentorkit.model.ToolkitException(org.mentorkit.model.ErrorCode.BROKEN_INSTALLATION,
                    "could not read legacy-time-zones.tsv from the model module: " + e.getMessage(), e);
        }
        return Map.copyOf(aliases);
    }

    /** Every accepted id, sorted. */
    public static Set<String> regionIds() {
        Set<String> ids = new TreeSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.equals("UTC") || id.contains("/") && !id.startsWith("SystemV/") && !id.startsWith("Etc/GMT")) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Why {@code given} is not accepted and what to use instead, as one English sentence. */
    public static String explain(String given) {
        String trimmed = given.trim();
        if (trimmed.isEmpty()) {
            return "must be an IANA time-zone id such as America/New_York";
        }
        String upper = trimmed.toUpperCase(Locale.ROOT);
        // Java's own three-letter ids (ZoneId.SHORT_IDS: ECT for Paris, CTT for Shanghai) stand for regions too.
        String meant = ABBREVIATIONS.containsKey(upper) ? ABBREVIATIONS.get(upper) : ZoneId.SHORT_IDS.get(upper);
        if (meant != null && REGION_IDS.contains(meant) && !LEGACY.containsKey(meant)) {
            return "`" + trimmed + "` is an abbreviation, not an IANA time-zone id (abbreviations do not follow daylight "
                    + "saving); use the region, e.g. " + meant;
        }
        Matcher offset = OFFSET.matcher(trimmed);
        if (offset.matches()) {
            String hours = ("-".equals(offset.group(1)) ? "-" : "") + Integer.parseInt(offset.group(2));
            String minutes = offset.group(3) == null || offset.group(3).equals("00") ? "" : ":" + offset.group(3);
            String key = "-0".equals(hours) ? "0" : hours;
            String example = Optional.ofNullable(OFFSETS.get(key + minutes)).map(r -> ", e.g. " + r).orElse("");
            return "`" + trimmed + "` is a fixed UTC offset, not an IANA time-zone id (offsets do not follow daylight "
                    + "saving); use the region of the place" + example;
        }
        if (LEGACY.containsKey(trimmed)) {
            return "`" + trimmed + "` is a legacy alias kept in the IANA time-zone database for compatibility (its"
                    + " \"backward\" file), not accepted here; use " + LEGACY.get(trimmed) + ", its current name (the same"
                    + " clock)";
        }
        if (ZoneId.getAvailableZoneIds().contains(trimmed)) {
            return knownButNotARegion(trimmed);
        }
        return suggestion(trimmed)
                .map(s -> "`" + trimmed + "` is not an IANA time-zone id; did you mean " + s + "?")
                .orElse("`" + trimmed + "` is not an IANA time-zone id; expected an id such as America/New_York or "
                        + "Europe/Berlin (see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)");
    }

    /**
     * Why an id the time-zone database does know is still refused when it is no legacy alias with a current name: an
     * {@code Etc/} fixed offset (its sign inverted, POSIX style), or an id without a region (a newer database's alias
     * this class has no current name for), whose replacements are the region ids with exactly the same rules.
     */
    private static String knownButNotARegion(String id) {
        var rules = ZoneId.of(id).getRules();
        if (rules.isFixedOffset()) {
            int seconds = rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds();
            String key = (seconds < 0 ? "-" : "") + Math.abs(seconds) / 3600
                    + (Math.abs(seconds) % 3600 == 0 ? "" : ":" + String.format(Locale.ROOT, "%02d", Math.abs(seconds) % 3600 / 60));
            String example = Optional.ofNullable(OFFSETS.get(key.equals("-0") ? "0" : key)).map(r -> ", e.g. " + r).orElse("");
            return "`" + id + "` is a fixed offset (UTC" + (seconds < 0 ? "" : "+") + key + "; the Etc/ ids invert the sign),"
                    + " not a place's time-zone id (offsets do not follow daylight saving); use the region of the place"
                    + example;
        }
        List<String> same = REGION_IDS.stream().filter(r -> !r.equals(id) && isValid(r)
                && ZoneId.of(r).getRules().equals(rules)).toList();
        String replacement = same.isEmpty() ? "use the region of the place, e.g. America/New_York or Europe/Berlin"
                : same.size() == 1 ? "use " + same.get(0) + " (the same rules)"
                : "use the region of the place; ids with the same rules: " + String.join(", ", same.subList(0,
                        Math.min(15, same.size()))) + (same.size() > 15 ? " and " + (same.size() - 15) + " more" : "");
        return "`" + id + "` is a legacy alias kept in the IANA database for compatibility, not accepted here; "
                + replacement;
    }

    /**
     * The id {@code given} most likely meant: spacing or case, a city alone, or a near-miss spelling; a legacy alias
     * found that way is given as its current name ({@code Asia/Calcuta}: Asia/Kolkata).
     */
    static Optional<String> suggestion(String given) {
        return near(given).map(id -> LEGACY.getOrDefault(id, id));
    }

    private static Optional<String> near(String given) {
        String underscored = given.replace(' ', '_');
        for (String id : REGION_IDS) {
            if (id.equalsIgnoreCase(underscored)) {
                return Optional.of(id);
            }
        }
        String city = Suggestions.squash(given);
        List<String> byCity = REGION_IDS.stream()
                .filter(id -> Suggestions.squash(id.substring(id.lastIndexOf('/') + 1)).equals(city))
                .map(id -> LEGACY.getOrDefault(id, id)).distinct() // Buenos_Aires: an alias and its current name
                .toList();
        if (byCity.size() == 1) {
            return Optional.of(byCity.get(0));
        }
        return Suggestions.closest(underscored, REGION_IDS);
    }
}
