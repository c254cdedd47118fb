package dev.rolefit.engine;

import dev.rolefit.engine.facts.Scorecard;
import dev.rolefit.model.Match;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores pairs in one long-lived Drools session, for one thread at a time. The data tables stay in
 * the session; a vacancy stays while candidates come and go (or the other way round), so the work
 * per pair is the candidate's facts only. Every scoring rule matches both sides, so it fires anew
 * for each pair.
 */
final class Evaluator implements AutoCloseable {
    private static final int MAX_FIRINGS = 100_000;

    private final RuleBook book;
    private final KieSession session;
    private Prepared.Candidate candidate;
    private Prepared.Vacancy vacancy;
    private final List<FactHandle> candidateHandles = new ArrayList<>();
    private final List<FactHandle> vacancyHandles = new ArrayList<>();

    Evaluator(RuleBook book) {
        this.book = book;
        this.session = book.kieBase().newKieSession();
        book.relatedSkills.forEach(session::insert);
        book.adjacency.forEach(session::insert);
        book.careerPaths.forEach(session::insert);
        book.countries.forEach(session::insert);
        book.compensating.forEach(session::insert);
        book.levelCredits.forEach(session::insert);
        session.setGlobal("score", new Scorecard());
        session.setGlobal("reverse", new Scorecard());
        session.fireAllRules(MAX_FIRINGS);
    }

    /** What one evaluation did, for explanations: the scorecards and every rule that fired, in order. */
    record Trace(Match match, Scorecard score, Scorecard reverse, List<Explanation.Firing> firings) {
    }

    Match score(Prepared.Candidate c, Prepared.Vacancy v) {
        return evaluate(c, v, null, false).match();
    }

    /**
     * Scores the pair for a list that drops rejected pairs: the rules stop at the first knockout,
     * so the match of a rejected pair says REJECTED but may lack the reasons of rules that had not
     * yet run. Not rejected pairs are scored in full, exactly as {@link #score}.
     */
    Match scoreUnlessRejected(Prepared.Candidate c, Prepared.Vacancy v) {
        return evaluate(c, v, null, true).match();
    }

    /** How Drools' executable model names a pattern the DRL left unbound (DRLIdGenerator). */
    private static final String UNNAMED_PATTERN = "GENERATED_$";

    /** Scores the pair and records every rule that fires, with the facts it bound. */
    Trace trace(Prepared.Candidate c, Prepared.Vacancy v) {
        List<Explanation.Firing> firings = new ArrayList<>();
        org.kie.api.event.rule.AgendaEventListener listener = new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                var match = event.getMatch();
                // By name: Drools lists a rule's variables in no stable order (it differs between the DRL
                // and the precompiled build), and an explanation should read the same from both.
                java.util.Map<String, String> facts = new java.util.TreeMap<>();
                for (String id : match.getDeclarationIds()) {
                    if (id.startsWith(UNNAMED_PATTERN)) {
                        continue; // the precompiled rules name every pattern; the rule's author named only these
                    }
                    Object value = match.getDeclarationValue(id);
                    if (value instanceof dev.rolefit.engine.facts.CandidateFacts || value instanceof dev.rolefit.engine.facts.VacancyFacts) {
                        continue; // whole documents say nothing about why this rule fired
                    }
                    facts.put(id, String.valueOf(value));
                }
                Object category = match.getRule().getMetaData().get("category");
                firings.add(new Explanation.Firing(firings.size() + 1, match.getRule().getName(),
                        category == null ? null : category.toString(), facts));
            }
        };
        session.addEventListener(listener);
        try {
            return evaluate(c, v, firings, false);
        } finally {
            session.removeEventListener(listener);
        }
    }

    private Trace evaluate(Prepared.Candidate c, Prepared.Vacancy v, List<Explanation.Firing> firings,
                           boolean stopAtKnockout) {
        boolean sameVacancy = vacancy == v;
        if (!sameVacancy) {
            vacancyHandles.forEach(session::delete);
            vacancyHandles.clear();
            vacancyHandles.add(session.insert(v.facts()));
            v.sideFacts().forEach(f -> vacancyHandles.add(session.insert(f)));
            vacancy = v;
        }
        // The same pair again: re-insert the candidate so that the rules fire again.
        if (candidate != c || sameVacancy) {
            candidateHandles.forEach(session::delete);
            candidateHandles.clear();
            candidateHandles.add(session.insert(c.facts()));
            c.sideFacts().forEach(f -> candidateHandles.add(session.insert(f)));
            candidate = c;
        }
        Scorecard score = new Scorecard(stopAtKnockout);
        Scorecard reverse = new Scorecard(stopAtKnockout);
        session.setGlobal("score", score);
        session.setGlobal("reverse", reverse);
        int fired = session.fireAllRules(MAX_FIRINGS);
        if (fired >= MAX_FIRINGS) {
            throw new IllegalStateException("the rules fired " + fired + " times for candidate " + c.id()
                    + " and vacancy " + v.id() + ": a rule loops");
        }
        return new Trace(ScoreFormula.match(book, c.id(), v.id(), score, reverse), score, reverse, firings);
    }

    @Override
    public void close() {
        session.dispose();
    }
}
