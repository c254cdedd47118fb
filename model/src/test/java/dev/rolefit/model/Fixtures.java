package dev.rolefit.model;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Realistic, constant test data from the European ML job market, and JSON helpers. */
final class Fixtures {
    private Fixtures() {
    }

    /** The candidate example of DESIGN.md, "Native JSON", verbatim. */
    static final String DESIGN_CANDIDATE_JSON = """
            { "id": "cand-001", "name": "…", "email": "…",
              "headline": "Machine Learning Engineer", "summary": "free text",
              "location": {"city": "Brussels", "countryCode": "BE"},
              "willingToRelocate": false, "remotePreference": "HYBRID",
              "employmentTypes": ["FULL_TIME"],
              "salaryExpectation": {"min": 70000, "currency": "EUR", "period": "YEAR"},
              "education": [{"level": "MASTER", "track": "ACADEMIC", "field": "Computer Science",
                             "institution": "KU Leuven", "endDate": "2018-06"}],
              "experience": [{"title": "ML Engineer", "organization": "…", "startDate": "2019-01",
                              "endDate": null, "description": "…", "skills": ["PyTorch"]}],
              "skills": [{"name": "Python", "level": "EXPERT", "years": 6}],
              "languages": [{"language": "en", "fluency": "FLUENT"}],
              "certifications": ["AWS Certified Machine Learning - Specialty"] }
            """;

    /** The vacancy example of DESIGN.md, "Native JSON", verbatim. */
    static final String DESIGN_VACANCY_JSON = """
            { "id": "vac-001", "title": "Machine Learning Engineer", "organization": "…",
              "description": "free text", "roleFamily": null,
              "location": {"city": "Brussels", "countryCode": "BE"}, "remotePolicy": "HYBRID",
              "employmentType": "FULL_TIME", "seniority": "MID_SENIOR", "minYearsExperience": 3,
              "salary": {"min": 55000, "max": 110000, "currency": "EUR", "period": "YEAR"},
              "education": {"minLevel": "BACHELOR", "preferredLevel": "MASTER", "preferredTrack": "ACADEMIC",
                            "fields": ["Computer Science", "Mathematics", "Artificial Intelligence"],
                            "equivalentExperienceYears": 5},
              "requiredSkills": ["Python", "PyTorch", "MLOps"], "preferredSkills": ["AWS", "Kubernetes"],
              "languages": [{"language": "en", "minFluency": "PROFESSIONAL"}] }
            """;

    static final Location BRUSSELS = new Location("Brussels", "BE");
    static final Location MUNICH = new Location("Munich", "DE");

    /** A Brussels ML engineer: KU Leuven master, two positions, trilingual, with a GitHub link kept as extra. */
    static final Candidate BRUSSELS_ML_ENGINEER = new Candidate(
            "cand-bru-017",
            "Sofie Janssens",
            "sofie.janssens@example.be",
            "+32 470 12 34 56",
            "Machine Learning Engineer",
            "ML engineer who takes PyTorch models from notebook to production on AWS SageMaker and Kubernetes.",
            BRUSSELS,
            false,
            RemotePolicy.HYBRID,
            List.of(EmploymentType.FULL_TIME, EmploymentType.CONTRACT),
            new Salary(70000.0, null, "EUR", Period.YEAR),
            List.of(new Education(EducationLevel.MASTER, EducationTrack.ACADEMIC, "Computer Science",
                            "KU Leuven", YearMonth.of(2018, 6)),
                    new Education(EducationLevel.BACHELOR, EducationTrack.ACADEMIC, "Engineering Science",
                            "KU Leuven", YearMonth.of(2016, 6))),
            List.of(new Experience("ML Engineer", "Atomium AI", YearMonth.of(2021, 3), null,
                            "Deploys PyTorch models with MLflow and Docker on AWS SageMaker and Kubernetes.",
                            List.of("PyTorch", "MLflow", "Kubernetes", "AWS SageMaker")),
                    new Experience("Data Scientist", "Zenne Telecom", YearMonth.of(2018, 9), YearMonth.of(2021, 2),
                            "Churn models in scikit-learn; SQL and pandas pipelines.",
                            List.of("Python", "scikit-learn", "SQL", "pandas"))),
            List.of(new SkillClaim("Python", SkillLevel.EXPERT, 6.0),
                    new SkillClaim("PyTorch", SkillLevel.ADVANCED, 4.0),
                    new SkillClaim("Kubernetes", SkillLevel.INTERMEDIATE, 2.5),
                    SkillClaim.named("SQL")),
            List.of(new LanguageSkill("nl", Fluency.NATIVE),
                    new LanguageSkill("fr", Fluency.FLUENT),
                    new LanguageSkill("en", Fluency.FLUENT)),
            List.of("AWS Certified Machine Learning - Specialty"),
            Map.of("github", "https://github.com/sofie-janssens",
                    "portfolio", List.of("https://sofie.example.be/talks", "https://sofie.example.be/blog")));

