package io.factwire.processor.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readers of news text: words that are never names, month names, and dates written out in prose. */
final class TextCues {
    static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    static final Set<String> STOPWORDS = Set.of(("a an the and or but if of in on at to for from by with as is are "
            + "was were be been being it its this that these those he she they we you i his her their our your my me "
            + "him them us who whom which what when where why how not no yes so than then there here also just about "
            + "after before over under into out up down off again more most some any all each other such only own "
            + "same too very can will would should could may might must do does did done has have had having says "
            + "said say according new one two three four five six seven eight nine ten first last year years day days "
            + "week month time people mr mrs ms while during since until today yesterday tomorrow next").split(" "));

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** "July 2, 2013", "2 July 2013", "2013-07-02", "07 / 02 / 2013" (detokenized text keeps spaces around '/'). */
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"),
            Pattern.compile("\\b(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s?/\\s?(\\d{4})\\b"));

    private TextCues() {}

    static boolean isNeverAName(String lower) {
        return STOPWORDS.contains(lower) || WEEKDAYS.contains(lower) || MONTHS.contains(lower);
    }

    /** The first full date written in the text, if any. */
    static Optional<LocalDate> firstDate(String text) {
        LocalDate first = null;
        int firstAt = Integer.MAX_VALUE;
        for (int kind = 0; kind < DATES.size(); kind++) {
            Matcher m = DATES.get(kind).matcher(text);
            while (m.find() && m.start() < firstAt) {
                Optional<LocalDate> date = toDate(kind, m);
                if (date.isPresent()) {
                    first = date.get();
                    firstAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private static Optional<LocalDate> toDate(int kind, Matcher m) {
        try {
            return Optional.of(switch (kind) {
                case 0 -> LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                case 1 -> LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
                case 2 -> LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                default -> LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            });
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (year < 1900 || year > 2100) throw new IllegalArgumentException("implausible year " + year);
        return year;
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTHS.size(); i++) if (MONTHS.get(i).startsWith(prefix)) return i + 1;
        throw new IllegalArgumentException("not a month: " + name);
    }

    static String monthLabel(YearMonth month) {
        String name = MONTHS.get(month.getMonthValue() - 1);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1, 3) + " " + month.getYear();
    }

    /** Counts in insertion order, for "most mentioned first, first mentioned on ties". */
    static Map<String, Integer> countInOrder(List<String> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String item : items) counts.merge(item, 1, Integer::sum);
        return counts;
    }
}
