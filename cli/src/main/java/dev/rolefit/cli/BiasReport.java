package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.model.Match;
import dev.rolefit.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The bias audit of a batch of matches, as New York City's Local Law 144 and the DCWP rules (6 RCNY
 * §§ 5-300, 5-301) describe it, with the EEOC four-fifths rule as the flag.
 *
 * <p>Definitions, for each scope (each vacancy, and the batch overall):
 * <ul>
 *   <li><b>Unit.</b> Per vacancy, each candidate scored for it counts once: the DCWP rules count
 *       individuals who applied for a specific position, and a vacancy is one selection decision.
 *       Overall, each candidate counts once: selected when selected for at least one vacancy,
 *       scored by their highest score. A candidate–vacancy pair is never counted as a person.</li>
 *   <li><b>Selected.</b> The verdict is not REJECTED; with {@code top K}, also ranked within the
 *       first K of the vacancy's list (the engine's order: not rejected, score, reverse score, id).</li>
 *   <li><b>Selection rate</b> of a category: selected ÷ applicants in it.</li>
 *   <li><b>Scoring rate</b>: the share of the category whose score is strictly above the median
 *       score of the full sample (every applicant of the scope, unknowns included; the median of an
 *       even count is the mean of the middle two). Knocked-out pairs keep the score the engine gave them.</li>
 *   <li><b>Impact ratio</b>: a category's rate ÷ the highest rate among the categories of the same
 *       dimension that are not excludable (all of them when every one is). Undefined when that highest rate is 0.</li>
 *   <li><b>Dimensions</b>: sex; race/ethnicity; and the intersectional sex × race/ethnicity categories.</li>
 *   <li><b>Unknown</b>: an applicant whose value in a dimension is unknown (for the intersection:
 *       either one) is counted separately and left out of that dimension's rates and ratios; they
 *       stay in the sample whose median is taken and whose size the 2% test uses.</li>
 *   <li><b>Excludable</b>: a category under 2% of the scope's sample (applicants × 50 &lt; sample),
 *       which an independent auditor may leave out of the impact ratios (6 RCNY § 5-301(d)); its
 *       numbers are still shown.</li>
 *   <li><b>Below four-fifths</b>: an impact ratio under 0.8, computed exactly from the counts.</li>
 *   <li><b>After human review</b>: with the overrides of a decision log ({@link Review}), the selection
 *       rate and impact ratio again, with each overridden pair selected unless the person rejected it.
 *       Overall, a candidate is selected after review when selected after review for any vacancy.
 *       Scores do not change, so neither do the scoring rates.</li>
 * </ul>
 * Rates are shown as percents to one decimal and ratios to two, rounded half up.
 */
final class BiasReport {
    /** The dimensions an LL144 audit reports. */
    enum Dimension {
        SEX("sex", "Sex"),
        RACE_ETHNICITY("raceEthnicity", "Race/ethnicity"),
        INTERSECTIONAL("sexByRaceEthnicity", "Sex × race/ethnicity");

        final String key;
        final String title;

        Dimension(String key, String title) {
            this.key = key;
            this.title = title;
        }

        /** The subject's category in this dimension, or null when unknown. */
        String categoryOf(Subject s) {
            return switch (this) {
                case SEX -> s.sex();
                case RACE_ETHNICITY -> s.raceEthnicity();
                case INTERSECTIONAL -> s.sex() == null || s.raceEthnicity() == null ? null
                        : s.sex() + " × " + s.raceEthnicity();
            };
        }
    }

    /**
     * One applicant in one scope.
     *
     * @param candidateId   the candidate
     * @param sex           their sex category, or null when unknown
     * @param raceEthnicity their race/ethnicity category, or null when unknown
     * @param selected      whether the tool selected them in this scope
     * @param score         their score in this scope
     * @param selectedAfterReview whether they are selected after human review (null without overrides)
     * @param overridden    whether a person overrode the decision (for any vacancy, overall)
     */
    record Subject(String candidateId, String sex, String raceEthnicity, boolean selected, BigDecimal score,
                   Boolean selectedAfterReview, boolean overridden) {
        Subject(String candidateId, String sex, String raceEthnicity, boolean selected, BigDecimal score) {
            this(candidateId, sex, raceEthnicity, selected, score, null, false);
        }
    }

