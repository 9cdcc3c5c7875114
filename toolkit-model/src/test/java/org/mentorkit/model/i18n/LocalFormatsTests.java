package org.mentorkit.model.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

// The expected strings are the issue's own examples and CLDR's, as the JDK 17 prints them.
class LocalFormatsTests {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 1, 12);

    @Test
    void datesReadInTheLanguage() {
        assertEquals("martes, 12 de enero de 2027", LocalFormats.of(Language.of("es")).fullDate(TUESDAY));
        assertEquals("12 janv. 2027", LocalFormats.of(Language.of("fr")).mediumDate(TUESDAY));
        assertEquals("2027年1月12日", LocalFormats.of(Language.of("ja")).longDate(TUESDAY));
        assertEquals("Dienstag, 12. Januar 2027", LocalFormats.of(Language.of("de")).fullDate(TUESDAY));
        assertEquals("terça-feira, 12 de janeiro de 2027", LocalFormats.of(Language.of("pt-BR")).fullDate(TUESDAY));
        assertEquals("Tuesday, January 12, 2027", LocalFormats.of(Language.ENGLISH).fullDate(TUESDAY));
    }

    @Test
    void weekdaysMonthsAndTimes() {
        assertEquals("martes", LocalFormats.of(Language.of("es")).weekday(DayOfWeek.TUESDAY));
        assertEquals("火曜日", LocalFormats.of(Language.of("ja")).weekday(DayOfWeek.TUESDAY));
        assertEquals("enero de 2027", LocalFormats.of(Language.of("es")).month(YearMonth.of(2027, 1)));
        assertEquals("2027年1月", LocalFormats.of(Language.of("ja")).month(YearMonth.of(2027, 1)));
        assertEquals("15:00", LocalFormats.of(Language.of("de")).time(LocalTime.of(15, 0)));
        assertEquals("3:00 PM", LocalFormats.of(Language.ENGLISH).time(LocalTime.of(15, 0)));
    }

    @Test
    void numbersAndPercentagesUseTheLanguagesSeparators() {
        assertEquals("1.234,5", LocalFormats.of(Language.of("de")).number(1234.5, 1));
        assertEquals("1,234.5", LocalFormats.of(Language.ENGLISH).number(1234.5, 1));
        assertEquals("50%", LocalFormats.of(Language.ENGLISH).percent(0.5, 0));
        assertEquals("50\u00a0%", LocalFormats.of(Language.of("fr")).percent(0.5, 0));
        assertEquals("12.345", LocalFormats.of(Language.of("es")).integer(12345));
    }
}
