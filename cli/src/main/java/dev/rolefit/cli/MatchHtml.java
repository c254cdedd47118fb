package dev.rolefit.cli;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The HTML view of matches: one self-contained page for a recruiter's browser, with an overview
 * (verdicts per list, the knockout funnel, the spread of scores) and then every ranked list, each
 * match with its category bars, skill chips, knockouts and full explanation.
 *
 * <p>The page loads nothing: its style and its few lines of script (table sorting, opening every
 * explanation before printing) are inline and pinned by hash in its Content-Security-Policy, the
 * charts are inline SVG. Everything from the input is HTML-escaped. It shows ids, titles and
 * headlines; a candidate's name only when {@link Page#names()} has it, never an email or phone
 * number. The same report gives the same bytes.
 */
final class MatchHtml {
    /** The order categories are shown in; categories analysts add follow, alphabetically. */
    private static final List<String> CATEGORY_ORDER = List.of("ROLE", "SKILLS", "EDUCATION", "SENIORITY", "SALARY",
            "LOCATION", "EMPLOYMENT", "LANGUAGE");

    static final String STYLE = """
            :root{--ink:#1c232b;--muted:#55606c;--line:#d6dbe1;--soft:#f3f5f8;--accent:#1f5f8b;\
            --strong:#1b6b35;--good:#1f5f8b;--weak:#875100;--bad:#b3261e;--bad-soft:#fdeceb}
            *{box-sizing:border-box}
            body{margin:0;color:var(--ink);background:#fff;\
            font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",Arial,sans-serif}
            .skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
            header,main,footer{max-width:1200px;margin:0 auto;padding:0 1.5rem}
            header{padding-top:1.25rem;border-bottom:1px solid var(--line)}
            h1{font-size:1.6rem;margin:0}
            h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-bottom:.2rem;border-bottom:2px solid var(--ink)}
            h3{font-size:1.15rem;margin:2.25rem 0 .25rem}
            h4{font-size:1rem;margin:0}
            a{color:var(--accent)}
            code{font-size:.9em}
            .lead{margin:.25rem 0 0;color:var(--muted)}
            dl.meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.3rem 1.5rem;margin:.9rem 0}
            dl.meta div{display:flex;gap:.5rem}dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;font-weight:600}
            nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;margin:.5rem 0 1rem}
            .note{background:var(--soft);border-left:4px solid var(--accent);padding:.5rem .75rem;margin:.75rem 0}
            .overview{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
            .overview>div{flex:1 1 24rem;min-width:0}.overview>div:first-child{flex-grow:1.35}
            table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem;font-variant-numeric:tabular-nums}
            caption{text-align:left;font-weight:600;padding:.25rem 0 .4rem}
            th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            thead th{border-bottom:2px solid var(--ink);font-size:.85rem;color:var(--muted);vertical-align:bottom}
            tbody th{font-weight:600}
            table.verdicts thead th{white-space:nowrap}
            @media (min-width:1000px){table.shortlist thead th{white-space:nowrap}}
            .num{text-align:right}
            tfoot th,tfoot td{border-top:2px solid var(--ink);border-bottom:0;font-weight:700}
            th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
            th button::after{content:" \\2195";color:var(--muted);font-size:.85em}
            th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
            .sub{display:block;color:var(--muted);font-size:.85rem;font-weight:400}
            .name{font-weight:600}
            .verdict{display:inline-block;font-size:.75rem;font-weight:700;letter-spacing:.04em;padding:0 .4rem;\
            border:1.5px solid;border-radius:.3rem;white-space:nowrap}
            .v-strong{color:var(--strong)}.v-good{color:var(--good)}.v-weak{color:var(--weak)}
            .v-rejected{color:#fff;background:var(--bad);border-color:var(--bad)}
            svg.bar{vertical-align:middle;margin-right:.4rem}svg.bar .track{fill:#e6e9ed}
            .fill-strong{fill:var(--strong)}.fill-good{fill:var(--good)}.fill-weak{fill:var(--weak)}
            .fill-rejected,.fill-penalty{fill:var(--bad)}.fill{fill:var(--accent)}
            .ko{color:var(--bad);font-weight:700}.neg{color:var(--bad)}
            figure{margin:.25rem 0 1rem}figcaption{font-weight:600;padding:.25rem 0 .4rem}
            svg.chart{width:100%;height:auto;max-width:640px}.chart .column{fill:var(--accent)}
            .chart text{font-size:12px;fill:var(--ink)}.chart .axis{stroke:var(--ink)}
            ol.funnel{list-style:none;padding:0;margin:.25rem 0 1.5rem;max-width:60rem}
            ol.funnel li{display:grid;grid-template-columns:minmax(0,1fr) 200px 15rem;gap:.75rem;align-items:center;\
            padding:.2rem 0;border-bottom:1px solid var(--line)}
            article.match{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0;break-inside:avoid}
            article.rejected{border-left:6px solid var(--bad)}
            .match-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem}
            .match-head .score{font-size:1.3rem;font-weight:700}.rejected .match-head .score{color:var(--muted)}
            td.score{white-space:nowrap}
            .cols{display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:.5rem 1.5rem;margin-top:.5rem}
            table.cats{margin:0}table.cats th,table.cats td{border:0;padding:.1rem .4rem}td.met{white-space:nowrap}
            table.cats caption,.label{font-size:.85rem;font-weight:600;color:var(--muted);margin:0}
            ul.chips{list-style:none;margin:.2rem 0 .6rem;padding:0;display:flex;flex-wrap:wrap;gap:.3rem}
            .chip{border-radius:1rem;padding:0 .6rem;font-size:.85rem;border:1px solid}
            .chip.have{background:#e7f3eb;border-color:#93c3a3}
            .chip.miss{background:#fff;border:1.5px dashed var(--bad);color:var(--bad)}
            .knockout{background:var(--bad-soft);border:1px solid var(--bad);color:#7a1a14;padding:.35rem .6rem;\
            border-radius:.3rem;margin:.5rem 0}
            ul.why{list-style:none;padding:0;margin:.4rem 0}ul.why li{padding-left:1.2rem;text-indent:-1.2rem}
            .mark{display:inline-block;width:1.2rem;text-indent:0;font-weight:700}
            details{margin-top:.5rem}summary{cursor:pointer;color:var(--accent);font-weight:600}
            details table{font-size:.9rem}
            .guide{font-size:.9rem;background:var(--soft);border-radius:.5rem;padding:.1rem 1rem .5rem}
            .guide h3{font-size:1rem;margin:.75rem 0 .25rem}.guide ul{padding-left:1.1rem;margin:.25rem 0}
            .none{color:var(--muted);font-style:italic}.muted{color:var(--muted);font-size:.85rem}
            footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2rem;padding-bottom:2rem}
            @media (max-width:800px){.cols{grid-template-columns:1fr}}
            @media print{body{font-size:9pt}header,main,footer{max-width:none;padding:0}\
            .skip,nav,.guide li:last-child{display:none}th button::after{content:none}a{color:inherit;text-decoration:none}\
            h2,h3,h4,caption,figcaption,.match-head{break-after:avoid}\
            tr,figure,.knockout,.match-head,.cols{break-inside:avoid}article.match{break-inside:auto;padding:.4rem .6rem}\
            .cols{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}details table{font-size:8pt}\
            th,td{padding:.15rem .35rem}summary{color:inherit}table.cats svg.bar{width:80px}svg.chart{max-width:460px}\
            .verdict,.chip,.knockout,.note,.guide{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            @page{margin:14mm}
            """;

