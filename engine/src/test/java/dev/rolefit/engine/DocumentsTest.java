package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Reading documents: good records are kept, each bad one is an error with its place and value. */
class DocumentsTest {

    private static final String GOOD = """
            {"id": "cand-g1", "headline": "Data Scientist", "skills": ["R", "Statistics"]}""";

    @Test
    void samples_areReadWithoutErrors() {
        Documents.Batch<Candidate> candidates = Documents.candidates(List.of(Path.of("samples/candidates")));
        Documents.Batch<Vacancy> vacancies = Documents.vacancies(List.of(Path.of("samples/vacancies")));

        assertEquals(List.of(), candidates.errors());
        assertEquals(List.of(), vacancies.errors());
        assertTrue(candidates.records().size() >= 20);
        assertTrue(vacancies.records().size() >= 8);
        assertEquals("cand-001", candidates.records().get(0).record().id(), "folders are read in name order");
    }

    @Test
    void malformedJsonFile_isOneErrorWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"cand-x\",\n  \"headline\": \"ML\"\n  \"skills\": []}");

        Documents.Batch<Candidate> batch = Documents.candidates(List.of(broken));

        assertEquals(List.of(), batch.records());
        InputError e = batch.errors().get(0);
        assertEquals(broken.toString(), e.source());
        assertTrue(e.location().startsWith("line 3, column"), e.location());
    }

    @Test
    void salaryWrittenAsText_isReadAsTheOtherFormatsReadIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.json"), """
                {"id": "cand-s1", "headline": "Data Engineer", "salaryExpectation": "55k-70k EUR"}""");

        Candidate c = Documents.candidates(List.of(file)).records().get(0).record();

        assertEquals(SalaryText.parse("55k-70k EUR"), c.salaryExpectation());
        assertEquals(55_000.0, c.salaryExpectation().min());
    }

    /** Errors in the reader's words: the value as written, no Java type names, no Jackson phrasing. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "salary text it cannot read | {\"id\": \"c1\", \"headline\": \"ML\", \"salaryExpectation\": \"about 100000\"} | $.salaryExpectation | 'about 100000'",
            "a date that is no date     | {\"id\": \"c1\", \"experience\": [{\"title\": \"ML\", \"startDate\": \"yesterday\"}]} | $.experience[0].startDate | date 'yesterday' is not YYYY",
            "a trailing comma in a list | {\"id\": \"c1\", \"skills\": [\"Python\",]} | column 34 | unexpected ']' where a value should be",
            "a trailing comma at the end | {\"id\": \"c1\", \"skills\": [\"Python\"],} | column 35 | unexpected '}' where a quoted field name should be",
            "a vacancy among candidates | {\"id\": \"v1\", \"title\": \"ML Engineer\", \"requiredSkills\": [\"Python\"]} | line 1 | this reads as a vacancy (it has 'title'"})
    void badCandidate_isAnErrorInTheReadersWords(String why, String json, String where, String says, @TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("c.json"), json);

        Documents.Batch<Candidate> batch = Documents.candidates(List.of(file));

        assertEquals(List.of(), batch.records());
        InputError e = batch.errors().get(0);
        assertTrue(e.location().contains(where), e::toString);
        assertTrue(e.message().contains(says), e::toString);
        assertFalse(e.message().contains("Cannot ") || e.message().contains("java.") || e.message().contains("code "),
                e::toString);
    }

    @Test
    void oneExtraFieldOfTheOtherKind_isKeptAsAnExtraField_andABlankSalaryIsNoSalary(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.json"), """
                {"id": "c-title", "title": "ML Engineer", "salaryExpectation": " ",
                 "education": [{"level": "MASTER", "field": "Computer Science"}]}""");

        Documents.Batch<Candidate> batch = Documents.candidates(List.of(file));

        assertEquals(List.of(), batch.errors());
        Candidate c = batch.records().get(0).record();
        assertEquals("ML Engineer", c.otherFields().get("title"));
        assertNull(c.salaryExpectation());
    }

    @Test
    void aCandidateAmongVacancies_isNamedAsSuch(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("v.json"), GOOD);

        Documents.Batch<Vacancy> batch = Documents.vacancies(List.of(file));

        assertEquals(List.of(), batch.records());
        assertTrue(batch.errors().get(0).message().startsWith("this reads as a candidate (it has 'headline'"),
                batch.errors()::toString);
    }

    @Test
    void wrongEnumValue_namesTheValueAndItsPath(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("vacancies.json"), """
                [{"id": "vac-a", "title": "ML Engineer", "employmentType": "FULL_TIME"},
                 {"id": "vac-b", "title": "Data Scientist",
                  "employmentType": "Sometimes"},
                 {"id": "vac-c", "title": "Platform Engineer"}]""");

        Documents.Batch<Vacancy> batch = Documents.vacancies(List.of(file));

        assertEquals(List.of("vac-a", "vac-c"), batch.records().stream().map(r -> r.record().id()).toList());
        InputError e = batch.errors().get(0);
        assertTrue(e.location().contains("line 3") && e.location().contains("$[1].employmentType"), e.location());
        assertTrue(e.message().contains("'Sometimes'") && e.message().contains("FULL_TIME"), e.message());
    }

    @Test
    void negativeAndInvertedSalaries_areErrorsNamingTheAmounts(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("salaries.jsonl"), String.join("\n",
                "{\"id\": \"vac-1\", \"title\": \"ML Engineer\", \"salary\": {\"min\": -5000, \"max\": 70000, \"currency\": \"EUR\"}}",
                "{\"id\": \"vac-2\", \"title\": \"ML Engineer\", \"salary\": {\"min\": 90000, \"max\": 60000, \"currency\": \"EUR\"}}",
                "{\"id\": \"vac-3\", \"title\": \"ML Engineer\", \"salary\": {\"min\": 60000, \"max\": 90000, \"currency\": \"EUR\"}}"));

        Documents.Batch<Vacancy> batch = Documents.vacancies(List.of(file));

        assertEquals(List.of("vac-3"), batch.records().stream().map(r -> r.record().id()).toList());
        assertEquals(2, batch.errors().size());
        assertTrue(batch.errors().get(0).location().startsWith("line 1"), batch.errors().get(0).toString());
        assertTrue(batch.errors().get(0).message().contains("-5000"), batch.errors().get(0).message());
        assertTrue(batch.errors().get(1).location().startsWith("line 2"), batch.errors().get(1).toString());
        assertTrue(batch.errors().get(1).message().contains("inverted"), batch.errors().get(1).message());
    }

    @Test
    void jsonLinesFileWithOneBrokenLine_keepsTheOtherLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("candidates.jsonl"),
                GOOD + "\n{\"id\": \"cand-g2\", \"headline\": \n" + GOOD.replace("cand-g1", "cand-g3") + "\n\n");

        Documents.Batch<Candidate> batch = Documents.candidates(List.of(file));

        assertEquals(List.of("cand-g1", "cand-g3"), batch.records().stream().map(r -> r.record().id()).toList());
        assertEquals("line 3", batch.records().get(1).location());
        assertEquals(1, batch.errors().size());
        assertTrue(batch.errors().get(0).location().startsWith("line 2"), batch.errors().get(0).toString());
    }

    @Test
    void missingPath_isAnError() {
        Documents.Batch<Candidate> batch = Documents.candidates(List.of(Path.of("samples/nowhere")));

        assertEquals("no such file or folder", batch.errors().get(0).message());
    }

    @Test
    void anyKind_isDecidedPerDocument(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mixed.json"),
                "[" + GOOD + ", {\"id\": \"vac-m\", \"title\": \"ML Engineer\", \"requiredSkills\": [\"Python\"]}]");

        Documents.Batch<Object> batch = Documents.any(List.of(file));

        assertInstanceOf(Candidate.class, batch.records().get(0).record());
        assertInstanceOf(Vacancy.class, batch.records().get(1).record());
    }

    @Test
    void forcedFormat_readsEveryDocumentAsThatFormat() {
        List<Path> resume = List.of(Path.of("samples/formats"));

        Documents.Batch<Object> detected = Documents.any(resume);
        Documents.Batch<Object> forcedNative = Documents.any(List.of(Path.of("samples/candidates/cand-001.json")),
                Documents.Format.NATIVE);
        Documents.Batch<Object> forcedPosting = Documents.any(List.of(Path.of("samples/candidates/cand-001.json")),
                Documents.Format.JOB_POSTING);

        assertEquals(List.of(), detected.errors());
        assertEquals(1, forcedNative.records().size());
        assertEquals(List.of(), forcedPosting.records(), "a native candidate is not a JobPosting");
        assertTrue(forcedPosting.errors().get(0).message().contains("JSON-LD"), forcedPosting.errors().toString());
    }
}
