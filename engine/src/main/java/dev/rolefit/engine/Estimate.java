package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.HasSkill;
import dev.rolefit.engine.facts.RoleAdjacency;
import dev.rolefit.engine.facts.VacancyFacts;
import dev.rolefit.model.SkillLevel;

import java.util.HashMap;
import java.util.Map;

/**
 * A quick guess at a pair's score, to choose which of the retrieved documents the rules score
 * first: role family, the vacancy's skills the candidate covers (much as skills.drl counts them),
 * education, seniority and salary, weighted as data/scoring.csv weighs those categories.
 *
 * <p>It decides nothing: a pair it ranks low is merely not scored when the list has better
 * prospects (see {@link MatchOptions#effectiveRetrieveLimit()}); every score shown comes from the
 * rules. It restates the rules only roughly, so a rule change never makes a result wrong, at worst
 * slower to find; how good a guess it is shows in the recall {@code BenchRun} measures against
 * exhaustive scoring.
 */
final class Estimate {
    private final RuleBook book;
    private final double role;
    private final double skills;
    private final double education;
    private final double seniority;
    private final double salary;
    private final Map<String, Double> levelCredit = new HashMap<>();

    Estimate(RuleBook book) {
        this.book = book;
        this.role = book.weights.getOrDefault("ROLE", 0.0);
        this.skills = book.weights.getOrDefault("SKILLS", 0.0);
        this.education = book.weights.getOrDefault("EDUCATION", 0.0);
        this.seniority = book.weights.getOrDefault("SENIORITY", 0.0);
        this.salary = book.weights.getOrDefault("SALARY", 0.0);
        book.levelCredits.forEach(l -> levelCredit.put(l.level(), l.credit()));
    }

    /**
     * The estimate, 0–1: like the score, a weighted mean of the categories it can judge, leaving
     * out (not counting as zero) those the pair gives nothing to judge by.
     */
    double of(Prepared.Candidate c, Prepared.Vacancy v) {
        CandidateFacts cf = c.facts();
        VacancyFacts vf = v.facts();
        double sum = 0;
        double total = 0;
        if (vf.roleFamily() != null) {
            sum += role * family(cf, vf.roleFamily());
            total += role;
        }
        if (!v.skillWeight().isEmpty()) {
            sum += skills * cover(c, v.skillWeight());
            total += skills;
        }
        if (vf.minEducation() != null) {
            // Below the minimum without a knockout means experience and expertise stood in for the
            // degree (education.drl): worth half, not nothing, since such pairs do make lists.
            boolean meets = cf.educationLevel() != null && cf.educationLevel().compareTo(vf.minEducation()) >= 0;
            sum += education * (meets ? 1 : 0.5);
            total += education;
        }
        double rungEarned = 0;
        double rungPossible = 0;
        if (cf.seniority() != null && vf.seniority() != null) {
            int steps = cf.seniority().stepsTo(vf.seniority());
            rungEarned = steps == 0 ? 2 : steps == 1 ? 1.2 : steps == -1 ? 1.5 : 0.3;
            rungPossible = 2;
        }
        if (vf.minYearsExperience() > 0) {
            rungEarned += Math.min(1, cf.relevantYears() / vf.minYearsExperience());
            rungPossible += 1;
        }
        if (rungPossible > 0) {
            sum += seniority * rungEarned / rungPossible;
            total += seniority;
        }
        Double top = vf.hasSalaryBand() ? vf.salaryTop() : vf.benchmarkMedian();
        if (cf.salaryExpectation() != null && top != null) {
            double over = cf.salaryExpectation() / top - 1;
            sum += salary * (over <= 0 ? 1 : Math.max(0, 1 - 3 * over));
            total += salary;
        }
        return total == 0 ? 0 : sum / total;
    }

    /** As the role rules: the same family fully, an adjacent one at its credit, else half the profile's own score. */
    private double family(CandidateFacts c, String wanted) {
        String own = c.roleFamily();
        if (wanted.equals(own)) {
            return 1;
        }
        if (own != null) {
            for (RoleAdjacency a : book.adjacency) {
                if (a.from().equals(own) && a.to().equals(wanted)) {
                    return a.credit();
                }
            }
        }
        return 0.5 * c.roleScore(wanted);
    }

    /**
     * The skills category as skills.drl computes it, roughly: required skills three times a
     * preferred one, each covered as strongly as the evidence and the level it is held at (or in
     * part through a related skill), depth in required skills on top, and a penalty when fewer
     * than a third are covered.
     *
     * @param wanted the vacancy's skills: 1 required, less preferred
     */
    private double cover(Prepared.Candidate c, Map<String, Double> wanted) {
        Map<String, Double> credit = new HashMap<>();
        int deep = 0;
        for (Object fact : c.sideFacts()) {
            if (fact instanceof HasSkill h && wanted.containsKey(h.skill())) {
                credit.put(h.skill(), h.weight() * levelCredit.getOrDefault(h.levelName(), 1.0));
                boolean required = wanted.get(h.skill()) >= 1;
                if (required && (h.level() == SkillLevel.ADVANCED || h.level() == SkillLevel.EXPERT || h.years() >= 3)) {
                    deep++;
                }
            }
        }
        int required = 0;
        int preferred = 0;
        double requiredCovered = 0;
        double preferredCovered = 0;
        for (Map.Entry<String, Double> w : wanted.entrySet()) {
            Double own = credit.get(w.getKey());
            double covered = own != null ? own : related(c.skillWeight(), w.getKey());
            if (w.getValue() >= 1) {
                required++;
                requiredCovered += covered;
            } else {
                preferred++;
                preferredCovered += covered;
            }
        }
        double earned = 3 * Math.min(requiredCovered, required) + Math.min(preferredCovered, preferred);
        double possible = 3 * required + preferred;
        if (deep > 0) {
            earned += deep;
            possible += required;
        }
        if (required >= 2 && requiredCovered < required * 0.34) {
            earned -= required;
        }
        return possible == 0 ? 0.5 : Math.max(0, Math.min(1, earned / possible));
    }

    /** The best credit a related skill the candidate holds gives for a skill they lack. */
    private double related(Map<String, Double> held, String skill) {
        double best = 0;
        var known = book.taxonomy().skill(skill);
        if (known.isPresent()) {
            for (Map.Entry<String, Double> r : known.get().related().entrySet()) {
                Double weight = held.get(r.getKey());
                if (weight != null) {
                    best = Math.max(best, r.getValue() * weight);
                }
            }
        }
        return best;
    }
}
