package org.mentorkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTests {

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Europe/Warsaw", "Asia/Ho_Chi_Minh", "America/Argentina/Buenos_Aires", "UTC",
        // Links in the database, but current names of their countries (zone.tab): not legacy aliases.
        "Europe/Amsterdam", "Atlantic/Reykjavik", "Europe/Oslo", "Etc/UTC"})
    void acceptsRegionIds(String id) {
        assertThat(TimeZones.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EST", "GMT", "CET", "EST5EDT", "Etc/GMT+1", "SystemV/EST5", "America/New York", ""})
    void rejectsAbbreviationsOffsetsAndMisspellings(String id) {
        assertThat(TimeZones.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "America/New York|did you mean America/New_York?",
        "america/chicago|did you mean America/Chicago?",
        "Chicago|did you mean America/Chicago?",
        "sao paulo|did you mean America/Sao_Paulo?",
        "Europe/Londn|did you mean Europe/London?",
        "Asia/Calcuta|did you mean Asia/Kolkata?",
        "Buenos Aires|did you mean America/Argentina/Buenos_Aires?",
        "ECT|use the region, e.g. Europe/Paris",
        "EST|use the region, e.g. America/New_York",
        "pst|use the region, e.g. America/Los_Angeles",
        "CEST|use the region, e.g. Europe/Paris",
        "GMT+1|use the region of the place, e.g. Europe/Paris",
        "UTC-5|use the region of the place, e.g. America/New_York",
        "UTC+05:30|use the region of the place, e.g. Asia/Kolkata",
        "+08:00|use the region of the place, e.g. Asia/Singapore",
        "Mars/Olympus|expected an id such as America/New_York",
        // Review finding D13 b: ids the database knows were called "not an IANA time-zone id".
        "Portugal|legacy alias kept in the IANA time-zone database for compatibility (its \"backward\" file), not accepted here; use Europe/Lisbon, its current name (the same clock)",
        "Iceland|use Atlantic/Reykjavik, its current name",
        "Etc/GMT-1|a fixed offset (UTC+1; the Etc/ ids invert the sign), not a place's time-zone id (offsets do not follow daylight saving); use the region of the place, e.g. Europe/Paris",
        "Etc/GMT+5|a fixed offset (UTC-5;"})
    void explainsWhatWasProbablyMeant(String given, String expected) {
        assertThat(TimeZones.explain(given)).startsWith("`" + given + "` is ").contains(expected);
    }

    /**
     * One rule for every legacy alias, with or without a {@code /}: refused, naming its current name, which is accepted
     * and keeps the same clock. US/Eastern used to pass (it has a {@code /}) while Iceland was refused with a list of
     * twenty ids "with the same rules".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "US/Eastern|America/New_York", "Iceland|Atlantic/Reykjavik", "Asia/Calcutta|Asia/Kolkata",
        "America/Buenos_Aires|America/Argentina/Buenos_Aires", "Australia/ACT|Australia/Sydney", "Japan|Asia/Tokyo",
        "Europe/Kiev|Europe/Kyiv", "EST5EDT|America/New_York", "UCT|UTC", "Etc/Zulu|UTC"})
    void refusesLegacyAliasesWithOrWithoutASlashNamingTheirCurrentName(String alias, String current) {
        assertThat(TimeZones.isValid(alias)).isFalse();
        assertThat(TimeZones.explain(alias)).isEqualTo("`" + alias + "` is a legacy alias kept in the IANA time-zone"
                + " database for compatibility (its \"backward\" file), not accepted here; use " + current
                + ", its current name (the same clock)");
        assertThat(TimeZones.isValid(current)).isTrue();
        assertThat(ZoneId.of(alias).getRules()).isEqualTo(ZoneId.of(current).getRules());
    }

    /** Every alias of the table this runtime knows: refused, its current name accepted, the same rules (java.time). */
    @Test
    void everyLegacyAliasThisRuntimeKnowsHasAnAcceptedCurrentNameWithTheSameRules() {
        int checked = 0;
        for (String id : ZoneId.getAvailableZoneIds()) {
            var current = TimeZones.currentName(id);
            if (current.isEmpty()) {
                continue;
            }
            checked++;
            assertThat(TimeZones.isValid(id)).as(id).isFalse();
            assertThat(TimeZones.isValid(current.get())).as(id + " -> " + current.get()).isTrue();
            assertThat(ZoneId.of(id).getRules()).as(id + " -> " + current.get())
                    .isEqualTo(ZoneId.of(current.get()).getRules());
        }
        assertThat(checked).as("aliases of the tz database's backward file known to this runtime").isGreaterThan(100);
        // Every accepted id is a current name: none is an alias of another.
        assertThat(TimeZones.regionIds().stream().filter(TimeZones::isValid).filter(id -> TimeZones.currentName(id)
                .isPresent())).isEmpty();
    }
}
