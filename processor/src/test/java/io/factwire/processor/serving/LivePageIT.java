package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.FactClaim;
import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page in headless Chromium: a figure changes without a reload when an update is published, a click shows
 * the claims and the chart, and markup inside article text (a sentence, an outlet) is shown as text, never run. Leaves a screenshot in
 * processor/target/screenshots/live-page.png and docs/live-page.png.
 */
@RealStack
class LivePageIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** An outlet name that would run script if the page ever put it into innerHTML. */
    private static final String HOSTILE_OUTLET = "<img src=x onerror=\"window.__factwirePwned = true\">Gazette";

    @Test
    void aFigureChangesLiveAndArticleMarkupStaysText(StackEndpoints endpoints) throws Exception {
        String run = KafkaFixture.uniqueId();
        String fire = "port-elin-fire-" + run;
        String storm = "coastal-storm-" + run;
        try (KafkaFixture kafka = new KafkaFixture(endpoints);
             ServingInstance instance = ServingInstance.start(kafka, "serving-page-it-" + run, StandInFactTopology::build,
                     Duration.ofSeconds(15), WAIT)) {
            FactState killed = hostile(ServingSamples.fact(fire, Outcome.killed, VictimGroup.all, 2, 4, 5));
            publishFacts(kafka, List.of(killed,
                    ServingSamples.fact(fire, Outcome.killed, VictimGroup.civilians, 2, 3),
                    ServingSamples.fact(fire, Outcome.injured, VictimGroup.all, 9, 14),
                    ServingSamples.fact(fire, Outcome.missing, VictimGroup.unspecified, 3),
                    ServingSamples.fact(storm, Outcome.killed, VictimGroup.all, 1, 2),
                    ServingSamples.fact(storm, Outcome.missing, VictimGroup.unspecified, 6, 4)));
            kafka.publish(kafka.topics.events(), fire, ServingSamples.event(fire, "Port Elin harbour fire", fire + "-a0", fire + "-a1", fire + "-a2"));
            kafka.publish(kafka.topics.events(), storm, ServingSamples.event(storm, "Coastal storm, north shore", storm + "-a0"));
            Eventually.await("the facts and events served", WAIT, () -> HttpJson.get(instance.uri("/api/events/" + fire)),
                    answer -> answer.status() == 200 && answer.json().get("facts").size() == 4);

            try (HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
                var driver = chromium.driver;
                JavascriptExecutor script = driver;
                WebDriverWait wait = new WebDriverWait(driver, WAIT);
                driver.get(instance.uri("/").toString());
                wait.until(page -> "live".equals(text(script, "document.getElementById('connection').dataset.state")));
                wait.until(page -> "5".equals(bestOf(script, killed.getKey())));
                script.executeScript("window.__sameDocument = 'no reload'");

                FactState raised = hostile(ServingSamples.fact(fire, Outcome.killed, VictimGroup.all, 2, 4, 5, 8));
                long published = System.nanoTime();
                kafka.publish(kafka.topics.facts(), raised.getKey(), raised);
                kafka.publish(kafka.topics.factUpdates(), raised.getKey(), ServingSamples.update(killed, raised, fire + "-a3"));
                wait.withTimeout(Duration.ofSeconds(10)).until(page -> String.valueOf(bestOf(script, raised.getKey())).startsWith("8"));
                System.out.printf("live page: figure changed %.0f ms after the update was sent%n", (System.nanoTime() - published) / 1e6);

                assertThat(text(script, "window.__sameDocument")).as("updated in place, not reloaded").isEqualTo("no reload");
                WebElement row = row(script, raised.getKey());
                assertThat(row.getAttribute("class")).contains("changed");
                row.click();
                wait.until(page -> !driver.findElement(By.id("detail")).getAttribute("class").contains("hidden")
                        && driver.findElement(By.id("detail")).isDisplayed());

                List<WebElement> quotes = driver.findElements(By.cssSelector("#claims blockquote"));
                assertThat(quotes).extracting(WebElement::getText).contains(ServingSamples.SCRIPT_SENTENCE);
                assertThat(driver.findElements(By.cssSelector("#claims .source")))
                        .extracting(WebElement::getText).anySatisfy(source -> assertThat(source).startsWith(HOSTILE_OUTLET));
                assertThat(driver.findElements(By.cssSelector("#claims script, #claims b, #claims img")))
                        .as("no markup made it into the page").isEmpty();
                assertThat(script.executeScript("return window.__factwirePwned === undefined")).as("no article script ran").isEqualTo(true);
                assertThat(driver.findElements(By.cssSelector("#chart circle"))).hasSize(4);
                wait.until(page -> !driver.findElement(By.id("lag-rows")).findElements(By.tagName("tr")).isEmpty());

                Path screenshot = driver.getScreenshotAs(OutputType.FILE).toPath();
                Path target = Path.of("target", "screenshots", "live-page.png");
                Files.createDirectories(target.getParent());
                Files.copy(screenshot, target, StandardCopyOption.REPLACE_EXISTING);
                Path docs = Path.of(System.getProperty("factwire.root", ".."), "docs", "live-page.png");
                Files.createDirectories(docs.getParent());
                Files.copy(screenshot, docs, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("live page screenshot: " + target.toAbsolutePath() + " and " + docs.toAbsolutePath());
            }
        }
    }

    private static void publishFacts(KafkaFixture kafka, List<FactState> facts) {
        facts.forEach(fact -> kafka.publish(kafka.topics.facts(), fact.getKey(), fact));
    }

    private static String text(JavascriptExecutor script, String expression) {
        Object value = script.executeScript("return " + expression);
        return value == null ? null : value.toString();
    }

    /** The fact's claims, the last one with markup in its sentence and its outlet. */
    private static FactState hostile(FactState fact) {
        FactState withSentence = ServingSamples.withClaimText(fact, ServingSamples.SCRIPT_SENTENCE);
        List<FactClaim> claims = new ArrayList<>(withSentence.getClaims());
        claims.add(FactClaim.newBuilder(claims.removeLast()).setOutlet(HOSTILE_OUTLET).build());
        return FactState.newBuilder(withSentence).setClaims(claims).build();
    }

    /** The best figure shown for a fact (without the change marker beside it). */
    private static String bestOf(JavascriptExecutor script, String key) {
        Object best = script.executeScript("const row = [...document.querySelectorAll('tr[data-key]')]"
                + ".find(r => r.dataset.key === arguments[0]);"
                + "return row ? row.querySelector('.best').firstChild.textContent : null;", key);
        return best == null ? null : best.toString();
    }

    private static WebElement row(JavascriptExecutor script, String key) {
        return (WebElement) script.executeScript(
                "return [...document.querySelectorAll('tr[data-key]')].find(r => r.dataset.key === arguments[0])", key);
    }
}