    /** A Munich data scientist vacancy: mid-senior, hybrid, €65k–85k, English required and German preferred. */
    static final Vacancy MUNICH_DATA_SCIENTIST = new Vacancy(
            "vac-muc-042",
            "Data Scientist (Recommender Systems)",
            "Isar Mobility GmbH",
            "Prototype and evaluate recommendation models for our ride-sharing app. "
                    + "You analyse A/B tests, build pandas pipelines and present results in Tableau.",
            "DATA_SCIENTIST",
            MUNICH,
            RemotePolicy.HYBRID,
            EmploymentType.FULL_TIME,
            Seniority.MID_SENIOR,
            3,
            new Salary(65000.0, 85000.0, "EUR", Period.YEAR),
            new EducationRequirement(EducationLevel.BACHELOR, EducationLevel.MASTER, EducationTrack.ACADEMIC,
                    List.of("Statistics", "Mathematics", "Computer Science"), 5),
            List.of("Python", "Statistics", "SQL", "pandas"),
            List.of("R", "Tableau", "Jupyter"),
            List.of(new LanguageRequirement("en", Fluency.PROFESSIONAL, Fluency.FLUENT),
                    new LanguageRequirement("de", Fluency.LIMITED, Fluency.PROFESSIONAL)),
            Map.of("applyUrl", "https://jobs.example.de/isar/42", "postedAt", "2025-01-15"));

    /** The Brussels engineer scored against the Munich vacancy: a good match with a relocation penalty. */
    static final Match BRUSSELS_ENGINEER_FOR_MUNICH_VACANCY = new Match(
            "cand-bru-017", "vac-muc-042", 1, 71.5, Verdict.GOOD, 64.0,
            Map.of("SKILLS", 0.75, "ROLE", 0.9, "LOCATION", 0.4, "LANGUAGE", 0.5),
            new Evidence(List.of("Python", "SQL", "pandas"), List.of("Statistics")),
            List.of(new Reason("Required skills", "SKILLS", 12.0, false,
                            "Has 3 of 4 required skills; missing Statistics"),
                    new Reason("Relocation needed", "LOCATION", -6.0, false,
                            "Lives in Brussels (BE), the vacancy is in Munich (DE), and does not relocate"),
                    new Reason("Preferred language below level", "LANGUAGE", -2.5, false,
                            "Speaks no German; the vacancy prefers PROFESSIONAL")));

    /** A knocked-out pair: a junior candidate against a salary band far below the expectation. */
    static final Match REJECTED_FOR_SALARY = new Match(
            "cand-ams-003", "vac-muc-042", 7, 0.0, Verdict.REJECTED, 12.5,
            Map.of("SALARY", 0.0),
            new Evidence(List.of("Python"), List.of("Statistics", "SQL", "pandas")),
            List.of(new Reason("Salary above band", "SALARY", 0.0, true,
                    "Expects at least EUR 120000 a year; the band ends at EUR 85000")));

    static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return RolefitJson.mapper().readValue(json, type);
    }

    static String write(Object value) throws JsonProcessingException {
        return RolefitJson.mapper().writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws JsonProcessingException {
        return (T) read(write(value), value.getClass());
    }

    static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
