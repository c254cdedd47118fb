package dev.rolefit.engine;

import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationRequirement;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Location;
import dev.rolefit.model.Period;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Salary;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** schema.org JobPosting JSON-LD (one object, an array, or an @graph) read as native vacancies. */
class JobPostingFormatTest {
    private static final Path BRUSSELS = Path.of("samples/formats/jobposting-brussels-mle.jsonld");
    private static final Path GRAPH = Path.of("samples/formats/jobposting-graph-amsterdam.jsonld");
    private static final Path ARRAY = Path.of("samples/formats/jobpostings-munich-paris.jsonld");

    private static List<Documents.Sourced<Vacancy>> read(Path file) {
        Documents.Batch<Vacancy> batch = Documents.vacancies(List.of(file));
        assertEquals(List.of(), batch.errors());
        return batch.records();
    }

    private static Vacancy brussels() {
        return read(BRUSSELS).get(0).record();
    }

    /** A JobPosting with the given fields added to a title and an organization. */
    private static Documents.Batch<Vacancy> posting(Path dir, String fields) throws Exception {
        String json = "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\",\n"
                + " \"title\": \"ML Engineer\", \"hiringOrganization\": \"Acme\",\n " + fields + "}";
        return Documents.vacancies(List.of(Files.writeString(dir.resolve("posting.jsonld"), json)));
    }

    private static Vacancy postingOk(Path dir, String fields) throws Exception {
        Documents.Batch<Vacancy> batch = posting(dir, fields);
        assertEquals(List.of(), batch.errors());
        return batch.records().get(0).record();
    }

    @Nested
    class Shapes {
        @Test
        void singlePosting_isOneVacancyIdentifiedByItsIdentifier() {
            List<Documents.Sourced<Vacancy>> records = read(BRUSSELS);

            assertEquals(1, records.size());
            assertEquals("AH-2025-031", records.get(0).record().id());
            assertEquals("", records.get(0).location());
        }

        @Test
        void graph_yieldsEachJobPostingAndSkipsOtherNodes() {
            List<Documents.Sourced<Vacancy>> records = read(GRAPH);

            assertEquals(List.of("jobposting-graph-amsterdam-1", "jobposting-graph-amsterdam-2"),
                    records.stream().map(r -> r.record().id()).toList());
            assertEquals(List.of("$.@graph[3]", "$.@graph[4]"), records.stream().map(Documents.Sourced::location).toList());
        }

        @Test
        void graphReferences_areResolvedById() {
            List<Documents.Sourced<Vacancy>> records = read(GRAPH);

            assertEquals("Grachtcompute B.V.", records.get(0).record().organization());
            assertEquals(new Location("Amsterdam", "NL"), records.get(1).record().location());
        }

        @Test
        void arrayOfPostings_isOneVacancyEach() {
            List<Documents.Sourced<Vacancy>> records = read(ARRAY);

            assertEquals(List.of("isar-mobility-117", "rive-gauche-analytics-42"),
                    records.stream().map(r -> r.record().id()).toList());
            assertEquals(List.of("$[0]", "$[1]"), records.stream().map(Documents.Sourced::location).toList());
        }

        @Test
        void organizationAsText_isTheOrganization() {
            assertEquals("Isar Mobility GmbH", read(ARRAY).get(0).record().organization());
        }
    }

    @Nested
    class Salaries {
        @Test
        void yearlyQuantitativeValue_isTheBand() {
            assertEquals(new Salary(55000.0, 110000.0, "EUR", Period.YEAR), brussels().salary());
        }

        @Test
        void jobPostingWithMonthlyBaseSalary_keepsTheMonthlyPeriod() {
            assertEquals(new Salary(6200.0, 8400.0, "EUR", Period.MONTH), read(GRAPH).get(0).record().salary());
        }

        @Test
        void singleValue_isAnExactAmount() {
            assertEquals(new Salary(900.0, 900.0, "EUR", Period.MONTH), read(GRAPH).get(1).record().salary());
            assertEquals(new Salary(38.0, 38.0, "EUR", Period.HOUR), read(ARRAY).get(1).record().salary());
        }

