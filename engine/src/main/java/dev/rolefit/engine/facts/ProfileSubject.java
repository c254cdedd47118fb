package dev.rolefit.engine.facts;

import dev.rolefit.model.Seniority;

/**
 * Profile stage: the profile being read.
 *
 * @param kind             "CANDIDATE" or "VACANCY"
 * @param relevantYears    a candidate's relevant years; a vacancy's minimum years
 * @param statedSeniority  the seniority the document states (vacancies), or null
 */
public record ProfileSubject(String kind, double relevantYears, Seniority statedSeniority) {
}
