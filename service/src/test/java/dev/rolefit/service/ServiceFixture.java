package dev.rolefit.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.engine.RuleBook;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.model.RolefitJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test servers on a free loopback port with the built-in rules compiled once per run, and an HTTP client for them. */
final class ServiceFixture {
    static final ObjectMapper JSON = RolefitJson.mapper();
    static final YearMonth AS_OF = YearMonth.of(2026, 11);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static RuleBook rules;

    private ServiceFixture() {
    }

    /** The built-in rules, compiled once for the whole test run. */
    static synchronized RuleBook rules() throws RuleSetException {
        if (rules == null) {
            rules = RuleBook.defaults();
        }
        return rules;
    }

    /** What a server wrote to its log, line by line. */
    static final class Log implements Consumer<String> {
        final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

        @Override
        public void accept(String line) {
            lines.add(line);
        }

        List<String> accessLines() {
            return lines.stream().filter(l -> !l.startsWith("rolefit serve:")).toList();
        }
    }

    /** A server with the built-in rules on a free port, as the test configures it further. */
    static RolefitServer start(Log log, Consumer<RolefitServer.Builder> configure) throws Exception {
        RolefitServer.Builder builder = RolefitServer.builder().port(0).rules(rules()).asOf(AS_OF).threads(2)
                .shutdownGrace(Duration.ofSeconds(2)).log(log);
        configure.accept(builder);
        return builder.start();
    }

    /** Puts every sample candidate and vacancy into the server, under its file name. */
    static void putSamples(RolefitServer server) throws IOException {
        for (String kind : List.of("candidates", "vacancies")) {
            try (Stream<Path> files = Files.list(Path.of("samples", kind))) {
                for (Path file : files.sorted().toList()) {
                    String id = file.getFileName().toString().replaceFirst("\\.json$", "");
                    HttpResponse<String> r = send(server, "PUT", "/" + kind + "/" + id, Files.readString(file),
                            "application/json");
                    assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
                }
            }
        }
    }

    static HttpResponse<String> get(RolefitServer server, String path) {
        return send(server, "GET", path, null, null);
    }

    static HttpResponse<String> send(RolefitServer server, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static String sample(String relative) {
        try {
            return Files.readString(Path.of("samples", relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
