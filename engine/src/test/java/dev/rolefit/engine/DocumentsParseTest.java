package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Reading documents from bytes (a request body): the same detection and the same errors as files. */
class DocumentsParseTest {
    private static final String SOURCE = "request body";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ids(Documents.Batch<?> batch) {
        return batch.records().stream().map(r -> r.record() instanceof Candidate c ? c.id() : ((Vacancy) r.record()).id())
                .toList();
    }

    @Test
    void jsonName_readsOneObject() {
        Documents.Batch<Candidate> batch = Documents.parse(SOURCE,
                utf8("{\"id\": \"cand-b1\", \"headline\": \"Data Scientist\", \"skills\": [\"R\"]}"), "body.json",
                Candidate.class);

        assertEquals(List.of(), batch.errors());
        assertEquals(List.of("cand-b1"), ids(batch));
        assertEquals(SOURCE, batch.records().get(0).source());
        assertEquals("", batch.records().get(0).location());
    }

    @Test
    void jsonArray_readsEveryObjectWithItsPath() {
        Documents.Batch<Vacancy> batch = Documents.parse(SOURCE, utf8("""
                [{"id": "vac-b1", "title": "ML Engineer"}, {"id": "vac-b2", "title": "Data Scientist"}]"""),
                "body.json", Vacancy.class);

        assertEquals(List.of("vac-b1", "vac-b2"), ids(batch));
        assertEquals("$[1]", batch.records().get(1).location());
    }

    @Test
    void jsonlName_readsEachLine_andABrokenLineIsOneErrorNamingTheSourceAndLine() {
        Documents.Batch<Candidate> batch = Documents.parse(SOURCE, utf8(String.join("\n",
                "{\"id\": \"cand-l1\", \"headline\": \"ML Engineer\"}",
                "{\"id\": \"cand-l2\", \"headline\": ",
                "{\"id\": \"cand-l3\", \"headline\": \"Data Engineer\"}")), "body.jsonl", Candidate.class);

        assertEquals(List.of("cand-l1", "cand-l3"), ids(batch));
        assertEquals("line 3", batch.records().get(1).location());
        assertEquals(1, batch.errors().size());
        InputError e = batch.errors().get(0);
        assertEquals(SOURCE, e.source());
        assertTrue(e.location().startsWith("line 2"), e.location());
    }

    @Test
    void malformedJson_isOneErrorWithLineAndColumn() {
        Documents.Batch<Candidate> batch = Documents.parse(SOURCE,
                utf8("{\"id\": \"cand-x\",\n  \"headline\": \"ML\"\n  \"skills\": []}"), "body.json", Candidate.class);

        assertEquals(List.of(), batch.records());
        assertEquals(1, batch.errors().size());
        assertTrue(batch.errors().get(0).location().startsWith("line 3, column"), batch.errors().get(0).location());
    }

    @Test
    void emptyJsonBody_isAnErrorSayingNothingWasFound() {
        Documents.Batch<Candidate> batch = Documents.parse(SOURCE, new byte[0], "body.json", Candidate.class);

        assertEquals(List.of(), batch.records());
        assertTrue(batch.errors().get(0).message().contains("found nothing"), batch.errors().get(0).message());
    }

    @Test
    void sameBytesAsAFile_giveTheSameRecordsAndErrors() throws Exception {
        Path file = Path.of("samples/invalid/candidates-with-errors.jsonl");
        Documents.Batch<Candidate> fromFile = Documents.candidates(List.of(file));

        Documents.Batch<Candidate> fromBytes = Documents.parse(file.toString(), Files.readAllBytes(file),
                file.getFileName().toString(), Candidate.class);

        assertFalse(fromFile.errors().isEmpty(), "the sample has errors to compare");
        assertEquals(fromFile.errors(), fromBytes.errors());
        assertEquals(fromFile.records(), fromBytes.records());
    }

    @Test
    void jsonResumeWithoutId_getsTheFileNameAsId() throws Exception {
        byte[] resume = Files.readAllBytes(Path.of("samples/formats/resume-anna-de-smet.json"));

        Documents.Batch<Candidate> batch = Documents.parse(SOURCE, resume, "cand-anna.json", Candidate.class);

        assertEquals(List.of(), batch.errors());
        assertEquals(List.of("cand-anna"), ids(batch));
    }

    @Test
    void jobPostingRead_asACandidate_isAnErrorNamingBothKinds() throws Exception {
        byte[] posting = Files.readAllBytes(Path.of("samples/formats/jobposting-brussels-mle.jsonld"));

        Documents.Batch<Candidate> batch = Documents.parse(SOURCE, posting, "body.jsonld", Candidate.class);

        assertEquals(List.of(), batch.records());
        String message = batch.errors().get(0).message();
        assertTrue(message.contains("vacancy") && message.contains("expected a candidate"), message);
    }

    @Test
    void eitherKind_isDecidedPerDocument() {
        Documents.Batch<Object> batch = Documents.parse(SOURCE, utf8(String.join("\n",
                "{\"id\": \"vac-e1\", \"title\": \"ML Engineer\", \"requiredSkills\": [\"Python\"]}",
                "{\"id\": \"cand-e1\", \"headline\": \"ML Engineer\", \"skills\": [\"Python\"]}")), "body.jsonl",
                Object.class);

        assertEquals(List.of(), batch.errors());
        assertInstanceOf(Vacancy.class, batch.records().get(0).record());
        assertInstanceOf(Candidate.class, batch.records().get(1).record());
    }

    @ParameterizedTest
    @ValueSource(strings = {"body.xml", "body"})
    void unknownExtension_isAnErrorListingTheKnownOnes(String fileName) {
        Documents.Batch<Candidate> batch = Documents.parse(SOURCE, utf8("{}"), fileName, Candidate.class);

        assertEquals(List.of(), batch.records());
        assertTrue(batch.errors().get(0).message().contains(".jsonl"), batch.errors().get(0).message());
    }

    @Test
    void plainText_isReadAsAResumeNamedAfterTheFile() {
        Documents.Batch<Candidate> batch = Documents.parse(SOURCE,
                utf8("Senior ML engineer\n\nSkills\nPython, PyTorch\n"), "cv.txt", Candidate.class);

        assertEquals(List.of(), batch.errors());
        Candidate cv = batch.records().get(0).record();
        assertEquals("cv", cv.id());
        assertEquals("Senior ML engineer", cv.headline());
        assertEquals(SOURCE, batch.records().get(0).source());
    }

    @Test
    void plainTextWithoutAnythingToRead_isAnErrorNamingTheSource() {
        Documents.Batch<Object> batch = Documents.parse(SOURCE, utf8("Thank you for your time."), "note.md", Object.class);

        assertEquals(List.of(), batch.records());
        assertEquals(SOURCE, batch.errors().get(0).source());
        assertEquals("line 1", batch.errors().get(0).location());
    }

    @Test
    void otherRecordType_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Documents.parse(SOURCE, utf8("{}"), "body.json", String.class));

        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }
}
