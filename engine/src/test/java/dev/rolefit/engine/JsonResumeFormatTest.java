package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.Education;
import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.Experience;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.InputError;
import dev.rolefit.model.LanguageSkill;
import dev.rolefit.model.Location;
import dev.rolefit.model.SkillClaim;
import dev.rolefit.model.SkillLevel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON Resume candidates (schema 1.0 and @jsonresume/schema 1.x) read as native candidates. */
class JsonResumeFormatTest {
    private static final Path ANNA = Path.of("samples/formats/resume-anna-de-smet.json");
    private static final Path LOTTE = Path.of("samples/formats/resume-lotte-visser.json");

    private static Candidate read(Path file) {
        Documents.Batch<Candidate> batch = Documents.candidates(List.of(file));
        assertEquals(List.of(), batch.errors());
        assertEquals(1, batch.records().size());
        return batch.records().get(0).record();
    }

    private static Documents.Batch<Candidate> readText(Path dir, String name, String json) throws Exception {
        return Documents.candidates(List.of(Files.writeString(dir.resolve(name), json)));
    }

    @Nested
    class Basics {
        @Test
        void resumeWithoutId_isNamedAfterItsFile() {
            assertEquals("resume-anna-de-smet", read(ANNA).id());
        }

        @Test
        void labelAndSummary_becomeHeadlineAndSummary() {
            Candidate anna = read(ANNA);

            assertEquals("Machine Learning Engineer", anna.headline());
            assertTrue(anna.summary().startsWith("ML engineer with six years"), anna.summary());
        }

        @Test
        void basicsLocation_becomesCityAndCountryCode() {
            assertEquals(new Location("Ghent", "BE"), read(ANNA).location());
        }

        @Test
        void countryNameInsteadOfCode_isReadAsTheCode() {
            assertEquals(new Location("Rotterdam", "NL"), read(LOTTE).location());
        }

        @Test
        void contactDetails_areKeptAsPersonalDataOnly() {
            Candidate anna = read(ANNA);

            assertAll(() -> assertEquals("Anna De Smet", anna.name()),
                    () -> assertEquals("anna.desmet@example.com", anna.email()),
                    () -> assertEquals("+32 470 00 00 00", anna.phone()),
                    () -> assertEquals(java.util.Map.of(), anna.otherFields(), "profiles and interests are not copied"));
        }

        @Test
        void wishesJsonResumeDoesNotHave_stayUnset() {
            Candidate anna = read(ANNA);

            assertAll(() -> assertNull(anna.salaryExpectation()), () -> assertNull(anna.remotePreference()),
                    () -> assertEquals(List.of(), anna.employmentTypes()), () -> assertNull(anna.willingToRelocate()));
        }
    }

    @Nested
    class Work {
        @Test
        void workEntry_becomesExperienceWithTitleOrganizationDatesAndHighlights() {
            Experience current = read(ANNA).experience().get(0);

            assertAll(() -> assertEquals("Machine Learning Engineer", current.title()),
                    () -> assertEquals("Scheldt Vision", current.organization()),
                    () -> assertEquals(YearMonth.of(2021, 9), current.startDate()),
                    () -> assertNull(current.endDate(), "no endDate is the current job"),
                    () -> assertTrue(current.description().startsWith("Own the training and serving platform"),
                            current.description()),
                    () -> assertTrue(current.description().contains("\n- Built Docker-based model serving on Kubernetes"),
                            current.description()));
        }

        @Test
        void fullDates_keepYearAndMonth() {
            Experience earlier = read(ANNA).experience().get(1);

            assertEquals(YearMonth.of(2019, 2), earlier.startDate());
            assertEquals(YearMonth.of(2021, 8), earlier.endDate());
        }

        @Test
        void schemaOneZeroCompanyAndEmptyEndDate_areReadToo() {
            Experience current = read(LOTTE).experience().get(0);

            assertEquals("Maasvlakte Terminal Services", current.organization());
            assertNull(current.endDate());
        }
    }

    @Nested
    class EducationEntries {
        @Test
        void masterOfScienceAtAUniversity_isAnAcademicMaster() {
            Education master = read(ANNA).education().get(0);

            assertEquals(new Education(EducationLevel.MASTER, EducationTrack.ACADEMIC, "Computer Science",
                    "Universiteit Gent", YearMonth.of(2019, 1)), master);
        }

        @Test
        void professionalBachelor_isAnAppliedBachelor() {
            Education bachelor = read(ANNA).education().get(1);

            assertEquals(EducationLevel.BACHELOR, bachelor.level());
            assertEquals(EducationTrack.APPLIED, bachelor.track());
        }

        @Test
        void courseOrBootcamp_isACertificationNotEducation() {
            Candidate anna = read(ANNA);
            Candidate lotte = read(LOTTE);

            assertEquals(2, anna.education().size());
            assertTrue(anna.certifications().contains("MLOps Online course (DeepLearning.AI)"), anna.certifications()::toString);
            assertEquals(2, lotte.education().size());
            assertTrue(lotte.certifications().contains("Data Science Bootcamp (Codam Data Academy)"),
                    lotte.certifications()::toString);
        }

