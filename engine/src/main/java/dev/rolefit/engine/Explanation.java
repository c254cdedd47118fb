package dev.rolefit.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.engine.facts.Scorecard;
import dev.rolefit.model.Match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything behind one score: each rule that fired, in firing order, with the facts it bound; the
 * points per category; the formula that makes the 0–100 score; and, per category, the rules that
 * could have scored but did not fire. The output of {@code rolefit explain}.
 *
 * @param match      the scored match
 * @param firings    every rule that fired (derived facts and profile rules included), in order
 * @param categories per category of the score: weight, points earned and possible, category score
 * @param formula    the arithmetic of the score, written out
 * @param notFired   per category, the rules of that category that did not fire for this pair
 */
@JsonPropertyOrder({"match", "formula", "categories", "firings", "notFired"})
public record Explanation(Match match, List<Firing> firings, List<CategorySum> categories, String formula,
                          Map<String, List<String>> notFired) {

    /**
     * One rule that fired.
     *
     * @param order    1 for the first rule that fired
     * @param rule     its name
     * @param category its category, or null for a rule that derives a fact
     * @param facts    the values it bound, by variable ($expected, $top …)
     */
    public record Firing(int order, String rule, String category, Map<String, String> facts) {
    }

    /**
     * One category's arithmetic.
     *
     * @param category the category
     * @param weight   its weight in data/scoring.csv
     * @param earned   the points its rules earned (penalties subtracted)
     * @param possible the points its rules could earn
     * @param score    earned ÷ possible, kept within 0–1
     */
    public record CategorySum(String category, double weight, double earned, double possible, double score) {
    }

    static Explanation of(RuleBook book, Evaluator.Trace trace) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Scorecard.Entry e : trace.score().entries()) {
            double[] s = sums.computeIfAbsent(e.category(), k -> new double[2]);
            s[0] += e.earned();
            s[1] += e.possible();
        }
        List<CategorySum> categories = new ArrayList<>();
        StringBuilder terms = new StringBuilder();
        double totalWeight = 0;
        for (Map.Entry<String, Double> w : book.weights.entrySet()) {
            double[] s = sums.get(w.getKey());
            if (s == null || s[1] <= 0) {
                continue;
            }
            double score = Math.max(0, Math.min(1, s[0] / s[1]));
            categories.add(new CategorySum(w.getKey(), w.getValue(), ScoreFormula.round(s[0], 2),
                    ScoreFormula.round(s[1], 2), ScoreFormula.round(score, 3)));
            terms.append(terms.length() == 0 ? "" : " + ").append(Phrase.number(w.getValue())).append(" × ")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", score)).append(" ").append(w.getKey());
            totalWeight += w.getValue();
        }
        String formula = categories.isEmpty() ? "no category was assessed: score 0"
                : "score = 100 × (" + terms + ") ÷ " + Phrase.number(totalWeight) + " = " + trace.match().score()
                + (trace.match().verdict() == dev.rolefit.model.Verdict.REJECTED ? "; a knockout fired: REJECTED" : "");
        Set<String> fired = new TreeSet<>();
        trace.firings().forEach(f -> fired.add(f.rule()));
        Map<String, List<String>> notFired = new LinkedHashMap<>();
        for (String category : book.weights.keySet()) {
            List<String> quiet = book.ruleCategories().entrySet().stream()
                    .filter(e -> e.getValue().equals(category) && !fired.contains(e.getKey()))
                    .map(Map.Entry::getKey).sorted().toList();
            if (!quiet.isEmpty()) {
                notFired.put(category, quiet);
            }
        }
        return new Explanation(trace.match(), List.copyOf(trace.firings()), List.copyOf(categories), formula,
                Collections.unmodifiableMap(notFired));
    }

    /** Number formatting for the formula. */
    private static final class Phrase {
        static String number(double v) {
            return dev.rolefit.engine.facts.Phrases.number(v);
        }
    }
}
