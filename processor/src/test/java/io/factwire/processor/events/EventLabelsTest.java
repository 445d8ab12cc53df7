package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventLabelsTest {

    private static EventState event(Map<String, Integer> places, Map<String, Integer> names, Map<String, Integer> months) {
        return new EventState("e", List.of("a"), null, null, 0, 0, Map.of(), places, names, months);
    }

    @Test
    void thePlaceWithinItsCountryThenTheMonth() {
        assertThat(EventLabels.label(event(Map.of("Kazakhstan", 9, "Almaty", 4, "Ankara", 1), Map.of(),
                Map.of("2022-01", 5, "2021-12", 1)))).isEqualTo("Almaty, Kazakhstan, Jan 2022");
    }

    @Test
    void namesWhenNoPlaceIsNamedAndNothingElseWhenNothingIsKnown() {
        assertThat(EventLabels.label(event(Map.of(), Map.of("Lindsay Lohan", 6, "Betty Ford Center", 3, "Lohan", 1),
                Map.of()))).isEqualTo("Lindsay Lohan, Betty Ford Center");
        assertThat(EventLabels.label(event(Map.of(), Map.of(), Map.of()))).isEqualTo("Unnamed event");
    }

    @Test
    void idsAreSlugsWithAHashOfTheFoundingArticle() {
        assertThat(EventLabels.eventId("Almaty, Kazakhstan, Jan 2022", "000_5a26"))
                .matches("almaty-kazakhstan-jan-2022-[0-9a-f]{8}")
                .isEqualTo(EventLabels.eventId("Almaty, Kazakhstan, Jan 2022", "000_5a26"))
                .isNotEqualTo(EventLabels.eventId("Almaty, Kazakhstan, Jan 2022", "001_04e9"));
    }
}
