package dev.rolefit.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static dev.rolefit.service.ServiceFixture.get;
import static dev.rolefit.service.ServiceFixture.send;
import static org.junit.jupiter.api.Assertions.*;

/** The access log: method, path, status, duration and ids; never names, emails, query strings or bodies. */
class AccessLogTest {
    private static final Pattern LINE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z (GET|PUT|POST|DELETE|PATCH) (/\\S*|-) (\\d{3}|-) \\d+\\.\\dms( ids=\\S+)?( error=\\w+)?");
    private static final String NAME = "Marguerite Vandenbroucke";
    private static final String EMAIL = "marguerite.v@example.org";
    private static final String PHONE = "+32 475 12 34 56";
    private static final String SUMMARY = "Confidential summary about fraud models";
    private static final String PERSON = "{\"id\": \"cand-log\", \"name\": \"" + NAME + "\", \"email\": \"" + EMAIL
            + "\", \"phone\": \"" + PHONE + "\", \"headline\": \"ML Engineer\", \"summary\": \"" + SUMMARY
            + "\", \"skills\": [\"Python\", \"PyTorch\"]}";
    private static final ServiceFixture.Log LOG = new ServiceFixture.Log();
    private static RolefitServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServiceFixture.start(LOG, b -> { });
        send(server, "PUT", "/vacancies/vac-log", ServiceFixture.sample("vacancies/vac-001.json")
                .replace("\"vac-001\"", "\"vac-log\""), "application/json");
        send(server, "PUT", "/candidates/cand-log", PERSON, "application/json");
        send(server, "GET", "/candidates/cand-log", null, null);
        send(server, "POST", "/match?top=3", PERSON, "application/json");
        send(server, "POST", "/profiles", PERSON, null);
        send(server, "GET", "/vacancies/vac-log/matches", null, null);
        // bad input that the error answers quote back; the log must not
        send(server, "PUT", "/candidates/cand-bad", "{\"id\": \"cand-bad\", \"name\": \"" + NAME
                + "\", \"employmentTypes\": [\"" + EMAIL + "\"]}", "application/json");
        send(server, "POST", "/match?top=" + EMAIL.replace("@", "%40"), PERSON, "application/json");
        send(server, "POST", "/match", "{\"name\": \"" + NAME + "\", broken", "application/json");
        get(server, "/" + EMAIL);
        send(server, "DELETE", "/candidates/cand-log", null, null);
        awaitLines(11);
    }

    /** A line is written as its answer goes out, so it may trail the client by a moment. */
    private static void awaitLines(int count) throws InterruptedException {
        for (int i = 0; i < 500 && LOG.accessLines().size() < count; i++) {
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyRequest_hasOneLineWithMethodPathStatusDurationAndIds() {
        List<String> lines = LOG.accessLines();

        assertTrue(lines.size() >= 11, String.join("\n", lines));
        for (String line : lines) {
            assertTrue(LINE.matcher(line).matches(), line);
        }
        for (String expected : List.of(" PUT /candidates/cand-log 201 [0-9.]+ms ids=cand-log",
                " GET /candidates/cand-log 200 [0-9.]+ms ids=cand-log",
                " POST /match 200 [0-9.]+ms ids=cand-log",
                " POST /profiles 200 [0-9.]+ms ids=cand-log",
                " GET /vacancies/vac-log/matches 200 [0-9.]+ms ids=vac-log",
                " PUT /candidates/cand-bad 400 [0-9.]+ms ids=cand-bad",
                " POST /match 400 [0-9.]+ms",
                " DELETE /candidates/cand-log 204 [0-9.]+ms ids=cand-log")) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(".*" + expected)), expected + " in\n" + String.join("\n", lines));
        }
    }

    @Test
    void noLine_carriesPersonalDataQueryStringsOrBodies() {
        String log = String.join("\n", LOG.lines);

        for (String secret : List.of(NAME, "Marguerite", EMAIL, "example.org", "%40", PHONE, SUMMARY, "ML Engineer",
                "PyTorch", "top=", "{", "\"")) {
            assertFalse(log.contains(secret), "the log contains '" + secret + "':\n" + log);
        }
    }

    @Test
    void unknownPath_isLoggedWithoutThePath() {
        assertTrue(LOG.accessLines().stream().anyMatch(l -> l.matches(".* GET - 404 .*")), LOG.lines.toString());
    }

    @Test
    void idsThatCouldBreakALine_areEncoded() throws Exception {
        send(server, "PUT", "/candidates/a%0Ab%20c", "{\"headline\": \"ML\"}", "application/json");
        awaitLines(12);

        String line = LOG.accessLines().stream().filter(l -> l.contains(" PUT /candidates/a%0Ab%20c ")).findFirst()
                .orElseThrow();
        assertTrue(line.endsWith("ids=a%0Ab+c"), line);
    }
}