        @Test
        void numberWithSalaryCurrency_isAYearlyAmountInThatCurrency() {
            assertEquals(new Salary(95000.0, 95000.0, "EUR", Period.YEAR), read(ARRAY).get(0).record().salary());
        }

        @Test
        void salaryText_isReadLikeAnySalaryString(@TempDir Path dir) throws Exception {
            Vacancy vacancy = postingOk(dir, "\"baseSalary\": \"€4.500 - €5.200 per month\"");

            assertEquals(new Salary(4500.0, 5200.0, "EUR", Period.MONTH), vacancy.salary());
        }

        @Test
        void stringAmountsInAQuantitativeValue_areRead(@TempDir Path dir) throws Exception {
            Vacancy vacancy = postingOk(dir, """
                    "baseSalary": {"@type": "MonetaryAmount", "currency": "GBP",
                                   "value": {"@type": "QuantitativeValue", "minValue": "65,000", "maxValue": "80,000", "unitText": "YEAR"}}""");

            assertEquals(new Salary(65000.0, 80000.0, "GBP", Period.YEAR), vacancy.salary());
        }

        @Test
        void amountWithoutCurrency_isAnErrorNamingTheAmountAndPlace(@TempDir Path dir) throws Exception {
            Documents.Batch<Vacancy> batch = posting(dir, """
                    "baseSalary": {"@type": "MonetaryAmount",
                                   "value": {"@type": "QuantitativeValue", "minValue": 60000, "maxValue": 75000}}""");

            assertEquals(List.of(), batch.records());
            InputError e = batch.errors().get(0);
            assertEquals("line 3, column 16 ($.baseSalary)", e.location());
            assertTrue(e.message().startsWith("baseSalary 60000-75000 names no currency"), e.message());
        }

        @Test
        void smallAmountWithoutUnitText_isAnErrorNotAYearlySalary(@TempDir Path dir) throws Exception {
            Documents.Batch<Vacancy> batch = posting(dir, """
                    "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                                   "value": {"@type": "QuantitativeValue", "value": 4800}}""");

            assertEquals(List.of(), batch.records());
            assertTrue(batch.errors().get(0).message().contains("4800 has no unitText"), batch.errors()::toString);
            assertTrue(batch.errors().get(0).location().endsWith("($.baseSalary.value)"), batch.errors()::toString);
        }

        @Test
        void unknownUnitText_isAnError(@TempDir Path dir) throws Exception {
            Documents.Batch<Vacancy> batch = posting(dir, """
                    "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                                   "value": {"@type": "QuantitativeValue", "value": 60000, "unitText": "FORTNIGHT"}}""");

            assertTrue(batch.errors().get(0).message().contains("'FORTNIGHT'"), batch.errors()::toString);
            assertTrue(batch.errors().get(0).location().endsWith("($.baseSalary.value.unitText)"), batch.errors()::toString);
        }
    }

    @Nested
    class Requirements {
        @Test
        void credentialCategoryAndPreferredText_areMinimumAndPreferredLevel() {
            EducationRequirement education = brussels().education();

            assertAll(() -> assertEquals(EducationLevel.BACHELOR, education.minLevel()),
                    () -> assertEquals(EducationLevel.MASTER, education.preferredLevel()),
                    () -> assertEquals(List.of("Computer Science", "Mathematics", "Artificial Intelligence"),
                            education.fields()));
        }

        @Test
        void experienceInPlaceOfEducation_letsTheExperienceYearsStandInForTheDegree() {
            Vacancy vacancy = brussels();

            assertEquals(3, vacancy.minYearsExperience(), "36 months");
            assertEquals(3, vacancy.education().equivalentExperienceYears());
        }

        @Test
        void monthsOfExperienceAsString_isRead() {
            assertEquals(7, read(ARRAY).get(0).record().minYearsExperience(), "\"84\" months");
        }

        @Test
        void postgraduateCredential_isAMasterMinimum() {
            assertEquals(EducationLevel.MASTER, read(ARRAY).get(0).record().education().minLevel());
        }

        @Test
        void experienceAsText_givesTheYearsAndStaysInTheDescription() {
            Vacancy vacancy = read(GRAPH).get(0).record();

            assertEquals(3, vacancy.minYearsExperience());
            assertTrue(vacancy.description().contains("Experience:\n- 3+ years operating Kubernetes clusters"),
                    vacancy.description());
        }

