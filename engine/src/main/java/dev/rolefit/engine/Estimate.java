package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.RoleAdjacency;
import dev.rolefit.engine.facts.VacancyFacts;

import java.util.Map;

/**
 * A quick guess at a pair's score, to choose which of the retrieved documents the rules score
 * first: role family, the vacancy's skills the candidate covers, seniority and salary, weighted as
 * data/scoring.csv weighs those categories. It decides nothing: a pair it ranks low is merely not
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
    private final double seniority;
    private final double salary;

    Estimate(RuleBook book) {
        this.book = book;
        this.role = book.weights.getOrDefault("ROLE", 0.0);
        this.skills = book.weights.getOrDefault("SKILLS", 0.0);
        this.seniority = book.weights.getOrDefault("SENIORITY", 0.0);
        this.salary = book.weights.getOrDefault("SALARY", 0.0);
    }

    /** The estimate, 0–1. */
    double of(Prepared.Candidate c, Prepared.Vacancy v) {
        CandidateFacts cf = c.facts();
        VacancyFacts vf = v.facts();
        double sum = role * family(cf.roleFamily(), vf.roleFamily())
                + skills * cover(c.skillWeight(), v.skillWeight())
                + seniority * rungs(cf, vf)
                + salary * pay(cf, vf);
        double total = role + skills + seniority + salary;
        return total == 0 ? 0 : sum / total;
    }

    private double family(String own, String wanted) {
        if (own == null || wanted == null) {
            return 0.3;
        }
        if (own.equals(wanted)) {
            return 1;
        }
        double best = 0;
        for (RoleAdjacency a : book.adjacency) {
            if ((a.from().equals(own) && a.to().equals(wanted)) || (a.from().equals(wanted) && a.to().equals(own))) {
                best = Math.max(best, a.credit());
            }
        }
        return best;
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

    private static double rungs(CandidateFacts c, VacancyFacts v) {
        if (c.seniority() == null || v.seniority() == null) {
            return 0.5;
        }
        return Math.max(0, 1 - 0.4 * Math.abs(c.seniority().stepsTo(v.seniority())));
    }

    private static double pay(CandidateFacts c, VacancyFacts v) {
        if (c.salaryExpectation() == null || !v.hasSalaryBand()) {
            return 0.7;
        }
        double over = c.salaryExpectation() / v.salaryTop() - 1;
        return over <= 0 ? 1 : Math.max(0, 1 - 3 * over);
    }
}
