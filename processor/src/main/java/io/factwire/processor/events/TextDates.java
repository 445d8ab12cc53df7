package io.factwire.processor.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written in an article: the dateline (a date in the headline or the first lines, which is when the
 * piece was written, so when an undated article happened) and the months of every full date in the text (label
 * candidates). English forms only: {@code 11/30/09}, {@code 16 / 08 / 2011}, {@code 06.01.2022},
 * {@code March 14th, 2013}, {@code 4 August 2013}, {@code 2007-11-12}.
 */
final class TextDates {

    /** How far into the body a dateline may sit: past the first lines, a date is usually about something else. */
    static final int DATELINE_REACH = 200;

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}|\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    /** Day first, as in Europe: {@code 06.01.2022}. */
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private TextDates() {}

    /** The earliest-placed date in the headline and the first {@value #DATELINE_REACH} characters, or null. */
    static LocalDate dateline(String title, String body) {
        String head = (title == null ? "" : title + "\n") + body.substring(0, Math.min(body.length(), DATELINE_REACH));
        List<Found> found = all(head);
        return found.isEmpty() ? null : found.stream().min((a, b) -> Integer.compare(a.at, b.at)).orElseThrow().date;
    }

    /** The month of every full date in the text, in text order. */
    static List<YearMonth> months(String text) {
        List<Found> found = all(text);
        found.sort((a, b) -> Integer.compare(a.at, b.at));
        List<YearMonth> months = new ArrayList<>(found.size());
        for (Found date : found) months.add(YearMonth.from(date.date));
        return months;
    }

    private record Found(int at, LocalDate date) {}

    private static List<Found> all(String text) {
        List<Found> found = new ArrayList<>();
        if (text.indexOf('/') >= 0) {
            Matcher slashed = SLASHED.matcher(text);
            while (slashed.find()) {
                int first = Integer.parseInt(slashed.group(1));
                int second = Integer.parseInt(slashed.group(2));
                int year = Integer.parseInt(slashed.group(3));
                if (year < 100) year += 2000;
                // US order unless the first number cannot be a month.
                add(found, slashed.start(), year, first <= 12 ? first : second, first <= 12 ? second : first);
            }
        }
        // A date with the month in words ends with its year: the text is searched only just before each year, not
        // at every position (a full search for the two forms took a third of the feature extraction).
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int year = nextYear(text, 0); year >= 0; year = nextYear(text, year + 4)) {
            int from = twoWordsBefore(text, year);
            dayFirst.region(from, year + 4);
            if (dayFirst.find()) {
                add(found, dayFirst.start(), Integer.parseInt(dayFirst.group(3)), month(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            monthFirst.region(from, year + 4);
            if (monthFirst.find()) {
                add(found, monthFirst.start(), Integer.parseInt(monthFirst.group(3)), month(monthFirst.group(1)),
                        Integer.parseInt(monthFirst.group(2)));
            }
        }
        // The two number forms are searched for only where their year can be: most articles have neither.
        if (yearAfter(text, '.')) {
            Matcher dotted = DOTTED.matcher(text);
            while (dotted.find()) {
                add(found, dotted.start(), Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)),
                        Integer.parseInt(dotted.group(1)));
            }
        }
        if (yearBefore(text, '-')) {
            Matcher iso = ISO.matcher(text);
            while (iso.find()) {
                add(found, iso.start(), Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        }
        return found;
    }

    /**
     * Where the next year a worded date can end with starts, from {@code from}: {@code 19xx} or {@code 20xx} after
     * white space and before a non-word character; -1 when there is none.
     */
    private static int nextYear(String text, int from) {
        for (int at = Math.max(from, 1); at + 4 <= text.length(); at++) {
            if (isYear(text, at) && Character.isWhitespace(text.charAt(at - 1))
                    && (at + 4 == text.length() || !isWordChar(text.charAt(at + 4)))) {
                return at;
            }
        }
        return -1;
    }

    /** Whether {@code mark} is followed by a year (19xx or 20xx) somewhere in the text. */
    private static boolean yearAfter(String text, char mark) {
        for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
            if (isYear(text, at + 1)) return true;
        }
        return false;
    }

    /** Whether {@code mark} follows a year (19xx or 20xx) somewhere in the text. */
    private static boolean yearBefore(String text, char mark) {
        for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
            if (at >= 4 && isYear(text, at - 4)) return true;
        }
        return false;
    }

    private static boolean isYear(String text, int at) {
        if (at + 4 > text.length()) return false;
        char century = text.charAt(at);
        return (century == '1' && text.charAt(at + 1) == '9' || century == '2' && text.charAt(at + 1) == '0')
                && isDigit(text.charAt(at + 2)) && isDigit(text.charAt(at + 3));
    }

    /** The start of the second word before {@code at}: a worded date's day and month come there, the year at {@code at}. */
    private static int twoWordsBefore(String text, int at) {
        int from = at;
        for (int word = 0; word < 2; word++) {
            while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) from--;
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        }
        return from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A character that continues a word for the patterns' {@code \\b}. */
    private static boolean isWordChar(char c) {
        return isDigit(c) || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** Impossible dates (31 / 02, scores like 12 / 23 / 45 read as a date) are not dates. */
    private static void add(List<Found> found, int at, int year, int month, int day) {
        try {
            found.add(new Found(at, LocalDate.of(year, month, day)));
        } catch (DateTimeException notADate) {
            // not a date after all: a score or a fraction
        }
    }
}
