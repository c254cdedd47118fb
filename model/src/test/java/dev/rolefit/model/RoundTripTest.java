package dev.rolefit.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.rolefit.model.Fixtures.BRUSSELS_ENGINEER_FOR_MUNICH_VACANCY;
import static dev.rolefit.model.Fixtures.BRUSSELS_ML_ENGINEER;
import static dev.rolefit.model.Fixtures.DESIGN_CANDIDATE_JSON;
import static dev.rolefit.model.Fixtures.DESIGN_VACANCY_JSON;
import static dev.rolefit.model.Fixtures.MUNICH_DATA_SCIENTIST;
import static dev.rolefit.model.Fixtures.REJECTED_FOR_SALARY;
import static dev.rolefit.model.Fixtures.read;
import static dev.rolefit.model.Fixtures.roundTrip;
import static dev.rolefit.model.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every JSON type survives writing and reading back unchanged (STYLE.md 3). */
class RoundTripTest {

    @Nested
    class Candidates {
        @Test
        void brusselsMlEngineer_survivesARoundTrip() throws Exception {
            assertEquals(BRUSSELS_ML_ENGINEER, roundTrip(BRUSSELS_ML_ENGINEER));
        }

        @Test
        void designExample_survivesARoundTrip() throws Exception {
            Candidate candidate = read(DESIGN_CANDIDATE_JSON, Candidate.class);
            assertEquals(candidate, roundTrip(candidate));
        }

        @Test
        void minimalCandidate_survivesARoundTrip() throws Exception {
            Candidate minimal = new Candidate("cand-lis-090", null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null);
            assertEquals(minimal, roundTrip(minimal));
        }

        @Test
        void writingIsDeterministic() throws Exception {
            assertEquals(write(BRUSSELS_ML_ENGINEER), write(roundTrip(BRUSSELS_ML_ENGINEER)));
        }
    }

    @Nested
    class Vacancies {
        @Test
        void munichDataScientist_survivesARoundTrip() throws Exception {
            assertEquals(MUNICH_DATA_SCIENTIST, roundTrip(MUNICH_DATA_SCIENTIST));
        }

        @Test
        void designExample_survivesARoundTrip() throws Exception {
            Vacancy vacancy = read(DESIGN_VACANCY_JSON, Vacancy.class);
            assertEquals(vacancy, roundTrip(vacancy));
        }
    }

    @Nested
    class Matches {
        @Test
        void goodMatchWithEvidenceAndReasons_survivesARoundTrip() throws Exception {
            assertEquals(BRUSSELS_ENGINEER_FOR_MUNICH_VACANCY, roundTrip(BRUSSELS_ENGINEER_FOR_MUNICH_VACANCY));
        }

        @Test
        void rejectedMatchWithKnockout_survivesARoundTrip() throws Exception {
            Match rejected = roundTrip(REJECTED_FOR_SALARY);
            assertAll(
                    () -> assertEquals(REJECTED_FOR_SALARY, rejected),
                    () -> assertTrue(rejected.reasons().get(0).knockout()));
        }

        @Test
        void fieldsAreWrittenInTheOrderOfTheOutputContractThenReverseReasons() throws Exception {
            JsonNode written = RolefitJson.mapper().readTree(write(BRUSSELS_ENGINEER_FOR_MUNICH_VACANCY));
            List<String> names = new ArrayList<>();
            written.fieldNames().forEachRemaining(names::add);

            assertAll(
                    () -> assertEquals(List.of("candidateId", "vacancyId", "rank", "score", "verdict", "reverseScore",
                            "categoryScores", "evidence", "reasons"), names.subList(0, 9)),
                    () -> assertEquals(List.of("reverseReasons"), names.subList(9, names.size())));
        }

        @Test
        void reverseReasons_surviveARoundTrip() throws Exception {
            Match withWishes = new Match("cand-bru-017", "vac-muc-042", 1, 71.5, Verdict.GOOD, 64.0,
                    Map.of("SKILLS", 0.75), null,
                    List.of(new Reason("Required skills", "SKILLS", 12.0, false,
                            "Has 3 of 4 required skills; missing Statistics")),
                    List.of(new Reason("Salary meets expectation", "SALARY", 10.0, false,
                                    "The band reaches EUR 85000; the candidate expects at least EUR 70000"),
                            new Reason("Relocation needed", "LOCATION", -15.0, false,
                                    "Munich (DE) is not Brussels (BE), and the candidate does not relocate")));
            Match read = roundTrip(withWishes);
            assertAll(
                    () -> assertEquals(withWishes, read),
                    () -> assertEquals(2, read.reverseReasons().size()));
        }

        @Test
        void documentWithoutReverseReasons_readsAsNone() throws Exception {
            Match match = read("""
                    {"candidateId": "cand-bru-017", "vacancyId": "vac-muc-042", "rank": 2, "score": 64.0,
                     "verdict": "GOOD", "reverseScore": 70.0}
                    """, Match.class);
            assertAll(
                    () -> assertEquals(List.of(), match.reverseReasons()),
                    () -> assertEquals(List.of(), match.reasons()),
                    () -> assertEquals(Evidence.NONE, match.evidence()));
        }

        @Test
        void categoryScoresAreWrittenSortedByCategory() throws Exception {
            JsonNode written = RolefitJson.mapper().readTree(write(BRUSSELS_ENGINEER_FOR_MUNICH_VACANCY));
            List<String> categories = new ArrayList<>();
            written.path("categoryScores").fieldNames().forEachRemaining(categories::add);

            assertEquals(List.of("LANGUAGE", "LOCATION", "ROLE", "SKILLS"), categories);
        }

