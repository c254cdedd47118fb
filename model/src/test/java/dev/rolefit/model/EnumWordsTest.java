package dev.rolefit.model;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words people write for each enumeration (DESIGN.md, "Enumerations"), and the ordering helpers. */
class EnumWordsTest {

    @Nested
    class EmploymentTypeWords {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "Full-time, FULL_TIME", "full time, FULL_TIME", "FULL_TIME, FULL_TIME", "fulltime, FULL_TIME",
                "permanent, FULL_TIME", "Festanstellung, FULL_TIME", "CDI, FULL_TIME",
                "Part-time, PART_TIME", "part time, PART_TIME", "Teilzeit, PART_TIME", "deeltijd, PART_TIME",
                "Contract, CONTRACT", "freelance, CONTRACT", "Freelancer, CONTRACT", "interim, CONTRACT",
                "Internship, INTERNSHIP", "intern, INTERNSHIP", "Praktikum, INTERNSHIP", "stage, INTERNSHIP",
                "Temporary, TEMPORARY", "fixed-term, TEMPORARY", "CDD, TEMPORARY", "seasonal, TEMPORARY"})
        void readsUsualWord(String word, EmploymentType expected) {
            assertEquals(expected, EmploymentType.parse(word));
        }
    }

    @Nested
    class SeniorityWords {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "Intern, INTERN", "internship, INTERN", "trainee, INTERN", "Werkstudent, INTERN",
                "Junior, ENTRY", "graduate, ENTRY", "Entry level, ENTRY", "entry-level, ENTRY", "ENTRY, ENTRY",
                "Mid-level, ASSOCIATE", "medior, ASSOCIATE", "intermediate, ASSOCIATE", "Associate, ASSOCIATE",
                "mid, ASSOCIATE",
                "Senior, MID_SENIOR", "mid-senior, MID_SENIOR", "Mid-Senior level, MID_SENIOR",
                "MID_SENIOR, MID_SENIOR", "experienced, MID_SENIOR",
                "Lead, LEAD", "Staff, LEAD", "Principal, LEAD", "Tech Lead, LEAD",
                "Head of, DIRECTOR", "Director, DIRECTOR",
                "Executive, EXECUTIVE", "C-level, EXECUTIVE", "VP, EXECUTIVE"})
        void readsUsualWord(String word, Seniority expected) {
            assertEquals(expected, Seniority.parse(word));
        }

        @Test
        void ladderRunsFromInternToExecutive() {
            assertEquals(List.of(Seniority.INTERN, Seniority.ENTRY, Seniority.ASSOCIATE, Seniority.MID_SENIOR,
                    Seniority.LEAD, Seniority.DIRECTOR, Seniority.EXECUTIVE), List.of(Seniority.values()));
        }

        @ParameterizedTest(name = "{0} to {1} is {2} steps")
        @CsvSource({
                "ENTRY, ASSOCIATE, 1", "ENTRY, MID_SENIOR, 2", "MID_SENIOR, LEAD, 1", "INTERN, EXECUTIVE, 6",
                "LEAD, LEAD, 0", "LEAD, ASSOCIATE, -2", "DIRECTOR, ENTRY, -4"})
        void stepsToCountsRungsUpwardAndNegativeDownward(Seniority from, Seniority to, int steps) {
            assertEquals(steps, from.stepsTo(to));
        }
    }

    @Nested
    class EducationLevelWords {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "None, NONE", "no degree, NONE", "self-taught, NONE",
                "High school, SECONDARY", "Abitur, SECONDARY", "VWO, SECONDARY", "havo, SECONDARY",
                "MBO, VOCATIONAL", "Associate degree, VOCATIONAL", "vocational training, VOCATIONAL",
                "Bachelor, BACHELOR", "BSc, BACHELOR", "B.Sc., BACHELOR", "BEng, BACHELOR", "HBO, BACHELOR",
                "Licence, BACHELOR", "Grado, BACHELOR",
                "MSc, MASTER", "M.Sc., MASTER", "Master, MASTER", "Master's, MASTER", "Masters, MASTER",
                "MBA, MASTER", "WO, MASTER", "Diplom, MASTER", "MASTER, MASTER",
                "PhD, DOCTORATE", "Ph.D., DOCTORATE", "Doctorate, DOCTORATE", "DPhil, DOCTORATE"})
        void readsUsualWord(String word, EducationLevel expected) {
            assertEquals(expected, EducationLevel.parse(word));
        }

        @ParameterizedTest(name = "{0} is EQF {1}")
        @CsvSource({"NONE, 0", "SECONDARY, 4", "VOCATIONAL, 5", "BACHELOR, 6", "MASTER, 7", "DOCTORATE, 8"})
        void eqfFollowsTheEuropeanQualificationsFramework(EducationLevel level, int eqf) {
            assertEquals(eqf, level.eqf());
        }

        @ParameterizedTest(name = "{0} at least {1}: {2}")
        @CsvSource({
                "MASTER, BACHELOR, true", "MASTER, MASTER, true", "DOCTORATE, MASTER, true",
                "BACHELOR, MASTER, false", "VOCATIONAL, BACHELOR, false", "NONE, SECONDARY, false"})
        void atLeastComparesAlongTheLadder(EducationLevel level, EducationLevel required, boolean expected) {
            assertEquals(expected, level.atLeast(required));
        }

        @ParameterizedTest
        @EnumSource(EducationLevel.class)
        void everyLevelIsAtLeastNoRequirement(EducationLevel level) {
            assertTrue(level.atLeast(null));
        }
    }

    @Nested
    class EducationTrackWords {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "HBO, APPLIED", "Fachhochschule, APPLIED", "hogeschool, APPLIED",
                "University of Applied Sciences, APPLIED", "polytechnic, APPLIED", "applied, APPLIED",
                "WO, ACADEMIC", "University, ACADEMIC", "research university, ACADEMIC", "Academic, ACADEMIC"})
        void readsUsualWord(String word, EducationTrack expected) {
            assertEquals(expected, EducationTrack.parse(word));
        }

        @Test
        void hboIsABachelorLevelOnTheAppliedTrack() {
            assertAll(
                    () -> assertEquals(EducationLevel.BACHELOR, EducationLevel.parse("HBO")),
                    () -> assertEquals(EducationTrack.APPLIED, EducationTrack.parse("HBO")));
        }

        @Test
        void woIsAMasterLevelOnTheAcademicTrack() {
            assertAll(
                    () -> assertEquals(EducationLevel.MASTER, EducationLevel.parse("WO")),
                    () -> assertEquals(EducationTrack.ACADEMIC, EducationTrack.parse("WO")));
        }
    }

    @Nested
    class RemotePolicyWords {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "hybrid, HYBRID", "Hybrid, HYBRID", "partly remote, HYBRID",
                "None, ONSITE", "On-site, ONSITE", "on site, ONSITE", "office, ONSITE", "ONSITE, ONSITE",
                "Full, REMOTE", "fully remote, REMOTE", "Remote, REMOTE", "remote-first, REMOTE", "anywhere, REMOTE"})
        void readsUsualWord(String word, RemotePolicy expected) {
            assertEquals(expected, RemotePolicy.parse(word));
        }

        @ParameterizedTest(name = "JSON Resume \"{0}\" is {1}")
        @CsvSource({"None, ONSITE", "Hybrid, HYBRID", "Full, REMOTE"})
        void readsTheJsonResumeJobWords(String word, RemotePolicy expected) {
            assertEquals(expected, RemotePolicy.parse(word));
        }
    }

    @Nested
    class FluencyWords {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "Elementary proficiency, ELEMENTARY", "basic, ELEMENTARY", "A1, ELEMENTARY", "a2, ELEMENTARY",
                "Limited working proficiency, LIMITED", "conversational, LIMITED", "B1, LIMITED",
                "Professional working proficiency, PROFESSIONAL", "B2, PROFESSIONAL", "upper intermediate, PROFESSIONAL",
                "Full professional proficiency, FLUENT", "C1, FLUENT", "C2, FLUENT", "fluent, FLUENT",
                "advanced, FLUENT",
                "Native speaker, NATIVE", "mother tongue, NATIVE", "Native or bilingual proficiency, NATIVE",
                "bilingual, NATIVE", "NATIVE, NATIVE"})
        void readsUsualWord(String word, Fluency expected) {
            assertEquals(expected, Fluency.parse(word));
        }

        @ParameterizedTest(name = "{0} at least {1}: {2}")
        @CsvSource({
                "NATIVE, FLUENT, true", "FLUENT, PROFESSIONAL, true", "PROFESSIONAL, PROFESSIONAL, true",
                "LIMITED, PROFESSIONAL, false", "ELEMENTARY, LIMITED, false", "FLUENT, NATIVE, false"})
        void atLeastComparesFromElementaryToNative(Fluency fluency, Fluency required, boolean expected) {
            assertEquals(expected, fluency.atLeast(required));
        }

        @Test
        void anyFluencyIsAtLeastNoRequirement() {
            assertTrue(Fluency.ELEMENTARY.atLeast(null));
        }
    }

    @Nested
    class SkillLevelWords {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "Beginner, BEGINNER", "novice, BEGINNER", "basic, BEGINNER",
                "Intermediate, INTERMEDIATE", "working knowledge, INTERMEDIATE",
                "Advanced, ADVANCED", "proficient, ADVANCED", "strong, ADVANCED",
                "Expert, EXPERT", "Master, EXPERT", "guru, EXPERT"})
        void readsUsualWord(String word, SkillLevel expected) {
            assertEquals(expected, SkillLevel.parse(word));
        }
    }

    @Nested
    class PeriodWords {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "hourly, HOUR", "per hour, HOUR", "hr, HOUR", "HOUR, HOUR",
                "daily, DAY", "day rate, DAY", "per day, DAY",
                "weekly, WEEK", "wk, WEEK",
                "monthly, MONTH", "per month, MONTH", "mo, MONTH",
                "yearly, YEAR", "annual, YEAR", "annually, YEAR", "per year, YEAR", "yr, YEAR", "p.a., YEAR",
                "YEAR, YEAR"})
        void readsUsualWord(String word, Period expected) {
            assertEquals(expected, Period.parse(word));
        }
    }

    @Nested
    class AnyEnumeration {
        static Stream<Arguments> parsers() {
            return Stream.of(
                    Arguments.of("employment type", (Function<String, Enum<?>>) EmploymentType::parse, EmploymentType.class),
                    Arguments.of("seniority", (Function<String, Enum<?>>) Seniority::parse, Seniority.class),
                    Arguments.of("education level", (Function<String, Enum<?>>) EducationLevel::parse, EducationLevel.class),
                    Arguments.of("education track", (Function<String, Enum<?>>) EducationTrack::parse, EducationTrack.class),
                    Arguments.of("remote policy", (Function<String, Enum<?>>) RemotePolicy::parse, RemotePolicy.class),
                    Arguments.of("fluency", (Function<String, Enum<?>>) Fluency::parse, Fluency.class),
                    Arguments.of("skill level", (Function<String, Enum<?>>) SkillLevel::parse, SkillLevel.class),
                    Arguments.of("salary period", (Function<String, Enum<?>>) Period::parse, Period.class));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("parsers")
        void unknownWord_failsNamingTheWordAndTheAcceptedConstants(
                String label, Function<String, Enum<?>> parse, Class<? extends Enum<?>> type) {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> parse.apply("Rockstar Ninja"));

            String message = thrown.getMessage();
            assertTrue(message.contains("'Rockstar Ninja'"), message);
            assertTrue(message.contains(label), message);
            Arrays.stream(type.getEnumConstants()).forEach(constant ->
                    assertTrue(message.contains(constant.name()), message + " lacks " + constant));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("parsers")
        void everyConstantNameIsAcceptedInAnyCase(
                String label, Function<String, Enum<?>> parse, Class<? extends Enum<?>> type) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String lowerWithSpaces = constant.name().toLowerCase().replace('_', ' ');
                assertAll(constant.name(),
                        () -> assertEquals(constant, parse.apply(constant.name())),
                        () -> assertEquals(constant, parse.apply(lowerWithSpaces)),
                        () -> assertEquals(constant, parse.apply("  " + constant.name() + "  ")));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("parsers")
        void absentWord_isNull(String label, Function<String, Enum<?>> parse, Class<? extends Enum<?>> type) {
            assertNull(parse.apply(null));
        }

        @Test
        void emptyWord_failsRatherThanGuessing() {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> RemotePolicy.parse(""));
            assertTrue(thrown.getMessage().contains("''"), thrown.getMessage());
        }

        @Test
        void wordsThatDifferOnlyInPunctuationAreTheSame() {
            assertAll(
                    () -> assertEquals(Seniority.MID_SENIOR, Seniority.parse("Mid–Senior")),
                    () -> assertEquals(EmploymentType.FULL_TIME, EmploymentType.parse("full_time")),
                    () -> assertEquals(Fluency.PROFESSIONAL, Fluency.parse("professional-working-proficiency")));
        }

        @Test
        void wordsWithDiacritics_matchTheirAsciiAliases() {
            assertAll(
                    () -> assertEquals(EducationTrack.ACADEMIC, EducationTrack.parse("Universität")),
                    () -> assertEquals(EducationLevel.SECONDARY, EducationLevel.parse("Baccalauréat")));
        }
    }

    /** A batch repeats a few spellings endlessly; reading one again must give what reading it first gave. */
    @Nested
    class SpellingsReadAgain {
        @Test
        void aSpellingReadBeforeReadsTheSameAndAnUnknownOneFailsEveryTime() {
            assertEquals(EmploymentType.CONTRACT, EmploymentType.parse("Freelance"));
            assertEquals(EmploymentType.CONTRACT, EmploymentType.parse("Freelance"));
            for (int attempt = 0; attempt < 2; attempt++) {
                IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                        () -> EmploymentType.parse("gig work"));
                assertTrue(thrown.getMessage().contains("'gig work'"), thrown.getMessage());
            }
        }

        @Test
        void moreSpellingsThanAreRememberedStillRead() {
            assertEquals(EmploymentType.INTERNSHIP, EmploymentType.parse("Praktikum"));
            // 1,500 spellings of "part time" that differ only in spaces: more than the 1,000 remembered.
            for (int spaces = 1; spaces <= 1_500; spaces++) {
                String spelling = "part" + " ".repeat(spaces) + "time";
                assertEquals(EmploymentType.PART_TIME, EmploymentType.parse(spelling), spelling);
            }
            // a spelling remembered before, one that was not, and an unknown one all read as before
            assertEquals(EmploymentType.INTERNSHIP, EmploymentType.parse("Praktikum"));
            assertEquals(EmploymentType.TEMPORARY, EmploymentType.parse("Fixed term"));
            assertThrows(IllegalArgumentException.class, () -> EmploymentType.parse("part time-ish"));
        }
    }

    @Nested
    class Verdicts {
        @Test
        void verdictsRunFromStrongToRejected() {
            assertEquals(List.of(Verdict.STRONG, Verdict.GOOD, Verdict.WEAK, Verdict.REJECTED),
                    List.of(Verdict.values()));
        }
    }
}
