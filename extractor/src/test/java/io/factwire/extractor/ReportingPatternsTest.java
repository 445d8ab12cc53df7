package io.factwire.extractor;

import static io.factwire.extractor.ClaimAssertions.assertClaims;
import static io.factwire.extractor.ClaimAssertions.assertNoClaims;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More ways wire copy reports casualties, one sentence each with its exact claims ("-" for none), claims
 * separated by ";". Parts and totals are separate claims (CLAIMS.md); a bare figure takes the group of the
 * figure before it in the sentence, else "unspecified".
 */
class ReportingPatternsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "At least 12 people have been killed and more than 50 wounded in a suicide bombing in Kabul, "
                    + "officials said. | "
                    + "killed 12 at_least civilians; injured 50 more_than civilians",
            "The attack left 15 dead, including three children. | "
                    + "killed 15 exact unspecified; killed 3 exact civilians",
            "Five of the dead were police officers. | killed 5 exact security_forces",
            "Officials put the death toll at 40. | killed 40 exact unspecified",
            "The death toll stands at 27. | killed 27 exact unspecified",
            "A suicide bomber blew himself up, killing himself and 14 others. | "
                    + "killed 1 exact unspecified; killed 14 exact unspecified",
            "Two soldiers and a civilian were killed. | killed 2 exact security_forces; killed 1 exact civilians",
            "Israeli troops shot dead two Palestinians. | killed 2 exact unspecified",
            "A policeman was stabbed to death. | killed 1 exact security_forces",
            "Eleven people lost their lives in the fire. | killed 11 exact civilians",
            "The fire claimed the lives of six children. | killed 6 exact civilians",
            "Seventeen bodies have been recovered. | killed 17 exact unspecified",
            "Rescuers recovered the bodies of 23 miners. | killed 23 exact civilians",
            "More than 100 people remain unaccounted for. | missing 100 more_than civilians",
            "Security forces rounded up dozens of suspected militants. | arrested 24 at_least militants vague",
            "Militants abducted 30 schoolgirls from their dormitory. | kidnapped 30 exact civilians",
            "Hospitals treated 120 people for smoke inhalation. | injured 120 exact civilians",
            "Police said the two men, aged 19 and 22, were arrested on Friday. | arrested 2 exact unspecified",
            "Fatalities rose to 52 on Monday. | killed 52 exact unspecified",
            "Seven were confirmed dead. | killed 7 exact unspecified",
            "There were 9 deaths. | killed 9 exact unspecified",
            "The blast wounded 30, eight of them seriously. | "
                    + "injured 30 exact unspecified; injured 8 exact unspecified",
            "He was one of 14 people killed in the attack. | killed 1 exact unspecified; killed 14 exact civilians",
            "Among those killed were two journalists. | killed 2 exact civilians",
            "Those killed included a 7-year-old girl. | killed 1 exact civilians",
            "The shelling killed 14, including six children. | killed 14 exact unspecified; killed 6 exact civilians",
            "The hurricane has been blamed for 45 deaths. | killed 45 exact unspecified",
            "All 150 people on board were killed. | killed 150 exact civilians",
            "None of the passengers were injured. | injured 0 exact unspecified",
            "The explosion killed the bomber. | killed 1 exact militants",
            "An officer was wounded and a suspect was killed in the shootout. | "
                    + "injured 1 exact security_forces; killed 1 exact militants",
            "12 killed in Kabul blast | killed 12 exact unspecified",
            "Death toll climbs to 200 in Nepal quake | killed 200 exact unspecified",
            "Quake toll tops 1,000 | killed 1000 exact unspecified",
            "A woman and her two children were killed. | killed 1 exact civilians; killed 2 exact civilians",
            "The gunman, who was later shot dead by police, killed nine people. | "
                    + "killed 1 exact militants; killed 9 exact civilians",
            "Authorities have detained more than 1,400 people since the protests began. | "
                    + "arrested 1400 more_than unspecified",
            "Fifteen people, including three children, were killed. | "
                    + "killed 15 exact civilians; killed 3 exact civilians",
            "The storm killed at least 4 people in Texas and 2 in Oklahoma. | "
                    + "killed 4 at_least civilians; killed 2 exact civilians",
            "Two days later, 5 more bodies were found. | killed 5 exact unspecified",
            "About 120 people were injured, 18 of them seriously, the agency said. | "
                    + "injured 120 about civilians; injured 18 exact civilians",
            "Three journalists were beaten and one was briefly detained. | arrested 1 exact unspecified",
            "Kelly was killed instantly when the roof fell. | killed 1 exact civilians",
            "The driver was taken to hospital with cuts to his face. | injured 1 exact civilians",
            "The driver was taken to hospital, where he died. | killed 1 exact civilians",
            "The singer was admitted to hospital with pneumonia. | -",
            "Reports said 3 people died and 8 were hurt. | killed 3 exact civilians; injured 8 exact civilians",
            "The clashes left one protester dead and dozens injured. | "
                    + "killed 1 exact protesters; injured 24 at_least protesters vague"
    })
    void sentence(String text, String claims) {
        if (claims.equals("-")) {
            assertNoClaims(text);
        } else {
            assertClaims(text, Arrays.stream(claims.split(";")).map(String::strip).toArray(String[]::new));
        }
    }
}
