package dev.rolefit.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.rolefit.model.Fixtures.read;
import static dev.rolefit.model.Fixtures.rootCause;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records validate in their compact constructors and name the offending value (STYLE.md 3 and 5). */
class ValidationTest {

    private static void assertMessageContains(Throwable thrown, String... parts) {
        for (String part : parts) {
            assertTrue(thrown.getMessage().contains(part),
                    () -> "message '" + thrown.getMessage() + "' does not name " + part);
        }
    }

    @Nested
    class Salaries {
        @Test
        void negativeMin_isRejectedNamingTheAmount() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Salary(-55000.0, 110000.0, "EUR", Period.YEAR));
            assertMessageContains(thrown, "-55000", "min");
        }

        @Test
        void negativeMax_isRejectedNamingTheAmount() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Salary(null, -4200.0, "EUR", Period.MONTH));
            assertMessageContains(thrown, "-4200", "max");
        }

        @Test
        void invertedRange_isRejectedNamingBothEnds() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Salary(110000.0, 55000.0, "EUR", Period.YEAR));
            assertMessageContains(thrown, "110000", "55000", "inverted");
        }

        @Test
        void neitherMinNorMax_isRejected() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Salary(null, null, "EUR", Period.YEAR));
            assertMessageContains(thrown, "min", "max");
        }

        @ParameterizedTest(name = "currency [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void missingCurrency_isRejectedAskingForAnIsoCode(String currency) {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Salary(65000.0, null, currency, Period.YEAR));
            assertMessageContains(thrown, "currency", "missing", "ISO 4217");
        }

        @ParameterizedTest(name = "currency \"{0}\"")
        @ValueSource(strings = {"EURO", "€", "E1R", "US"})
        void badCurrencyCode_isRejectedNamingTheCode(String currency) {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Salary(65000.0, null, currency, Period.YEAR));
            assertMessageContains(thrown, "'" + currency + "'", "ISO 4217");
        }

        @Test
        void fixedAmount_withEqualEnds_isAccepted() {
            assertDoesNotThrow(() -> new Salary(70000.0, 70000.0, "EUR", Period.YEAR));
        }

        @Test
        void currencyIsStoredUpperCaseAndPeriodDefaultsToYear() {
            Salary expectation = new Salary(65000.0, null, " eur ", null);
            assertAll(
                    () -> assertEquals("EUR", expectation.currency()),
                    () -> assertEquals(Period.YEAR, expectation.period()));
        }
    }

    @Nested
    class Locations {
        @ParameterizedTest(name = "countryCode \"{0}\"")
        @ValueSource(strings = {"BEL", "Belgium", "B", "D1"})
        void badCountryCode_isRejectedNamingTheCode(String countryCode) {
            var thrown = assertThrows(IllegalArgumentException.class, () -> new Location("Brussels", countryCode));
            assertMessageContains(thrown, "'" + countryCode + "'", "ISO 3166");
        }

        @Test
        void countryCodeIsStoredUpperCaseAndBlankCityIsNull() {
            Location leuven = new Location("  ", "be");
            assertAll(
                    () -> assertNull(leuven.city()),
                    () -> assertEquals("BE", leuven.countryCode()));
        }

        @Test
        void cityWithoutCountry_isAccepted() {
            assertEquals("Antwerp", new Location(" Antwerp ", null).city());
        }
    }

    @Nested
    class Experiences {
        @Test
        void endingBeforeItStarts_isRejectedNamingBothDates() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Experience("ML Engineer", "Atomium AI", YearMonth.of(2021, 5), YearMonth.of(2019, 2),
                            null, List.of()));
            assertMessageContains(thrown, "2019-02", "2021-05");
        }

        @Test
        void startingAndEndingInTheSameMonth_isAccepted() {
            assertDoesNotThrow(() -> new Experience("Intern", "Zenne Telecom", YearMonth.of(2017, 7),
                    YearMonth.of(2017, 7), null, null));
        }

        @Test
        void openEnd_meansTheCurrentPosition() {
            Experience current = new Experience("ML Engineer", "Atomium AI", YearMonth.of(2021, 3), null, null, null);
            assertAll(
                    () -> assertNull(current.endDate()),
                    () -> assertEquals(List.of(), current.skills()));
        }
    }

    @Nested
    class Vacancies {
        @Test
        void negativeMinYearsExperience_isRejectedNamingTheNumber() {
            var thrown = assertThrows(IllegalArgumentException.class, () -> vacancyAskingYears(-2));
            assertMessageContains(thrown, "minYearsExperience", "-2");
        }

        @Test
        void zeroMinYearsExperience_isAcceptedForGraduates() {
            assertEquals(0, vacancyAskingYears(0).minYearsExperience());
        }

        private Vacancy vacancyAskingYears(int years) {
            return new Vacancy("vac-ant-007", "Junior Data Scientist", "Scheldt Analytics", null, null,
                    new Location("Antwerp", "BE"), RemotePolicy.ONSITE, EmploymentType.FULL_TIME, Seniority.ENTRY,
                    years, null, null, List.of("Python", "SQL"), null, null, null);
        }
    }

    @Nested
    class EducationRequirements {
        @Test
        void preferredLevelBelowMinLevel_isRejectedNamingBoth() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new EducationRequirement(EducationLevel.MASTER, EducationLevel.BACHELOR, null, null, null));
            assertMessageContains(thrown, "preferredLevel BACHELOR", "minLevel MASTER");
        }

        @Test
        void negativeEquivalentExperienceYears_isRejectedNamingTheNumber() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new EducationRequirement(EducationLevel.BACHELOR, null, null, null, -3));
            assertMessageContains(thrown, "equivalentExperienceYears", "-3");
        }

        @Test
        void preferredLevelEqualToMinLevel_isAccepted() {
            assertDoesNotThrow(() -> new EducationRequirement(EducationLevel.MASTER, EducationLevel.MASTER,
                    EducationTrack.ACADEMIC, List.of("Statistics"), null));
        }

        @Test
        void educationWithoutLevel_isRejected() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Education(null, EducationTrack.ACADEMIC, "Mathematics", "TU München", null));
            assertMessageContains(thrown, "level");
        }
    }

    @Nested
    class Ids {
        @ParameterizedTest(name = "id [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t"})
        void blankCandidateId_isRejected(String id) {
            var thrown = assertThrows(IllegalArgumentException.class, () -> new Candidate(id, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null));
            assertMessageContains(thrown, "id");
        }

        @ParameterizedTest(name = "id [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {" "})
        void blankVacancyId_isRejected(String id) {
            var thrown = assertThrows(IllegalArgumentException.class, () -> new Vacancy(id, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null));
            assertMessageContains(thrown, "id");
        }

        @Test
        void idIsTrimmed() {
            Candidate candidate = new Candidate("  cand-bru-017 ", null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null);
            assertEquals("cand-bru-017", candidate.id());
        }
    }

    @Nested
    class SkillsAndLanguages {
        @ParameterizedTest(name = "years {0}")
        @ValueSource(doubles = {-1.0, 70.5, 120.0})
        void skillYearsOutsideAWorkingLife_areRejectedNamingTheNumber(double years) {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new SkillClaim("Python", SkillLevel.EXPERT, years));
            // Whole numbers are named as people write them: "120", not "120.0".
            assertMessageContains(thrown, years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years));
        }

        @ParameterizedTest(name = "name [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void skillWithoutName_isRejected(String name) {
            var thrown = assertThrows(IllegalArgumentException.class, () -> SkillClaim.named(name));
            assertMessageContains(thrown, "skill name");
        }

        @Test
        void unknownLanguageName_isRejectedNamingIt() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new LanguageSkill("Klingon", Fluency.FLUENT));
            assertMessageContains(thrown, "'Klingon'", "ISO 639-1");
        }

        @Test
        void languageWithoutFluency_isRejectedNamingTheLanguage() {
            var thrown = assertThrows(IllegalArgumentException.class, () -> new LanguageSkill("Dutch", null));
            assertMessageContains(thrown, "'nl'", "fluency");
        }

        @Test
        void preferredFluencyBelowMinimum_isRejectedNamingBothAndTheLanguage() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new LanguageRequirement("de", Fluency.FLUENT, Fluency.LIMITED));
            assertMessageContains(thrown, "LIMITED", "FLUENT", "'de'");
        }

        @Test
        void languageRequirementWithoutMinimum_asksForProfessional() {
            assertEquals(Fluency.PROFESSIONAL, new LanguageRequirement("en", null, null).minFluency());
        }
    }

    @Nested
    class Reasons {
        @ParameterizedTest(name = "rule [{0}]")
        @NullAndEmptySource
        void reasonWithoutRuleName_isRejected(String rule) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Reason(rule, "SKILLS", 12.0, false, "Has 4 of 5 required skills"));
        }

        @Test
        void reasonWithoutCategory_isRejectedNamingTheRule() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Reason("Required skills", " ", 12.0, false, "Has 4 of 5 required skills"));
            assertMessageContains(thrown, "'Required skills'", "category");
        }

        @Test
        void reasonWithoutMessage_isRejectedNamingTheRule() {
            var thrown = assertThrows(IllegalArgumentException.class,
                    () -> new Reason("Salary above band", "SALARY", 0.0, true, null));
            assertMessageContains(thrown, "'Salary above band'", "message");
        }
    }

    @Nested
    class Immutability {
        @Test
        void listsAreCopiedAndNullEntriesDropped() {
            List<String> required = new ArrayList<>(Arrays.asList("Python", null, "PyTorch"));
            Vacancy vacancy = new Vacancy("vac-bru-001", null, null, null, null, null, null, null, null, null, null,
                    null, required, null, null, null);
            required.add("MLOps");

            assertAll(
                    () -> assertEquals(List.of("Python", "PyTorch"), vacancy.requiredSkills()),
                    () -> assertThrows(UnsupportedOperationException.class,
                            () -> vacancy.requiredSkills().add("AWS")),
                    () -> assertEquals(List.of(), vacancy.preferredSkills()));
        }

        @Test
        void extraIsCopiedSortedAndUnmodifiable() {
            Map<String, Object> extra = new HashMap<>(Map.of("nationality", "Belgian", "github", "sjanssens"));
            Candidate candidate = new Candidate("cand-bru-017", null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, extra);
            extra.put("twitter", "@sjanssens");

            assertAll(
                    () -> assertEquals(List.of("github", "nationality"), List.copyOf(candidate.otherFields().keySet())),
                    () -> assertThrows(UnsupportedOperationException.class,
                            () -> candidate.otherFields().put("phone", "+32")));
        }

        @Test
        void relocatesOnlyWhenTheCandidateSaidSo() {
            assertAll(
                    () -> assertFalse(Fixtures.BRUSSELS_ML_ENGINEER.relocates()),
                    () -> assertFalse(new Candidate("c", null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, null).relocates()),
                    () -> assertTrue(new Candidate("c", null, null, null, null, null, null, true, null, null,
                            null, null, null, null, null, null, null).relocates()));
        }
    }

    /** The same checks reached through {@link RolefitJson#mapper()}: the Jackson exception's root cause names the value. */
    @Nested
    class ThroughJson {
        static Stream<Arguments> invalidDocuments() {
            return Stream.of(
                    Arguments.of("negative salary", Vacancy.class,
                            "{\"id\":\"vac-muc-042\",\"salary\":{\"min\":-65000,\"max\":85000,\"currency\":\"EUR\"}}",
                            "-65000"),
                    Arguments.of("inverted range", Vacancy.class,
                            "{\"id\":\"vac-muc-042\",\"salary\":{\"min\":85000,\"max\":65000,\"currency\":\"EUR\"}}",
                            "85000"),
                    Arguments.of("missing currency", Candidate.class,
                            "{\"id\":\"cand-bru-017\",\"salaryExpectation\":{\"min\":70000}}",
                            "currency is missing"),
                    Arguments.of("bad currency code", Candidate.class,
                            "{\"id\":\"cand-bru-017\",\"salaryExpectation\":{\"min\":70000,\"currency\":\"EURO\"}}",
                            "'EURO'"),
                    Arguments.of("bad country code", Candidate.class,
                            "{\"id\":\"cand-bru-017\",\"location\":{\"city\":\"Brussels\",\"countryCode\":\"BEL\"}}",
                            "'BEL'"),
                    Arguments.of("experience ending before it starts", Candidate.class,
                            "{\"id\":\"cand-bru-017\",\"experience\":[{\"title\":\"ML Engineer\","
                                    + "\"startDate\":\"2021-05\",\"endDate\":\"2019-02\"}]}",
                            "2019-02"),
                    Arguments.of("negative minYearsExperience", Vacancy.class,
                            "{\"id\":\"vac-muc-042\",\"minYearsExperience\":-2}",
                            "-2"),
                    Arguments.of("preferredLevel below minLevel", Vacancy.class,
                            "{\"id\":\"vac-muc-042\",\"education\":{\"minLevel\":\"MSc\",\"preferredLevel\":\"HBO\"}}",
                            "BACHELOR"),
                    Arguments.of("blank id", Candidate.class,
                            "{\"id\":\"  \",\"headline\":\"Data Scientist\"}",
                            "id is missing"),
                    Arguments.of("missing id", Vacancy.class,
                            "{\"title\":\"Data Scientist\"}",
                            "id is missing"),
                    Arguments.of("unknown enum word", Vacancy.class,
                            "{\"id\":\"vac-muc-042\",\"remotePolicy\":\"Remote-ish\"}",
                            "'Remote-ish'"),
                    Arguments.of("unknown language name", Candidate.class,
                            "{\"id\":\"cand-bru-017\",\"languages\":[{\"language\":\"Klingon\",\"fluency\":\"C1\"}]}",
                            "'Klingon'"),
                    Arguments.of("unreadable date", Candidate.class,
                            "{\"id\":\"cand-bru-017\",\"experience\":[{\"startDate\":\"March 2019\"}]}",
                            "March 2019"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("invalidDocuments")
        void invalidDocument_failsWithARootCauseNamingTheValue(String name, Class<?> type, String json,
                                                                String named) {
            JsonMappingException thrown = assertThrows(JsonMappingException.class, () -> read(json, type));
            Throwable cause = rootCause(thrown);
            assertTrue(cause.getMessage().contains(named),
                    () -> "root cause '" + cause.getMessage() + "' does not name " + named);
        }

        @Test
        void recordValidationFailure_surfacesTheRecordsOwnException() {
            JsonMappingException thrown = assertThrows(JsonMappingException.class,
                    () -> read("{\"id\":\"vac-muc-042\",\"minYearsExperience\":-2}", Vacancy.class));
            assertInstanceOf(IllegalArgumentException.class, rootCause(thrown));
        }

        @Test
        void failure_isLocatedByItsPathInTheDocument() {
            JsonMappingException thrown = assertThrows(JsonMappingException.class, () -> read("""
                    {"id": "cand-bru-017",
                     "experience": [{"title": "ML Engineer", "startDate": "2021-03"},
                                    {"title": "Data Scientist", "startDate": "2021-02", "endDate": "2018-09"}]}
                    """, Candidate.class));
            assertTrue(thrown.getPathReference().contains("experience"), thrown.getPathReference());
            assertTrue(thrown.getPathReference().contains("[1]"), thrown.getPathReference());
        }
    }
}
