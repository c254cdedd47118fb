package dev.rolefit.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rolefit.model.Fixtures.DESIGN_VACANCY_JSON;
import static dev.rolefit.model.Fixtures.read;
import static dev.rolefit.model.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reading vacancies: the DESIGN.md contract, and the words recruiters write. */
class VacancyJsonTest {

    @Nested
    class DesignExample {
        private final Vacancy vacancy = readDesignExample();

        private static Vacancy readDesignExample() {
            try {
                return read(DESIGN_VACANCY_JSON, Vacancy.class);
            } catch (Exception e) {
                throw new AssertionError("the DESIGN.md vacancy example does not parse", e);
            }
        }

        @Test
        void identityAndTheRoleFamilyLeftToTheEngine() {
            assertAll(
                    () -> assertEquals("vac-001", vacancy.id()),
                    () -> assertEquals("Machine Learning Engineer", vacancy.title()),
                    () -> assertEquals("free text", vacancy.description()),
                    () -> assertNull(vacancy.roleFamily()));
        }

        @Test
        void locationAndEnumerations() {
            assertAll(
                    () -> assertEquals(new Location("Brussels", "BE"), vacancy.location()),
                    () -> assertEquals(RemotePolicy.HYBRID, vacancy.remotePolicy()),
                    () -> assertEquals(EmploymentType.FULL_TIME, vacancy.employmentType()),
                    () -> assertEquals(Seniority.MID_SENIOR, vacancy.seniority()),
                    () -> assertEquals(3, vacancy.minYearsExperience()));
        }

        @Test
        void salaryIsTheSeniorMlEngineerBand() {
            assertEquals(new Salary(55000.0, 110000.0, "EUR", Period.YEAR), vacancy.salary());
        }

        @Test
        void educationAsksAtLeastABachelorAndPrefersAnAcademicMaster() {
            assertEquals(new EducationRequirement(EducationLevel.BACHELOR, EducationLevel.MASTER,
                    EducationTrack.ACADEMIC, List.of("Computer Science", "Mathematics", "Artificial Intelligence"), 5),
                    vacancy.education());
        }

        @Test
        void skillsAndLanguages() {
            assertAll(
                    () -> assertEquals(List.of("Python", "PyTorch", "MLOps"), vacancy.requiredSkills()),
                    () -> assertEquals(List.of("AWS", "Kubernetes"), vacancy.preferredSkills()),
                    () -> assertEquals(List.of(new LanguageRequirement("en", Fluency.PROFESSIONAL, null)),
                            vacancy.languages()));
        }
    }

    @Nested
    class RecruitersWords {
        private static final String MUNICH_POSTING = """
                {"id": "vac-muc-042", "title": "Senior Data Scientist", "organization": "Isar Mobility GmbH",
                 "location": {"city": "München", "countryCode": "de"},
                 "remotePolicy": "Hybrid", "employmentType": "Festanstellung", "seniority": "Senior",
                 "minYearsExperience": 4,
                 "salary": {"min": 65000, "max": 85000, "currency": "eur", "period": "annual"},
                 "education": {"minLevel": "Bachelor", "preferredLevel": "MSc", "preferredTrack": "university",
                               "fields": "Statistics"},
                 "requiredSkills": "Python", "preferredSkills": ["R", "Tableau"],
                 "languages": [{"language": "German", "minFluency": "B2", "preferredFluency": "Native speaker"},
                               {"language": "English"}],
                 "applyUrl": "https://jobs.example.de/isar/42", "postedAt": "2025-01-15"}
                """;

        @Test
        void enumerationsAcceptTheUsualWords() throws Exception {
            Vacancy vacancy = read(MUNICH_POSTING, Vacancy.class);
            assertAll(
                    () -> assertEquals(RemotePolicy.HYBRID, vacancy.remotePolicy()),
                    () -> assertEquals(EmploymentType.FULL_TIME, vacancy.employmentType()),
                    () -> assertEquals(Seniority.MID_SENIOR, vacancy.seniority()),
                    () -> assertEquals(new Salary(65000.0, 85000.0, "EUR", Period.YEAR), vacancy.salary()),
                    () -> assertEquals(new EducationRequirement(EducationLevel.BACHELOR, EducationLevel.MASTER,
                            EducationTrack.ACADEMIC, List.of("Statistics"), null), vacancy.education()));
        }

        @Test
        void countryCodeIsUpperCasedAndCityKeptAsWritten() throws Exception {
            assertEquals(new Location("München", "DE"), read(MUNICH_POSTING, Vacancy.class).location());
        }

        @Test
        void singleSkillStringIsAListOfOne() throws Exception {
            assertEquals(List.of("Python"), read(MUNICH_POSTING, Vacancy.class).requiredSkills());
        }

        @Test
        void languageNamesBecomeCodesAndMissingMinimumIsProfessional() throws Exception {
            assertEquals(List.of(new LanguageRequirement("de", Fluency.PROFESSIONAL, Fluency.NATIVE),
                            new LanguageRequirement("en", Fluency.PROFESSIONAL, null)),
                    read(MUNICH_POSTING, Vacancy.class).languages());
        }

        @Test
        void unknownFieldsAreKeptAndWrittenBack() throws Exception {
            Vacancy vacancy = read(MUNICH_POSTING, Vacancy.class);
            JsonNode written = RolefitJson.mapper().readTree(write(vacancy));
            assertAll(
                    () -> assertEquals("https://jobs.example.de/isar/42", vacancy.otherFields().get("applyUrl")),
                    () -> assertEquals("2025-01-15", vacancy.otherFields().get("postedAt")),
                    () -> assertEquals("https://jobs.example.de/isar/42", written.path("applyUrl").asText()),
                    () -> assertEquals("2025-01-15", written.path("postedAt").asText()));
        }
    }
}
