package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.RolefitJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rolefit match --format html}: the page is parsed and held against the JSON of the same run. */
class MatchHtmlTest {
    private static final ObjectMapper JSON = RolefitJson.mapper();
    private static final String CANDIDATES = "samples/candidates";
    private static final String VACANCIES = "samples/vacancies";
    private static final String AS_OF = "2026-11";
    private static final List<String> VERDICTS = List.of("STRONG", "GOOD", "WEAK", "REJECTED");

    private static Cli.Run match(String... extra) {
        List<String> args = new ArrayList<>(List.of("match", "--candidates", CANDIDATES, "--vacancies", VACANCIES,
                "--as-of", AS_OF));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Parses the page as a browser would, failing on any HTML5 parse error (bad nesting, stray tags, bad characters). */
    private static Document page(Cli.Run run) {
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run::toString);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(run.out(), "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML5 parse errors");
        return doc;
    }

    private static JsonNode json(Cli.Run run) throws IOException {
        return JSON.readTree(run.out());
    }

    /** The matches grouped by one side's id, in output order. */
    private static Map<String, List<JsonNode>> listsBy(JsonNode report, String ownerField) {
        Map<String, List<JsonNode>> lists = new LinkedHashMap<>();
        for (JsonNode m : report.get("matches")) {
            lists.computeIfAbsent(m.get(ownerField).asText(), k -> new ArrayList<>()).add(m);
        }
        return lists;
    }

