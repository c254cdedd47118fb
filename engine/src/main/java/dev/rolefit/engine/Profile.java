package dev.rolefit.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.Seniority;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine reads from one candidate or vacancy before matching: the output of
 * {@code rolefit profile}. Contains no personal data.
 *
 * @param id              the document's id
 * @param kind            CANDIDATE or VACANCY
 * @param roleFamily      the primary role family id, or null when none shows
 * @param roleScores      0–1 per role family id, sorted by id
 * @param roleSummary     why this family and not the runner-up, in words
 * @param seniority       the rung on the ladder (stated or inferred)
 * @param seniorityBasis  what decided the rung ("stated", "the title says senior", "6.5 relevant years")
 * @param yearsExperience a candidate's relevant years; a vacancy's minimum years
 * @param educationLevel  a candidate's highest level (null when none is listed); a vacancy's minimum level (may be null)
 * @param salaryYearlyEur a candidate's expectation, or a vacancy's band top, in yearly EUR; null when not given
 * @param salaryStated    the salary as written, with its yearly EUR value when it was in another currency or period
 * @param skills          canonical skill names: a candidate's skills; a vacancy's required then preferred
 * @param skillSources    where each skill was found: "listed", "work entry" or "text" (a candidate's summary,
 *                        headline or a job description); "required" or "preferred" for a vacancy
 * @param unknownSkills   skills as written that the taxonomy does not know
 * @param source          where the document was read: the file, and for a JSON Lines file or an array its
 *                        line or position ("cands.jsonl, line 3"); null when not read from a file (set by
 *                        {@link #withSource})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "kind", "source", "roleFamily", "roleScores", "roleSummary", "seniority", "seniorityBasis",
        "yearsExperience", "educationLevel", "salaryYearlyEur", "salaryStated", "skills", "skillSources", "unknownSkills"})
public record Profile(String id, Kind kind, String roleFamily, Map<String, Double> roleScores, String roleSummary,
                      Seniority seniority, String seniorityBasis, double yearsExperience,
                      EducationLevel educationLevel, Double salaryYearlyEur, String salaryStated, List<String> skills,
                      Map<String, String> skillSources, List<String> unknownSkills, String source) {
    /** Unmodifiable copies, in the given order: a profile handed to an embedder cannot change under the engine. */
    public Profile {
        roleScores = ordered(roleScores);
        skillSources = ordered(skillSources);
        skills = skills == null ? null : List.copyOf(skills);
        unknownSkills = unknownSkills == null ? null : List.copyOf(unknownSkills);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** A profile not yet tied to a file. */
    public Profile(String id, Kind kind, String roleFamily, Map<String, Double> roleScores, String roleSummary,
                   Seniority seniority, String seniorityBasis, double yearsExperience,
                   EducationLevel educationLevel, Double salaryYearlyEur, String salaryStated, List<String> skills,
                   Map<String, String> skillSources, List<String> unknownSkills) {
        this(id, kind, roleFamily, roleScores, roleSummary, seniority, seniorityBasis, yearsExperience, educationLevel,
                salaryYearlyEur, salaryStated, skills, skillSources, unknownSkills, null);
    }

    /** This profile, saying where its document was read ("samples/formats/cv.txt", "cands.jsonl, line 3"). */
    public Profile withSource(String where) {
        return new Profile(id, kind, roleFamily, roleScores, roleSummary, seniority, seniorityBasis, yearsExperience,
                educationLevel, salaryYearlyEur, salaryStated, skills, skillSources, unknownSkills, where);
    }

    /** Which side of a match a document is. */
    public enum Kind { CANDIDATE, VACANCY }
}
