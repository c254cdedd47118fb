package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * A vacancy as submitted: the native JSON document of DESIGN.md. Fields the contract does not know
 * are kept in {@link #otherFields()}.
 *
 * @param roleFamily the role family id (e.g. "ML_ENGINEER"); null lets the engine infer it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Vacancy(
        String id,
        String title,
        String organization,
        String description,
        String roleFamily,
        Location location,
        RemotePolicy remotePolicy,
        EmploymentType employmentType,
        Seniority seniority,
        Integer minYearsExperience,
        Salary salary,
        EducationRequirement education,
        List<String> requiredSkills,
        List<String> preferredSkills,
        List<LanguageRequirement> languages,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Vacancy {
        id = Text.requireId(id);
        title = Text.blankToNull(title);
        organization = Text.blankToNull(organization);
        description = Text.blankToNull(description);
        roleFamily = Text.blankToNull(roleFamily);
        if (minYearsExperience != null && minYearsExperience < 0) {
            throw new IllegalArgumentException("minYearsExperience " + minYearsExperience + " is negative");
        }
        requiredSkills = Text.list(requiredSkills);
        preferredSkills = Text.list(preferredSkills);
        languages = Text.list(languages);
        otherFields = Text.sortedMap(otherFields);
    }
}