    /** Sorts a table by the clicked column (numbers by data-v), and opens every explanation before printing. */
    static final String SCRIPT = """
            function key(c){var v=c.dataset.v;return v===undefined?c.textContent.trim():v;}
            document.querySelectorAll("table.sortable th[data-sort]").forEach(function(th){
            var b=document.createElement("button");b.type="button";b.textContent=th.textContent;th.textContent="";th.appendChild(b);
            b.addEventListener("click",function(){var t=th.closest("table"),body=t.tBodies[0],i=th.cellIndex,num=th.dataset.sort==="num";
            var dir=th.getAttribute("aria-sort")==="ascending"?-1:1;
            t.querySelectorAll("th[aria-sort]").forEach(function(h){h.removeAttribute("aria-sort");});
            th.setAttribute("aria-sort",dir>0?"ascending":"descending");
            Array.from(body.rows).sort(function(x,y){var a=key(x.cells[i]),c=key(y.cells[i]);
            return dir*(num?Number(a)-Number(c):a.localeCompare(c));}).forEach(function(r){body.appendChild(r);});});});
            addEventListener("beforeprint",function(){document.querySelectorAll("details").forEach(function(d){d.open=true;});});
            """;

    /** Allows exactly the page's own style and script: nothing is fetched, injected markup cannot run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    /**
     * What the page shows besides the matches.
     *
     * @param per                whose lists the ranks count within
     * @param top                the cut of each list, 0 for none
     * @param includeRejected    whether rejected pairs were kept
     * @param vacancyTitles      every vacancy matched, in reading order, id → title ("" when none)
     * @param candidateHeadlines every candidate matched, in reading order, id → headline ("" when none)
     * @param names              candidate id → name, only with {@code --show-names}; empty otherwise
     */
    record Page(MatchOptions.Per per, int top, boolean includeRejected, Map<String, String> vacancyTitles,
                Map<String, String> candidateHeadlines, Map<String, String> names) {
        Page {
            vacancyTitles = Collections.unmodifiableMap(new LinkedHashMap<>(vacancyTitles));
            candidateHeadlines = Collections.unmodifiableMap(new LinkedHashMap<>(candidateHeadlines));
            names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        }

        private boolean perVacancy() {
            return per == MatchOptions.Per.VACANCY;
        }
    }

    private MatchHtml() {
    }

