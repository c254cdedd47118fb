package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each document's format is detected; foreign documents get ids and sources, and the same clear errors as native JSON. */
class DocumentFormatsTest {
    private static final Path FORMATS = Path.of("samples/formats");

    private static Documents.Batch<Object> any(Path dir, String name, String content) throws Exception {
        return Documents.any(List.of(Files.writeString(dir.resolve(name), content)));
    }

    private static List<String> ids(Documents.Batch<?> batch) {
        return batch.records().stream().map(r -> r.record() instanceof Candidate c ? c.id() : ((Vacancy) r.record()).id())
                .toList();
    }

    @Nested
    class Samples {
        @Test
        void formatSamples_areReadWithoutErrorsAsTheirKinds() {
            Documents.Batch<Object> batch = Documents.any(List.of(FORMATS));

            assertEquals(List.of(), batch.errors());
            Map<String, String> kinds = batch.records().stream().collect(Collectors.toMap(
                    r -> r.record() instanceof Candidate c ? c.id() : ((Vacancy) r.record()).id(),
                    r -> r.record().getClass().getSimpleName()));
            assertEquals(Map.ofEntries(Map.entry("resume-anna-de-smet", "Candidate"),
                    Map.entry("resume-lotte-visser", "Candidate"), Map.entry("job-utrecht-ds", "Vacancy"),
                    Map.entry("AH-2025-031", "Vacancy"), Map.entry("jobposting-graph-amsterdam-1", "Vacancy"),
                    Map.entry("jobposting-graph-amsterdam-2", "Vacancy"), Map.entry("isar-mobility-117", "Vacancy"),
                    Map.entry("rive-gauche-analytics-42", "Vacancy"), Map.entry("resume-pieter-claes", "Candidate"),
                    Map.entry("resume-sofia-martens", "Candidate"), Map.entry("portline-2026-014", "Vacancy")), kinds);
        }

        @Test
        void readmeInAFolder_isDocumentationNotADocument() {
            Documents.Batch<Object> batch = Documents.any(List.of(FORMATS));

            assertTrue(Files.exists(FORMATS.resolve("README.md")));
            assertTrue(batch.errors().stream().noneMatch(e -> e.source().endsWith("README.md")), batch.errors()::toString);
            assertTrue(batch.records().stream().noneMatch(r -> r.source().endsWith("README.md")), "a README is no résumé");
        }

        @Test
        void formatSamples_keepTheirSourceFile() {
            Documents.Batch<Object> batch = Documents.any(List.of(FORMATS));

            for (Documents.Sourced<Object> r : batch.records()) {
                assertTrue(r.source().startsWith("samples/formats/"), r::toString);
            }
        }

        @Test
        void typedReads_takeTheirKindFromTheFolder() {
            Documents.Batch<Candidate> candidates = Documents.candidates(List.of(
                    FORMATS.resolve("resume-anna-de-smet.json"), FORMATS.resolve("resume-lotte-visser.json")));
            Documents.Batch<Vacancy> vacancies = Documents.vacancies(List.of(FORMATS.resolve("job-utrecht-ds.json"),
                    FORMATS.resolve("jobposting-brussels-mle.jsonld")));

            assertEquals(List.of(), candidates.errors());
            assertEquals(List.of(), vacancies.errors());
            assertEquals(2, candidates.records().size());
            assertEquals(2, vacancies.records().size());
        }

        @Test
        void convertedSamples_areProfiledByTheEngine() throws Exception {
            Documents.Batch<Object> batch = Documents.any(List.of(FORMATS));
            try (MatchEngine engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(Fixtures.AS_OF)
                    .threads(1).build()) {
                Map<String, Profile> profiles = batch.records().stream().map(r -> r.record() instanceof Candidate c
                        ? engine.profile(c) : engine.profile((Vacancy) r.record()))
                        .collect(Collectors.toMap(Profile::id, Function.identity()));

                assertAll(() -> assertEquals("ML_ENGINEER", profiles.get("resume-anna-de-smet").roleFamily()),
                        () -> assertEquals(110000.0, profiles.get("AH-2025-031").salaryYearlyEur()),
                        () -> assertTrue(profiles.get("resume-anna-de-smet").skills().contains("PyTorch"),
                                profiles.get("resume-anna-de-smet")::toString),
                        () -> assertEquals("DATA_SCIENTIST", profiles.get("resume-pieter-claes").roleFamily()),
                        () -> assertEquals("ML_ENGINEER", profiles.get("resume-sofia-martens").roleFamily()),
                        () -> assertEquals("AI_INFRASTRUCTURE_ENGINEER", profiles.get("portline-2026-014").roleFamily()),
                        () -> assertEquals(11, profiles.size()));
            }
        }
    }

    @Nested
    class Detection {
        @Test
        void basicsOrWork_isAJsonResume(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "mixed.json", """
                    [{"basics": {"name": "Jo", "label": "Data Analyst"}},
                     {"work": [{"name": "Acme", "position": "Analyst", "startDate": "2020-01"}]}]""");

            assertEquals(List.of(), batch.errors());
            assertInstanceOf(Candidate.class, batch.records().get(0).record());
            assertInstanceOf(Candidate.class, batch.records().get(1).record());
            assertEquals("Analyst", ((Candidate) batch.records().get(1).record()).experience().get(0).title());
        }

        @Test
        void titleWithCompanyOrQualifications_isAJsonResumeJob(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "jobs.json", """
                    [{"title": "ML Engineer", "company": "Acme"},
                     {"title": "Data Scientist", "qualifications": ["R", "Statistics"]},
                     {"title": "Platform Engineer", "responsibilities": "Run the GPU cluster"}]""");

