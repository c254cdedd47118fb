package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The knockout funnel of a batch of matches: how many candidates each knockout rule removed, per
 * vacancy and overall, and how many are left at each stage.
 *
 * <p>Definitions:
 * <ul>
 *   <li><b>Unit.</b> Per vacancy, a candidate scored for it (one pair). Overall, the pairs of all
 *       vacancies added up, each knockout line also saying how many distinct candidates it removed
 *       from at least one vacancy.</li>
 *   <li><b>Removed by a rule</b>: the pairs with a knockout reason of that rule. A pair that several
 *       knockouts rejected counts once for each of them, so the rule lines may add up to more than
 *       the "removed by any knockout" line, which counts each rejected pair once (a REJECTED pair
 *       that names no knockout reason counts there and under "(no knockout reason given)").</li>
 *   <li><b>Stages</b>: scored (every pair in the file) → passed every knockout (not REJECTED) → with
 *       {@code top K}, in the first K of the vacancy's list. Each stage's selection rate is its
 *       count ÷ the pairs scored, and its conversion its count ÷ the previous stage's. With the
 *       overrides of a decision log ({@link Review}), a last stage: selected after human review.</li>
 *   <li><b>Overrides</b>: the pairs a person overrode; of them, those reinstated (the rules did not
 *       select them, the person did) and those removed by review (the other way round).</li>
 * </ul>
 * The funnel needs the rejected pairs: a match file written without {@code --include-rejected} has
 * none, which the report says.
 */
final class Funnel {
    static final String NO_REASON = "(no knockout reason given)";

    /**
     * One knockout rule in one scope.
     *
     * @param rule             the rule's name
     * @param removed          the pairs it rejected
     * @param percentOfScored  removed ÷ the pairs scored, percent
     * @param candidates       the distinct candidates it rejected for at least one vacancy
     */
    @JsonPropertyOrder({"rule", "removed", "percentOfScored", "candidates"})
    record Knockout(String rule, int removed, BigDecimal percentOfScored, int candidates) {
    }

    /**
     * One stage of the funnel.
     *
     * @param stage             its name
     * @param count             the pairs that reach it
     * @param percentOfScored   count ÷ the pairs scored: the selection rate at this stage
     * @param percentOfPrevious count ÷ the previous stage's count (null for the first stage)
     */
    @JsonPropertyOrder({"stage", "count", "percentOfScored", "percentOfPrevious"})
    record Stage(String stage, int count, BigDecimal percentOfScored, BigDecimal percentOfPrevious) {
    }