    /** The sample files of one side, in name order (the order rolefit reads a folder in). */
    private static List<JsonNode> samples(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            List<JsonNode> nodes = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                nodes.add(JSON.readTree(file.toFile()));
            }
            return nodes;
        }
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static int cellNumber(Element row, int column) {
        return Integer.parseInt(row.child(column).attr("data-v"));
    }

    /** Checks every match of the JSON against its row and its card in the page. */
    private static void assertPageShowsEveryMatch(Document doc, JsonNode report, String ownerField, String otherField) {
        Map<String, List<JsonNode>> lists = listsBy(report, ownerField);
        int rows = 0;
        for (Map.Entry<String, List<JsonNode>> list : lists.entrySet()) {
            Element section = doc.selectFirst("section.list[data-owner=" + list.getKey() + "]");
            assertNotNull(section, "a section for " + list.getKey());
            Elements tableRows = section.select("table.shortlist > tbody > tr");
            Elements cards = section.select("article.match");
            assertEquals(list.getValue().size(), tableRows.size(), list.getKey());
            assertEquals(list.getValue().size(), cards.size(), list.getKey());
            for (int i = 0; i < list.getValue().size(); i++) {
                JsonNode m = list.getValue().get(i);
                String what = m.get("candidateId").asText() + " for " + m.get("vacancyId").asText();
                Element row = tableRows.get(i);
                Element card = cards.get(i);
                assertEquals(m.get("candidateId").asText(), row.attr("data-candidate"), what);
                assertEquals(m.get("vacancyId").asText(), row.attr("data-vacancy"), what);
                assertEquals(m.get(otherField).asText(), row.selectFirst("th[scope=row]").attr("data-v"), what);

                assertEquals(m.get("rank").asText(), row.selectFirst("td.rank").text(), what);
                assertEquals(m.get("score").asDouble(), Double.parseDouble(row.selectFirst("td.score").attr("data-v")), what);
                assertEquals(oneDecimal(m.get("score").asDouble()), row.selectFirst("td.score").text(), what);
                assertTrue(row.selectFirst("td.verdict-cell").text().endsWith(m.get("verdict").asText()), what);
                assertEquals(oneDecimal(m.get("reverseScore").asDouble()), row.selectFirst("td.reverse").text(), what);

                assertEquals(m.get("candidateId").asText(), card.attr("data-candidate"), what);
                assertEquals(m.get("vacancyId").asText(), card.attr("data-vacancy"), what);
                assertEquals(m.get("rank").asText() + ".", card.selectFirst("h4 .rank").text(), what);
                assertEquals(oneDecimal(m.get("score").asDouble()), card.selectFirst(".match-head .score").text(), what);
                assertTrue(card.selectFirst(".match-head .verdict").text().endsWith(m.get("verdict").asText()), what);
                assertEquals(oneDecimal(m.get("reverseScore").asDouble()), card.selectFirst(".match-head .reverse").text(), what);

                List<String> matched = new ArrayList<>();
                m.get("evidence").get("matchedSkills").forEach(s -> matched.add(s.asText()));
                List<String> missing = new ArrayList<>();
                m.get("evidence").get("missingSkills").forEach(s -> missing.add(s.asText()));
                assertEquals(matched, chips(card, "matched"), what);
                assertEquals(missing, chips(card, "missing"), what);

                m.get("categoryScores").fields().forEachRemaining(c -> {
                    Element cell = card.selectFirst("table.cats tr[data-category=" + c.getKey() + "] td.met");
                    assertNotNull(cell, what + ": category " + c.getKey());
                    assertEquals(c.getValue().asDouble(), Double.parseDouble(cell.attr("data-v")), what + " " + c.getKey());
                    assertTrue(cell.text().endsWith(Math.round(c.getValue().asDouble() * 100) + "%"), what + " " + cell.text());
                });

                Elements reasons = card.select("details table.reasons > tbody > tr");
                assertEquals(m.get("reasons").size(), reasons.size(), what);
                for (int r = 0; r < reasons.size(); r++) {
                    JsonNode reason = m.get("reasons").get(r);
                    Element reasonRow = reasons.get(r);
                    assertEquals(reason.get("rule").asText(), reasonRow.selectFirst("th").text(), what);
                    assertEquals(reason.get("message").asText(), reasonRow.child(3).text(), what);
                    assertEquals(reason.get("points").asDouble(), Double.parseDouble(reasonRow.child(0).attr("data-v")), what);
                    assertEquals(reason.get("knockout").asBoolean(), reasonRow.hasClass("knocked"), what);
                }
                assertEquals(m.get("reverseReasons").size(), card.select("details table.reverse-reasons > tbody > tr").size(),
                        what);
                for (JsonNode reason : m.get("reasons")) {
                    if (reason.get("knockout").asBoolean()) {
                        assertTrue(texts(card.select("p.knockout")).contains("✗ Knockout — " + reason.get("rule").asText()
                                + ": " + reason.get("message").asText()), what + ": " + card.select("p.knockout"));
                    }
                }
            }
            rows += tableRows.size();
        }
        assertEquals(report.get("matches").size(), rows);
    }

    /** The skills of one chip list of a card, without their marks; empty when the card says "none". */
    private static List<String> chips(Element card, String kind) {
        return card.select("ul.chips." + kind + " > li").stream().map(li -> li.ownText().strip()).toList();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SamplesTopFive {
        private Cli.Run run;
        private Document doc;
        private JsonNode report;

        @BeforeAll
        void matchTheSamples() throws IOException {
            run = match("--format", "html", "--top", "5");
            doc = page(run);
            report = json(match("--format", "json", "--top", "5"));
        }

        @Test
        void samples_exitZeroWithAnHtml5PageAndItsLandmarks() {
            assertEquals(0, run.exitCode(), run::toString);
            assertEquals("", run.err());
            assertTrue(run.out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), run.out().substring(0, 40));
            assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
            assertTrue(doc.title().contains("12 vacancies × 25 candidates"), doc.title());
            assertEquals(1, doc.select("body > header").size());
            assertEquals(1, doc.select("body > main").size());
            assertEquals(1, doc.select("body > footer").size());
            assertEquals(1, doc.select("h1").size());
            for (String id : List.of("overview", "funnel", "lists")) {
                Element section = doc.getElementById(id);
                assertNotNull(section, id);
                assertEquals("section", section.tagName(), id);
                assertNotNull(doc.getElementById(section.attr("aria-labelledby")), id + " is labelled by its heading");
            }
            assertTrue(doc.selectFirst("header").text().contains(report.get("rulesetVersion").asText().substring(0, 19)));
        }

        @Test
        void everyTable_hasACaptionAndScopedHeaders() {
            Elements tables = doc.select("table");
            assertTrue(tables.size() > 12, "an overview table and a table per list at least");
            for (Element table : tables) {
                Element caption = table.selectFirst("> caption");
                assertNotNull(caption, table.className());
                assertFalse(caption.text().isBlank(), table.className());
                for (Element th : table.select("> thead th")) {
                    assertEquals("col", th.attr("scope"), table.className() + ": " + th.text());
                }
                for (Element th : table.select("> tbody th, > tfoot th")) {
                    assertEquals("row", th.attr("scope"), table.className() + ": " + th.text());
                }
            }
        }

        @Test
        void everyVacancy_hasASectionInReadingOrder() throws IOException {
            List<String> vacancies = samples(VACANCIES).stream().map(v -> v.get("id").asText()).toList();
            assertEquals(vacancies, doc.select("section.list").eachAttr("data-owner"));
            assertEquals(vacancies, doc.select("table.verdicts > tbody > tr").eachAttr("data-owner"));
            for (JsonNode vacancy : samples(VACANCIES)) {
                Element heading = doc.selectFirst("section.list[data-owner=" + vacancy.get("id").asText() + "] h3");
                assertEquals(vacancy.get("id").asText() + " — " + vacancy.get("title").asText(), heading.text());
            }
        }

        @Test
        void everyMatch_showsTheScoreRankVerdictSkillsAndReasonsOfTheJson() {
            assertPageShowsEveryMatch(doc, report, "vacancyId", "candidateId");
        }

        @Test
        void overview_countsEachVerdictPerVacancyAsTheJsonDoes() {
            Map<String, List<JsonNode>> lists = listsBy(report, "vacancyId");
            List<String> headers = texts(doc.select("table.verdicts > thead th"));
            assertEquals(List.of("Vacancy", "Strong", "Good", "Weak", "Total", "Best score"), headers);
            for (Element row : doc.select("table.verdicts > tbody > tr")) {
                List<JsonNode> list = lists.getOrDefault(row.attr("data-owner"), List.of());
                for (int v = 0; v < 3; v++) {
                    String verdict = VERDICTS.get(v);
                    assertEquals(list.stream().filter(m -> m.get("verdict").asText().equals(verdict)).count(),
                            cellNumber(row, v + 1), row.attr("data-owner") + " " + verdict);
                }
                assertEquals(list.size(), cellNumber(row, 4), row.attr("data-owner"));
            }
            Element all = doc.selectFirst("table.verdicts > tfoot > tr");
            assertEquals(String.valueOf(report.get("matches").size()), all.child(4).text());
        }

        @Test
        void scoreChart_countsEveryShortlistedPairOnce() {
            Element chart = doc.selectFirst("#overview figure svg.chart");
            assertNotNull(chart);
            assertEquals("img", chart.attr("role"));
            int drawn = chart.select("text.count").stream().mapToInt(t -> Integer.parseInt(t.text())).sum();
            assertEquals(report.get("matches").size(), drawn);
            assertEquals(10, chart.select("text.label").size());
            assertTrue(chart.selectFirst("desc").text().startsWith("0–9: "), chart.selectFirst("desc").text());
        }

        @Test
        void withoutIncludeRejected_thePageSaysRejectedPairsWereLeftOut() {
            assertTrue(doc.selectFirst("#funnel .note").text().contains("Rejected pairs were left out"),
                    doc.selectFirst("#funnel").text());
            assertTrue(doc.select("table.knockouts").isEmpty());
            assertTrue(doc.selectFirst("table.verdicts caption").text().contains("rejected pairs left out"));
        }

        @Test
        void nothingIsLoadedFromOutside() {
            assertTrue(doc.select("[src]").isEmpty(), () -> doc.select("[src]").toString());
            assertTrue(doc.select("link, img, iframe, object, embed, base, form").isEmpty());
            for (Element e : doc.select("[href]")) {
                assertTrue(e.attr("href").startsWith("#"), e.toString());
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getValue().matches("(?is).*https?://.*"), e.tagName() + " " + a);
                }
            }
            String style = doc.select("style").html();
            assertFalse(style.contains("@import"), "no @import");
            assertFalse(style.contains("url("), "no url() in the style");
            assertFalse(style.contains("@font-face"), "no web fonts");
            assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                    .startsWith("default-src 'none';"));
        }

        @Test
        void contentSecurityPolicy_allowsExactlyTheInlineStyleAndScript() {
            assertEquals(1, doc.select("style").size());
            assertEquals(1, doc.select("script").size());
            String policy = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(policy.contains("style-src '" + MatchHtml.sha256(doc.selectFirst("style").data()) + "'"), policy);
            assertTrue(policy.contains("script-src '" + MatchHtml.sha256(doc.selectFirst("script").data()) + "'"), policy);
            assertFalse(policy.contains("unsafe"), policy);
            assertTrue(doc.select("[style]").isEmpty(), "a style attribute would be refused by the policy");
        }

        @Test
        void withoutShowNames_noNameEmailOrPhoneAppears() throws IOException {
            for (JsonNode candidate : samples(CANDIDATES)) {
                for (String personal : List.of("name", "email", "phone")) {
                    if (candidate.hasNonNull(personal)) {
                        assertFalse(run.out().contains(candidate.get(personal).asText()),
                                candidate.get("id").asText() + ": " + personal + " appears in the page");
                    }
                }
            }
            assertTrue(doc.select(".name").isEmpty());
        }

        @Test
        void sameRunTwice_givesByteIdenticalPages() {
            assertEquals(run.out(), match("--format", "html", "--top", "5").out());
        }

        @Test
        void outFile_holdsTheSamePage(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("report.html");
            Cli.Run toFile = match("--format", "html", "--top", "5", "--out", file.toString());
            assertEquals(0, toFile.exitCode(), toFile::toString);
            assertEquals("", toFile.out());
            assertEquals(run.out(), Files.readString(file));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class IncludeRejected {
        private Document doc;
        private JsonNode report;

        @BeforeAll
        void matchTheSamples() throws IOException {
            doc = page(match("--format", "html", "--include-rejected"));
            report = json(match("--format", "json", "--include-rejected"));
        }

        @Test
        void everyMatch_rejectedOnesToo_showsWhatTheJsonSays() {
            assertTrue(doc.select("article.match.rejected").size() > 0, "the samples have knockouts");
            assertPageShowsEveryMatch(doc, report, "vacancyId", "candidateId");
        }

        @Test
        void funnelTable_countsThePairsEachKnockoutRejectedPerVacancyAndOverall() {
            Element table = doc.selectFirst("table.knockouts");
            assertNotNull(table);
            List<String> headers = texts(table.select("> thead th"));
            assertEquals("Scored", headers.get(1));
            assertEquals(List.of("Rejected", "Kept"), headers.subList(headers.size() - 2, headers.size()));
            List<String> rules = headers.subList(2, headers.size() - 2);
            assertFalse(rules.isEmpty());

            Map<String, List<JsonNode>> lists = listsBy(report, "vacancyId");
            for (Element row : table.select("> tbody > tr")) {
                assertFunnelRow(row, lists.getOrDefault(row.attr("data-owner"), List.of()), rules);
            }
            List<JsonNode> all = new ArrayList<>();
            report.get("matches").forEach(all::add);
            assertFunnelRow(table.selectFirst("> tfoot > tr"), all, rules);
            assertEquals(lists.keySet().size(), table.select("> tbody > tr").size());
        }

        private void assertFunnelRow(Element row, List<JsonNode> matches, List<String> rules) {
            String owner = row.attr("data-owner");
            assertEquals(matches.size(), cellNumber(row, 1), owner);
            for (int r = 0; r < rules.size(); r++) {
                String rule = rules.get(r);
                long failing = matches.stream().filter(m -> knockedOutBy(m, rule)).count();
                assertEquals(failing, cellNumber(row, 2 + r), owner + ": " + rule);
            }
            long rejected = matches.stream().filter(m -> m.get("verdict").asText().equals("REJECTED")).count();
            assertEquals(rejected, cellNumber(row, 2 + rules.size()), owner);
            assertEquals(matches.size() - rejected, cellNumber(row, 3 + rules.size()), owner);
        }

        private boolean knockedOutBy(JsonNode match, String rule) {
            for (JsonNode r : match.get("reasons")) {
                if (r.get("knockout").asBoolean() && r.get("rule").asText().equals(rule)) {
                    return true;
                }
            }
            return false;
        }

        @Test
        void funnelSteps_removeEachRejectedPairOnceAndEndWithTheKeptPairs() {
            Elements steps = doc.select("ol.funnel > li");
            long kept = 0;
            for (JsonNode m : report.get("matches")) {
                kept += m.get("verdict").asText().equals("REJECTED") ? 0 : 1;
            }
            assertTrue(steps.first().text().startsWith("Pairs scored"), steps.first().text());
            assertTrue(steps.first().text().contains(report.get("matches").size() + " left"), steps.first().text());
            assertTrue(steps.last().text().startsWith("Passed every knockout"), steps.last().text());
            assertTrue(steps.last().text().contains(kept + " left"), steps.last().text());
            int removed = 0;
            for (Element step : steps.subList(1, steps.size() - 1)) {
                java.util.regex.Matcher minus = java.util.regex.Pattern.compile("−(\\d+)").matcher(step.text());
                assertTrue(minus.find(), step.text());
                removed += Integer.parseInt(minus.group(1));
            }
            assertEquals(report.get("matches").size() - kept, removed);
        }

        @Test
        void withTop_thePageSaysTheFunnelOnlySeesTheCut() {
            Document cut = page(match("--format", "html", "--include-rejected", "--top", "5"));
            assertTrue(cut.selectFirst("#funnel .note").text().contains("cut at the top 5"), cut.selectFirst("#funnel").text());
        }
    }

    @Test
    void perCandidate_listsEachCandidatesVacanciesAsTheJsonDoes() throws IOException {
        Cli.Run run = match("--format", "html", "--per", "candidate", "--top", "3");
        Document doc = page(run);
        JsonNode report = json(match("--format", "json", "--per", "candidate", "--top", "3"));
        assertEquals(samples(CANDIDATES).stream().map(c -> c.get("id").asText()).toList(),
                doc.select("section.list").eachAttr("data-owner"));
        assertEquals("Shortlists per candidate", doc.selectFirst("h1").text());
        assertTrue(doc.title().contains("25 candidates × 12 vacancies"), doc.title());
        assertPageShowsEveryMatch(doc, report, "candidateId", "vacancyId");
    }

    @Test
    void showNames_putsTheNameNextToTheIdButNeverEmailOrPhone() throws IOException {
        Cli.Run run = match("--format", "html", "--show-names");
        assertEquals(0, run.exitCode(), run::toString);
        Document doc = page(run);
        for (JsonNode candidate : samples(CANDIDATES)) {
            String id = candidate.get("id").asText();
            for (Element card : doc.select("article.match[data-candidate=" + id + "]")) {
                assertEquals(id + " " + candidate.get("name").asText(), card.selectFirst("h4").text().replaceFirst("^\\d+\\. ", ""));
            }
            for (String personal : List.of("email", "phone")) {
                if (candidate.hasNonNull(personal)) {
                    assertFalse(run.out().contains(candidate.get(personal).asText()), id + ": " + personal);
                }
            }
        }
        assertTrue(doc.selectFirst("article.match[data-candidate=cand-001] h4").text().contains("Pieter-Jan Claes"));
    }

    @Test
    void showNamesWithAnotherFormat_isAUsageError() {
        Cli.Run run = match("--format", "json", "--show-names");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--show-names only applies to --format html"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void hostileText_isShownAsTextAndNeverRuns(@TempDir Path dir) throws IOException {
        Path candidates = Files.createDirectories(dir.resolve("candidates"));
        Path vacancies = Files.createDirectories(dir.resolve("vacancies"));
        ObjectNode candidate = (ObjectNode) JSON.readTree(Path.of(CANDIDATES, "cand-001.json").toFile());
        candidate.put("headline", "<script>alert(1)</script>")
                .put("name", "<img src=x onerror=alert(2)> \"Bobby\" & 'Tables'")
                .put("phone", "+32 470 12 34 56");
        Files.writeString(candidates.resolve("cand-001.json"), JSON.writeValueAsString(candidate));
        ObjectNode vacancy = (ObjectNode) JSON.readTree(Path.of(VACANCIES, "vac-001.json").toFile());
        vacancy.put("title", "</title></style><script>alert(3)</script>");
        Files.writeString(vacancies.resolve("vac-001.json"), JSON.writeValueAsString(vacancy));
        Files.writeString(vacancies.resolve("broken.json"), "{\"id\": \"<b onmouseover=alert(4)>\",\n");

        Cli.Run run = Cli.run("match", "--candidates", candidates.toString(), "--vacancies", vacancies.toString(),
                "--as-of", AS_OF, "--format", "html", "--show-names");
        assertEquals(1, run.exitCode(), run::toString);
        Document doc = page(run);

        assertEquals(1, doc.select("script").size(), "only the page's own script");
        assertTrue(doc.select("img, b").isEmpty());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), e.tagName() + " " + a);
            }
        }
        assertTrue(doc.title().startsWith("rolefit shortlists"), doc.title());
        assertTrue(run.out().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals("cand-001 <img src=x onerror=alert(2)> \"Bobby\" & 'Tables'",
                doc.selectFirst("article.match h4").text().replaceFirst("^\\d+\\. ", ""));
        assertEquals("<script>alert(1)</script>", doc.selectFirst("article.match .match-head .sub").text());
        assertEquals("vac-001 — </title></style><script>alert(3)</script>", doc.selectFirst("section.list h3").text());
        assertFalse(run.out().contains("+32 470"), "never the phone number");
        Element errors = doc.getElementById("errors");
        assertNotNull(errors, "the input error is listed");
        assertTrue(errors.selectFirst("tbody th").text().endsWith("broken.json"), errors.text());
    }

    @Test
    void escape_coversMarkupQuotesAndControlCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                MatchHtml.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("bell\uFFFD tab\tline\n", MatchHtml.escape("bell\u0007 tab\tline\n"));
        assertEquals("", MatchHtml.escape(null));
    }

    @Test
    void chart_needsOneCountPerLabel() {
        assertThrows(IllegalArgumentException.class, () -> Svg.columns("c", "t", List.of("a", "b"), List.of(1)));
        assertEquals("12.5", Svg.number(12.5));
        assertEquals("0", Svg.number(-0.001));
        assertEquals("100", Svg.number(100.0));
    }
}