            assertEquals(List.of(), batch.errors());
            assertEquals(List.of("jobs-1", "jobs-2", "jobs-3"), ids(batch));
            batch.records().forEach(r -> assertInstanceOf(Vacancy.class, r.record()));
            assertEquals("Acme", ((Vacancy) batch.records().get(0).record()).organization());
        }

        @Test
        void nativeFields_keepANativeVacancyNativeEvenWithACompany(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "native.json", """
                    {"id": "vac-n", "title": "ML Engineer", "company": "Acme", "requiredSkills": ["Python"]}""");

            Vacancy vacancy = (Vacancy) batch.records().get(0).record();
            assertEquals("vac-n", vacancy.id());
            assertEquals(List.of("Python"), vacancy.requiredSkills());
            assertEquals("Acme", vacancy.otherFields().get("company"), "native JSON keeps fields it does not know");
        }

        @Test
        void schemaOrgTypeInAnyForm_isAJobPosting(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "typed.jsonld", """
                    [{"@type": ["JobPosting"], "title": "ML Engineer"},
                     {"@type": "schema:JobPosting", "title": "Data Scientist"},
                     {"@type": "http://schema.org/JobPosting", "title": "MLOps Engineer"}]""");

            assertEquals(List.of(), batch.errors());
            assertEquals(List.of("typed-1", "typed-2", "typed-3"), ids(batch));
        }

        @Test
        void jsonLdWithoutJobPosting_isAnError(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "org.jsonld", """
                    {"@context": "https://schema.org", "@type": "Organization", "name": "Acme"}""");

            assertEquals(List.of(), batch.records());
            assertEquals("a schema.org Organization, not a JobPosting; rolefit reads JobPosting nodes from JSON-LD",
                    batch.errors().get(0).message());
        }

        @Test
        void resumeWithNativeFields_isAnErrorRatherThanAGuess(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "both.json", """
                    {"id": "cand-b", "headline": "ML Engineer", "basics": {"name": "Jo"}}""");

            assertEquals(List.of(), batch.records());
            assertTrue(batch.errors().get(0).message().contains("mixes JSON Resume fields (basics, work) with native"
                    + " fields (headline)"), batch.errors()::toString);
        }

        @Test
        void resumeReadAsVacancies_isAnErrorNamingBothKinds(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Jo\"}}");

            Documents.Batch<Vacancy> batch = Documents.vacancies(List.of(file));

            assertEquals(List.of(), batch.records());
            assertEquals("a JSON Resume is a candidate; expected a vacancy", batch.errors().get(0).message());
        }

        @Test
        void jobPostingReadAsCandidates_isAnError() {
            Documents.Batch<Candidate> batch = Documents.candidates(List.of(FORMATS.resolve("jobposting-brussels-mle.jsonld")));

            assertEquals(List.of(), batch.records());
            assertEquals("a schema.org JobPosting is a vacancy; expected a candidate", batch.errors().get(0).message());
        }
    }

    @Nested
    class IdsAndSources {
        @Test
        void documentWithAnId_keepsIt(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "resume.json", "{\"id\": \"cand-77\", \"basics\": {\"name\": \"Jo\"}}");

            assertEquals(List.of("cand-77"), ids(batch));
        }

        @Test
        void jsonLinesWithoutIds_areNamedAfterFileAndLine(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "resumes.jsonl", """
                    {"basics": {"name": "Jo", "label": "Data Analyst"}}

                    {"basics": {"name": "An", "label": "ML Engineer"}}
                    """);

            assertEquals(List.of("resumes-1", "resumes-3"), ids(batch));
            assertEquals(List.of("line 1", "line 3"), batch.records().stream().map(Documents.Sourced::location).toList());
        }

        @Test
        void badRecordInAnArray_isOneErrorAndTheRestIsRead(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "team.json", """
                    [{"basics": {"name": "Jo", "label": "Data Analyst"}},
                     {"basics": {"name": "An", "label": "ML Engineer"},
                      "languages": [{"language": "Klingon", "fluency": "Native speaker"}]},
                     {"basics": {"name": "Bo", "label": "Data Scientist"}}]""");

            assertEquals(List.of("team-1", "team-3"), ids(batch));
            InputError e = batch.errors().get(0);
            assertAll(() -> assertEquals(1, batch.errors().size()),
                    () -> assertTrue(e.source().endsWith("team.json")),
                    () -> assertEquals("line 3, column 30 ($[1].languages[0].language)", e.location()),
                    () -> assertTrue(e.message().contains("'Klingon'"), e::toString));
        }

        @Test
        void errorInAJsonLinesDocument_namesLineColumnAndPath(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "jobs.jsonl", String.join("\n",
                    "{\"title\": \"ML Engineer\", \"company\": \"Acme\", \"salary\": \"€60k - €75k\"}",
                    "{\"title\": \"Data Scientist\", \"company\": \"Acme\", \"salary\": \"€1.234 per month\"}"));

            assertEquals(List.of("jobs-1"), ids(batch));
            InputError e = batch.errors().get(0);
            assertEquals("line 2, column 58 ($.salary)", e.location());
            assertTrue(e.message().startsWith("salary '€1.234 per month' is ambiguous"), e.message());
        }

        @Test
        void nativeErrors_keepTheirLineColumnAndPath(@TempDir Path dir) throws Exception {
            Documents.Batch<Object> batch = any(dir, "native.json", """
                    {"id": "vac-x",
                     "title": "ML Engineer",
                     "employmentType": "Sometimes"}""");

            assertEquals("line 3, column 20 ($.employmentType)", batch.errors().get(0).location());
            assertTrue(batch.errors().get(0).message().contains("'Sometimes'"), batch.errors()::toString);
        }
    }
}
