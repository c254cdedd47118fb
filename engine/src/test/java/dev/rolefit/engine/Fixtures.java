package dev.rolefit.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Realistic baseline documents for rule tests: a senior ML engineer in Brussels and the vacancy she
 * fits, each changed by a test in the one respect it is about.
 */
final class Fixtures {
    static final ObjectMapper JSON = RolefitJson.mapper();
    static final YearMonth AS_OF = YearMonth.of(2026, 11);

    private static final String ML_ENGINEER = """
            {"id": "cand-t1", "name": "Lotte Peeters", "email": "lotte.peeters@example.com",
             "headline": "Senior Machine Learning Engineer",
             "summary": "Builds and deploys recommendation and forecasting models on AWS; MLOps with MLflow and Kubernetes.",
             "location": {"city": "Brussels", "countryCode": "BE"},
             "willingToRelocate": false, "remotePreference": "HYBRID", "employmentTypes": ["FULL_TIME"],
             "salaryExpectation": {"min": 80000, "currency": "EUR", "period": "YEAR"},
             "education": [{"level": "MASTER", "track": "ACADEMIC", "field": "Computer Science",
                            "institution": "KU Leuven", "endDate": "2017-06"}],
             "experience": [
               {"title": "Senior ML Engineer", "organization": "Colruyt Digital", "startDate": "2021-03", "endDate": null,
                "description": "Deployed demand forecasting models with PyTorch, Docker and Kubernetes on AWS.",
                "skills": ["PyTorch", "MLOps", "AWS", "Kubernetes"]},
               {"title": "Machine Learning Engineer", "organization": "Proximus", "startDate": "2017-09", "endDate": "2021-02",
                "description": "Churn models in scikit-learn, served behind FastAPI.", "skills": ["Python", "scikit-learn"]}],
             "skills": [{"name": "Python", "level": "EXPERT", "years": 9}, {"name": "PyTorch", "level": "ADVANCED", "years": 5},
                        {"name": "MLOps", "level": "ADVANCED", "years": 4}, {"name": "AWS", "level": "ADVANCED", "years": 5},
                        {"name": "k8s", "level": "INTERMEDIATE", "years": 3}, {"name": "SQL", "level": "ADVANCED", "years": 8}],
             "languages": [{"language": "nl", "fluency": "NATIVE"}, {"language": "en", "fluency": "FLUENT"},
                           {"language": "fr", "fluency": "PROFESSIONAL"}],
             "certifications": ["AWS Certified Machine Learning - Specialty"]}
            """;

    private static final String ML_VACANCY = """
            {"id": "vac-t1", "title": "Machine Learning Engineer", "organization": "Belfius",
             "description": "Take our credit-risk and fraud models to production: MLOps, monitoring, CI/CD on AWS.",
             "roleFamily": "ML_ENGINEER", "location": {"city": "Brussels", "countryCode": "BE"}, "remotePolicy": "HYBRID",
             "employmentType": "FULL_TIME", "seniority": "MID_SENIOR", "minYearsExperience": 3,
             "salary": {"min": 55000, "max": 110000, "currency": "EUR", "period": "YEAR"},
             "education": {"minLevel": "BACHELOR", "preferredLevel": "MASTER", "preferredTrack": "ACADEMIC",
                           "fields": ["Computer Science", "Mathematics", "Artificial Intelligence"], "equivalentExperienceYears": 5},
             "requiredSkills": ["Python", "PyTorch", "MLOps"], "preferredSkills": ["AWS", "Kubernetes"],
             "languages": [{"language": "en", "minFluency": "PROFESSIONAL"}]}
            """;

    private Fixtures() {
    }

    /** The baseline ML engineer, changed by {@code edit}. */
    static Candidate candidate(Consumer<ObjectNode> edit) {
        return read(ML_ENGINEER, edit, Candidate.class);
    }

    static Candidate candidate() {
        return candidate(c -> { });
    }

    /** The baseline ML engineer vacancy, changed by {@code edit}. */
    static Vacancy vacancy(Consumer<ObjectNode> edit) {
        return read(ML_VACANCY, edit, Vacancy.class);
    }

    static Vacancy vacancy() {
        return vacancy(v -> { });
    }

    private static <T> T read(String json, Consumer<ObjectNode> edit, Class<T> type) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(json);
            edit.accept(node);
            return JSON.treeToValue(node, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reason the rule of that name gave, failing when it did not fire. */
    static Reason reason(Match match, String rule) {
        return java.util.stream.Stream.concat(match.reasons().stream(), match.reverseReasons().stream())
                .filter(r -> r.rule().equals(rule)).findFirst()
                .orElseGet(() -> fail("rule '" + rule + "' did not fire; reasons were:\n  " + describe(match)));
    }

    static void assertFired(Match match, String rule) {
        reason(match, rule);
    }

    static void assertSilent(Match match, String rule) {
        assertTrue(java.util.stream.Stream.concat(match.reasons().stream(), match.reverseReasons().stream())
                        .noneMatch(r -> r.rule().equals(rule)),
                () -> "rule '" + rule + "' fired; reasons were:\n  " + describe(match));
    }

    static void assertMessage(Match match, String rule, String... words) {
        String message = reason(match, rule).message();
        for (String w : words) {
            assertTrue(message.contains(w), () -> "'" + message + "' lacks '" + w + "'");
        }
    }

    static void assertKnockout(Match match, String rule) {
        Reason r = reason(match, rule);
        assertTrue(r.knockout(), () -> "rule '" + rule + "' fired but is not a knockout: " + r);
        assertEquals(dev.rolefit.model.Verdict.REJECTED, match.verdict());
    }

    static String describe(Match match) {
        StringBuilder s = new StringBuilder();
        for (Reason r : java.util.stream.Stream.concat(match.reasons().stream(), match.reverseReasons().stream()).toList()) {
            s.append(r.rule()).append(" [").append(r.category()).append(' ').append(r.points())
                    .append(r.knockout() ? " KO" : "").append("] ").append(r.message()).append("\n  ");
        }
        return s.toString();
    }

    static List<String> rules(Match match) {
        return match.reasons().stream().map(Reason::rule).toList();
    }
}
