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
 * touched: they are not facts the rules see.
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

    static Counterfactuals find(MatchEngine engine, Candidate candidate, Vacancy vacancy) {
        Match before = engine.score(candidate, vacancy);
        List<Change> found = new ArrayList<>();
        Profile profile = engine.profile(vacancy);
        for (String skill : before.evidence().missingSkills()) {
            tryChange(engine, candidate, vacancy, before, found, "Add the skill " + skill,
                    c -> ((ArrayNode) c.withArray("skills")).addObject().put("name", skill).put("level", "INTERMEDIATE"));
        }
        if (vacancy.salary() != null && candidate.salaryExpectation() != null) {
            double top = vacancy.salary().max() != null ? vacancy.salary().max() : vacancy.salary().min();
            tryChange(engine, candidate, vacancy, before, found, "Expect at most the band's maximum ("
                            + dev.rolefit.engine.facts.Phrases.money(top, vacancy.salary().currency()) + " "
                            + dev.rolefit.engine.facts.Phrases.per(vacancy.salary().period()) + ")",
                    c -> c.set("salaryExpectation", JSON.valueToTree(new dev.rolefit.model.Salary(top, null,
                            vacancy.salary().currency(), vacancy.salary().period()))));
        }
        if (!candidate.relocates()) {
            tryChange(engine, candidate, vacancy, before, found, "Be willing to relocate", c -> c.put("willingToRelocate", true));
        }
        if (vacancy.employmentType() != null && !candidate.employmentTypes().isEmpty()
                && !candidate.employmentTypes().contains(vacancy.employmentType())) {
            tryChange(engine, candidate, vacancy, before, found, "Accept " + vacancy.employmentType().name()
                            .toLowerCase(Locale.ROOT).replace('_', '-') + " work",
                    c -> c.withArray("employmentTypes").add(vacancy.employmentType().name()));
        }
        if (vacancy.remotePolicy() != null && candidate.remotePreference() != null
                && candidate.remotePreference() != vacancy.remotePolicy()) {
            tryChange(engine, candidate, vacancy, before, found, "Accept " + vacancy.remotePolicy().name().toLowerCase(Locale.ROOT)
                    + " work", c -> c.put("remotePreference", vacancy.remotePolicy().name()));
        }
        for (var requirement : vacancy.languages()) {
            boolean meets = candidate.languages().stream().anyMatch(l -> l.language().equals(requirement.language())
                    && l.fluency().atLeast(requirement.minFluency()));
            if (!meets) {
                Fluency level = requirement.minFluency();
                tryChange(engine, candidate, vacancy, before, found, "Speak " + dev.rolefit.engine.facts.Phrases.language(requirement.language())
                        + " at " + level.name().toLowerCase(Locale.ROOT) + " level", c -> {
                    ArrayNode languages = c.withArray("languages");
                    for (int i = languages.size() - 1; i >= 0; i--) {
                        if (requirement.language().equals(languages.get(i).path("language").asText())) {
                            languages.remove(i);
                        }
                    }
                    languages.addObject().put("language", requirement.language()).put("fluency", level.name());
                });
            }
        }
        found.sort(Comparator.comparing((Change c) -> c.verdict() == Verdict.REJECTED)
                .thenComparing(c -> -c.score()).thenComparing(Change::change));
        return new Counterfactuals(before, List.copyOf(found));
    }

    private static void tryChange(MatchEngine engine, Candidate candidate, Vacancy vacancy, Match before,
                                  List<Change> found, String words, Consumer<ObjectNode> edit) {
        ObjectNode node = JSON.valueToTree(candidate);
        edit.accept(node);
        Candidate changed;
        try {
            changed = JSON.treeToValue((JsonNode) node, Candidate.class);
        } catch (Exception e) {
            return; // a change the model refuses is no change to suggest
        }
        Match after = engine.score(changed, vacancy);
        // For a rejected candidate only a change that lifts the knockout matters.
        boolean lifts = rank(after.verdict()) > rank(before.verdict())
                || (before.verdict() != Verdict.REJECTED && after.verdict() == before.verdict()
                    && after.score() >= before.score() + 1.0);
        if (lifts) {
            found.add(new Change(words, after.verdict(), after.score()));
        }
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
