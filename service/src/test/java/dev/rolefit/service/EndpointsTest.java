package dev.rolefit.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.engine.Documents;
import dev.rolefit.model.InputError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.rolefit.service.ServiceFixture.get;
import static dev.rolefit.service.ServiceFixture.json;
import static dev.rolefit.service.ServiceFixture.sample;
import static dev.rolefit.service.ServiceFixture.send;
import static org.junit.jupiter.api.Assertions.*;

/** Every endpoint, against one server holding the samples: status codes and bodies. */
class EndpointsTest {
    private static final String JSON_TYPE = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    private static final ServiceFixture.Log LOG = new ServiceFixture.Log();
    private static RolefitServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServiceFixture.start(LOG, b -> { });
        ServiceFixture.putSamples(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String path, String body, String type) {
        return send(server, "POST", path, body, type);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static String candidate(String id, String headline) {
        return "{\"id\": \"" + id + "\", \"headline\": \"" + headline + "\", \"skills\": [\"Python\", \"PyTorch\", \"MLOps\"],"
                + " \"location\": {\"city\": \"Brussels\", \"countryCode\": \"BE\"}, \"employmentTypes\": [\"FULL_TIME\"]}";
    }

    @Nested
    class Health {
        @Test
        void health_countsTheStoredDocumentsAndNamesTheRules() {
            HttpResponse<String> r = get(server, "/health");

            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode body = json(r);
            assertEquals("UP", body.path("status").asText());
            assertTrue(body.path("candidates").asInt() >= 25, r.body());
            assertTrue(body.path("vacancies").asInt() >= 12, r.body());
            assertEquals(server.engine().rulesetVersion(), body.path("rulesetVersion").asText());
            assertEquals("2026-11", body.path("asOf").asText());
            assertFalse(body.path("persistent").asBoolean());
        }

        @Test
        void unknownQueryParameter_is400NamingIt() {
            HttpResponse<String> r = get(server, "/health?verbose=1");

            assertEquals(400, r.statusCode());
            JsonNode error = json(r).path("errors").get(0);
            assertEquals("query", error.path("source").asText());
            assertEquals("verbose", error.path("location").asText());
        }

        @Test
        void rulesVersion_isTheEngines() {
            HttpResponse<String> r = get(server, "/rules/version");

            assertEquals(200, r.statusCode());
            assertTrue(json(r).path("rulesetVersion").asText().startsWith("sha256:"), r.body());
        }

        @Test
        void reloadWithTheBuiltInRules_is409() {
            HttpResponse<String> r = post("/rules/reload", null, null);

            assertEquals(409, r.statusCode());
            assertTrue(json(r).path("message").asText().contains("--rules"), r.body());
        }

        @Test
        void openApi_isServedAsJson() {
            HttpResponse<String> r = get(server, "/openapi.json");

            assertEquals(200, r.statusCode());
            assertTrue(json(r).path("openapi").asText().startsWith("3."), r.body());
        }
    }

    @Nested
    class Routing {
        @Test
        void unknownPath_is404() {
            HttpResponse<String> r = get(server, "/nothing/here");

            assertEquals(404, r.statusCode());
            assertEquals(404, json(r).path("status").asInt());
            assertEquals("Not Found", json(r).path("error").asText());
        }

        @Test
        void knownPathWithAnotherMethod_is405WithAllow() {
            HttpResponse<String> r = send(server, "PATCH", "/candidates/cand-001", "{}", JSON_TYPE);

            assertEquals(405, r.statusCode());
            assertEquals("DELETE, GET, PUT", r.headers().firstValue("Allow").orElse(""));
        }

        @Test
        void trailingSlash_isAnotherPath() {
            assertEquals(404, get(server, "/health/").statusCode());
        }
    }

    @Nested
    class Match {
        @Test
        void postedCandidate_isRankedAgainstStoredVacancies_withReasons() {
            HttpResponse<String> r = post("/match", sample("candidates/cand-001.json"), JSON_TYPE);

            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = json(r);
            assertEquals(server.engine().rulesetVersion(), body.path("rulesetVersion").asText());
            assertEquals("indexed", body.path("mode").asText());
            assertEquals("candidate", body.path("per").asText(), "a list per posted document by default");
            assertEquals("2026-11", body.path("asOf").asText());
            JsonNode matches = body.path("matches");
            assertTrue(matches.size() > 0, r.body());
            for (int i = 0; i < matches.size(); i++) {
                assertEquals("cand-001", matches.get(i).path("candidateId").asText());
                assertEquals(i + 1, matches.get(i).path("rank").asInt());
                assertTrue(matches.get(i).path("reasons").size() > 0);
                assertNotEquals("REJECTED", matches.get(i).path("verdict").asText());
            }
            assertEquals(0, body.path("errors").size());
        }

        @Test
        void postedCandidate_getsTheSameListAsTheStoredOne() {
            JsonNode posted = json(post("/match?mode=exhaustive&includeRejected=true",
                    sample("candidates/cand-003.json"), JSON_TYPE)).path("matches");
            JsonNode stored = json(get(server, "/candidates/cand-003/matches?mode=exhaustive&includeRejected=true"))
                    .path("matches");

            assertEquals(stored, posted);
        }

        @Test
        void postedVacancy_isRankedAgainstStoredCandidates() {
            HttpResponse<String> r = post("/match?top=3", sample("vacancies/vac-001.json"), JSON_TYPE);

            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = json(r);
            assertEquals("vacancy", body.path("per").asText());
            assertTrue(body.path("matches").size() > 0 && body.path("matches").size() <= 3, r.body());
            assertEquals(List.of("vac-001"), texts(body.path("matches"), "vacancyId").stream().distinct().toList());
        }

        @Test
        void severalCandidatesAsJsonLines_perVacancy_groupsThePostedOnesUnderEachStoredVacancy() {
            String body = candidate("p-1", "Machine Learning Engineer") + "\n" + candidate("p-2", "MLOps Engineer") + "\n";

            HttpResponse<String> r = post("/match?per=vacancy&includeRejected=true", body, NDJSON);

            assertEquals(200, r.statusCode(), r.body());
            JsonNode matches = json(r).path("matches");
            assertEquals("vacancy", json(r).path("per").asText());
            assertTrue(texts(matches, "candidateId").containsAll(List.of("p-1", "p-2")), r.body());
            assertEquals(1, matches.get(0).path("rank").asInt());
            String firstVacancy = matches.get(0).path("vacancyId").asText();
            assertEquals(2, texts(matches, "vacancyId").stream().filter(firstVacancy::equals).count(),
                    "both posted candidates are ranked within the first vacancy's list");
        }

        @Test
        void bodyWithoutContentType_thatIsSeveralLines_isReadAsJsonLines() {
            String body = candidate("p-3", "ML Engineer") + "\n" + candidate("p-4", "ML Engineer");

            HttpResponse<String> r = post("/match", body, null);

            assertEquals(200, r.statusCode(), r.body());
            assertTrue(texts(json(r).path("matches"), "candidateId").containsAll(List.of("p-3", "p-4")), r.body());
        }

        @Test
        void jsonResume_isReadLikeAFile() {
            HttpResponse<String> r = post("/match", sample("formats/resume-anna-de-smet.json"), JSON_TYPE);

            assertEquals(200, r.statusCode(), r.body());
            assertEquals(0, json(r).path("errors").size(), r.body());
        }

        @Test
        void postedDocument_isNeitherStoredNorReplacesAStoredOneWithItsId() {
            String before = get(server, "/candidates/cand-002").body();

            post("/match", candidate("cand-002", "Someone else entirely"), JSON_TYPE);

            assertEquals(before, get(server, "/candidates/cand-002").body());
            assertEquals(404, get(server, "/candidates/p-unstored").statusCode());
            post("/match", candidate("p-unstored", "ML Engineer"), JSON_TYPE);
            assertEquals(404, get(server, "/candidates/p-unstored").statusCode());
        }

        @Test
        void answers_neverShowTheReservedQueryIds() {
            HttpResponse<String> r = post("/match?per=vacancy&includeRejected=true&mode=exhaustive",
                    candidate("p-5", "ML Engineer"), JSON_TYPE);

            assertFalse(r.body().contains(Queries.QUERY_PREFIX), r.body());
        }

        @Test
        void oneBadLine_isAnErrorAndTheRestIsMatched() {
            String body = candidate("p-6", "ML Engineer") + "\n{\"id\": \"p-7\", \"employmentTypes\": [\"Sometimes\"]}\n";

            HttpResponse<String> r = post("/match", body, NDJSON);

            assertEquals(200, r.statusCode(), r.body());
            JsonNode error = json(r).path("errors").get(0);
            assertEquals("request body", error.path("source").asText());
            assertTrue(error.path("location").asText().startsWith("line 2"), r.body());
            assertTrue(error.path("message").asText().contains("Sometimes"), r.body());
        }

        @Test
        void malformedJson_is400WithTheSameDetailsAsTheCommandLine(@TempDir Path dir) throws Exception {
            String broken = "{\"id\": \"cand-x\",\n  \"headline\": \"ML\"\n  \"skills\": []}";
            Path file = Files.writeString(dir.resolve("broken.json"), broken);
            InputError cli = Documents.any(List.of(file)).errors().get(0);

            HttpResponse<String> r = post("/match", broken, JSON_TYPE);

            assertEquals(400, r.statusCode(), r.body());
            JsonNode error = json(r).path("errors").get(0);
            assertEquals("request body", error.path("source").asText());
            assertEquals(cli.location(), error.path("location").asText());
            assertEquals(cli.message(), error.path("message").asText());
        }

        @Test
        void emptyBody_is400() {
            HttpResponse<String> r = post("/match", "", JSON_TYPE);

            assertEquals(400, r.statusCode());
            assertTrue(json(r).path("errors").size() > 0, r.body());
        }

        @Test
        void candidatesAndVacanciesTogether_is400() {
            HttpResponse<String> r = post("/match", "[" + candidate("p-8", "ML Engineer") + ","
                    + sample("vacancies/vac-002.json") + "]", JSON_TYPE);

            assertEquals(400, r.statusCode());
            assertTrue(json(r).path("message").asText().contains("one kind"), r.body());
        }

        @Test
        void duplicateIdInOneBody_isAnErrorAndTheFirstIsMatched() {
            String body = candidate("p-9", "ML Engineer") + "\n" + candidate("p-9", "Data Scientist");

            HttpResponse<String> r = post("/match?includeRejected=true", body, NDJSON);

            assertEquals(200, r.statusCode(), r.body());
            assertTrue(json(r).path("errors").get(0).path("message").asText().contains("duplicate id 'p-9'"), r.body());
        }

        @Test
        void badQueryParameters_are400NamingEachOne() {
            HttpResponse<String> r = post("/match?per=team&top=-1&includeRejected=maybe&mode=fast",
                    sample("candidates/cand-001.json"), JSON_TYPE);

            assertEquals(400, r.statusCode());
            assertEquals(List.of("per", "top", "includeRejected", "mode"), texts(json(r).path("errors"), "location"));
        }

        @Test
        void topAndIncludeRejected_shapeTheList() {
            JsonNode all = json(post("/match?includeRejected=true&mode=exhaustive",
                    sample("candidates/cand-001.json"), JSON_TYPE)).path("matches");
            JsonNode top2 = json(post("/match?top=2&mode=exhaustive", sample("candidates/cand-001.json"), JSON_TYPE))
                    .path("matches");

            assertEquals(json(get(server, "/health")).path("vacancies").asInt(), all.size(),
                    "exhaustive with rejected scores every stored vacancy");
            assertEquals(2, top2.size());
            assertEquals(all.get(0).path("vacancyId"), top2.get(0).path("vacancyId"));
        }
    }

    @Nested
    class Search {
        @Test
        void search_findsStoredCandidatesBySynonymWithWhereTheyMatched() {
            HttpResponse<String> r = send(server, "GET", "/search?q=k8s%20city:Brussels", null, null);

            assertEquals(200, r.statusCode(), r.body());
            JsonNode result = json(r);
            assertTrue(result.path("total").asInt() > 0, r.body());
            assertTrue(result.path("hits").get(0).path("matched").get(0).asText().startsWith("Kubernetes ("), r.body());
        }

        @Test
        void vacancies_areSearchedWithKindVacancy() {
            HttpResponse<String> r = send(server, "GET", "/search?q=Terraform&kind=vacancy", null, null);

            assertEquals(200, r.statusCode(), r.body());
            assertEquals("VACANCY", json(r).path("kind").asText());
        }

        @Test
        void queryThatDoesNotParse_is400PointingAtThePosition() {
            HttpResponse<String> r = send(server, "GET", "/search?q=PyTorch%20AND%20(k8s", null, null);

            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("position 12"), r.body());
        }

        @Test
        void missingQuery_is400() {
            assertEquals(400, send(server, "GET", "/search", null, null).statusCode());
        }
    }

