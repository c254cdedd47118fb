package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.RoleAdjacency;
import dev.rolefit.engine.facts.VacancyFacts;

import java.util.Map;

/**
 * A quick guess at a pair's score, to choose which of the retrieved documents the rules score
 * first: role family, the vacancy's skills the candidate covers, education, seniority and salary,
 * weighted as data/scoring.csv weighs those categories. It decides nothing: a pair it ranks low is merely not
 * scored when the list has better prospects (see {@link MatchOptions#effectiveRetrieveLimit()}); every
 * score shown comes from the rules. How good a guess it is shows in the recall that
 * {@code BenchRun} measures against exhaustive scoring.
 */
final class Estimate {
    /** Credit for a skill held only through a related one, as the skills rules give about. */
    private static final double RELATED = 0.5;

    private final RuleBook book;
    private final double role;
    private final double skills;
    private final double education;
    private final double seniority;
    private final double salary;

    Estimate(RuleBook book) {
        this.book = book;
        this.role = book.weights.getOrDefault("ROLE", 0.0);
        this.skills = book.weights.getOrDefault("SKILLS", 0.0);
        this.education = book.weights.getOrDefault("EDUCATION", 0.0);
        this.seniority = book.weights.getOrDefault("SENIORITY", 0.0);
        this.salary = book.weights.getOrDefault("SALARY", 0.0);
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
            sum += skills * cover(c.skillWeight(), v.skillWeight());
            total += skills;
        }
        if (vf.minEducation() != null) {
            // Below the minimum without the knockout firing means experience stood in for the degree.
            sum += education * (cf.educationLevel() != null && cf.educationLevel().compareTo(vf.minEducation()) >= 0 ? 1 : 0.5);
            total += education;
        }
        if (cf.seniority() != null && vf.seniority() != null) {
            sum += seniority * Math.max(0, 1 - 0.4 * Math.abs(cf.seniority().stepsTo(vf.seniority())));
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

    /** The share of the vacancy's skills (required counting more) the candidate holds or is close to. */
    private double cover(Map<String, Double> held, Map<String, Double> wanted) {
        double possible = 0;
        double earned = 0;
        for (Map.Entry<String, Double> w : wanted.entrySet()) {
            possible += w.getValue();
            Double own = held.get(w.getKey());
            double credit = own != null ? Math.min(1, own) : 0;
            if (credit < RELATED) {
                var skill = book.taxonomy().skill(w.getKey());
                if (skill.isPresent()) {
                    for (Map.Entry<String, Double> r : skill.get().related().entrySet()) {
                        if (held.containsKey(r.getKey())) {
                            credit = Math.max(credit, RELATED * r.getValue());
                        }
                    }
                }
            }
            earned += w.getValue() * credit;
        }
        return possible == 0 ? 0.5 : earned / possible;
    }
}
