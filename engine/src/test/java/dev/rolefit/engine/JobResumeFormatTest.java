package dev.rolefit.engine;

import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Location;
import dev.rolefit.model.Period;
import dev.rolefit.model.RemotePolicy;
import dev.rolefit.model.Salary;
import dev.rolefit.model.Seniority;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vacancies in the JSON Resume job schema read as native vacancies. */
class JobResumeFormatTest {
    private static final Path UTRECHT = Path.of("samples/formats/job-utrecht-ds.json");

    private static Vacancy utrecht() {
        Documents.Batch<Vacancy> batch = Documents.vacancies(List.of(UTRECHT));
        assertEquals(List.of(), batch.errors());
        return batch.records().get(0).record();
    }

    private static Documents.Batch<Vacancy> read(Path dir, String json) throws Exception {
        return Documents.vacancies(List.of(Files.writeString(dir.resolve("job.json"), json)));
    }

    private static Vacancy readOne(Path dir, String json) throws Exception {
        Documents.Batch<Vacancy> batch = read(dir, json);
        assertEquals(List.of(), batch.errors());
        return batch.records().get(0).record();
    }

    @Test
    void jobWithoutId_isNamedAfterItsFile() {
        assertEquals("job-utrecht-ds", utrecht().id());
    }

    @Test
    void titleAndCompany_becomeTitleAndOrganization() {
        Vacancy job = utrecht();

        assertEquals("Data Scientist - Energy Forecasting", job.title());
        assertEquals("Domstad Netbeheer", job.organization());
    }

    @Test
    void typeRemoteAndLocation_becomeEmploymentTypeRemotePolicyAndLocation() {
        Vacancy job = utrecht();

        assertAll(() -> assertEquals(EmploymentType.FULL_TIME, job.employmentType()),
                () -> assertEquals(RemotePolicy.HYBRID, job.remotePolicy()),
                () -> assertEquals(new Location("Utrecht", "NL"), job.location()));
    }

    @ParameterizedTest(name = "[{index}] remote \"{0}\"")
    @CsvSource({"Full, REMOTE", "Hybrid, HYBRID", "None, ONSITE"})
    void remoteWord_isTheRemotePolicy(String remote, RemotePolicy expected, @TempDir Path dir) throws Exception {
        Vacancy job = readOne(dir, "{\"title\": \"ML Engineer\", \"company\": \"Acme\", \"remote\": \"" + remote + "\"}");

        assertEquals(expected, job.remotePolicy());
    }

    @Test
    void monthlySalaryString_isAMonthlyBand() {
        assertEquals(new Salary(4200.0, 5600.0, "EUR", Period.MONTH), utrecht().salary());
    }

    @Test
    void experienceWordWithYears_isSeniorityAndMinimumYears() {
        Vacancy job = utrecht();

        assertEquals(Seniority.ASSOCIATE, job.seniority(), "Medior");
        assertEquals(3, job.minYearsExperience());
    }

    @ParameterizedTest(name = "[{index}] experience \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Senior          | MID_SENIOR | -
            Junior          | ENTRY      | -
            Lead            | LEAD       | -
            5+ years        | -          | 5
            Senior engineer | MID_SENIOR | -
            2-4 jaar        | -          | 2
            """)
    void experience_isASeniorityWordOrYears(String experience, Seniority seniority, Integer years, @TempDir Path dir)
            throws Exception {
        Vacancy job = readOne(dir, "{\"title\": \"ML Engineer\", \"company\": \"Acme\", \"experience\": \"" + experience + "\"}");

        assertEquals(seniority, job.seniority());
        assertEquals(years, job.minYearsExperience());
    }

    @Test
    void skillKeywords_areRequiredAndToolsPreferred() {
        Vacancy job = utrecht();

        assertEquals(List.of("Python", "Statistics", "pandas", "SQL", "Time Series"), job.requiredSkills());
        assertEquals(List.of("Power BI", "Tableau", "Git"), job.preferredSkills());
    }

    @Test
    void responsibilitiesQualificationsAndSkillHeadings_areSectionsOfTheDescription() {
        String description = utrecht().description();

        assertAll(() -> assertTrue(description.startsWith("Domstad Netbeheer keeps the lights on"), description),
                () -> assertTrue(description.contains("\n\nResponsibilities:\n- Build and maintain probabilistic load forecasts"),
                        description),
                () -> assertTrue(description.contains("\n\nQualifications:\n- HBO or WO degree in mathematics"), description),
                () -> assertTrue(description.contains("\n\nSkills:\n- Forecasting: Python, Statistics, pandas, SQL"), description));
    }

    @Test
    void date_isKeptAsDatePosted() {
        assertEquals("2025-09-15", utrecht().otherFields().get("datePosted"));
    }

    @Test
    void severalTypes_leaveEmploymentTypeUnsetAndAreKept(@TempDir Path dir) throws Exception {
        Vacancy job = readOne(dir, "{\"title\": \"MLOps Engineer\", \"company\": \"Acme\", \"type\": \"Full-time, Contract\"}");

        assertNull(job.employmentType());
        assertEquals(List.of("FULL_TIME", "CONTRACT"), job.otherFields().get("employmentTypes"));
    }

    @Test
    void salaryWithoutCurrency_isAnErrorNamingTheValueAndItsPlace(@TempDir Path dir) throws Exception {
        Documents.Batch<Vacancy> batch = read(dir, """
                {"title": "ML Engineer",
                 "company": "Acme",
                 "salary": "100000"}""");

        assertEquals(List.of(), batch.records());
        InputError e = batch.errors().get(0);
        assertEquals("line 3, column 12 ($.salary)", e.location());
        assertTrue(e.message().startsWith("salary '100000' names no currency"), e.message());
    }

    @Test
    void unknownExperienceWord_isAnError(@TempDir Path dir) throws Exception {
        Documents.Batch<Vacancy> batch = read(dir, "{\"title\": \"ML Engineer\", \"company\": \"Acme\", \"experience\": \"Rockstar\"}");

        assertEquals(List.of(), batch.records());
        assertTrue(batch.errors().get(0).message().startsWith("experience 'Rockstar' is neither a seniority word"),
                batch.errors()::toString);
        assertTrue(batch.errors().get(0).location().endsWith("($.experience)"), batch.errors()::toString);
    }
}
