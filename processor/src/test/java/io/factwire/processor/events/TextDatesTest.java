package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TextDatesTest {

    @Test
    void readsEveryFormInTextOrder() {
        String text = "Filed 2007-11-12. The fire of 4 August 2013 and the flood of March 14th, 2012 were recalled on"
                + " 11/30/09, on 16 / 08 / 2011 and on 06.01.2022.";
        assertThat(TextDates.months(text)).containsExactly(YearMonth.of(2007, 11), YearMonth.of(2013, 8),
                YearMonth.of(2012, 3), YearMonth.of(2009, 11), YearMonth.of(2011, 8), YearMonth.of(2022, 1));
    }

    @Test
    void wordedDatesAtTheEdgesAndAcrossWhiteSpace() {
        assertThat(TextDates.months("May 3 1999")).containsExactly(YearMonth.of(1999, 5));
        assertThat(TextDates.months("(3\tSept.,\n\n 2001)")).containsExactly(YearMonth.of(2001, 9));
        assertThat(TextDates.months("on December 25,  2020")).containsExactly(YearMonth.of(2020, 12));
    }

    @Test
    void notDates() {
        // a year that runs on into a word or a number, a day that cannot be, no year at all
        assertThat(TextDates.months("4 August 2013a, 4 August 20135, 31 February 2010, 4 August, 2 May 1899"))
                .isEmpty();
    }

    @Test
    void datelineIsTheEarliestPlacedDateNearTheTop() {
        assertThat(TextDates.dateline("Storm toll rises", "LONDON, 2 May 2015 - Reports from 1 May 2015 say"))
                .isEqualTo(LocalDate.of(2015, 5, 2));
        assertThat(TextDates.dateline("Storm", "x".repeat(TextDates.DATELINE_REACH) + " 2 May 2015")).isNull();
    }
}
