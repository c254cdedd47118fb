package dev.rolefit.engine;

import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a rule change moves: the same batch matched under rule set A and rule set B, compared pair
 * by pair. For each pair whose verdict, rank or score changed: both sides' values and the rules
 * responsible (a reason that appeared, disappeared or changed its points).
 *
 * <pre>{@code
 * MatchDiff diff = MatchDiff.compare(engineA.matchAll(all), engineB.matchAll(all));
 * }</pre>
 * Compare lists made with {@code includeRejected(true)}, so that a pair that became rejected is
 * still there to compare.
 *
 * @param changes          every pair that moved, the largest score change first
 * @param verdictChanges   counts of verdict moves, e.g. "GOOD → REJECTED" → 3
 * @param pairsCompared    how many pairs appear on either side
 */
public record MatchDiff(List<Change> changes, Map<String, Integer> verdictChanges, int pairsCompared) {

    /**
     * One pair that moved. A side it is missing from (not retrieved, or left out) has null values.
     *
     * @param rules the rules responsible: "+name" appeared, "-name" disappeared, "~name" changed points
     */
    public record Change(String candidateId, String vacancyId, Verdict verdictA, Verdict verdictB, Double scoreA,
                         Double scoreB, Integer rankA, Integer rankB, List<String> rules) {
        /** B's score minus A's (a missing side counts as 0). */
        public double delta() {
            return (scoreB == null ? 0 : scoreB) - (scoreA == null ? 0 : scoreA);
        }
    }

    /** Compares two runs over the same documents. */
    public static MatchDiff compare(List<Match> a, List<Match> b) {
        Map<String, Match> byPairA = byPair(a);
        Map<String, Match> byPairB = byPair(b);
        TreeSet<String> pairs = new TreeSet<>(byPairA.keySet());
        pairs.addAll(byPairB.keySet());
        List<Change> changes = new ArrayList<>();
        Map<String, Integer> verdictChanges = new TreeMap<>();
        for (String pair : pairs) {
            Match x = byPairA.get(pair);
            Match y = byPairB.get(pair);
            Verdict va = x == null ? null : x.verdict();
            Verdict vb = y == null ? null : y.verdict();
            List<String> rules = responsible(x, y);
            // A pair moves when its verdict, rank or score changes, or when other rules speak for it now.
            boolean moved = x == null || y == null || va != vb || x.rank() != y.rank()
                    || Math.abs(x.score() - y.score()) >= 0.05 || !rules.equals(List.of("weights"));
            if (!moved) {
                continue;
            }
            if (va != vb) {
                verdictChanges.merge((va == null ? "absent" : va.name()) + " → " + (vb == null ? "absent" : vb.name()), 1, Integer::sum);
            }
            String[] ids = pair.split("\u0000");
            changes.add(new Change(ids[0], ids[1], va, vb, x == null ? null : x.score(), y == null ? null : y.score(),
                    x == null ? null : x.rank(), y == null ? null : y.rank(), rules));
        }
        changes.sort(Comparator.comparing((Change c) -> -Math.abs(c.delta()))
                .thenComparing(Change::vacancyId).thenComparing(Change::candidateId));
        return new MatchDiff(List.copyOf(changes), Map.copyOf(verdictChanges), pairs.size());
    }

    private static Map<String, Match> byPair(List<Match> matches) {
        Map<String, Match> map = new LinkedHashMap<>();
        for (Match m : matches) {
            map.put(m.candidateId() + "\u0000" + m.vacancyId(), m);
        }
        return map;
    }

    private static List<String> responsible(Match a, Match b) {
        Map<String, String> pointsA = messages(a);
        Map<String, String> pointsB = messages(b);
        List<String> rules = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(pointsA.keySet());
        names.addAll(pointsB.keySet());
        for (String rule : names) {
            String pa = pointsA.get(rule);
            String pb = pointsB.get(rule);
            if (pa == null) {
                rules.add("+" + rule);
            } else if (pb == null) {
                rules.add("-" + rule);
            } else if (!Objects.equals(pa, pb)) {
                rules.add("~" + rule);
            }
        }
        if (rules.isEmpty() && a != null && b != null) {
            rules.add("weights");
        }
        return rules;
    }

    /** Each rule's messages: the same rule saying the same thing scored the same facts the same way. */
    private static Map<String, String> messages(Match m) {
        Map<String, String> messages = new TreeMap<>();
        if (m != null) {
            for (Reason r : m.reasons()) {
                messages.merge(r.rule(), (r.knockout() ? "KO " : "") + r.message(), (x, y) -> x + "\n" + y);
            }
        }
        return messages;
    }
}