    /**
     * A vacancy, or the batch overall.
     *
     * @param vacancyId           the vacancy, or null overall
     * @param scored              the pairs scored
     * @param candidates          the distinct candidates among them
     * @param stages              scored, passed every knockout, and (with top K) in the top K
     * @param knockouts           each knockout rule that fired, most removals first
     * @param removedByAny        the pairs any knockout rejected, each once
     * @param removedByAnyPercent removedByAny ÷ scored, percent
     * @param removedCandidates   the distinct candidates rejected for at least one vacancy
     * @param verdicts            how many pairs got each verdict
     * @param overridden          the pairs a person overrode (null without overrides)
     * @param reinstated          of them, selected after review and not by the rules (null without overrides)
     * @param removedByReview     of them, selected by the rules and not after review (null without overrides)
     * @param verdictsAfterReview how many pairs have each verdict after review (null without overrides)
     */
    @JsonPropertyOrder({"vacancyId", "scored", "candidates", "stages", "knockouts", "removedByAny",
            "removedByAnyPercent", "removedCandidates", "verdicts", "overridden", "reinstated", "removedByReview",
            "verdictsAfterReview"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Scope(String vacancyId, int scored, int candidates, List<Stage> stages, List<Knockout> knockouts,
                 int removedByAny, BigDecimal removedByAnyPercent, int removedCandidates, Map<String, Integer> verdicts,
                 Integer overridden, Integer reinstated, Integer removedByReview, Map<String, Integer> verdictsAfterReview) {
        Scope {
            stages = List.copyOf(stages);
            knockouts = List.copyOf(knockouts);
            verdicts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
            verdictsAfterReview = verdictsAfterReview == null ? null
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdictsAfterReview));
        }

        /** The stage of that name; throws when there is none. */
        Stage stage(String name) {
            return stages.stream().filter(s -> s.stage().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no stage '" + name + "'"));
        }

        /** The line of a rule; throws when the rule removed nobody here. */
        Knockout knockout(String rule) {
            return knockouts.stream().filter(k -> k.rule().equals(rule)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no knockout '" + rule + "'"));
        }
    }

    /**
     * The funnel of a match file.
     *
     * @param matches        the match file
     * @param rulesetVersion the rule set, when the file says
     * @param mode           indexed or exhaustive, when the file says
     * @param asOf           the month that counted as now, when the file says
     * @param top            K of the top-K stage, or null
     * @param overrides      the decision log whose overrides were applied, or null
     * @param notes          what limits this funnel
     * @param overall        the batch
     * @param vacancies      each vacancy, in the order of the file
     */
    @JsonPropertyOrder({"matches", "rulesetVersion", "mode", "asOf", "top", "overrides", "notes", "overall",
            "vacancies"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String matches, String rulesetVersion, String mode, String asOf, Integer top, String overrides,
                  List<String> notes, Scope overall, List<Scope> vacancies) {
        Result {
            notes = List.copyOf(notes);
            vacancies = List.copyOf(vacancies);
        }

        @JsonIgnore
        Scope vacancy(String id) {
            return vacancies.stream().filter(s -> id.equals(s.vacancyId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no vacancy '" + id + "'"));
        }
    }

    private Funnel() {
    }

    static final String AFTER_REVIEW = "after human review";

    /** The funnel of a match file; {@code top} adds a top-K stage, or is null. */
    static Result of(MatchFile file, Integer top) {
        return of(file, top, null);
    }

    /** As {@link #of(MatchFile, Integer)}; {@code review}, when not null, adds the outcome after human review. */
    static Result of(MatchFile file, Integer top, Review review) {
        Map<String, List<Match>> lists = file.byVacancy();
        List<Scope> vacancies = new ArrayList<>();
        List<Match> all = new ArrayList<>();
        Map<Match, Boolean> inTop = new IdentityHashMap<>();
        for (Map.Entry<String, List<Match>> list : lists.entrySet()) {
            List<Match> ranked = list.getValue();
            for (int i = 0; i < ranked.size(); i++) {
                inTop.put(ranked.get(i), top != null && i < top && ranked.get(i).verdict() != Verdict.REJECTED);
            }
            vacancies.add(scope(list.getKey(), ranked, top, inTop, review));
            all.addAll(ranked);
        }
        List<String> notes = new ArrayList<>(file.coverageNotes());
        if (review != null) {
            notes.addAll(review.notes(file));
        }
        return new Result(file.source(), file.rulesetVersion(), file.mode(), file.asOf(), top,
                review == null ? null : review.source(), notes, scope(null, all, top, inTop, review), vacancies);
    }

    private static Scope scope(String vacancyId, List<Match> pairs, Integer top, Map<Match, Boolean> inTop,
                               Review review) {
        int scored = pairs.size();
        Map<String, int[]> removed = new LinkedHashMap<>();
        Map<String, Set<String>> removedWho = new HashMap<>();
        Set<String> candidates = new HashSet<>();
        Set<String> anyWho = new HashSet<>();
        int any = 0;
        int topCount = 0;
        int overridden = 0;
        int reinstated = 0;
        int removedByReview = 0;
        int afterReview = 0;
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        Map<String, Integer> verdictsAfterReview = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.name(), 0);
            verdictsAfterReview.put(v.name(), 0);
        }
        for (Match m : pairs) {
            candidates.add(m.candidateId());
            verdicts.merge(m.verdict().name(), 1, Integer::sum);
            Set<String> rules = new LinkedHashSet<>();
            for (Reason r : m.reasons()) {
                if (r.knockout()) {
                    rules.add(r.rule());
                }
            }
            if (rules.isEmpty() && m.verdict() == Verdict.REJECTED) {
                rules.add(NO_REASON);
            }
            for (String rule : rules) {
                removed.computeIfAbsent(rule, k -> new int[1])[0]++;
                removedWho.computeIfAbsent(rule, k -> new HashSet<>()).add(m.candidateId());
            }
            if (!rules.isEmpty()) {
                any++;
                anyWho.add(m.candidateId());
            }
            if (Boolean.TRUE.equals(inTop.get(m))) {
                topCount++;
            }
            if (review != null) {
                boolean automated = top != null ? Boolean.TRUE.equals(inTop.get(m)) : m.verdict() != Verdict.REJECTED;
                boolean reviewed = review.selected(m, automated);
                overridden += review.of(m) == null ? 0 : 1;
                reinstated += reviewed && !automated ? 1 : 0;
                removedByReview += automated && !reviewed ? 1 : 0;
                afterReview += reviewed ? 1 : 0;
                verdictsAfterReview.merge(review.verdict(m).name(), 1, Integer::sum);
            }
        }
        List<Knockout> knockouts = new ArrayList<>();
        removed.forEach((rule, n) -> knockouts.add(new Knockout(rule, n[0], new Share(n[0], scored).percent(),
                removedWho.get(rule).size())));
        knockouts.sort(Comparator.comparingInt(Knockout::removed).reversed().thenComparing(Knockout::rule));

        List<Stage> stages = new ArrayList<>();
        stages.add(new Stage("scored", scored, new Share(scored, scored).percent(), null));
        int passed = scored - any;
        stages.add(new Stage("passed every knockout", passed, new Share(passed, scored).percent(),
                new Share(passed, scored).percent()));
        if (top != null) {
            stages.add(new Stage("in the top " + top, topCount, new Share(topCount, scored).percent(),
                    new Share(topCount, passed).percent()));
        }
        if (review == null) {
            return new Scope(vacancyId, scored, candidates.size(), stages, knockouts, any,
                    new Share(any, scored).percent(), anyWho.size(), verdicts, null, null, null, null);
        }
        // Reinstated pairs can make this stage larger than the previous one: no share of it then.
        int previous = stages.get(stages.size() - 1).count();
        stages.add(new Stage(AFTER_REVIEW, afterReview, new Share(afterReview, scored).percent(),
                afterReview <= previous ? new Share(afterReview, previous).percent() : null));
        return new Scope(vacancyId, scored, candidates.size(), stages, knockouts, any,
                new Share(any, scored).percent(), anyWho.size(), verdicts, overridden, reinstated, removedByReview,
                verdictsAfterReview);
    }

    // ---------------------------------------------------------------- views

    static void writeJson(Result r, Writer w) throws IOException {
        Output.PRETTY.writeValue(w, r);
        w.write("\n");
    }

    static final String CSV_HEADER = "scope,vacancyId,kind,name,count,percentOfScored,percentOfPrevious,candidates";

    /**
     * The CSV view: per scope, a row per stage ({@code kind} stage), per knockout rule (knockout), the
     * "removed by any knockout" line (anyKnockout) and per verdict (verdict); with overrides, the
     * overridden, reinstated and removed-by-review counts (review) and the verdicts after review
     * (verdictAfterReview).
     */
    static void writeCsv(Result r, Writer w) throws IOException {
        w.write(CSV_HEADER + "\r\n");
        for (Scope s : scopes(r)) {
            String scope = s.vacancyId() == null ? "overall" : "vacancy";
            String id = Csv.field(s.vacancyId());
            for (Stage st : s.stages()) {
                line(w, scope, id, "stage", st.stage(), st.count(), st.percentOfScored(), st.percentOfPrevious(), "");
            }
            for (Knockout k : s.knockouts()) {
                line(w, scope, id, "knockout", k.rule(), k.removed(), k.percentOfScored(), null,
                        Integer.toString(k.candidates()));
            }
            line(w, scope, id, "anyKnockout", "removed by any knockout", s.removedByAny(), s.removedByAnyPercent(), null,
                    Integer.toString(s.removedCandidates()));
            for (Map.Entry<String, Integer> v : s.verdicts().entrySet()) {
                line(w, scope, id, "verdict", v.getKey(), v.getValue(), new Share(v.getValue(), s.scored()).percent(),
                        null, "");
            }
            if (s.overridden() != null) {
                line(w, scope, id, "review", "overridden", s.overridden(), new Share(s.overridden(), s.scored()).percent(),
                        null, "");
                line(w, scope, id, "review", "reinstated", s.reinstated(), new Share(s.reinstated(), s.scored()).percent(),
                        null, "");
                line(w, scope, id, "review", "removed by review", s.removedByReview(),
                        new Share(s.removedByReview(), s.scored()).percent(), null, "");
                for (Map.Entry<String, Integer> v : s.verdictsAfterReview().entrySet()) {
                    line(w, scope, id, "verdictAfterReview", v.getKey(), v.getValue(),
                            new Share(v.getValue(), s.scored()).percent(), null, "");
                }
            }
        }
    }

    private static void line(Writer w, String scope, String id, String kind, String name, int count,
                             BigDecimal ofScored, BigDecimal ofPrevious, String candidates) throws IOException {
        w.write(String.join(",", scope, id, kind, Csv.field(name), Integer.toString(count), plain(ofScored),
                plain(ofPrevious), candidates));
        w.write("\r\n");
    }

    /** The text view, for a person at a terminal. */
    static void writeText(Result r, Writer w) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(MatchText.heading("rolefit audit funnel — " + Output.printable(r.matches()), r.rulesetVersion(), r.mode(), r.asOf()));
        b.append("\n");
        b.append("unit: per vacancy, each candidate scored for it; overall, the pairs of every vacancy added up "
                + "(\"candidates\": distinct candidates removed from at least one vacancy)\n");
        b.append("a pair several knockouts rejected counts once for each rule and once in \"removed by any knockout\"\n");
        for (String note : r.notes()) {
            b.append("note: ").append(note).append("\n");
        }
        w.write(b.toString());
        for (Scope s : scopes(r)) {
            writeScope(w, s);
        }
    }

    private static void writeScope(Writer w, Scope s) throws IOException {
        StringBuilder b = new StringBuilder("\n");
        if (s.vacancyId() == null) {
            b.append("Overall — ").append(s.scored()).append(" pairs, ").append(s.candidates()).append(" candidates\n");
        } else {
            b.append(Output.printable(s.vacancyId())).append(" — ").append(s.scored()).append(" candidates scored\n");
        }
        int width = 30;
        for (Knockout k : s.knockouts()) {
            width = Math.max(width, Output.printable(k.rule()).length() + 2);
        }
        b.append(String.format(Locale.ROOT, "  %-" + width + "s %8s %10s %12s%n", "stage", "count", "of scored",
                "of previous"));
        for (Stage st : s.stages()) {
            b.append(String.format(Locale.ROOT, "  %-" + width + "s %8d %10s %12s%n", st.stage(), st.count(),
                    Share.percentText(st.percentOfScored()),
                    st.percentOfPrevious() == null ? "" : Share.percentText(st.percentOfPrevious())));
        }
        b.append(String.format(Locale.ROOT, "  %-" + width + "s %8s %10s %12s%n", "knockout rule", "removed",
                "of scored", "candidates"));
        for (Knockout k : s.knockouts()) {
            b.append(String.format(Locale.ROOT, "  %-" + width + "s %8d %10s %12d%n", Output.printable(k.rule()),
                    k.removed(), Share.percentText(k.percentOfScored()), k.candidates()));
        }
        b.append(String.format(Locale.ROOT, "  %-" + width + "s %8d %10s %12d%n", "removed by any knockout",
                s.removedByAny(), Share.percentText(s.removedByAnyPercent()), s.removedCandidates()));
        List<String> verdicts = new ArrayList<>();
        s.verdicts().forEach((v, n) -> verdicts.add(v + " " + n));
        b.append("  verdicts: ").append(String.join(", ", verdicts)).append("\n");
        if (s.overridden() != null) {
            List<String> after = new ArrayList<>();
            s.verdictsAfterReview().forEach((v, n) -> after.add(v + " " + n));
            b.append("  overridden by a person: ").append(s.overridden()).append(" (reinstated ").append(s.reinstated())
                    .append(", removed by review ").append(s.removedByReview()).append(")\n");
            b.append("  verdicts after review: ").append(String.join(", ", after)).append("\n");
        }
        w.write(b.toString().replaceAll(" +\n", "\n"));
    }

    private static List<Scope> scopes(Result r) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(r.overall());
        scopes.addAll(r.vacancies());
        return scopes;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
