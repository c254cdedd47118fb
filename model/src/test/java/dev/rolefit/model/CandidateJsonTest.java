package dev.rolefit.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static dev.rolefit.model.Fixtures.DESIGN_CANDIDATE_JSON;
import static dev.rolefit.model.Fixtures.read;
import static dev.rolefit.model.Fixtures.rootCause;
import static dev.rolefit.model.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading candidates: the DESIGN.md contract, and the leniency people's files need. */
class CandidateJsonTest {

    @Nested
    class DesignExample {
        private final Candidate candidate = readDesignExample();

        private static Candidate readDesignExample() {
            try {
                return read(DESIGN_CANDIDATE_JSON, Candidate.class);
            } catch (Exception e) {
                throw new AssertionError("the DESIGN.md candidate example does not parse", e);
            }
        }

        @Test
        void identityAndText() {
            assertAll(
                    () -> assertEquals("cand-001", candidate.id()),
                    () -> assertEquals("Machine Learning Engineer", candidate.headline()),
                    () -> assertEquals("free text", candidate.summary()));
        }

        @Test
        void locationAndWishes() {
            assertAll(
                    () -> assertEquals(new Location("Brussels", "BE"), candidate.location()),
                    () -> assertEquals(Boolean.FALSE, candidate.willingToRelocate()),
                    () -> assertEquals(RemotePolicy.HYBRID, candidate.remotePreference()),
                    () -> assertEquals(List.of(EmploymentType.FULL_TIME), candidate.employmentTypes()));
        }

        @Test
        void salaryExpectationIsAYearlyMinimumInEuro() {
            assertEquals(new Salary(70000.0, null, "EUR", Period.YEAR), candidate.salaryExpectation());
        }

        @Test
        void educationIsAnAcademicMasterFromKuLeuven() {
            assertEquals(List.of(new Education(EducationLevel.MASTER, EducationTrack.ACADEMIC, "Computer Science",
                    "KU Leuven", YearMonth.of(2018, 6))), candidate.education());
        }

        @Test
        void experienceIsACurrentPositionSinceJanuary2019() {
            Experience position = candidate.experience().get(0);
            assertAll(
                    () -> assertEquals(1, candidate.experience().size()),
                    () -> assertEquals("ML Engineer", position.title()),
                    () -> assertEquals(YearMonth.of(2019, 1), position.startDate()),
                    () -> assertNull(position.endDate()),
                    () -> assertEquals(List.of("PyTorch"), position.skills()));
        }

        @Test
        void skillsCarryLevelAndYears() {
            assertEquals(List.of(new SkillClaim("Python", SkillLevel.EXPERT, 6.0)), candidate.skills());
        }

        @Test
        void languagesAndCertifications() {
            assertAll(
                    () -> assertEquals(List.of(new LanguageSkill("en", Fluency.FLUENT)), candidate.languages()),
                    () -> assertEquals(List.of("AWS Certified Machine Learning - Specialty"),
                            candidate.certifications()),
                    () -> assertEquals(Map.of(), candidate.otherFields()));
        }
    }

    @Nested
    class LenientInput {
        @Test
        void bareStringsAreSkills() throws Exception {
            Candidate candidate = read("""
                    {"id": "cand-bru-017", "skills": ["Python", "SQL", {"name": "k8s", "level": "Advanced", "years": 3}]}
                    """, Candidate.class);

            assertEquals(List.of(SkillClaim.named("Python"), SkillClaim.named("SQL"),
                    new SkillClaim("k8s", SkillLevel.ADVANCED, 3.0)), candidate.skills());
        }

        @Test
        void singleStringIsAListOfOne() throws Exception {
            Candidate candidate = read("""
                    {"id": "cand-bru-017", "employmentTypes": "Full-time", "skills": "Python",
                     "certifications": "TensorFlow Developer Certificate"}
                    """, Candidate.class);

            assertAll(
                    () -> assertEquals(List.of(EmploymentType.FULL_TIME), candidate.employmentTypes()),
                    () -> assertEquals(List.of(SkillClaim.named("Python")), candidate.skills()),
                    () -> assertEquals(List.of("TensorFlow Developer Certificate"), candidate.certifications()));
        }

