package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.Article;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page in headless Chromium on the real processor: a new article changes a figure without a reload, a
 * click shows the claims and the chart, and markup inside article text (a sentence, an outlet) is shown as text,
 * never run. Leaves a screenshot in
 * processor/target/screenshots/live-page.png (and docs/live-page.png with -Dfactwire.update-docs=true).
 */
@RealStack
class LivePageIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Markup in an article sentence: the page must show it as text. */
    // Not a tag the processor refuses as raw HTML (script, p, div... are: ingest would have stripped them), but as
    // hostile if the page ever inserted it as markup.
    private static final String SCRIPT = "<svg onload=\"window.__factwirePwned = true\">";
    /** An outlet name that would run script if the page ever put it into innerHTML. */
    private static final String HOSTILE_OUTLET = "<img src=x onerror=\"window.__factwirePwned = true\">Gazette";

    @Test
    void aNewArticleChangesAFigureLiveAndArticleMarkupStaysText(StackEndpoints endpoints) throws Exception {
        String run = KafkaFixture.uniqueId();
        try (KafkaFixture kafka = KafkaFixture.withEmptyTopics(endpoints);
             RealPipeline pipeline = RealPipeline.start(endpoints, "serving-page-it-" + run)) {
            String first = "kolvar-" + run + "-a1";
            publish(kafka, RealPipeline.article(first, "Blast at the Kolvar chemical works",
                    "At least 4 civilians were killed and 12 people were injured in an explosion at the chemical works in "
                            + "Kolvar on Tuesday, police in Kolvar said.", "Harbour Gazette"));
            publish(kafka, RealPipeline.article("tessary-" + run + "-a1", "Storm batters Tessary coast",
                    "Two fishermen were killed and 5 people were injured as the storm hit Tessary on Monday, the coast guard "
                            + "in Tessary said. Three sailors remain missing.", "Coast Radio"));
            publish(kafka, RealPipeline.article("tessary-" + run + "-a2", "Tessary storm: more injured",
                    "At least 11 people were injured in Tessary when the storm flattened the harbour market, doctors in "
                            + "Tessary said.", "North Shore Times"));
            JsonNode fact = Eventually.await("the fact made of the first article", WAIT,
                    () -> factWithClaimOf(pipeline, first), found -> found != null);
            String key = fact.get("key").asText();
            String bestBefore = fact.get("best").asText();

            try (HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
                var driver = chromium.driver;
                JavascriptExecutor script = driver;
                WebDriverWait wait = new WebDriverWait(driver, WAIT);
                driver.get(pipeline.uri("/").toString());
                wait.until(page -> "live".equals(text(script, "document.getElementById('connection').dataset.state")));
                wait.until(page -> bestBefore.equals(bestOf(script, key)));
                script.executeScript("window.__sameDocument = 'no reload'");

                long published = System.nanoTime();
                publish(kafka, RealPipeline.article("kolvar-" + run + "-a2", "Kolvar blast toll rises",
                        "Rescuers in Kolvar posted \"" + SCRIPT + "\" on the gate; at least 9 civilians were killed in the "
                                + "blast at the Kolvar chemical works, police said.", HOSTILE_OUTLET,
                        Instant.parse("2024-05-14T09:45:00Z")));
                // Polled every 20 ms (WebDriverWait's default of 500 ms would round the figure up to half seconds).
                new WebDriverWait(driver, WAIT, Duration.ofMillis(20))
                        .until(page -> !bestBefore.equals(bestOf(script, key)));
                System.out.printf("live page: figure %s changed %s -> %s, %.0f ms after the article was sent%n",
                        key, bestBefore, bestOf(script, key), (System.nanoTime() - published) / 1e6);

                assertThat(bestOf(script, key)).isEqualTo(HttpJson.get(pipeline.uri("/api/facts/" + key)).json().get("best").asText());
                assertThat(text(script, "window.__sameDocument")).as("updated in place, not reloaded").isEqualTo("no reload");
                WebElement row = row(script, key);
                assertThat(row.getAttribute("class")).contains("changed");
                row.click();
                wait.until(page -> driver.findElement(By.id("detail")).isDisplayed());

                assertThat(driver.findElements(By.cssSelector("#claims blockquote")))
                        .extracting(WebElement::getText).anySatisfy(quote -> assertThat(quote).contains(SCRIPT));
                assertThat(driver.findElements(By.cssSelector("#claims .source")))
                        .extracting(WebElement::getText).anySatisfy(source -> assertThat(source).startsWith(HOSTILE_OUTLET));
                assertThat(driver.findElements(By.cssSelector("#claims script, #claims img")))
                        .as("no markup made it into the page").isEmpty();
                assertThat(script.executeScript("return window.__factwirePwned === undefined")).as("no article script ran").isEqualTo(true);
                // The chart is the timeline by publication time: 4 as of the first article, 9 from the second one's.
                JsonNode timeline = HttpJson.get(pipeline.uri("/api/facts/" + key + "/timeline")).json().get("timeline");
                assertThat(timeline).extracting(point -> point.get("at").asText())
                        .containsExactly("2024-05-14T07:30:00Z", "2024-05-14T09:45:00Z");
                assertThat(driver.findElements(By.cssSelector("#chart circle title")))
                        .extracting(title -> title.getAttribute("textContent"))
                        .satisfiesExactly(
                                monday -> assertThat(monday).startsWith("2024-05-14 07:30 UTC: best 4"),
                                later -> assertThat(later).startsWith("2024-05-14 09:45 UTC: best 9"));
                wait.until(page -> !driver.findElement(By.id("lag-rows")).findElements(By.tagName("tr")).isEmpty());

                saveScreenshot(driver.getScreenshotAs(OutputType.FILE).toPath());
            }
        }
    }

    private static void publish(KafkaFixture kafka, Article article) {
        kafka.publish(kafka.topics.articles(), article.getId(), article);
    }

    /** The fact (from the API) that has a claim of {@code article}, or null while there is none. */
    private static JsonNode factWithClaimOf(RealPipeline pipeline, String article) throws Exception {
        HttpJson.Answer answer = HttpJson.get(pipeline.uri("/api/facts?outcome=killed&group=civilians"));
        if (answer.status() != 200) return null;
        for (JsonNode fact : answer.json().get("facts")) {
            for (JsonNode claim : fact.get("claims")) {
                if (claim.get("article").asText().equals(article)) return fact;
            }
        }
        return null;
    }

    private static void saveScreenshot(Path screenshot) throws Exception {
        Path target = Path.of("target", "screenshots", "live-page.png");
        Files.createDirectories(target.getParent());
        Files.copy(screenshot, target, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("live page screenshot: " + target.toAbsolutePath());
        // The README's picture changes only on request, so that a test run leaves the working tree clean.
        if (Boolean.getBoolean("factwire.update-docs")) {
            Path docs = Path.of(System.getProperty("factwire.root", ".."), "docs", "live-page.png");
            Files.createDirectories(docs.getParent());
            Files.copy(screenshot, docs, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("README picture updated: " + docs.toAbsolutePath());
        }
    }

    private static String text(JavascriptExecutor script, String expression) {
        Object value = script.executeScript("return " + expression);
        return value == null ? null : value.toString();
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
