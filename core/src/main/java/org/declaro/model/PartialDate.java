package org.declaro.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * An ISO 8601 calendar date at year, month or day precision: {@code 2024}, {@code 2024-11} or
 * {@code 2024-11-25}.
 *
 * <p>{@link #compareTo} compares two dates at the coarser of their precisions, so {@code 2024-11} and
 * {@code 2024-11-25} compare as equal although they are not {@link #equals equal}: "November 2024" is
 * neither before nor after 25 November 2024. The ordering is therefore not consistent with equals;
 * do not use partial dates as keys of a sorted map.
 *
 * @param year  the year, 0 to 9999
 * @param month the month 1 to 12, or 0 when the precision is the year
 * @param day   the day of the month, or 0 when the precision is the year or the month
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** The precision of a partial date. */
    public enum Precision {
        /** {@code YYYY} */
        YEAR,
        /** {@code YYYY-MM} */
        MONTH,
        /** {@code YYYY-MM-DD} */
        DAY
    }

    /**
     * @throws DateTimeException if the fields do not make a valid calendar date at some precision
     */
    public PartialDate {
        if (year < 0 || year > 9999) {
            throw new DateTimeException("year out of range 0-9999: " + year);
        }
        if (month == 0 && day != 0) {
            throw new DateTimeException("a day needs a month");
        }
        if (month != 0) {
            if (month < 1 || month > 12) {
                throw new DateTimeException("month out of range 1-12: " + month);
            }
            if (day != 0) {
                LocalDate.of(year, month, day); // throws for 2023-02-29 and the like
            }
        }
    }

    /** @return the date at year precision */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** @return the date at month precision */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    /** @return the date at day precision */
    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @param text the text
     * @return the date
     * @throws DateTimeException if the text is not such a date
     */
    public static PartialDate parse(String text) {
        return tryParse(text).orElseThrow(
                () -> new DateTimeException("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: " + text));
    }

    /**
     * Like {@link #parse} but returns empty instead of throwing.
     *
     * @param text the text, may be null
     * @return the date, or empty if the text is not a valid partial date
     */
    public static Optional<PartialDate> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int n = text.length();
        if (n != 4 && n != 7 && n != 10) {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = 0;
        int day = 0;
        if (year < 0) {
            return Optional.empty();
        }
        if (n >= 7) {
            if (text.charAt(4) != '-' || (month = digits(text, 5, 7)) < 1) {
                return Optional.empty();
            }
        }
        if (n == 10) {
            if (text.charAt(7) != '-' || (day = digits(text, 8, 10)) < 1) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** @return the precision of this date */
    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** @return the month, if the precision is month or day */
    public Optional<YearMonth> yearMonth() {
        return month == 0 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
    }

    /** @return the full date, if the precision is day */
    public Optional<LocalDate> toLocalDate() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /**
     * Compares at the coarser of the two precisions: {@code 2024} equals {@code 2024-11} here.
     */
    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c != 0 || month == 0 || other.month == 0) {
            return c;
        }
        c = Integer.compare(month, other.month);
        if (c != 0 || day == 0 || other.day == 0) {
            return c;
        }
        return Integer.compare(day, other.day);
    }

    /** @return whether this date is strictly before the other at the coarser precision */
    public boolean isBefore(PartialDate other) {
        return compareTo(other) < 0;
    }

    /** @return whether this date is strictly after the other at the coarser precision */
    public boolean isAfter(PartialDate other) {
        return compareTo(other) > 0;
    }

    /** @return the ISO form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != 0) {
            pad(sb.append('-'), month, 2);
            if (day != 0) {
                pad(sb.append('-'), day, 2);
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