    @Nested
    class Profiles {
        @Test
        void eachDocument_getsItsProfile_withoutPersonalData() {
            String body = sample("candidates/cand-001.json").replace("\n", " ") + "\n"
                    + sample("vacancies/vac-001.json").replace("\n", " ") + "\n";

            HttpResponse<String> r = post("/profiles", body, NDJSON);

            assertEquals(200, r.statusCode(), r.body());
            JsonNode profiles = json(r).path("profiles");
            assertEquals(List.of("cand-001", "vac-001"), texts(profiles, "id"));
            assertEquals(List.of("CANDIDATE", "VACANCY"), texts(profiles, "kind"));
            assertFalse(r.body().contains("Pieter-Jan") || r.body().contains("example.com"), r.body());
        }

        @Test
        void noUsableDocument_is400() {
            HttpResponse<String> r = post("/profiles", "[1, 2]", JSON_TYPE);

            assertEquals(400, r.statusCode());
            assertEquals(2, json(r).path("errors").size(), r.body());
        }
    }

    @Nested
    class StoredDocuments {
        @Test
        void putNew_is201WithLocation_thenPutAgainIs200() {
            HttpResponse<String> created = send(server, "PUT", "/candidates/c-new", candidate("c-new", "ML Engineer"),
                    JSON_TYPE);
            HttpResponse<String> replaced = send(server, "PUT", "/candidates/c-new", candidate("c-new", "MLOps Engineer"),
                    JSON_TYPE);

            assertEquals(201, created.statusCode(), created.body());
            assertEquals("/candidates/c-new", created.headers().firstValue("Location").orElse(""));
            assertTrue(json(created).path("created").asBoolean());
            assertEquals("candidate", json(created).path("kind").asText());
            assertEquals(200, replaced.statusCode());
            assertFalse(json(replaced).path("created").asBoolean());
            assertEquals("MLOps Engineer", json(get(server, "/candidates/c-new")).path("headline").asText());
        }