        @Test
        void reasonIsWrittenWithItsFiveFields() throws Exception {
            JsonNode reason = RolefitJson.mapper().readTree(write(REJECTED_FOR_SALARY)).path("reasons").get(0);
            assertAll(
                    () -> assertEquals("Salary above band", reason.path("rule").asText()),
                    () -> assertEquals("SALARY", reason.path("category").asText()),
                    () -> assertEquals(0.0, reason.path("points").asDouble()),
                    () -> assertTrue(reason.path("knockout").asBoolean()),
                    () -> assertEquals("Expects at least EUR 120000 a year; the band ends at EUR 85000",
                            reason.path("message").asText()));
        }

        @Test
        void designOutputExample_isReadAsAMatch() throws Exception {
            Match match = read("""
                    { "candidateId": "cand-001", "vacancyId": "vac-001", "rank": 1,
                      "score": 87.5, "verdict": "STRONG", "reverseScore": 92.0,
                      "categoryScores": {"SKILLS": 0.8, "ROLE": 1.0, "SALARY": 1.0},
                      "evidence": {"matchedSkills": ["Python", "PyTorch"], "missingSkills": ["Terraform"]},
                      "reasons": [ {"rule": "Required skills", "category": "SKILLS", "points": 12.0,
                                    "knockout": false, "message": "Has 4 of 5 required skills; missing Terraform"} ] }
                    """, Match.class);
            assertAll(
                    () -> assertEquals(87.5, match.score()),
                    () -> assertEquals(Verdict.STRONG, match.verdict()),
                    () -> assertEquals(Map.of("SKILLS", 0.8, "ROLE", 1.0, "SALARY", 1.0), match.categoryScores()),
                    () -> assertEquals(List.of("Terraform"), match.evidence().missingSkills()),
                    () -> assertEquals(12.0, match.reasons().get(0).points()),
                    () -> assertEquals(match, roundTrip(match)));
        }

        @Test
        void missingEvidence_isNoneAndWithRankKeepsEverythingElse() {
            Match unexplained = new Match("cand-bru-017", "vac-muc-042", 3, 55.0, Verdict.WEAK, 40.0, null, null, null);
            Match moved = unexplained.withRank(1);
            assertAll(
                    () -> assertEquals(Evidence.NONE, unexplained.evidence()),
                    () -> assertEquals(1, moved.rank()),
                    () -> assertEquals(unexplained, moved.withRank(3)));
        }

        @Test
        void withRank_keepsReverseReasons() {
            Match withWishes = new Match("cand-bru-017", "vac-muc-042", 4, 71.5, Verdict.GOOD, 64.0, null, null,
                    null, List.of(new Reason("Remote policy fits", "LOCATION", 5.0, false,
                    "Hybrid work, as the candidate prefers")));
            assertEquals(withWishes.reverseReasons(), withWishes.withRank(1).reverseReasons());
        }
    }

    /** The smaller JSON types, each on its own. */
    @Nested
    class Parts {
        static Stream<Arguments> parts() {
            return Stream.of(
                    Arguments.of(new Location("Leuven", "BE")),
                    Arguments.of(new Location(null, "NL")),
                    Arguments.of(new Salary(55000.0, 110000.0, "EUR", Period.YEAR)),
                    Arguments.of(new Salary(null, 650.0, "EUR", Period.DAY)),
                    Arguments.of(new Salary(120000.0, null, "USD", Period.YEAR)),
                    Arguments.of(new Education(EducationLevel.BACHELOR, EducationTrack.APPLIED, "Informatica",
                            "Hogeschool Rotterdam", YearMonth.of(2017, 7))),
                    Arguments.of(new Education(EducationLevel.DOCTORATE, null, "Statistics", "LMU München", null)),
                    Arguments.of(new Experience("Data Analyst", "Antwerp Port Authority", YearMonth.of(2015, 9),
                            YearMonth.of(2018, 8), "Tableau dashboards and R forecasts.", List.of("R", "Tableau"))),
                    Arguments.of(new SkillClaim("scikit-learn", SkillLevel.ADVANCED, 4.5)),
                    Arguments.of(SkillClaim.named("Terraform")),
                    Arguments.of(new LanguageSkill("fr", Fluency.PROFESSIONAL)),
                    Arguments.of(new LanguageRequirement("nl", Fluency.PROFESSIONAL, Fluency.NATIVE)),
                    Arguments.of(new EducationRequirement(EducationLevel.BACHELOR, EducationLevel.MASTER,
                            EducationTrack.ACADEMIC, List.of("Computer Science", "Data Science"), 5)),
                    Arguments.of(new EducationRequirement(null, null, null, null, null)),
                    Arguments.of(new Reason("Education below minimum", "EDUCATION", 0.0, true,
                            "Has VOCATIONAL; the vacancy asks at least BACHELOR")),
                    Arguments.of(new Evidence(List.of("Python", "Kubernetes"), List.of("Terraform"))),
                    Arguments.of(Evidence.NONE),
                    Arguments.of(new InputError("candidates/bru.jsonl", "line 3, column 7",
                            "salary currency 'EURO' is not an ISO 4217 code such as EUR")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("parts")
        void part_survivesARoundTrip(Object part) throws Exception {
            assertEquals(part, roundTrip(part));
        }

        @Test
        void inputErrorReadsAsSourceLocationMessage() {
            assertAll(
                    () -> assertEquals("candidates/bru.jsonl: $[2].salary.min: salary min -5.0 is negative",
                            new InputError("candidates/bru.jsonl", "$[2].salary.min",
                                    "salary min -5.0 is negative").toString()),
                    () -> assertEquals("vacancies.json: id is missing",
                            new InputError("vacancies.json", null, "id is missing").toString()));
        }
    }
}
