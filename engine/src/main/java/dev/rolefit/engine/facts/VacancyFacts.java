package dev.rolefit.engine.facts;

import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Seniority;

import java.util.List;

/**
 * What the rules know of a vacancy. Its skills and languages arrive as separate
 * {@link RequiredSkill}, {@link PreferredSkill} and {@link RequiresLanguage} facts.
 *
 * @param id                        the vacancy's id
 * @param title                     the title as written
 * @param city                      lower case, or null
 * @param countryCode               upper case ISO code, or null
 * @param region                    the commuting region of the city, or null
 * @param remotePolicy              ONSITE, HYBRID or REMOTE (ONSITE when not said)
 * @param employmentType            the contract offered, or null
 * @param seniority                 the rung asked for (given or inferred)
 * @param minYearsExperience        the relevant years asked for, 0 when not said
 * @param salaryMin                 the band's lower end, yearly EUR, or null
 * @param salaryMax                 the band's upper end, yearly EUR, or null
 * @param salaryStated              the band as written, for messages
 * @param minEducation              the minimum level, or null
 * @param preferredEducation        the preferred level, or null
 * @param preferredTrack            the preferred track, or null
 * @param educationFields           relevant fields of study, lower case
 * @param equivalentExperienceYears years that can stand in for the minimum level, or null
 * @param roleFamily                the role family id (given or inferred), or null
 * @param roleFamilyInferred        true when the engine inferred it
 * @param requiredSkillCount        how many distinct required skills
 * @param preferredSkillCount       how many distinct preferred skills
 * @param benchmarkMedian           the salary benchmark median for the vacancy's country and family,
 *                                  yearly EUR, or null when salary-benchmarks.csv has none
 * @param benchmarkSource           which benchmark, in words ("ML engineer median Germany 2024")
 */
public record VacancyFacts(String id, String title, String city, String countryCode, String region,
                           RemotePolicy remotePolicy, EmploymentType employmentType, Seniority seniority,
                           int minYearsExperience, Double salaryMin, Double salaryMax, String salaryStated,
                           EducationLevel minEducation, EducationLevel preferredEducation,
                           EducationTrack preferredTrack, List<String> educationFields,
                           Integer equivalentExperienceYears, String roleFamily, boolean roleFamilyInferred,
                           int requiredSkillCount, int preferredSkillCount, Double benchmarkMedian,
                           String benchmarkSource) {

    /** Whether the vacancy states a salary band (either end). */
    public boolean hasSalaryBand() {
        return salaryMin != null || salaryMax != null;
    }

    /** The band's upper end, or its lower end when that is all it says. */
    public Double salaryTop() {
        return salaryMax != null ? salaryMax : salaryMin;
    }
}
