package dev.rolefit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The smallest changes in a candidate's own facts that would lift the verdict: a missing required
 * skill, a lower salary expectation, willingness to relocate or to work remotely, a language at the
 * required level, an accepted contract type. Each is tried by re-running the rules on a changed
 * copy of the candidate, never by reasoning about the rules. Protected attributes are never
 * touched: they are not facts the rules see. {@link #intoTopK} finds, the same way, the changes
 * that would move the candidate into a vacancy's top k among a pool of candidates.
 *
 * @param before  the match as it is
 * @param changes the changes that lift the verdict or the score, the biggest lift first
 */
public record Counterfactuals(Match before, List<Change> changes) {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    /**
     * One change and what it would do.
     *
     * @param change  the change, in words ("Add the skill Terraform")
     * @param verdict the verdict after it
     * @param score   the score after it
     */
    public record Change(String change, Verdict verdict, double score) {
    }

    /**
     * How a candidate stands in a vacancy's pool, and the smallest changes in the candidate's own
     * facts that would move them into the top k: ranked within the first k of the vacancy's list of
     * the pool, by the engine's order (not rejected first, then score, reverse score, candidate id),
     * and not REJECTED.
     *
     * @param k           how many candidates the top holds
     * @param poolSize    the candidates ranked: the others in the pool and this one
     * @param before      the candidate's match as it is
     * @param rankBefore  the candidate's rank in the pool as it is, 1 for the best
     * @param kthOther    the k-th best of the other candidates, the one to overtake (null when there are fewer than k others)
     * @param moves       the changes that move the candidate into the top k: the fewest changes first
     *                    (one, else two together), then the best rank and score; empty when already in
     *                    the top k or when no change of one or two facts does it
     */
    public record TopK(int k, int poolSize, Match before, int rankBefore, Match kthOther, List<Move> moves) {
        public TopK {
            moves = List.copyOf(moves);
        }

        /** Whether the candidate is in the top k as things are. */
        public boolean inTopK() {
            return rankBefore <= k && before.verdict() != Verdict.REJECTED;
        }
    }

    /**
     * Changes that together move a candidate into the top k.
     *
     * @param changes the changes, in words
     * @param verdict the verdict after them
     * @param score   the score after them
     * @param rank    the rank in the pool after them
     */
    public record Move(List<String> changes, Verdict verdict, double score, int rank) {
        public Move {
            changes = List.copyOf(changes);
        }
    }

    /** One change to try: what it is in words, and the edit of the candidate's JSON that makes it. */
    private record Edit(String words, Consumer<ObjectNode> apply) {
    }

    static Counterfactuals find(MatchEngine engine, Candidate candidate, Vacancy vacancy) {
        Match before = engine.score(candidate, vacancy);
        List<Change> found = new ArrayList<>();
        for (Edit edit : edits(candidate, vacancy, before, false)) {
            Match after = scoreChanged(engine, candidate, vacancy, List.of(edit));
            // For a rejected candidate only a change that lifts the knockout matters.
            boolean lifts = after != null && (rank(after.verdict()) > rank(before.verdict())
                    || (before.verdict() != Verdict.REJECTED && after.verdict() == before.verdict()
                        && after.score() >= before.score() + 1.0));
            if (lifts) {
                found.add(new Change(edit.words(), after.verdict(), after.score()));
            }
        }
        found.sort(Comparator.comparing((Change c) -> c.verdict() == Verdict.REJECTED)
                .thenComparing(c -> -c.score()).thenComparing(Change::change));
        return new Counterfactuals(before, List.copyOf(found));
    }

    /**
     * How the candidate stands among a pool for the vacancy, and the smallest changes in their own
     * facts (the changes of {@link MatchEngine#counterfactuals}, and a preferred skill they lack) that
     * would move them into the top k, each found by re-running the rules on a changed copy: first
     * every single change, and when none is enough every two together. The other candidates are
     * scored as they are. Protected attributes are never touched: they are not facts the rules see.
     *
     * @param engine    the engine whose rules score
     * @param candidate the candidate
     * @param vacancy   the vacancy
     * @param pool      the other candidates for the vacancy (the candidate itself, if there, is left out by id)
     * @param k         the size of the top, at least 1
     * @throws IllegalArgumentException when k is below 1
     */
    public static TopK intoTopK(MatchEngine engine, Candidate candidate, Vacancy vacancy, List<Candidate> pool, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k is " + k + "; it must be at least 1");
        }
        List<Match> others = new ArrayList<>();
        for (Candidate other : pool) {
            if (!other.id().equals(candidate.id())) {
                others.add(engine.score(other, vacancy));
            }
        }
        others = MatchEngine.rank(others, ALL, Match::candidateId);
        Match kth = others.size() < k ? null : others.get(k - 1);
        Match before = engine.score(candidate, vacancy);
        int rankBefore = rankAmong(others, before);
        TopK now = new TopK(k, others.size() + 1, before, rankBefore, kth, List.of());
        if (now.inTopK()) {
            return now;
        }
        List<Edit> edits = edits(candidate, vacancy, before, true);
        List<Move> moves = new ArrayList<>();
        for (Edit edit : edits) {
            move(engine, candidate, vacancy, others, k, List.of(edit), moves);
        }
        for (int i = 0; moves.isEmpty() && i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) {
                move(engine, candidate, vacancy, others, k, List.of(edits.get(i), edits.get(j)), moves);
            }
        }
        moves.sort(Comparator.comparingInt((Move m) -> m.changes().size()).thenComparingInt(Move::rank)
                .thenComparing(m -> -m.score()).thenComparing(m -> String.join(" + ", m.changes())));
        return new TopK(k, others.size() + 1, before, rankBefore, kth, moves);
    }

    /** Every pair, rejected ones too, in the engine's order for a vacancy's list. */
    private static final MatchOptions ALL = MatchOptions.defaults().includeRejected(true);

    private static void move(MatchEngine engine, Candidate candidate, Vacancy vacancy, List<Match> others, int k,
                             List<Edit> edits, List<Move> moves) {
        Match after = scoreChanged(engine, candidate, vacancy, edits);
        if (after == null || after.verdict() == Verdict.REJECTED) {
            return;
        }
        int rank = rankAmong(others, after);
        if (rank <= k) {
            moves.add(new Move(edits.stream().map(Edit::words).toList(), after.verdict(), after.score(), rank));
        }
    }

    /** The candidate's rank, 1 for the best, in the list of the others and this match. */
    private static int rankAmong(List<Match> others, Match candidate) {
        List<Match> all = new ArrayList<>(others);
        all.add(candidate);
        List<Match> ranked = MatchEngine.rank(all, ALL, Match::candidateId);
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).candidateId().equals(candidate.candidateId())) {
                return i + 1;
            }
        }
        throw new IllegalStateException("the candidate '" + candidate.candidateId() + "' is not in its own ranking");
    }

    /** The changes worth trying; {@code preferred} adds the preferred skills the candidate lacks. */
    private static List<Edit> edits(Candidate candidate, Vacancy vacancy, Match before, boolean preferred) {
        List<Edit> edits = new ArrayList<>();
        List<String> skills = new ArrayList<>(before.evidence().missingSkills());
        if (preferred) {
            for (String skill : vacancy.preferredSkills()) {
                boolean held = before.evidence().matchedSkills().stream().anyMatch(s -> s.equalsIgnoreCase(skill));
                if (!held && skills.stream().noneMatch(s -> s.equalsIgnoreCase(skill))) {
                    skills.add(skill);
                }
            }
        }
        for (String skill : skills) {
            edits.add(new Edit("Add the skill " + skill,
                    c -> ((ArrayNode) c.withArray("skills")).addObject().put("name", skill).put("level", "INTERMEDIATE")));
        }
        if (vacancy.salary() != null && candidate.salaryExpectation() != null) {
            double top = vacancy.salary().max() != null ? vacancy.salary().max() : vacancy.salary().min();
            edits.add(new Edit("Expect at most the band's maximum ("
                    + dev.rolefit.engine.facts.Phrases.money(top, vacancy.salary().currency()) + " "
                    + dev.rolefit.engine.facts.Phrases.per(vacancy.salary().period()) + ")",
                    c -> c.set("salaryExpectation", JSON.valueToTree(new dev.rolefit.model.Salary(top, null,
                            vacancy.salary().currency(), vacancy.salary().period())))));
        }
        if (!candidate.relocates()) {
            edits.add(new Edit("Be willing to relocate", c -> c.put("willingToRelocate", true)));
        }
        if (vacancy.employmentType() != null && !candidate.employmentTypes().isEmpty()
                && !candidate.employmentTypes().contains(vacancy.employmentType())) {
            edits.add(new Edit("Accept " + vacancy.employmentType().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + " work", c -> c.withArray("employmentTypes").add(vacancy.employmentType().name())));
        }
        if (vacancy.remotePolicy() != null && candidate.remotePreference() != null
                && candidate.remotePreference() != vacancy.remotePolicy()) {
            edits.add(new Edit("Accept " + vacancy.remotePolicy().name().toLowerCase(Locale.ROOT) + " work",
                    c -> c.put("remotePreference", vacancy.remotePolicy().name())));
        }
        for (var requirement : vacancy.languages()) {
            boolean meets = candidate.languages().stream().anyMatch(l -> l.language().equals(requirement.language())
                    && l.fluency().atLeast(requirement.minFluency()));
            if (!meets) {
                Fluency level = requirement.minFluency();
                edits.add(new Edit("Speak " + dev.rolefit.engine.facts.Phrases.language(requirement.language())
                        + " at " + level.name().toLowerCase(Locale.ROOT) + " level", c -> {
                    ArrayNode languages = c.withArray("languages");
                    for (int i = languages.size() - 1; i >= 0; i--) {
                        if (requirement.language().equals(languages.get(i).path("language").asText())) {
                            languages.remove(i);
                        }
                    }
                    languages.addObject().put("language", requirement.language()).put("fluency", level.name());
                }));
            }
        }
        return edits;
    }

    /** The match of a copy of the candidate with the edits made, or null when the model refuses the copy. */
    private static Match scoreChanged(MatchEngine engine, Candidate candidate, Vacancy vacancy, List<Edit> edits) {
        ObjectNode node = JSON.valueToTree(candidate);
        edits.forEach(e -> e.apply().accept(node));
        Candidate changed;
        try {
            changed = JSON.treeToValue((JsonNode) node, Candidate.class);
        } catch (Exception e) {
            return null; // a change the model refuses is no change to suggest
        }
        return engine.score(changed, vacancy);
    }

    /** REJECTED lowest, STRONG highest. */
    private static int rank(Verdict v) {
        return switch (v) {
            case REJECTED -> 0;
            case WEAK -> 1;
            case GOOD -> 2;
            case STRONG -> 3;
        };
    }
}
