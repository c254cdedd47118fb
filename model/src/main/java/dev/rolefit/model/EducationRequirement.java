package dev.rolefit.model;

import java.util.List;

/**
 * What a vacancy asks of education.
 *
 * @param minLevel                  below this the candidate is knocked out, unless compensated
 * @param preferredLevel            reaching this earns extra; null when none
 * @param preferredTrack            APPLIED or ACADEMIC; null when either will do
 * @param fields                    the relevant fields of study, e.g. "Computer Science"
 * @param equivalentExperienceYears relevant years that can stand in for the minimum level; null when none
 */
public record EducationRequirement(EducationLevel minLevel, EducationLevel preferredLevel,
                                   EducationTrack preferredTrack, List<String> fields,
                                   Integer equivalentExperienceYears) {
    public EducationRequirement {
        fields = Text.list(fields);
        if (minLevel != null && preferredLevel != null && preferredLevel.compareTo(minLevel) < 0) {
            throw new IllegalArgumentException(
                    "preferredLevel " + preferredLevel + " is below minLevel " + minLevel);
        }
        if (equivalentExperienceYears != null && equivalentExperienceYears < 0) {
            throw new IllegalArgumentException(
                    "equivalentExperienceYears " + equivalentExperienceYears + " is negative");
        }
    }
}