    /**
     * One category of one dimension in one scope.
     *
     * @param category                 the category as the demographics file spells it
     * @param applicants               how many applicants of the scope are in it
     * @param sharePercent             applicants ÷ the scope's sample, percent
     * @param excludable               under 2% of the sample
     * @param selected                 how many of them were selected
     * @param selectionRatePercent     selected ÷ applicants, percent
     * @param selectionImpactRatio     selection rate ÷ the highest selection rate (null when undefined)
     * @param selectionBelowFourFifths the selection impact ratio is under 0.8
     * @param aboveMedian              how many scored above the sample's median
     * @param scoringRatePercent       aboveMedian ÷ applicants, percent
     * @param scoringImpactRatio       scoring rate ÷ the highest scoring rate (null when undefined)
     * @param scoringBelowFourFifths   the scoring impact ratio is under 0.8
     * @param selectedAfterReview      how many are selected after human review (null without overrides)
     * @param selectionRateAfterReviewPercent  selectedAfterReview ÷ applicants, percent
     * @param selectionImpactRatioAfterReview  that rate ÷ the highest such rate
     * @param selectionAfterReviewBelowFourFifths that ratio is under 0.8 (null without overrides)
     */
    @JsonPropertyOrder({"category", "applicants", "sharePercent", "excludable", "selected", "selectionRatePercent",
            "selectionImpactRatio", "selectionBelowFourFifths", "aboveMedian", "scoringRatePercent",
            "scoringImpactRatio", "scoringBelowFourFifths", "selectedAfterReview", "selectionRateAfterReviewPercent",
            "selectionImpactRatioAfterReview", "selectionAfterReviewBelowFourFifths"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String category, int applicants, BigDecimal sharePercent, boolean excludable,
               int selected, BigDecimal selectionRatePercent, BigDecimal selectionImpactRatio,
               boolean selectionBelowFourFifths,
               int aboveMedian, BigDecimal scoringRatePercent, BigDecimal scoringImpactRatio,
               boolean scoringBelowFourFifths, Integer selectedAfterReview, BigDecimal selectionRateAfterReviewPercent,
               BigDecimal selectionImpactRatioAfterReview, Boolean selectionAfterReviewBelowFourFifths) {
    }

    /**
     * One dimension in one scope.
     *
     * @param dimension          "sex", "raceEthnicity" or "sexByRaceEthnicity"
     * @param unknown            applicants whose category is unknown: counted here, in no rate or ratio
     * @param selectionReference the category with the highest selection rate (the denominator of the ratios)
     * @param scoringReference   the category with the highest scoring rate
     * @param selectionReferenceAfterReview the category with the highest selection rate after review (null without overrides)
     * @param rows               the categories, most applicants first
     */
    @JsonPropertyOrder({"dimension", "unknown", "selectionReference", "scoringReference",
            "selectionReferenceAfterReview", "rows"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Table(String dimension, int unknown, String selectionReference, String scoringReference,
                 String selectionReferenceAfterReview, List<Row> rows) {
        Table {
            rows = List.copyOf(rows);
        }

        /** The row of a category; throws when there is none. */
        Row row(String category) {
            return rows.stream().filter(r -> r.category().equals(category)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no category '" + category + "' in " + dimension));
        }
    }

    /**
     * One scope: a vacancy, or the batch overall.
     *
     * @param vacancyId   the vacancy, or null for the batch overall
     * @param applicants  the sample: every applicant of the scope, unknowns included
     * @param medianScore the median score of the sample (null when it is empty)
     * @param overridden  applicants whose decision a person overrode (null without overrides)
     * @param tables      sex, race/ethnicity, and their intersection
     */
    @JsonPropertyOrder({"vacancyId", "applicants", "medianScore", "overridden", "tables"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Scope(String vacancyId, int applicants, BigDecimal medianScore, Integer overridden, List<Table> tables) {
        Scope {
            tables = List.copyOf(tables);
        }

        /** The table of a dimension. */
        Table table(Dimension d) {
            return tables.stream().filter(t -> t.dimension().equals(d.key)).findFirst().orElseThrow();
        }
    }

    /**
     * The whole audit.
     *
     * @param matches            the match file
     * @param demographics       the demographics file
     * @param rulesetVersion     the rule set that produced the matches, when the file says
     * @param mode               indexed or exhaustive, when the file says
     * @param asOf               the month that counted as now, when the file says
     * @param top                K of the top-K selection, or null when selection is "not REJECTED"
     * @param overrides          the decision log whose overrides were applied, or null
     * @param selection          the selection rule in words
     * @param unit               the unit of count in words
     * @param notes              what limits this audit (missing rejected pairs, retrieval, unknown candidates)
     * @param overall            the batch overall
     * @param vacancies          each vacancy, in the order of the match file
     */
    @JsonPropertyOrder({"matches", "demographics", "rulesetVersion", "mode", "asOf", "top", "overrides", "selection",
            "unit", "notes", "overall", "vacancies"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String matches, String demographics, String rulesetVersion, String mode, String asOf, Integer top,
                  String overrides, String selection, String unit, List<String> notes, Scope overall,
                  List<Scope> vacancies) {
        Result {
            notes = List.copyOf(notes);
            vacancies = List.copyOf(vacancies);
        }

        /** The scope of a vacancy. */
        @JsonIgnore
        Scope vacancy(String id) {
            return vacancies.stream().filter(s -> id.equals(s.vacancyId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no vacancy '" + id + "'"));
        }
    }

    static final String UNIT = "per vacancy, each candidate scored for it counts once; overall, each candidate "
            + "counts once, selected when selected for any vacancy and scored by their highest score";

    private BiasReport() {
    }

    /**
     * Audits a match file against a demographics file.
     *
     * @param top K for a top-K selection, or null to count every pair not REJECTED as selected
     */
    static Result of(MatchFile file, String demographicsSource, Demographics demographics, Integer top) {
        return of(file, demographicsSource, demographics, top, null);
    }

    /** As {@link #of(MatchFile, String, Demographics, Integer)}; {@code review}, when not null, adds the selection after human review. */
    static Result of(MatchFile file, String demographicsSource, Demographics demographics, Integer top, Review review) {
        Map<String, List<Match>> lists = file.byVacancy();
        List<Scope> vacancies = new ArrayList<>();
        Map<String, Subject> best = new LinkedHashMap<>();
        for (Map.Entry<String, List<Match>> list : lists.entrySet()) {
            List<Subject> subjects = new ArrayList<>();
            List<Match> ranked = list.getValue();
            for (int i = 0; i < ranked.size(); i++) {
                Match m = ranked.get(i);
                boolean selected = m.verdict() != Verdict.REJECTED && (top == null || i < top);
                Demographics.Person p = demographics.of(m.candidateId());
                Subject s = new Subject(m.candidateId(), p.sex(), p.raceEthnicity(), selected,
                        BigDecimal.valueOf(m.score()), review == null ? null : review.selected(m, selected),
                        review != null && review.of(m) != null);
                subjects.add(s);
                best.merge(m.candidateId(), s, (a, b) -> new Subject(a.candidateId(), a.sex(), a.raceEthnicity(),
                        a.selected() || b.selected(), a.score().max(b.score()),
                        a.selectedAfterReview() == null ? null : a.selectedAfterReview() || b.selectedAfterReview(),
                        a.overridden() || b.overridden()));
            }
            vacancies.add(scope(list.getKey(), subjects));
        }
        Scope overall = scope(null, new ArrayList<>(best.values()));

        List<String> notes = new ArrayList<>(file.coverageNotes());
        long missing = best.keySet().stream().filter(id -> !demographics.lists(id)).count();
        if (missing > 0) {
            notes.add(missing + " candidate" + (missing == 1 ? " is" : "s are")
                    + " not in the demographics file: counted as unknown on both dimensions");
        }
        if (review != null) {
            notes.addAll(review.notes(file));
        }
        String selection = top == null ? "the verdict is not REJECTED"
                : "ranked in the first " + top + " of the vacancy's list and the verdict is not REJECTED";
        return new Result(file.source(), demographicsSource, file.rulesetVersion(), file.mode(), file.asOf(), top,
                review == null ? null : review.source(), selection, UNIT, notes, overall, vacancies);
    }

    /** The audit of one scope's applicants. */
    static Scope scope(String vacancyId, List<Subject> subjects) {
        BigDecimal median = median(subjects.stream().map(Subject::score).toList());
        List<Table> tables = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            tables.add(table(d, subjects, median));
        }
        boolean reviewed = subjects.stream().anyMatch(s -> s.selectedAfterReview() != null);
        Integer overridden = reviewed ? (int) subjects.stream().filter(Subject::overridden).count() : null;
        return new Scope(vacancyId, subjects.size(), median, overridden, tables);
    }

    private static Table table(Dimension d, List<Subject> subjects, BigDecimal median) {
        int sample = subjects.size();
        boolean reviewed = subjects.stream().anyMatch(s -> s.selectedAfterReview() != null);
        Map<String, int[]> counts = new LinkedHashMap<>(); // applicants, selected, above the median, selected after review
        int unknown = 0;
        for (Subject s : subjects) {
            String category = d.categoryOf(s);
            if (category == null) {
                unknown++;
                continue;
            }
            int[] c = counts.computeIfAbsent(category, k -> new int[4]);
            c[0]++;
            c[1] += s.selected() ? 1 : 0;
            c[2] += median != null && s.score().compareTo(median) > 0 ? 1 : 0;
            c[3] += Boolean.TRUE.equals(s.selectedAfterReview()) ? 1 : 0;
        }
        Function<int[], Boolean> excludable = c -> (long) c[0] * 50 < sample;
        String selectionReference = reference(counts, excludable, 1);
        String scoringReference = reference(counts, excludable, 2);
        Share selectionRef = selectionReference == null ? null
                : new Share(counts.get(selectionReference)[1], counts.get(selectionReference)[0]);
        Share scoringRef = scoringReference == null ? null
                : new Share(counts.get(scoringReference)[2], counts.get(scoringReference)[0]);
        String reviewedReference = reviewed ? reference(counts, excludable, 3) : null;
        Share reviewedRef = reviewedReference == null ? null
                : new Share(counts.get(reviewedReference)[3], counts.get(reviewedReference)[0]);
        List<Row> rows = new ArrayList<>();
        counts.forEach((category, c) -> {
            Share selection = new Share(c[1], c[0]);
            Share scoring = new Share(c[2], c[0]);
            Share afterReview = new Share(c[3], c[0]);
            rows.add(new Row(category, c[0], new Share(c[0], sample).percent(), excludable.apply(c),
                    c[1], selection.percent(), selection.ratioTo(selectionRef), selection.belowFourFifthsOf(selectionRef),
                    c[2], scoring.percent(), scoring.ratioTo(scoringRef), scoring.belowFourFifthsOf(scoringRef),
                    reviewed ? c[3] : null, reviewed ? afterReview.percent() : null,
                    reviewed ? afterReview.ratioTo(reviewedRef) : null,
                    reviewed ? afterReview.belowFourFifthsOf(reviewedRef) : null));
        });
        rows.sort(Comparator.comparingInt(Row::applicants).reversed()
                .thenComparing(Row::category, String.CASE_INSENSITIVE_ORDER));
        return new Table(d.key, unknown, selectionReference, scoringReference, reviewedReference, rows);
    }

    /** The category with the highest rate (count {@code at} ÷ applicants) among those not excludable, or among all when every one is. */
    private static String reference(Map<String, int[]> counts, Function<int[], Boolean> excludable, int at) {
        boolean anyIncluded = counts.values().stream().anyMatch(c -> !excludable.apply(c));
        String best = null;
        Share bestRate = null;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (anyIncluded && excludable.apply(c)) {
                continue;
            }
            Share rate = new Share(c[at], c[0]);
            if (bestRate == null || rate.compareTo(bestRate) > 0) {
                best = e.getKey();
                bestRate = rate;
            }
        }
        return best;
    }

    /** The median: the middle score, or the mean of the middle two; null for no scores. */
    static BigDecimal median(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.stripTrailingZeros().scale() < 1 ? m.setScale(1, RoundingMode.UNNECESSARY) : m.stripTrailingZeros();
    }

    // ---------------------------------------------------------------- views

    /** The JSON view: one document. */
    static void writeJson(Result r, Writer w) throws IOException {
        Output.PRETTY.writeValue(w, r);
        w.write("\n");
    }

    static final String CSV_HEADER = "scope,vacancyId,dimension,category,applicants,sharePercent,excludable,selected,"
            + "selectionRatePercent,selectionImpactRatio,selectionBelowFourFifths,aboveMedian,scoringRatePercent,"
            + "scoringImpactRatio,scoringBelowFourFifths,medianScore";

    static final String CSV_REVIEW_COLUMNS = ",selectedAfterReview,selectionRateAfterReviewPercent,"
            + "selectionImpactRatioAfterReview,selectionAfterReviewBelowFourFifths";

    /**
     * The CSV view: one row per scope, dimension and category, and one per dimension for its unknowns
     * (category "(unknown)"); with overrides, four more columns for the selection after review.
     */
    static void writeCsv(Result r, Writer w) throws IOException {
        boolean reviewed = r.overrides() != null;
        w.write(CSV_HEADER + (reviewed ? CSV_REVIEW_COLUMNS : "") + "\r\n");
        List<Scope> scopes = new ArrayList<>();
        scopes.add(r.overall());
        scopes.addAll(r.vacancies());
        for (Scope s : scopes) {
            String scope = s.vacancyId() == null ? "overall" : "vacancy";
            String median = s.medianScore() == null ? "" : s.medianScore().toPlainString();
            for (Table t : s.tables()) {
                for (Row row : t.rows()) {
                    w.write(String.join(",", scope, Csv.field(s.vacancyId()), t.dimension(), Csv.field(row.category()),
                            Integer.toString(row.applicants()), plain(row.sharePercent()), Boolean.toString(row.excludable()),
                            Integer.toString(row.selected()), plain(row.selectionRatePercent()),
                            plain(row.selectionImpactRatio()), Boolean.toString(row.selectionBelowFourFifths()),
                            Integer.toString(row.aboveMedian()), plain(row.scoringRatePercent()),
                            plain(row.scoringImpactRatio()), Boolean.toString(row.scoringBelowFourFifths()), median));
                    if (reviewed) {
                        w.write(String.join(",", "", Integer.toString(row.selectedAfterReview()),
                                plain(row.selectionRateAfterReviewPercent()), plain(row.selectionImpactRatioAfterReview()),
                                Boolean.toString(row.selectionAfterReviewBelowFourFifths())));
                    }
                    w.write("\r\n");
                }
                w.write(String.join(",", scope, Csv.field(s.vacancyId()), t.dimension(), "(unknown)",
                        Integer.toString(t.unknown()), plain(new Share(t.unknown(), s.applicants()).percent()),
                        "", "", "", "", "", "", "", "", "", median));
                w.write(reviewed ? ",,,," : "");
                w.write("\r\n");
            }
        }
    }

    /** The text view, for a person at a terminal. */
    static void writeText(Result r, Writer w) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(MatchText.heading("rolefit audit bias — " + Output.printable(r.matches()), r.rulesetVersion(), r.mode(), r.asOf()));
        b.append(" × ").append(Output.printable(r.demographics())).append("\n");
        b.append("selected: ").append(r.selection()).append("\n");
        b.append("unit: ").append(r.unit()).append("\n");
        b.append("rates: selected ÷ applicants; scoring rate: share scoring above the median of the whole sample; "
                + "ratio: rate ÷ the highest rate; a REJECTED pair keeps the score the rules gave it\n");
        b.append("flags: ! ratio below 0.80 (four-fifths rule)   ~ under 2% of the sample, may be excluded from "
                + "the ratios   unknowns are counted apart and left out of every rate and ratio\n");
        if (r.overrides() != null) {
            b.append("after review: selected after the human overrides in ").append(Output.printable(r.overrides()))
                    .append(" (overridden pairs selected unless the person rejected them), rate and ratio\n");
        }
        for (String note : r.notes()) {
            b.append("note: ").append(note).append("\n");
        }
        w.write(b.toString());
        writeScope(w, "Overall", r.overall(), "candidates");
        for (Scope s : r.vacancies()) {
            writeScope(w, Output.printable(s.vacancyId()), s, "candidates scored");
        }
    }

    private static void writeScope(Writer w, String title, Scope s, String noun) throws IOException {
        StringBuilder b = new StringBuilder("\n");
        b.append(title).append(" — ").append(s.applicants()).append(" ").append(noun).append(", median score ")
                .append(s.medianScore() == null ? "—" : s.medianScore().toPlainString())
                .append(s.overridden() == null ? "" : ", " + s.overridden() + " overridden by a person").append("\n");
        int width = 24;
        for (Table t : s.tables()) {
            for (Row row : t.rows()) {
                width = Math.max(width, Output.printable(row.category()).length() + 2);
            }
        }
        for (Table t : s.tables()) {
            Dimension d = dimension(t.dimension());
            boolean reviewed = s.overridden() != null;
            b.append(String.format(Locale.ROOT, "  %-" + width + "s %10s %7s | %8s %7s %6s | %12s %7s %6s",
                    d.title, "applicants", "share", "selected", "rate", "ratio", "above median", "rate", "ratio"));
            b.append(reviewed ? String.format(Locale.ROOT, " | %12s %7s %6s", "after review", "rate", "ratio") : "")
                    .append("\n");
            for (Row row : t.rows()) {
                String name = Output.printable(row.category()) + (row.excludable() ? " ~" : "");
                b.append(String.format(Locale.ROOT, "  %-" + width + "s %10d %7s | %8d %7s %6s | %12d %7s %6s",
                        name, row.applicants(), Share.percentText(row.sharePercent()),
                        row.selected(), Share.percentText(row.selectionRatePercent()),
                        flagged(row.selectionImpactRatio(), row.selectionBelowFourFifths()),
                        row.aboveMedian(), Share.percentText(row.scoringRatePercent()),
                        flagged(row.scoringImpactRatio(), row.scoringBelowFourFifths())));
                if (reviewed) {
                    b.append(String.format(Locale.ROOT, " | %12d %7s %6s", row.selectedAfterReview(),
                            Share.percentText(row.selectionRateAfterReviewPercent()),
                            flagged(row.selectionImpactRatioAfterReview(), row.selectionAfterReviewBelowFourFifths())));
                }
                b.append("\n");
            }
            b.append(String.format(Locale.ROOT, "  %-" + width + "s %10d %7s%n", "unknown (not in the ratios)",
                    t.unknown(), Share.percentText(new Share(t.unknown(), s.applicants()).percent())));
        }
        w.write(b.toString().replaceAll(" +\n", "\n"));
    }

    private static String flagged(BigDecimal ratio, boolean below) {
        return Share.ratioText(ratio) + (below ? "!" : " ");
    }

    private static Dimension dimension(String key) {
        for (Dimension d : Dimension.values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