        @Test
        void usualWordsAreReadForEveryEnumeration() throws Exception {
            Candidate candidate = read("""
                    {"id": "cand-ams-003", "remotePreference": "Full",
                     "employmentTypes": ["Full-time", "freelance"],
                     "salaryExpectation": {"min": 6500, "currency": "eur", "period": "monthly"},
                     "education": [{"level": "MSc", "track": "WO", "field": "Artificial Intelligence",
                                    "institution": "Universiteit van Amsterdam", "endDate": "2020"},
                                   {"level": "HBO", "track": "HBO", "field": "Informatica",
                                    "institution": "Hogeschool van Amsterdam", "endDate": "2018"}],
                     "skills": [{"name": "PyTorch", "level": "Master"}],
                     "languages": [{"language": "Dutch", "fluency": "Native speaker"},
                                   {"language": "English", "fluency": "C1"},
                                   {"language": "German", "fluency": "B1"}]}
                    """, Candidate.class);

            assertAll(
                    () -> assertEquals(RemotePolicy.REMOTE, candidate.remotePreference()),
                    () -> assertEquals(List.of(EmploymentType.FULL_TIME, EmploymentType.CONTRACT),
                            candidate.employmentTypes()),
                    () -> assertEquals(new Salary(6500.0, null, "EUR", Period.MONTH), candidate.salaryExpectation()),
                    () -> assertEquals(EducationLevel.MASTER, candidate.education().get(0).level()),
                    () -> assertEquals(EducationTrack.ACADEMIC, candidate.education().get(0).track()),
                    () -> assertEquals(EducationLevel.BACHELOR, candidate.education().get(1).level()),
                    () -> assertEquals(EducationTrack.APPLIED, candidate.education().get(1).track()),
                    () -> assertEquals(SkillLevel.EXPERT, candidate.skills().get(0).level()),
                    () -> assertEquals(List.of(new LanguageSkill("nl", Fluency.NATIVE),
                            new LanguageSkill("en", Fluency.FLUENT),
                            new LanguageSkill("de", Fluency.LIMITED)), candidate.languages()));
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"Dutch, nl", "Flemish, nl", "Nederlands, nl", "French, fr", "Deutsch, de", "english, en",
                "EN, en", "nl, nl", "Spanish, es", "Polish, pl"})
        void languageNamesBecomeIsoCodes(String written, String code) throws Exception {
            Candidate candidate = read("{\"id\": \"cand-bru-017\", \"languages\": [{\"language\": \"" + written
                    + "\", \"fluency\": \"FLUENT\"}]}", Candidate.class);
            assertEquals(code, candidate.languages().get(0).language());
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"Français, fr", "Español, es"})
        void languageNamesWithDiacriticsBecomeIsoCodes(String written, String code) {
            assertEquals(code, new LanguageSkill(written, Fluency.FLUENT).language());
        }

        @Test
        void blankTextBecomesNullAndTextIsTrimmed() throws Exception {
            Candidate candidate = read("""
                    {"id": " cand-bru-017 ", "headline": "  Machine Learning Engineer ", "summary": "   "}
                    """, Candidate.class);
            assertAll(
                    () -> assertEquals("cand-bru-017", candidate.id()),
                    () -> assertEquals("Machine Learning Engineer", candidate.headline()),
                    () -> assertNull(candidate.summary()));
        }

        @Test
        void missingListsAreEmptyNotNull() throws Exception {
            Candidate candidate = read("{\"id\": \"cand-bru-017\"}", Candidate.class);
            assertAll(
                    () -> assertEquals(List.of(), candidate.skills()),
                    () -> assertEquals(List.of(), candidate.experience()),
                    () -> assertEquals(List.of(), candidate.education()),
                    () -> assertEquals(List.of(), candidate.languages()),
                    () -> assertEquals(List.of(), candidate.employmentTypes()),
                    () -> assertEquals(List.of(), candidate.certifications()));
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
                "\"2019\", 2019-01", "2019, 2019-01", "\"2019-03\", 2019-03", "\"2019-3\", 2019-03",
                "\"2019-03-15\", 2019-03", "\"2019-03-15T09:30:00Z\", 2019-03", "\" 2019-03 \", 2019-03"})
        void startDateIsReadToTheMonth(String jsonDate, String expected) throws Exception {
            Experience position = readPosition("\"startDate\": " + jsonDate);
            assertEquals(YearMonth.parse(expected), position.startDate());
        }

        @ParameterizedTest(name = "endDate {0} is the current position")
        @ValueSource(strings = {"null", "\"present\"", "\"Present\"", "\"current\"", "\"now\"", "\"\""})
        void openEndDate_meansCurrentPosition(String jsonDate) throws Exception {
            Experience position = readPosition("\"startDate\": \"2021-03\", \"endDate\": " + jsonDate);
            assertAll(
                    () -> assertEquals(YearMonth.of(2021, 3), position.startDate()),
                    () -> assertNull(position.endDate()));
        }

        @Test
        void absentEndDate_meansCurrentPosition() throws Exception {
            assertNull(readPosition("\"startDate\": \"2021-03\"").endDate());
        }

        @ParameterizedTest(name = "{0} fails naming the date")
        @ValueSource(strings = {"March 2019", "03/2019", "2019-13", "2019-02-30", "19"})
        void unreadableDate_failsNamingIt(String text) {
            JsonMappingException thrown = assertThrows(JsonMappingException.class,
                    () -> readPosition("\"startDate\": \"" + text + "\""));
            assertTrue(rootCause(thrown).getMessage().contains("'" + text + "'"), rootCause(thrown).getMessage());
        }

        @Test
        void educationEndDateIsReadToo() throws Exception {
            Candidate candidate = read("""
                    {"id": "cand-muc-011", "education": [{"level": "PhD", "field": "Statistics",
                     "institution": "LMU München", "endDate": "2022-11-30"}]}
                    """, Candidate.class);
            assertEquals(YearMonth.of(2022, 11), candidate.education().get(0).endDate());
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"2019, 2019-01", "2019-07, 2019-07", "2019-7, 2019-07", "2019-07-31, 2019-07"})
        void parseYearMonthAcceptsYearMonthOrDay(String text, String expected) {
            assertEquals(YearMonth.parse(expected), RolefitJson.parseYearMonth(text));
        }

        @Test
        void datesAreWrittenAsYearDashMonth() throws Exception {
            String json = write(new Experience("ML Engineer", "Atomium AI", YearMonth.of(2021, 3), null, null, null));
            assertTrue(json.contains("\"startDate\":\"2021-03\""), json);
        }

        private Experience readPosition(String dateFields) throws Exception {
            return read("{\"id\": \"cand-bru-017\", \"experience\": [{\"title\": \"ML Engineer\", " + dateFields
                    + "}]}", Candidate.class).experience().get(0);
        }
    }

    @Nested
    class ExtraFields {
        private static final String WITH_EXTRAS = """
                {"id": "cand-bru-017", "headline": "Machine Learning Engineer",
                 "github": "https://github.com/sofie-janssens", "nationality": "Belgian",
                 "meta": {"source": "linkedin-export", "tags": ["pytorch", "mlops"]}}
                """;

        @Test
        void unknownFieldsAreKeptInExtra() throws Exception {
            Candidate candidate = read(WITH_EXTRAS, Candidate.class);
            assertAll(
                    () -> assertEquals("https://github.com/sofie-janssens", candidate.otherFields().get("github")),
                    () -> assertEquals("Belgian", candidate.otherFields().get("nationality")),
                    () -> assertEquals(Map.of("source", "linkedin-export", "tags", List.of("pytorch", "mlops")),
                            candidate.otherFields().get("meta")),
                    () -> assertEquals("Machine Learning Engineer", candidate.headline()));
        }

        @Test
        void unknownFieldsAreWrittenBackAtTopLevelAndNotAsAnExtraObject() throws Exception {
            JsonNode written = RolefitJson.mapper().readTree(write(read(WITH_EXTRAS, Candidate.class)));
            assertAll(
                    () -> assertEquals("https://github.com/sofie-janssens", written.path("github").asText()),
                    () -> assertEquals("Belgian", written.path("nationality").asText()),
                    () -> assertEquals("linkedin-export", written.path("meta").path("source").asText()),
                    () -> assertFalse(written.has("extra"), written.toString()));
        }

        @Test
        void absentOptionalFieldsAreNotWritten() throws Exception {
            JsonNode written = RolefitJson.mapper().readTree(write(read(WITH_EXTRAS, Candidate.class)));
            assertAll(
                    () -> assertFalse(written.has("name"), written.toString()),
                    () -> assertFalse(written.has("salaryExpectation"), written.toString()),
                    () -> assertFalse(written.has("location"), written.toString()));
        }

        @ParameterizedTest(name = "extra: {0}")
        @ValueSource(strings = {"{\"referrer\": \"meetup\"}", "\"referred by a colleague\""})
        void fieldNamedExtra_isKeptLikeAnyOtherUnknownField(String value) throws Exception {
            Candidate candidate = read("{\"id\": \"cand-bru-017\", \"extra\": " + value + "}", Candidate.class);
            assertTrue(candidate.otherFields().containsKey("extra"), candidate.otherFields().toString());
        }
    }
}