        @Test
        void hboStudyType_isAnAppliedBachelor() {
            Education hbo = read(LOTTE).education().get(1);

            assertEquals(EducationLevel.BACHELOR, hbo.level());
            assertEquals(EducationTrack.APPLIED, hbo.track());
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
                Bachelor of Science                  | BACHELOR   | -
                BSc                                  | BACHELOR   | -
                B.Sc.                                | BACHELOR   | -
                Bachelor's degree                    | BACHELOR   | -
                MSc                                  | MASTER     | -
                Master of Science                    | MASTER     | -
                M.S.                                 | MASTER     | -
                MBA                                  | MASTER     | -
                Ph.D.                                | DOCTORATE  | -
                PhD                                  | DOCTORATE  | -
                Doctor of Philosophy                 | DOCTORATE  | -
                Associate of Applied Science         | VOCATIONAL | APPLIED
                Associate degree                     | VOCATIONAL | -
                Graduaat                             | VOCATIONAL | -
                HBO                                  | BACHELOR   | APPLIED
                HBO Master                           | MASTER     | APPLIED
                WO                                   | MASTER     | ACADEMIC
                WO Bachelor                          | BACHELOR   | ACADEMIC
                Fachhochschule                       | BACHELOR   | APPLIED
                Diplom (FH)                          | BACHELOR   | APPLIED
                Diplom                               | MASTER     | -
                Master in de Toegepaste Informatica  | MASTER     | -
                Professionele bachelor               | BACHELOR   | APPLIED
                Licence                              | BACHELOR   | -
                Bac+5                                | MASTER     | -
                High School Diploma                  | SECONDARY  | -
                Abitur                               | SECONDARY  | -
                Self-taught                          | NONE       | -
                """)
        void studyType_isReadAsLevelAndTrack(String studyType, EducationLevel level, EducationTrack track) {
            assertEquals(new DegreeText.Degree(level, track), DegreeText.studyType(studyType), studyType);
        }

        @Test
        void institutionName_givesTheTrackWhenTheStudyTypeDoesNot() {
            assertEquals(EducationTrack.APPLIED, DegreeText.institutionTrack("Hochschule München University of Applied Sciences"));
            assertEquals(EducationTrack.ACADEMIC, DegreeText.institutionTrack("Technische Universität München"));
            assertNull(DegreeText.institutionTrack("KU Leuven"));
        }

        @Test
        void entryWithoutStudyType_isSkippedAsNotStated(@TempDir Path dir) throws Exception {
            Documents.Batch<Candidate> batch = readText(dir, "no-type.json", """
                    {"basics": {"name": "Jo Peeters", "label": "Data Engineer"},
                     "education": [{"institution": "KU Leuven", "area": "Physics"}]}""");

            assertEquals(List.of(), batch.errors());
            assertEquals(List.of(), batch.records().get(0).record().education());
        }

        @Test
        void unknownStudyType_isAnErrorNamingFilePathAndValue(@TempDir Path dir) throws Exception {
            Documents.Batch<Candidate> batch = readText(dir, "odd-degree.json", """
                    {"basics": {"name": "Jo Peeters", "label": "Data Engineer"},
                     "education": [
                       {"institution": "KU Leuven", "area": "Physics", "studyType": "MSc"},
                       {"institution": "Somewhere", "studyType": "Diploma of Excellence"}]}""");

            assertEquals(List.of(), batch.records());
            InputError e = batch.errors().get(0);
            assertAll(() -> assertTrue(e.source().endsWith("odd-degree.json"), e::toString),
                    () -> assertEquals("line 4, column 46 ($.education[1].studyType)", e.location()),
                    () -> assertTrue(e.message().startsWith("unknown studyType 'Diploma of Excellence'"), e::toString));
        }
    }

    @Nested
    class SkillsLanguagesCertificates {
        @Test
        void skillNameAndKeywords_areListedAtTheEntrysLevel() {
            List<SkillClaim> skills = read(ANNA).skills();

            assertAll(() -> assertEquals(new SkillClaim("Machine Learning", SkillLevel.ADVANCED, null), skills.get(0)),
                    () -> assertTrue(skills.contains(new SkillClaim("PyTorch", SkillLevel.ADVANCED, null)), skills::toString),
                    () -> assertTrue(skills.contains(new SkillClaim("Kubernetes", SkillLevel.ADVANCED, null)), skills::toString),
                    () -> assertTrue(skills.contains(new SkillClaim("Python", SkillLevel.EXPERT, null)),
                            "\"Master\" is expert: " + skills),
                    () -> assertTrue(skills.contains(new SkillClaim("SQL", SkillLevel.INTERMEDIATE, null)), skills::toString));
        }

        @Test
        void fluencyWords_becomeFluencyLevelsAndLanguageNamesCodes() {
            assertEquals(List.of(new LanguageSkill("nl", Fluency.NATIVE), new LanguageSkill("en", Fluency.FLUENT),
                    new LanguageSkill("fr", Fluency.PROFESSIONAL)), read(ANNA).languages());
        }

        @Test
        void certificates_becomeCertificationsWithTheirIssuer() {
            assertTrue(read(ANNA).certifications().contains(
                    "AWS Certified Machine Learning - Specialty (Amazon Web Services)"));
        }

        @Test
        void unknownFluencyAndBadDate_areAllReportedInOneRun(@TempDir Path dir) throws Exception {
            Documents.Batch<Candidate> batch = readText(dir, "two-problems.json", """
                    {"basics": {"name": "Jo Peeters"},
                     "work": [{"name": "Acme", "position": "Analyst", "startDate": "March 2020"}],
                     "languages": [{"language": "English", "fluency": "Pretty good"}]}""");

            assertEquals(List.of(), batch.records());
            assertEquals(2, batch.errors().size(), batch.errors()::toString);
            assertTrue(batch.errors().get(0).location().endsWith("($.work[0].startDate)"), batch.errors()::toString);
            assertTrue(batch.errors().get(0).message().contains("'March 2020'"), batch.errors()::toString);
            assertTrue(batch.errors().get(1).location().endsWith("($.languages[0].fluency)"), batch.errors()::toString);
            assertTrue(batch.errors().get(1).message().contains("'Pretty good'"), batch.errors()::toString);
        }
    }
}
