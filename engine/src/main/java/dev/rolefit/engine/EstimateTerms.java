package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.CareerPath;
import dev.rolefit.engine.facts.HasSkill;
import dev.rolefit.engine.facts.HeldTitle;
import dev.rolefit.engine.facts.RequiresLanguage;
import dev.rolefit.engine.facts.SpeaksLanguage;
import dev.rolefit.engine.facts.StudiedField;
import dev.rolefit.engine.facts.VacancyFacts;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.SkillLevel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Estimate} reads of a document beyond its facts, worked out once when the document is
 * prepared and saved with its profile in a data folder. Kept apart from the estimate itself, so that
 * a change in how pairs are estimated does not make saved profiles stale (ProfileCache fingerprints
 * this class, not Estimate).
 */
final class EstimateTerms {
    private EstimateTerms() {
    }

    /**
     * What the estimate reads of a candidate beyond {@link CandidateFacts}, worked out once when the
     * candidate is prepared.
     *
     * @param held        the skills
     * @param studied     the fields of study
     * @param careerSteps role family → the credit of the best typical step toward it among the
     *                    titles held (career-paths.csv)
     * @param speaks      language → the fluency the candidate speaks it at
     */
    record CandidateTerms(List<Held> held, List<StudiedField> studied, Map<String, Double> careerSteps,
                          Map<String, Fluency> speaks) {
    }

    /**
     * @param number the skill's taxonomy {@linkplain SkillTaxonomy#number number}, -1 if it has none
     * @param credit the evidence weight × the credit of the level it is held at (skill-levels.csv)
     * @param weight the evidence weight: what the skill is worth when it stands in for a related one
     * @param deep   held at advanced or expert level, or for three years or more
     */
    record Held(String skill, int number, double credit, double weight, boolean deep) {
    }

    /**
     * What the estimate reads of a vacancy beyond {@link VacancyFacts}, worked out once when it is
     * prepared.
     *
     * @param wanted          the skills it asks for
     * @param languages       the languages it requires
     * @param educationFields the fields of study it names, as a set: looked up for every pair
     */
    record VacancyTerms(List<Wanted> wanted, List<RequiresLanguage> languages, Set<String> educationFields) {
    }

    /** @param number the skill's taxonomy {@linkplain SkillTaxonomy#number number}, -1 if it has none */
    record Wanted(String skill, int number, boolean required) {
    }

    static CandidateTerms candidate(List<Object> sideFacts, RuleBook book) {
        Map<String, Double> levelCredit = new HashMap<>();
        book.levelCredits.forEach(l -> levelCredit.put(l.level(), l.credit()));
        List<Held> held = new ArrayList<>();
        List<StudiedField> studied = new ArrayList<>();
        for (Object fact : sideFacts) {
            if (fact instanceof StudiedField f) {
                studied.add(f);
            }
            if (fact instanceof HasSkill h) {
                held.add(new Held(h.skill(), book.taxonomy().number(h.skill()),
                        h.weight() * levelCredit.getOrDefault(h.levelName(), 1.0), h.weight(),
                        h.level() == SkillLevel.ADVANCED || h.level() == SkillLevel.EXPERT || h.years() >= 3));
            }
        }
        Map<String, Double> steps = new HashMap<>();
        for (CareerPath path : book.careerPaths) {
            for (Object fact : sideFacts) {
                if (fact instanceof HeldTitle t && t.text().contains(path.title())) {
                    steps.merge(path.family(), path.credit(), Math::max);
                }
            }
        }
        Map<String, Fluency> speaks = new HashMap<>();
        for (Object fact : sideFacts) {
            if (fact instanceof SpeaksLanguage l) {
                speaks.merge(l.language(), l.fluency(), (a, b) -> a.atLeast(b) ? a : b);
            }
        }
        return new CandidateTerms(List.copyOf(held), List.copyOf(studied), Collections.unmodifiableMap(steps),
                Collections.unmodifiableMap(speaks));
    }

    /** @param skillWeight skill → 1 when required, less when preferred */
    static VacancyTerms vacancy(Map<String, Double> skillWeight, List<Object> sideFacts, List<String> educationFields,
                                     SkillTaxonomy taxonomy) {
        List<Wanted> wanted = new ArrayList<>();
        for (Map.Entry<String, Double> w : skillWeight.entrySet()) {
            wanted.add(new Wanted(w.getKey(), taxonomy.number(w.getKey()), w.getValue() >= 1));
        }
        List<RequiresLanguage> languages = new ArrayList<>();
        for (Object fact : sideFacts) {
            if (fact instanceof RequiresLanguage l) {
                languages.add(l);
            }
        }
        return new VacancyTerms(List.copyOf(wanted), List.copyOf(languages),
                Collections.unmodifiableSet(new HashSet<>(educationFields)));
    }
}