    /** Each candidate's name by id, the first record of an id winning as it does in the engine; no blank names. */
    static Map<String, String> names(Documents.Batch<Candidate> batch) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Documents.Sourced<Candidate> sourced : batch.records()) {
            Candidate c = sourced.record();
            if (c.name() != null && !c.name().isBlank()) {
                names.putIfAbsent(c.id(), c.name().strip());
            }
        }
        return names;
    }

    static void write(MatchReport report, Page page, Writer out) throws IOException {
        out.write(new View(report, page).render());
    }

    /** HTML-escapes text for element content and quoted attributes; control characters become U+FFFD. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        b.append('\uFFFD');
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** "sha256-…" of a text as CSP source expressions write it. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** One rendering of one report. */
    private static final class View {
        private final MatchReport report;
        private final Page page;
        private final Map<String, String> owners;
        private final Map<String, List<Match>> lists = new LinkedHashMap<>();
        private final Map<String, String> anchors = new LinkedHashMap<>();
        private final List<String> knockoutRules;
        private final StringBuilder h = new StringBuilder(1 << 16);

        View(MatchReport report, Page page) {
            this.report = report;
            this.page = page;
            this.owners = page.perVacancy() ? page.vacancyTitles() : page.candidateHeadlines();
            owners.keySet().forEach(id -> lists.put(id, new ArrayList<>()));
            for (Match m : report.matches()) {
                lists.computeIfAbsent(owner(m), id -> new ArrayList<>()).add(m);
            }
            int i = 0;
            for (String id : lists.keySet()) {
                anchors.put(id, "list-" + (++i));
            }
            Map<String, Integer> fired = new TreeMap<>();
            for (Match m : report.matches()) {
                knockouts(m).forEach(r -> fired.merge(r, 1, Integer::sum));
            }
            knockoutRules = fired.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        String render() {
            String title = "rolefit shortlists — " + counts() + " — as of " + report.asOf();
            h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                    .append(escape(CONTENT_SECURITY_POLICY)).append("\">\n")
                    .append("<meta name=\"generator\" content=\"rolefit\">\n")
                    .append("<title>").append(escape(title)).append("</title>\n")
                    .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                    .append("<a class=\"skip\" href=\"#lists\">Skip to the shortlists</a>\n");
            header();
            h.append("<main>\n");
            overview();
            funnel();
            shortlists();
            errors();
            h.append("</main>\n");
            footer();
            h.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
            return h.toString();
        }

        private void header() {
            Map<Verdict, Integer> verdicts = verdictCounts(report.matches());
            h.append("<header>\n<h1>Shortlists per ").append(ownerNoun()).append("</h1>\n")
                    .append("<p class=\"lead\">").append(counts()).append(", matched by rolefit. Every score is explained; ")
                    .append("the scores support a recruiter's judgement and do not replace it.</p>\n")
                    .append("<dl class=\"meta\">\n");
            meta("Rule set", "<code title=\"" + escape(report.rulesetVersion()) + "\">"
                    + escape(MatchText.shortVersion(report.rulesetVersion())) + "</code>");
            meta("As of", escape(report.asOf()));
            meta("Mode", escape(report.mode()) + ("exhaustive".equals(report.mode())
                    ? " (every pair scored)" : " (pairs worth scoring retrieved first)"));
            meta("Lists", "per " + ownerNoun() + ", " + (page.top() == 0 ? "all " + otherNouns()
                    : "top " + page.top() + " " + otherNouns()));
            meta("Matches", report.matches().size() + " (" + verdictSummary(verdicts) + ")");
            meta("Rejected pairs", page.includeRejected() ? "included" : "left out");
            meta("Candidates shown as", report.redacted() ? "ids only (redacted: no names, headlines or other free text)"
                    : page.names().isEmpty() ? "ids (no personal data)" : "ids and names");
            if (!report.errors().isEmpty()) {
                meta("Input errors", "<a href=\"#errors\">" + report.errors().size() + "</a>");
            }
            h.append("</dl>\n<nav aria-label=\"Report sections\"><ul>")
                    .append("<li><a href=\"#overview\">Overview</a></li>")
                    .append("<li><a href=\"#funnel\">Knockout funnel</a></li>")
                    .append("<li><a href=\"#lists\">Shortlists</a></li>");
            if (!report.errors().isEmpty()) {
                h.append("<li><a href=\"#errors\">Input errors</a></li>");
            }
            h.append("</ul></nav>\n</header>\n");
        }

        private void meta(String term, String html) {
            h.append("<div><dt>").append(escape(term)).append("</dt><dd>").append(html).append("</dd></div>\n");
        }

        private void overview() {
            boolean rejectedColumn = page.includeRejected();
            List<Verdict> shown = new ArrayList<>(List.of(Verdict.STRONG, Verdict.GOOD, Verdict.WEAK));
            if (rejectedColumn) {
                shown.add(Verdict.REJECTED);
            }
            h.append("<section id=\"overview\" aria-labelledby=\"overview-h\">\n")
                    .append("<h2 id=\"overview-h\">Overview</h2>\n<div class=\"overview\">\n<div>\n")
                    .append("<table class=\"sortable verdicts\">\n<caption>").append(capitalised(otherNouns()))
                    .append(" per verdict, per ").append(ownerNoun())
                    .append(rejectedColumn ? "" : " (rejected pairs left out)").append("</caption>\n<thead><tr>")
                    .append("<th scope=\"col\" data-sort=\"text\">").append(capitalised(ownerNoun())).append("</th>");
            for (Verdict v : shown) {
                h.append("<th scope=\"col\" class=\"num\" data-sort=\"num\">").append(capitalised(v.name().toLowerCase(Locale.ROOT)))
                        .append("</th>");
            }
            h.append("<th scope=\"col\" class=\"num\" data-sort=\"num\">Total</th>")
                    .append("<th scope=\"col\" class=\"num\" data-sort=\"num\">Best score</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, List<Match>> list : lists.entrySet()) {
                Map<Verdict, Integer> counts = verdictCounts(list.getValue());
                h.append("<tr data-owner=\"").append(escape(list.getKey())).append("\">");
                ownerCell(list.getKey());
                for (Verdict v : shown) {
                    numberCell(counts.get(v));
                }
                numberCell(list.getValue().size());
                double best = list.getValue().stream().filter(m -> m.verdict() != Verdict.REJECTED)
                        .mapToDouble(Match::score).max().orElse(Double.NaN);
                if (Double.isNaN(best)) {
                    h.append("<td class=\"num\" data-v=\"-1\">—</td>");
                } else {
                    h.append("<td class=\"num\" data-v=\"").append(best).append("\">").append(oneDecimal(best)).append("</td>");
                }
                h.append("</tr>\n");
            }
            Map<Verdict, Integer> all = verdictCounts(report.matches());
            h.append("</tbody>\n<tfoot><tr><th scope=\"row\">All</th>");
            for (Verdict v : shown) {
                h.append("<td class=\"num\">").append(all.get(v)).append("</td>");
            }
            h.append("<td class=\"num\">").append(report.matches().size()).append("</td><td></td></tr></tfoot>\n</table>\n</div>\n");
            h.append("<div>\n");
            distribution();
            guide();
            h.append("</div>\n</div>\n</section>\n");
        }

        private void distribution() {
            List<String> labels = new ArrayList<>();
            List<Integer> counts = new ArrayList<>(Collections.nCopies(10, 0));
            for (int bin = 0; bin < 10; bin++) {
                labels.add(bin * 10 + "–" + (bin == 9 ? 100 : bin * 10 + 9));
            }
            int kept = 0;
            for (Match m : report.matches()) {
                if (m.verdict() != Verdict.REJECTED) {
                    int bin = (int) Math.max(0, Math.min(9, Math.floor(m.score() / 10)));
                    counts.set(bin, counts.get(bin) + 1);
                    kept++;
                }
            }
            int rejected = report.matches().size() - kept;
            String what = "Scores of the " + kept + " " + (kept == 1 ? "pair" : "pairs") + " that passed every knockout";
            h.append("<figure>\n<figcaption id=\"scores-caption\">").append(escape(what)).append("</figcaption>\n")
                    .append(Svg.columns("scores", what + ", in bands of 10 points", labels, counts)).append('\n');
            if (rejected > 0) {
                h.append("<p class=\"sub\">").append(rejected).append(rejected == 1 ? " rejected pair is" : " rejected pairs are")
                        .append(" not drawn: a knockout decides them, not the score.</p>\n");
            }
            h.append("</figure>\n");
        }

        private void guide() {
            String other = otherNoun();
            h.append("<div class=\"guide\">\n<h3>How to read this report</h3>\n<ul>\n")
                    .append("<li><strong>Score</strong> (0–100): how well the candidate meets the vacancy. ")
                    .append("The verdict follows from it: STRONG, GOOD or WEAK; ")
                    .append("<strong>✗ REJECTED</strong> when a knockout rule fired, whatever the score.</li>\n")
                    .append("<li><strong>Reverse fit</strong> (0–100): how well the vacancy meets the candidate's wishes: ")
                    .append("salary, remote policy, contract, the next step in a career.</li>\n")
                    .append("<li><strong>Score by category</strong>: the bar and the percentage are the share of the category ")
                    .append("met; the points are what it adds to the score.</li>\n")
                    .append("<li><strong>✓</strong> a skill the vacancy asks for that the candidate has; ")
                    .append("<strong>✗</strong> a required skill they lack.</li>\n")
                    .append("<li>Select a column heading to sort a table; ")
                    .append("“Full explanation” under each ").append(other)
                    .append(" lists every rule that fired, with its points.</li>\n</ul>\n</div>\n");
        }

        private void funnel() {
            h.append("<section id=\"funnel\" aria-labelledby=\"funnel-h\">\n<h2 id=\"funnel-h\">Knockout funnel</h2>\n");
            if (!page.includeRejected()) {
                h.append("<p class=\"note\">Rejected pairs were left out of this report, so it cannot say how many pairs ")
                        .append("each knockout removed. Run <code>rolefit match</code> with <code>--include-rejected</code> ")
                        .append("to see the funnel.</p>\n</section>\n");
                return;
            }
            if (page.top() > 0) {
                h.append("<p class=\"note\">Each list was cut at the top ").append(page.top())
                        .append(" and rejected pairs rank last, so only the rejected pairs within each cut are counted. ")
                        .append("Run without <code>--top</code> for the whole funnel.</p>\n");
            }
            if (!"exhaustive".equals(report.mode())) {
                h.append("<p class=\"sub\">Mode indexed: a pair is scored when retrieval found it worth scoring; ")
                        .append("the others are neither counted nor rejected here.</p>\n");
            }
            if (knockoutRules.isEmpty()) {
                h.append("<p>No knockout rule fired: every pair scored is in the shortlists.</p>\n</section>\n");
                return;
            }
            overallFunnel();
            funnelTable();
            h.append("</section>\n");
        }

        /** Overall, in steps: each knockout removes the pairs still in that fail it; the rest are kept. */
        private void overallFunnel() {
            List<Match> remaining = new ArrayList<>(report.matches());
            int scored = remaining.size();
            h.append("<h3 id=\"funnel-all-h\">All pairs, step by step</h3>\n<ol class=\"funnel\" aria-labelledby=\"funnel-all-h\">\n");
            funnelStep("Pairs scored", scored, scored, "");
            for (String rule : knockoutRules) {
                List<Match> removed = remaining.stream().filter(m -> knockouts(m).contains(rule)).toList();
                remaining.removeAll(removed);
                long inAll = report.matches().stream().filter(m -> knockouts(m).contains(rule)).count();
                funnelStep("<span class=\"ko\">✗</span> " + escape(rule), remaining.size(), scored,
                        "−" + removed.size() + (inAll == removed.size() ? "" : " (fails " + inAll + " in all)"));
            }
            long kept = report.matches().stream().filter(m -> m.verdict() != Verdict.REJECTED).count();
            funnelStep("Passed every knockout", (int) kept, scored, "");
            h.append("</ol>\n");
        }

        private void funnelStep(String labelHtml, int left, int scored, String removed) {
            h.append("<li><span>").append(labelHtml).append("</span>")
                    .append(Svg.bar(scored == 0 ? 0 : (double) left / scored, "fill", 170, 12))
                    .append("<span class=\"num\"><strong>").append(left).append("</strong> left")
                    .append(removed.isEmpty() ? "" : " <span class=\"neg\">" + escape(removed) + "</span>")
                    .append("</span></li>\n");
        }

        private void funnelTable() {
            h.append("<table class=\"sortable knockouts\">\n<caption>Pairs each knockout rejected, per ").append(ownerNoun())
                    .append(" (a pair can fail several knockouts, so a row's knockouts can add up to more than its rejected pairs)")
                    .append("</caption>\n<thead><tr><th scope=\"col\" data-sort=\"text\">").append(capitalised(ownerNoun()))
                    .append("</th><th scope=\"col\" class=\"num\" data-sort=\"num\">Scored</th>");
            for (String rule : knockoutRules) {
                h.append("<th scope=\"col\" class=\"num\" data-sort=\"num\">").append(escape(rule)).append("</th>");
            }
            h.append("<th scope=\"col\" class=\"num\" data-sort=\"num\">Rejected</th>")
                    .append("<th scope=\"col\" class=\"num\" data-sort=\"num\">Kept</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, List<Match>> list : lists.entrySet()) {
                h.append("<tr data-owner=\"").append(escape(list.getKey())).append("\">");
                ownerCell(list.getKey());
                funnelCells(list.getValue());
                h.append("</tr>\n");
            }
            h.append("</tbody>\n<tfoot><tr><th scope=\"row\">All</th>");
            funnelCells(report.matches());
            h.append("</tr></tfoot>\n</table>\n");
        }

        private void funnelCells(List<Match> matches) {
            numberCell(matches.size());
            for (String rule : knockoutRules) {
                numberCell((int) matches.stream().filter(m -> knockouts(m).contains(rule)).count());
            }
            int rejected = (int) matches.stream().filter(m -> m.verdict() == Verdict.REJECTED).count();
            numberCell(rejected);
            numberCell(matches.size() - rejected);
        }

        private void shortlists() {
            h.append("<section id=\"lists\" aria-labelledby=\"lists-h\">\n<h2 id=\"lists-h\">Shortlists</h2>\n");
            if (lists.isEmpty()) {
                h.append("<p class=\"none\">Nothing was matched.</p>\n");
            }
            for (Map.Entry<String, List<Match>> list : lists.entrySet()) {
                shortlist(list.getKey(), list.getValue());
            }
            h.append("</section>\n");
        }

        private void shortlist(String ownerId, List<Match> matches) {
            String anchor = anchors.get(ownerId);
            String title = owners.getOrDefault(ownerId, "");
            h.append("<section class=\"list\" id=\"").append(anchor).append("\" data-owner=\"").append(escape(ownerId))
                    .append("\" aria-labelledby=\"").append(anchor).append("-h\">\n<h3 id=\"").append(anchor).append("-h\">")
                    .append(idAndName(ownerId, !page.perVacancy()));
            if (!title.isBlank()) {
                h.append(" — <span class=\"title\">").append(escape(title)).append("</span>");
            }
            h.append("</h3>\n");
            if (matches.isEmpty()) {
                h.append("<p class=\"none\">No ").append(otherNouns()).append(page.includeRejected() ? "" : " passed the knockouts")
                        .append(" here.</p>\n</section>\n");
                return;
            }
            Map<Verdict, Integer> verdicts = verdictCounts(matches);
            h.append("<p class=\"sub\">").append(matches.size()).append(' ')
                    .append(matches.size() == 1 ? otherNoun() : otherNouns()).append(": ").append(verdictSummary(verdicts))
                    .append(".</p>\n");
            boolean anyRejected = matches.stream().anyMatch(m -> m.verdict() == Verdict.REJECTED);

            h.append("<table class=\"sortable shortlist\">\n<caption>Ranked ").append(otherNouns()).append(" for ")
                    .append(escape(ownerId)).append("</caption>\n<thead><tr>")
                    .append("<th scope=\"col\" class=\"num\" data-sort=\"num\" aria-sort=\"ascending\">Rank</th>")
                    .append("<th scope=\"col\" data-sort=\"text\">").append(capitalised(otherNoun())).append("</th>")
                    .append("<th scope=\"col\" data-sort=\"num\">Score</th>")
                    .append("<th scope=\"col\" data-sort=\"num\">Verdict</th>")
                    .append("<th scope=\"col\" class=\"num\" data-sort=\"num\">Reverse fit</th>")
                    .append("<th scope=\"col\" class=\"num\" data-sort=\"num\">Skills matched</th>")
                    .append("<th scope=\"col\" class=\"num\" data-sort=\"num\">Required skills missing</th>");
            if (anyRejected) {
                h.append("<th scope=\"col\" data-sort=\"text\">Knockout</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (int i = 0; i < matches.size(); i++) {
                Match m = matches.get(i);
                String card = anchor + "-" + (i + 1);
                h.append("<tr data-candidate=\"").append(escape(m.candidateId())).append("\" data-vacancy=\"")
                        .append(escape(m.vacancyId())).append("\"><td class=\"num rank\" data-v=\"").append(m.rank()).append("\">")
                        .append(m.rank()).append("</td><th scope=\"row\" data-v=\"").append(escape(other(m))).append("\">")
                        .append("<a href=\"#").append(card).append("\">").append(idAndName(other(m), page.perVacancy()))
                        .append("</a>");
                String otherTitle = otherTitle(m);
                if (!otherTitle.isBlank()) {
                    h.append("<span class=\"sub\">").append(escape(otherTitle)).append("</span>");
                }
                h.append("</th><td class=\"score\" data-v=\"").append(m.score()).append("\">")
                        .append(Svg.bar(m.score() / 100, "fill-" + verdictClass(m.verdict()), 90, 10))
                        .append(oneDecimal(m.score())).append("</td><td class=\"verdict-cell\" data-v=\"")
                        .append(m.verdict().ordinal()).append("\">").append(verdictBadge(m.verdict()))
                        .append("</td><td class=\"num reverse\" data-v=\"").append(m.reverseScore()).append("\">")
                        .append(oneDecimal(m.reverseScore())).append("</td>");
                numberCell(m.evidence().matchedSkills().size());
                numberCell(m.evidence().missingSkills().size());
                if (anyRejected) {
                    List<String> ko = knockouts(m);
                    h.append("<td>").append(ko.isEmpty() ? "—" : "<span class=\"ko\">✗</span> " + escape(String.join("; ", ko)))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
            for (int i = 0; i < matches.size(); i++) {
                card(matches.get(i), anchor + "-" + (i + 1));
            }
            h.append("</section>\n");
        }

        private void card(Match m, String id) {
            String verdict = verdictClass(m.verdict());
            h.append("<article class=\"match ").append(verdict).append("\" id=\"").append(id)
                    .append("\" data-candidate=\"").append(escape(m.candidateId())).append("\" data-vacancy=\"")
                    .append(escape(m.vacancyId())).append("\" aria-labelledby=\"").append(id).append("-h\">\n")
                    .append("<div class=\"match-head\"><h4 id=\"").append(id).append("-h\"><span class=\"rank\">")
                    .append(m.rank()).append(".</span> ").append(idAndName(other(m), page.perVacancy())).append("</h4>")
                    .append("<span class=\"score\">").append(oneDecimal(m.score())).append("</span>")
                    .append(m.verdict() == Verdict.REJECTED ? "<span class=\"muted\">(the score without the knockout)</span>" : "")
                    .append(verdictBadge(m.verdict()))
                    .append("<span>reverse fit <strong class=\"reverse\">").append(oneDecimal(m.reverseScore()))
                    .append("</strong></span>");
            String otherTitle = otherTitle(m);
            if (!otherTitle.isBlank()) {
                h.append("<span class=\"sub\">").append(escape(otherTitle)).append("</span>");
            }
            h.append("</div>\n");

            for (Reason r : m.reasons()) {
                if (r.knockout()) {
                    h.append("<p class=\"knockout\"><strong>✗ Knockout — ").append(escape(r.rule())).append(":</strong> ")
                            .append(escape(r.message())).append("</p>\n");
                }
            }
            h.append("<div class=\"cols\">\n");
            categories(m);
            h.append("<div>\n");
            chips("Skills matched", "matched", "have", "✓", m.evidence().matchedSkills());
            chips("Required skills missing", "missing", "miss", "✗", m.evidence().missingSkills());
            List<Reason> weightiest = MatchText.weightiest(m.reasons().stream().filter(r -> !r.knockout()).toList());
            if (!weightiest.isEmpty()) {
                h.append("<p class=\"label\">Weighed most</p>\n<ul class=\"why\">\n");
                for (Reason r : weightiest) {
                    h.append("<li><span class=\"mark\">").append(r.points() < 0 ? "−" : "+").append("</span>")
                            .append(escape(r.message())).append("</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</div>\n</div>\n");
            explanation(m);
            h.append("</article>\n");
        }

        /** A bar per category: how much of it was met, and the points it gave the score. */
        private void categories(Match m) {
            Map<String, Double> points = new LinkedHashMap<>();
            Set<String> knockedOut = new LinkedHashSet<>();
            for (Reason r : m.reasons()) {
                points.merge(r.category(), r.points(), Double::sum);
                if (r.knockout()) {
                    knockedOut.add(r.category());
                }
            }
            Set<String> categories = new TreeSet<>(Comparator.comparingInt((String c) -> {
                int at = CATEGORY_ORDER.indexOf(c);
                return at < 0 ? CATEGORY_ORDER.size() : at;
            }).thenComparing(Comparator.naturalOrder()));
            categories.addAll(m.categoryScores().keySet());
            categories.addAll(points.keySet());

            h.append("<table class=\"cats\">\n<caption>Score by category</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Category</th><th scope=\"col\">Share met</th>")
                    .append("<th scope=\"col\" class=\"num\">Points</th></tr></thead>\n<tbody>\n");
            for (String category : categories) {
                Double met = m.categoryScores().get(category);
                double pts = points.getOrDefault(category, 0.0);
                boolean ko = knockedOut.contains(category);
                h.append("<tr data-category=\"").append(escape(category)).append("\"><th scope=\"row\">")
                        .append(escape(words(category))).append("</th><td class=\"met\"")
                        .append(met == null ? "" : " data-v=\"" + met + "\"").append(">")
                        .append(Svg.bar(met == null ? 0 : met, pts < 0 ? "fill-penalty" : "fill", 150, 10))
                        .append(met == null ? "not scored" : Math.round(met * 100) + "%").append("</td>")
                        .append("<td class=\"num points").append(pts < 0 ? " neg" : "").append("\" data-v=\"")
                        .append(Svg.number(pts)).append("\">").append(signed(pts));
                if (ko) {
                    h.append(" <span class=\"ko\">✗ knockout</span>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }

        private void chips(String label, String kind, String cssClass, String mark, List<String> skills) {
            h.append("<p class=\"label\">").append(escape(label)).append(" (").append(skills.size()).append(")</p>\n");
            if (skills.isEmpty()) {
                h.append("<p class=\"none\">none</p>\n");
                return;
            }
            h.append("<ul class=\"chips ").append(kind).append("\" aria-label=\"").append(escape(label)).append("\">");
            for (String skill : skills) {
                h.append("<li class=\"chip ").append(cssClass).append("\"><span aria-hidden=\"true\">").append(mark)
                        .append(" </span>").append(escape(skill)).append("</li>");
            }
            h.append("</ul>\n");
        }

        private void explanation(Match m) {
            h.append("<details>\n<summary>Full explanation: ").append(m.reasons().size())
                    .append(m.reasons().size() == 1 ? " reason" : " reasons");
            if (!m.reverseReasons().isEmpty()) {
                h.append(", and ").append(m.reverseReasons().size()).append(" for the reverse fit");
            }
            h.append("</summary>\n");
            reasonTable("Why " + m.candidateId() + " scores " + oneDecimal(m.score()) + " for " + m.vacancyId(),
                    "reasons", m.reasons());
            if (!m.reverseReasons().isEmpty()) {
                reasonTable("What " + m.vacancyId() + " offers " + m.candidateId() + ": reverse fit "
                        + oneDecimal(m.reverseScore()), "reverse-reasons", m.reverseReasons());
            }
            h.append("</details>\n");
        }

        private void reasonTable(String caption, String cssClass, List<Reason> reasons) {
            h.append("<table class=\"").append(cssClass).append("\">\n<caption>").append(escape(caption))
                    .append("</caption>\n<thead><tr><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\">Category</th>")
                    .append("<th scope=\"col\">Rule</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
            for (Reason r : reasons) {
                h.append("<tr").append(r.knockout() ? " class=\"knocked\"" : "").append("><td class=\"num")
                        .append(r.points() < 0 ? " neg" : "").append("\" data-v=\"").append(r.points()).append("\">")
                        .append(r.knockout() ? "<span class=\"ko\">✗ knockout</span>" : signed(r.points()))
                        .append("</td><td>").append(escape(words(r.category()))).append("</td><th scope=\"row\">")
                        .append(escape(r.rule())).append("</th><td>").append(escape(r.message())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }

        private void errors() {
            if (report.errors().isEmpty()) {
                return;
            }
            h.append("<section id=\"errors\" aria-labelledby=\"errors-h\">\n<h2 id=\"errors-h\">Input errors</h2>\n")
                    .append("<p>These records could not be used; everything else was matched.</p>\n")
                    .append("<table class=\"errors\">\n<caption>").append(report.errors().size())
                    .append(report.errors().size() == 1 ? " record" : " records").append(" left out</caption>\n")
                    .append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Where</th>")
                    .append("<th scope=\"col\">Problem</th></tr></thead>\n<tbody>\n");
            for (InputError e : report.errors()) {
                h.append("<tr><th scope=\"row\">").append(escape(e.source())).append("</th><td>").append(escape(e.location()))
                        .append("</td><td>").append(escape(e.message())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</section>\n");
        }

        private void footer() {
            h.append("<footer>\n<p>Made by rolefit with rule set <code>").append(escape(report.rulesetVersion()))
                    .append("</code>, as of ").append(escape(report.asOf()))
                    .append(". The same input and rules give the same report. Ids stand in for candidates")
                    .append(page.names().isEmpty() ? "" : " (names shown at the user's request)")
                    .append("; no email addresses or phone numbers are shown.</p>\n</footer>\n");
        }

        private void ownerCell(String ownerId) {
            String title = owners.getOrDefault(ownerId, "");
            h.append("<th scope=\"row\" data-v=\"").append(escape(ownerId)).append("\"><a href=\"#")
                    .append(anchors.get(ownerId)).append("\">").append(idAndName(ownerId, !page.perVacancy())).append("</a>");
            if (!title.isBlank()) {
                h.append("<span class=\"sub\">").append(escape(title)).append("</span>");
            }
            h.append("</th>");
        }

        private void numberCell(int n) {
            h.append("<td class=\"num\" data-v=\"").append(n).append("\">").append(n).append("</td>");
        }

        private String idAndName(String id, boolean isCandidate) {
            String name = isCandidate ? page.names().get(id) : null;
            return "<span class=\"id\">" + escape(id) + "</span>"
                    + (name == null ? "" : " <span class=\"name\">" + escape(name) + "</span>");
        }

        private String owner(Match m) {
            return page.perVacancy() ? m.vacancyId() : m.candidateId();
        }

        private String other(Match m) {
            return page.perVacancy() ? m.candidateId() : m.vacancyId();
        }

        private String otherTitle(Match m) {
            return page.perVacancy() ? page.candidateHeadlines().getOrDefault(m.candidateId(), "")
                    : page.vacancyTitles().getOrDefault(m.vacancyId(), "");
        }

        private String counts() {
            String v = count(page.vacancyTitles().size(), "vacancy", "vacancies");
            String c = count(page.candidateHeadlines().size(), "candidate", "candidates");
            return page.perVacancy() ? v + " × " + c : c + " × " + v;
        }

        private String ownerNoun() {
            return page.perVacancy() ? "vacancy" : "candidate";
        }

        private String otherNoun() {
            return page.perVacancy() ? "candidate" : "vacancy";
        }

        private String otherNouns() {
            return page.perVacancy() ? "candidates" : "vacancies";
        }
    }

    /** The names of the knockout rules that fired on a match, in the match's order, each once. */
    private static List<String> knockouts(Match m) {
        return m.reasons().stream().filter(Reason::knockout).map(Reason::rule).distinct().toList();
    }

    private static Map<Verdict, Integer> verdictCounts(List<Match> matches) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        matches.forEach(m -> counts.merge(m.verdict(), 1, Integer::sum));
        return counts;
    }

    private static String verdictSummary(Map<Verdict, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((v, n) -> {
            if (n > 0 || v != Verdict.REJECTED) {
                parts.add(n + " " + v.name().toLowerCase(Locale.ROOT));
            }
        });
        return String.join(", ", parts);
    }

    private static String verdictClass(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    private static String verdictBadge(Verdict v) {
        return "<span class=\"verdict v-" + verdictClass(v) + "\">" + (v == Verdict.REJECTED ? "✗ " : "") + v.name()
                + "</span>";
    }

    /** "LANGUAGE" → "Language", "WORK_PERMIT" → "Work permit". */
    private static String words(String category) {
        return capitalised(category.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** "+12.0", "−4.6" (a real minus sign), "0.0". */
    private static String signed(double value) {
        String s = oneDecimal(Math.abs(value));
        if (s.equals("0.0")) {
            return s;
        }
        return (value < 0 ? "−" : "+") + s;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
