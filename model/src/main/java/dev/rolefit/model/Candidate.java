package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * A candidate as submitted: the native JSON document of DESIGN.md.
 *
 * <p>{@code name}, {@code email} and {@code phone} are personal data: the engine keeps them for the
 * output (only when asked) and never hands them to a rule. Fields the contract does not know are
 * kept in {@link #otherFields()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(
        String id,
        String name,
        String email,
        String phone,
        String headline,
        String summary,
        Location location,
        Boolean willingToRelocate,
        RemotePolicy remotePreference,
        List<EmploymentType> employmentTypes,
        Salary salaryExpectation,
        List<Education> education,
        List<Experience> experience,
        List<SkillClaim> skills,
        List<LanguageSkill> languages,
        List<String> certifications,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Candidate {
        id = Text.requireId(id);
        headline = Text.blankToNull(headline);
        summary = Text.blankToNull(summary);
        employmentTypes = Text.list(employmentTypes);
        education = Text.list(education);
        experience = Text.list(experience);
        skills = Text.list(skills);
        languages = Text.list(languages);
        certifications = Text.list(certifications);
        otherFields = Text.sortedMap(otherFields);
    }

    /** Whether the candidate said they would move for a job; false when not said. */
    public boolean relocates() {
        return Boolean.TRUE.equals(willingToRelocate);
    }
}