        @Test
        void get_returnsTheDocumentInNativeJson() {
            HttpResponse<String> r = get(server, "/vacancies/vac-001");

            assertEquals(200, r.statusCode());
            assertEquals("vac-001", json(r).path("id").asText());
            assertTrue(json(r).path("requiredSkills").isArray());
        }

        @Test
        void unknownId_is404ForGetDeleteAndMatches() {
            assertEquals(404, get(server, "/candidates/none").statusCode());
            assertEquals(404, get(server, "/vacancies/none").statusCode());
            assertEquals(404, send(server, "DELETE", "/candidates/none", null, null).statusCode());
            assertEquals(404, send(server, "DELETE", "/vacancies/none", null, null).statusCode());
            assertEquals(404, get(server, "/candidates/none/matches").statusCode());
            HttpResponse<String> r = get(server, "/vacancies/none/matches");
            assertEquals(404, r.statusCode());
            assertTrue(json(r).path("message").asText().contains("'none'"), r.body());
        }

        @Test
        void delete_is204_andTheDocumentIsGone() {
            assertEquals(201, send(server, "PUT", "/vacancies/v-gone", "{\"title\": \"Data Engineer\"}", JSON_TYPE)
                    .statusCode());

            HttpResponse<String> r = send(server, "DELETE", "/vacancies/v-gone", null, null);

            assertEquals(204, r.statusCode());
            assertEquals("", r.body());
            assertEquals(404, get(server, "/vacancies/v-gone").statusCode());
        }

