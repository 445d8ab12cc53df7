package io.factwire.processor.events;

import java.util.Locale;
import java.util.Set;

/**
 * Countries and US states: the places a label puts last ("Almaty, Kazakhstan", "Woodburn, Oregon"). Only the
 * order of a label depends on this list; matching does not.
 */
final class Regions {

    private static final Set<String> NAMES = Set.of(
            "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
            "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
            "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burundi",
            "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros", "congo", "costa rica",
            "croatia", "cuba", "cyprus", "czech republic", "denmark", "djibouti", "dominica", "dominican republic",
            "ecuador", "egypt", "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france",
            "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana",
            "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel",
            "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
            "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania",
            "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius",
            "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia",
            "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia",
            "norway", "oman", "pakistan", "palestine", "panama", "papua new guinea", "paraguay", "peru",
            "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "senegal",
            "serbia", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa", "south korea",
            "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
            "tajikistan", "tanzania", "thailand", "togo", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine",
            "united arab emirates", "united kingdom", "britain", "england", "scotland", "wales", "united states",
            "america", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
            "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
            "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
            "new hampshire", "new jersey", "new mexico", "new york state", "north carolina", "north dakota", "ohio",
            "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
            "texas", "utah", "vermont", "virginia", "washington state", "west virginia", "wisconsin", "wyoming");

    private Regions() {}

    static boolean isRegion(String place) {
        return NAMES.contains(place.toLowerCase(Locale.ROOT));
    }
}
