package org.mentorkit.model.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;

/**
 * Dates, times, numbers and percentages the way a language writes them, from the JDK's CLDR data (and ICU4J for
 * month-and-year, which the JDK's formatter cannot ask for by skeleton). Immutable and safe to share.
 */
public final class LocalFormats {

    private final Language language;
    private final Locale locale;
    private final DateTimeFormatter full;
    private final DateTimeFormatter longer;
    private final DateTimeFormatter medium;
    private final DateTimeFormatter time;

    private LocalFormats(Language language) {
        this.language = language;
        this.locale = language.locale();
        this.full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.longer = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    /**
     * The formats of a language.
     *
     * @param language the language
     * @return its formats
     */
    public static LocalFormats of(Language language) {
        return new LocalFormats(language);
    }

    /** @return the language these formats are for */
    public Language language() {
        return language;
    }

    /**
     * A date with its weekday, in full.
     *
     * @param date the date
     * @return e.g. {@code "Tuesday, January 12, 2027"}, {@code "martes, 12 de enero de 2027"}
     */
    public String fullDate(LocalDate date) {
        return full.format(date);
    }

    /**
     * A date with the month written out.
     *
     * @param date the date
     * @return e.g. {@code "January 12, 2027"}, {@code "12 de enero de 2027"}, {@code "2027年1月12日"}
     */
    public String longDate(LocalDate date) {
        return longer.format(date);
    }

    /**
     * A short date for tables.
     *
     * @param date the date
     * @return e.g. {@code "Jan 12, 2027"}, {@code "12 janv. 2027"}
     */
    public String mediumDate(LocalDate date) {
        return medium.format(date);
    }

    /**
     * A time of day, on the language's clock (12-hour with AM/PM in English, 24-hour in most others).
     *
     * @param localTime the time
     * @return e.g. {@code "3:00 PM"}, {@code "15:00"}
     */
    public String time(LocalTime localTime) {
        return time.format(localTime);
    }

    /**
     * A weekday's name.
     *
     * @param day the weekday
     * @return e.g. {@code "Tuesday"}, {@code "martes"}, {@code "火曜日"}
     */
    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * A month with its year.
     *
     * @param month the month
     * @return e.g. {@code "January 2027"}, {@code "enero de 2027"}, {@code "2027年1月"}
     */
    public String month(YearMonth month) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMM", ULocale.forLocale(locale));
        format.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("UTC"));
        Date instant = Date.from(month.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC));
        return format.format(instant);
    }

    /**
     * A number with a fixed count of decimals and the language's separators.
     *
     * @param value          the number
     * @param fractionDigits decimals to show
     * @return e.g. {@code "1,234.5"} (en), {@code "1.234,5"} (de)
     */
    public String number(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /**
     * A whole number with the language's grouping.
     *
     * @param value the number
     * @return e.g. {@code "1,234"} (en), {@code "1.234"} (de)
     */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * A share as a percentage, the way the language writes one.
     *
     * @param ratio          the share, 0.5 for half
     * @param fractionDigits decimals to show
     * @return e.g. {@code "50%"} (en), {@code "50 %"} (fr, de, with a no-break space)
     */
    public String percent(double ratio, int fractionDigits) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(ratio);
    }
}