        @Test
        void bodyWithoutId_takesThePathsId() {
            HttpResponse<String> r = send(server, "PUT", "/vacancies/v-noid",
                    "{\"title\": \"Data Engineer\", \"requiredSkills\": [\"SQL\"]}", JSON_TYPE);

            assertEquals(201, r.statusCode(), r.body());
            assertEquals("v-noid", json(get(server, "/vacancies/v-noid")).path("id").asText());
        }

        @Test
        void jsonResumeWithoutId_isStoredUnderThePathsId() {
            HttpResponse<String> r = send(server, "PUT", "/candidates/anna", sample("formats/resume-anna-de-smet.json"),
                    JSON_TYPE);

            assertEquals(201, r.statusCode(), r.body());
            assertTrue(json(get(server, "/candidates/anna")).path("skills").size() > 0);
        }

        @Test
        void bodyWithAnotherId_is400NamingBoth() {
            HttpResponse<String> r = send(server, "PUT", "/candidates/c-path", candidate("c-body", "ML Engineer"),
                    JSON_TYPE);

            assertEquals(400, r.statusCode());
            String message = json(r).path("errors").get(0).path("message").asText();
            assertTrue(message.contains("'c-body'") && message.contains("'c-path'"), message);
            assertEquals(404, get(server, "/candidates/c-path").statusCode());
        }

