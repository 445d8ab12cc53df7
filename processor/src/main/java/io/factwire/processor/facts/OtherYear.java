package io.factwire.processor.facts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that dates itself to another year than its article's: "the 1979 war killed a million", "in 2004 the
 * tsunami killed 170,000". Its figure is about another event (or a wider, older conflict), so it never moves this
 * event's facts, whether or not the extractor marked it background. The claim stays on the claims topic.
 *
 * <p>A year is a number from 1900 to 2099 written as a date is: after a preposition, "the" or a month name
 * ("in 1979", "the 2004 tsunami", "December 2010"), or before a possessive ("2004's"). The article's own year and
 * the one before (an article of January about December) are this event's; any other year, earlier or later, is not.
 * A number equal to the claim's own figure is that figure ("the 2000 injured"), not a year. Without a publication
 * time nothing can be compared and the claim counts.
 */
final class OtherYear {

    private static final Pattern YEAR = Pattern.compile(
            "(?i)(?:\\b(?:in|since|during|of|from|until|by|the|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
                    + "june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?,?\\s+"
                    + "(?:\\d{1,2},?\\s+)?((?:19|20)\\d\\d)\\b(?![,.]?\\d))|(?:\\b((?:19|20)\\d\\d)'s\\b)");

    private OtherYear() {}

    static boolean mentioned(String text, Instant published, long count) {
        if (text == null || published == null) return false;
        int year = published.atZone(ZoneOffset.UTC).getYear();
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            int mentioned = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            if (mentioned != count && mentioned != year && mentioned != year - 1) return true;
        }
        return false;
    }
}
