package dev.rolefit.engine;

import dev.rolefit.engine.facts.Scorecard;
import dev.rolefit.model.Evidence;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns what the rules wrote into numbers. Per category, the score is the points earned over the
 * points possible among the rules that fired in it, kept within 0–1. The 0–100 score is the
 * weighted mean of the categories the rules assessed (weights from data/scoring.csv); a category
 * no rule fired in is left out, not counted as zero. Each reason's points are its share of that
 * score. Any knockout makes the verdict REJECTED; otherwise the thresholds decide.
 */
final class ScoreFormula {
    private ScoreFormula() {
    }

    /** The outcome of one side (score or reverse score). */
    record Side(double score, Map<String, Double> categoryScores, List<Reason> reasons, boolean knockedOut) {
    }

    static Side side(Scorecard card, Map<String, Double> weights) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Scorecard.Entry e : card.entries()) {
            double[] s = sums.computeIfAbsent(e.category(), k -> new double[2]);
            s[0] += e.earned();
            s[1] += e.possible();
        }
        double assessedWeight = 0;
        double weighted = 0;
        Map<String, Double> categoryScores = new TreeMap<>();
        for (Map.Entry<String, double[]> c : sums.entrySet()) {
            Double weight = weights.get(c.getKey());
            double[] s = c.getValue();
            if (weight == null || s[1] <= 0) {
                continue; // knockouts only, or a category this side does not weigh
            }
            double cs = Math.max(0, Math.min(1, s[0] / s[1]));
            categoryScores.put(c.getKey(), round(cs, 3));
            assessedWeight += weight;
            weighted += weight * cs;
        }
        double score = assessedWeight == 0 ? 0 : 100 * weighted / assessedWeight;
        boolean knockedOut = false;
        List<Reason> reasons = new ArrayList<>();
        for (Scorecard.Entry e : card.entries()) {
            knockedOut |= e.knockout();
            Double weight = weights.get(e.category());
            double[] s = sums.get(e.category());
            double points = weight == null || s[1] <= 0 || assessedWeight == 0 ? 0
                    : 100 * weight / assessedWeight * e.earned() / s[1];
            reasons.add(Scorecard.reason(e, round(points, 1)));
        }
        reasons.sort(IMPACT);
        return new Side(round(score, 1), categoryScores, List.copyOf(reasons), knockedOut);
    }

    /** Knockouts first, then the largest effect either way, then by rule name and message. */
    static final Comparator<Reason> IMPACT = Comparator.comparing((Reason r) -> !r.knockout())
            .thenComparing(r -> -Math.abs(r.points()))
            .thenComparing(Reason::rule)
            .thenComparing(Reason::message);

    static Match match(RuleBook book, String candidateId, String vacancyId, Scorecard score, Scorecard reverse) {
        Side forward = side(score, book.weights);
        Side back = side(reverse, book.reverseWeights);
        boolean rejected = forward.knockedOut() || back.knockedOut();
        Verdict verdict = rejected ? Verdict.REJECTED
                : forward.score() >= book.strongFrom ? Verdict.STRONG
                : forward.score() >= book.goodFrom ? Verdict.GOOD : Verdict.WEAK;
        List<Reason> reasons = new ArrayList<>(forward.reasons());
        List<String> matched = new ArrayList<>(score.matchedSkills());
        matched.sort(Comparator.naturalOrder());
        List<String> missing = new ArrayList<>(score.missingSkills());
        missing.sort(Comparator.naturalOrder());
        return new Match(candidateId, vacancyId, 0, forward.score(), verdict, back.score(),
                forward.categoryScores(), new Evidence(matched, missing), reasons, back.reasons());
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