        @Test
        void badValue_is400WithLineColumnAndPath() {
            HttpResponse<String> r = send(server, "PUT", "/vacancies/v-bad",
                    "{\"id\": \"v-bad\", \"title\": \"ML Engineer\",\n \"employmentType\": \"Sometimes\"}", JSON_TYPE);

            assertEquals(400, r.statusCode());
            JsonNode error = json(r).path("errors").get(0);
            assertEquals("request body", error.path("source").asText());
            assertTrue(error.path("location").asText().startsWith("line 2, column")
                    && error.path("location").asText().contains("$.employmentType"), r.body());
            assertTrue(error.path("message").asText().contains("Sometimes"), r.body());
        }

        @Test
        void aVacancyPutAsACandidate_is400() {
            HttpResponse<String> r = send(server, "PUT", "/candidates/vac-001", sample("formats/jobposting-brussels-mle.jsonld"),
                    "application/ld+json");

            assertEquals(400, r.statusCode(), r.body());
        }

        @Test
        void twoDocumentsInOnePut_is400() {
            HttpResponse<String> r = send(server, "PUT", "/candidates/c-two",
                    "[" + candidate("c-two", "A") + "," + candidate("c-two", "B") + "]", JSON_TYPE);

            assertEquals(400, r.statusCode());
            assertTrue(json(r).path("errors").get(0).path("message").asText().contains("takes one"), r.body());
        }

        @Test
        void documentTheRulesRefuse_is400AndNotStored() {
            HttpResponse<String> r = send(server, "PUT", "/candidates/c-xyz", "{\"id\": \"c-xyz\", \"headline\": \"ML\","
                    + " \"salaryExpectation\": {\"min\": 70000, \"currency\": \"XYZ\", \"period\": \"YEAR\"}}", JSON_TYPE);

            assertEquals(400, r.statusCode());
            assertTrue(json(r).path("errors").get(0).path("message").asText().contains("XYZ"), r.body());
            assertEquals(404, get(server, "/candidates/c-xyz").statusCode());
        }

        @Test
        void reservedIdPrefix_is400() {
            HttpResponse<String> r = send(server, "PUT", "/candidates/~query~1", candidate("~query~1", "ML"), JSON_TYPE);

            assertEquals(400, r.statusCode());
        }

        @Test
        void idWithSpacesAndSlashes_roundTripsPercentEncoded() {
            HttpResponse<String> r = send(server, "PUT", "/candidates/ext%2F42%20b", candidate("ext/42 b", "ML"), JSON_TYPE);

            assertEquals(201, r.statusCode(), r.body());
            assertEquals("/candidates/ext%2F42%20b", r.headers().firstValue("Location").orElse(""));
            assertEquals("ext/42 b", json(get(server, "/candidates/ext%2F42%20b")).path("id").asText());
        }

        @Test
        void storedVacancyMatches_listStoredCandidates() {
            HttpResponse<String> r = get(server, "/vacancies/vac-002/matches?top=5");

            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = json(r);
            assertEquals("vacancy", body.path("per").asText());
            assertTrue(body.path("matches").size() > 0 && body.path("matches").size() <= 5, r.body());
        }

        @Test
        void aPutCandidate_isMatchedByTheNextRequest() {
            send(server, "PUT", "/vacancies/v-fresh", "{\"id\": \"v-fresh\", \"title\": \"Machine Learning Engineer\","
                    + " \"requiredSkills\": [\"Python\", \"PyTorch\", \"MLOps\"], \"location\": {\"city\": \"Brussels\","
                    + " \"countryCode\": \"BE\"}}", JSON_TYPE);

            JsonNode matches = json(post("/match?includeRejected=true", candidate("p-10", "ML Engineer"), JSON_TYPE))
                    .path("matches");

            assertTrue(texts(matches, "vacancyId").contains("v-fresh"), matches.toString());
        }
    }
}
