package dev.rolefit.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.rolefit.service.ServiceFixture.get;
import static dev.rolefit.service.ServiceFixture.json;
import static dev.rolefit.service.ServiceFixture.send;
import static org.junit.jupiter.api.Assertions.*;

/** POST /rules/reload and --watch-rules on a service with a rules folder and a data folder. */
@Timeout(60)
class ReloadTest {
    @TempDir
    static Path temp;
    private static Path rules;
    private static Path watchedRules;
    private static Path data;
    private static RolefitServer server;
    private static RolefitServer watching;

    @BeforeAll
    static void start() throws Exception {
        rules = copyOfTheRules(temp.resolve("rules"));
        watchedRules = copyOfTheRules(temp.resolve("watched"));
        data = temp.resolve("data");
        server = ServiceFixture.start(new ServiceFixture.Log(), b -> b.rules(rules).data(data));
        ServiceFixture.putSamples(server);
        watching = ServiceFixture.start(new ServiceFixture.Log(), b -> b.rules(watchedRules).watchRules(true));
    }

    private static Path copyOfTheRules(Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    @AfterAll
    static void stop() {
        server.stop();
        watching.stop();
    }

    private static String version() {
        return version(server);
    }

    private static String version(RolefitServer s) {
        return json(get(s, "/rules/version")).path("rulesetVersion").asText();
    }

    @Test
    void changedRules_areSwappedIn_storedDocumentsStayMatched_andTheDataFolderRecordsTheVersion() throws Exception {
        Path drl = rules.resolve("skills.drl");
        String original = Files.readString(drl);
        String before = version();
        try {
            Files.writeString(drl, original + "\n// a comment changes the version, not the scores\n");

            HttpResponse<String> r = send(server, "POST", "/rules/reload", null, null);

            assertEquals(200, r.statusCode(), r.body());
            JsonNode event = json(r);
            assertTrue(event.path("applied").asBoolean());
            assertEquals(before, event.path("fromVersion").asText());
            String after = event.path("toVersion").asText();
            assertNotEquals(before, after);
            assertEquals(after, version());
            JsonNode matches = json(get(server, "/vacancies/vac-001/matches?top=3"));
            assertEquals(after, matches.path("rulesetVersion").asText());
            assertTrue(matches.path("matches").size() > 0);
            assertEquals(after, ServiceFixture.JSON.readTree(data.resolve("meta.json").toFile()).path("rulesetVersion").asText());
        } finally {
            Files.writeString(drl, original);
        }
    }

    @Test
    void brokenRule_is422WithFileAndLine_andTheRunningRulesStay() throws Exception {
        Path drl = rules.resolve("salary.drl");
        String original = Files.readString(drl);
        String before = version();
        try {
            Files.writeString(drl, original + "\nrule \"Broken on purpose\"\nwhen\n    $x : NoSuchFact(\nthen\nend\n");

            HttpResponse<String> r = send(server, "POST", "/rules/reload", null, null);

            assertEquals(422, r.statusCode(), r.body());
            JsonNode problem = json(r).path("problems").get(0);
            assertTrue(problem.path("file").asText().endsWith("salary.drl"), r.body());
            assertTrue(problem.path("line").asInt() > 0, r.body());
            assertTrue(json(r).path("message").asText().contains(before), r.body());
            assertEquals(before, version());
        } finally {
            Files.writeString(drl, original);
        }
    }

    @Test
    void watchedFolder_reloadsByItself() throws Exception {
        String before = version(watching);

        Files.writeString(watchedRules.resolve("role.drl"), "\n// touched\n", java.nio.file.StandardOpenOption.APPEND);
        for (int i = 0; i < 1500 && version(watching).equals(before); i++) {
            Thread.sleep(10);
        }

        assertNotEquals(before, version(watching));
    }
}