        @Test
        void hboWoText_isABachelorMinimumWithEitherTrack() {
            EducationRequirement education = read(GRAPH).get(0).record().education();

            assertEquals(EducationLevel.BACHELOR, education.minLevel());
            assertNull(education.preferredTrack());
        }

        @Test
        void frenchBacPlusFive_isAMasterMinimumAndYearsInFrenchAreRead() {
            Vacancy paris = read(ARRAY).get(1).record();

            assertEquals(EducationLevel.MASTER, paris.education().minLevel());
            assertEquals(2, paris.minYearsExperience(), "2 ans");
        }

        @Test
        void highSchoolCredential_isASecondaryMinimum() {
            assertEquals(EducationLevel.SECONDARY, read(GRAPH).get(1).record().education().minLevel());
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
                Bachelor's degree in Computer Science or Mathematics            | BACHELOR | -         | -
                Bachelor's degree required, Master's preferred                   | BACHELOR | MASTER    | -
                MSc in Data Science; PhD is a plus                               | MASTER   | DOCTORATE | -
                WO werk- en denkniveau                                           | MASTER   | -         | ACADEMIC
                HBO diploma, bij voorkeur WO                                     | BACHELOR | MASTER    | -
                University of Applied Sciences degree (Bachelor)                 | BACHELOR | -         | APPLIED
                abgeschlossenes Studium (Master oder Diplom), wo nötig Promotion | MASTER   | -         | -
                """)
        void educationText_isReadAsMinimumPreferredAndTrack(String text, EducationLevel min, EducationLevel preferred,
                                                            EducationTrack track) {
            DegreeText.Requirement read = DegreeText.requirement(text);

            assertEquals(min, read.minLevel(), text);
            assertEquals(preferred, read.preferredLevel(), text);
            assertEquals(track, read.track(), text);
        }

        @Test
        void textWithoutDegree_isNoRequirement() {
            assertNull(DegreeText.requirement("A passion for data and a can-do attitude"));
        }

        @Test
        void unknownCredentialCategory_isAnError(@TempDir Path dir) throws Exception {
            Documents.Batch<Vacancy> batch = posting(dir, """
                    "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "wizard school"}""");

