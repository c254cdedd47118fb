package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.VacancyFacts;

import java.util.List;
import java.util.Map;

/** A document read, normalised and profiled once, ready to be scored against many others. */
final class Prepared {
    private Prepared() {
    }

    /**
     * @param facts       what rules see of the candidate
     * @param sideFacts   skills, languages, fields of study and titles, as separate facts
     * @param profile     the public profile
     * @param skillWeight canonical skill → evidence weight, for retrieval
     * @param terms       what the estimate reads beyond the facts: skills, fields of study, career steps, languages
     */
    record Candidate(String id, CandidateFacts facts, List<Object> sideFacts, Profile profile,
                     Map<String, Double> skillWeight, EstimateTerms.CandidateTerms terms) {
    }

    /**
     * @param facts       what rules see of the vacancy
     * @param sideFacts   required and preferred skills and languages, as separate facts
     * @param profile     the public profile
     * @param skillWeight canonical skill → importance (required 1, preferred less), for retrieval
     * @param terms       what the estimate reads beyond the facts: skills, languages, fields of study
     */
    record Vacancy(String id, VacancyFacts facts, List<Object> sideFacts, Profile profile,
                   Map<String, Double> skillWeight, EstimateTerms.VacancyTerms terms) {
    }
}
