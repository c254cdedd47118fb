package dev.rolefit.engine.facts;

import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Seniority;

import java.util.Map;
import java.util.Set;

/**
 * What the rules know of a candidate: matching facts only, never a name, contact detail or
 * protected attribute. The candidate's skills and languages arrive as separate {@link HasSkill} and
 * {@link SpeaksLanguage} facts.
 *
 * @param id                 the candidate's id
 * @param city               lower case, or null
 * @param countryCode        upper case ISO code, or null
 * @param region             the commuting region of the city (from regions.csv), or null
 * @param willingToRelocate  true when the candidate said so
 * @param remotePreference   how the candidate wants to work, or null
 * @param employmentTypes    the contract types the candidate accepts; empty when not said
 * @param salaryExpectation  the minimum yearly salary in EUR, or null when not said
 * @param salaryStated       the expectation as the candidate wrote it, for messages
 * @param educationLevel     the highest level reached; null when the candidate lists no education
 * @param educationTrack     the track of that highest level, or null
 * @param relevantYears      years of relevant experience, overlapping jobs counted once
 * @param seniority          the rung on the ladder the profile stage decided
 * @param roleFamily         the primary role family id, or null when no family shows
 * @param roleScores         0–1 per role family id
 * @param roleSummary        why the primary family and not the runner-up, in words
 */
public record CandidateFacts(String id, String city, String countryCode, String region,
                             boolean willingToRelocate, RemotePolicy remotePreference,
                             Set<EmploymentType> employmentTypes, Double salaryExpectation,
                             String salaryStated, EducationLevel educationLevel,
                             EducationTrack educationTrack, double relevantYears, Seniority seniority,
                             String roleFamily, Map<String, Double> roleScores, String roleSummary) {

    /** The candidate's 0–1 score for {@code family}; 0 when the family does not show at all. */
    public double roleScore(String family) {
        return roleScores.getOrDefault(family, 0.0);
    }

    /** Whether the candidate named the employment types they accept. */
    public boolean saysEmploymentTypes() {
        return !employmentTypes.isEmpty();
    }
}
