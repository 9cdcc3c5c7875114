package org.mentorkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTests {

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Europe/Warsaw", "Asia/Ho_Chi_Minh", "America/Argentina/Buenos_Aires", "UTC"})
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
        "Asia/Calcuta|did you mean Asia/Calcutta?",
        "EST|use the region, e.g. America/New_York",
        "pst|use the region, e.g. America/Los_Angeles",
        "CEST|use the region, e.g. Europe/Paris",
        "GMT+1|use the region of the place, e.g. Europe/Paris",
        "UTC-5|use the region of the place, e.g. America/New_York",
        "UTC+05:30|use the region of the place, e.g. Asia/Kolkata",
        "+08:00|use the region of the place, e.g. Asia/Singapore",
        "Mars/Olympus|expected an id such as America/New_York",
        // Review finding D13 b: ids the database knows were called "not an IANA time-zone id".
        "Portugal|legacy alias kept in the IANA database for compatibility, not accepted here; use Europe/Lisbon",
        "Iceland|legacy alias kept in the IANA database for compatibility, not accepted here; use the region of the place; ids with the same rules: ",
        "Etc/GMT-1|a fixed offset (UTC+1; the Etc/ ids invert the sign), not a place's time-zone id (offsets do not follow daylight saving); use the region of the place, e.g. Europe/Paris",
        "Etc/GMT+5|a fixed offset (UTC-5;"})
    void explainsWhatWasProbablyMeant(String given, String expected) {
        assertThat(TimeZones.explain(given)).startsWith("`" + given + "` is ").contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aLegacyAliasWithManyTwinsListsTheRegionIdsWithItsRules() {
        assertThat(TimeZones.isValid("Iceland")).isFalse();
        assertThat(TimeZones.explain("Iceland")).contains("ids with the same rules: ").contains("Atlantic/Reykjavik")
                .doesNotContain("not an IANA time-zone id");
    }
}