            assertEquals(List.of(), batch.records());
            assertTrue(batch.errors().get(0).message().startsWith("unknown credentialCategory 'wizard school'"),
                    batch.errors()::toString);
            assertTrue(batch.errors().get(0).location().endsWith("($.educationRequirements.credentialCategory)"),
                    batch.errors()::toString);
        }
    }

    @Nested
    class Places {
        @Test
        void postalAddress_isCityAndCountry() {
            assertEquals(new Location("Brussels", "BE"), brussels().location());
        }

        @Test
        void countryNameInAnotherLanguage_isTheIsoCode() {
            assertEquals(new Location("München", "DE"), read(ARRAY).get(0).record().location());
        }

        @Test
        void addressAsText_isSplitIntoCityAndCountry() {
            assertEquals(new Location("Paris", "FR"), read(ARRAY).get(1).record().location());
        }

        @Test
        void telecommute_isRemoteAndTheApplicantCountryIsTheLocation() {
            Vacancy remote = read(GRAPH).get(0).record();

            assertEquals(RemotePolicy.REMOTE, remote.remotePolicy());
            assertEquals(new Location(null, "NL"), remote.location());
            assertEquals(List.of("NL"), remote.otherFields().get("applicantLocationRequirements"));
        }

        @Test
        void severalJobLocations_keepTheFirstAndListTheOthers(@TempDir Path dir) throws Exception {
            Vacancy vacancy = postingOk(dir, """
                    "jobLocation": [
                      {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Brussels", "addressCountry": "BE"}},
                      {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Leuven", "addressCountry": "BE"}}]""");

            assertEquals(new Location("Brussels", "BE"), vacancy.location());
            assertEquals(List.of("Brussels, BE", "Leuven, BE"), vacancy.otherFields().get("jobLocations"));
        }

        @Test
        void unknownCountry_isAnErrorNamingIt(@TempDir Path dir) throws Exception {
            Documents.Batch<Vacancy> batch = posting(dir, """
                    "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Ghent", "addressCountry": "Flanders"}}""");

            assertTrue(batch.errors().get(0).message().contains("country 'Flanders'"), batch.errors()::toString);
            assertTrue(batch.errors().get(0).location().endsWith("($.jobLocation.address.addressCountry)"),
                    batch.errors()::toString);
        }

        @Test
        void unknownJobLocationType_isAnError(@TempDir Path dir) throws Exception {
            Documents.Batch<Vacancy> batch = posting(dir, "\"jobLocationType\": \"HOME_OFFICE\"");

            assertTrue(batch.errors().get(0).message().contains("'HOME_OFFICE'"), batch.errors()::toString);
        }
    }

    @Nested
    class TypesSkillsAndText {
        @Test
        void employmentTypeString_isTheEmploymentType() {
            assertEquals(EmploymentType.FULL_TIME, brussels().employmentType());
            assertEquals(EmploymentType.INTERNSHIP, read(GRAPH).get(1).record().employmentType());
            assertEquals(EmploymentType.PART_TIME, read(ARRAY).get(1).record().employmentType());
        }

        @Test
        void employmentTypeArray_leavesTheTypeUnsetAndKeepsTheList() {
            Vacancy vacancy = read(GRAPH).get(0).record();

            assertNull(vacancy.employmentType(), "a candidate accepting either contract must not be knocked out");
            assertEquals(List.of("FULL_TIME", "CONTRACT"), vacancy.otherFields().get("employmentTypes"));
        }

        @Test
        void skillsAsTextOrList_areRequiredSkills() {
            assertEquals(List.of("Python", "PyTorch", "MLOps", "AWS"), brussels().requiredSkills());
            assertEquals(List.of("Kubernetes", "Terraform", "Slurm", "NVIDIA GPUs", "Distributed Systems"),
                    read(GRAPH).get(0).record().requiredSkills());
            assertEquals(List.of("Python", "scikit-learn", "SQL"), read(GRAPH).get(1).record().requiredSkills());
            assertEquals(List.of("R", "Statistics", "A/B testing"), read(ARRAY).get(1).record().requiredSkills());
        }

        @Test
        void htmlDescription_isPlainTextWithListItemsAsLines() {
            String description = brussels().description();

            assertAll(() -> assertTrue(description.startsWith("Atomium Health builds triage models for emergency"
                            + " departments in Belgium & the Netherlands."), description),
                    () -> assertTrue(description.contains("\n- take PyTorch models from research to production on AWS\n"),
                            description),
                    () -> assertTrue(description.contains("Hybrid – two days a week"), description),
                    () -> assertFalse(description.contains("<"), description));
        }

        @Test
        void entitiesInTitleAndText_areDecoded() {
            assertEquals("AI Infrastructure Engineer – GPU Platform", read(GRAPH).get(0).record().title());
            assertTrue(read(ARRAY).get(1).record().description().startsWith(
                    "Rive Gauche Analytics mesure l'impact des campagnes de santé publique."));
        }

        @Test
        void htmlToText_dropsScriptsAndKeepsLineBreaks() {
            assertEquals("Line one\nLine two\n\n- item &amp; more",
                    JobPostingFormat.plainText("<div>Line one<br/>Line two</div><script>alert(1)</script>"
                            + "<ul><li>item &amp;amp; more</li></ul>"));
        }

        @Test
        void occupationalCategory_isKeptAndTheFamilyLeftToTheRules() {
            Vacancy vacancy = brussels();

            assertNull(vacancy.roleFamily());
            assertEquals("15-1221.00 Computer and Information Research Scientists", vacancy.otherFields().get("occupationalCategory"));
            assertTrue(vacancy.description().contains("Occupational category:\n- 15-1221.00"), vacancy.description());
            assertEquals("2522 Systems administrators", read(GRAPH).get(0).record().otherFields().get("occupationalCategory"));
        }

        @Test
        void datesAndUrl_areKept() {
            Vacancy vacancy = brussels();

            assertEquals("2025-10-01", vacancy.otherFields().get("datePosted"));
            assertEquals("2025-12-31T23:59", vacancy.otherFields().get("validThrough"));
            assertEquals("https://jobs.atomium-health.example.com/ah-2025-031", vacancy.otherFields().get("url"));
        }
    }
}
