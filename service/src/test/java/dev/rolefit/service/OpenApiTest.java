package dev.rolefit.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.rolefit.service.ServiceFixture.json;
import static dev.rolefit.service.ServiceFixture.sample;
import static dev.rolefit.service.ServiceFixture.send;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The OpenAPI document matches the service: every route is documented and every documented
 * operation is a route; every documented status code of every operation is provoked here and is
 * what the service answers, with a body that has the documented schema's required fields.
 */
class OpenApiTest {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String CANDIDATE = "{\"id\": \"c-api\", \"headline\": \"ML Engineer\", \"skills\": [\"Python\"]}";
    private static final String JSON_TYPE = "application/json";
    private static final AtomicInteger FRESH = new AtomicInteger();

    @TempDir
    static Path temp;
    private static JsonNode api;
    private static RolefitServer main;
    private static RolefitServer withFolder;
    private static RolefitServer tiny;
    private static RolefitServer refusing;
    private static Path rulesFolder;

    @BeforeAll
    static void start() throws Exception {
        try (InputStream in = RolefitServer.class.getResourceAsStream("openapi.json")) {
            api = ServiceFixture.JSON.readTree(in);
        }
        main = ServiceFixture.start(new ServiceFixture.Log(), b -> { });
        ServiceFixture.putSamples(main);
        rulesFolder = temp.resolve("rules");
        copy(Path.of("rules"), rulesFolder);
        withFolder = ServiceFixture.start(new ServiceFixture.Log(), b -> b.rules(rulesFolder));
        tiny = ServiceFixture.start(new ServiceFixture.Log(), b -> b.maxBodyBytes(64));
        refusing = ServiceFixture.start(new ServiceFixture.Log(), b -> { });
        refusing.refuseNewWork();
    }

    @AfterAll
    static void stop() {
        for (RolefitServer s : new RolefitServer[] {main, withFolder, tiny, refusing}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** "GET /candidates/{id}" for every operation the document lists. */
    private static List<String> documentedOperations() {
        List<String> ops = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    ops.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        });
        return ops;
    }

    private static JsonNode operation(String op) {
        String[] parts = op.split(" ", 2);
        return api.path("paths").path(parts[1]).path(parts[0].toLowerCase());
    }

    /** How to make each operation answer each status, on a server where it must. */
    private static Map<String, Supplier<HttpResponse<String>>> cases() {
        Map<String, Supplier<HttpResponse<String>>> c = new LinkedHashMap<>();
        for (String path : List.of("/health", "/openapi.json", "/rules/version")) {
            c.put("GET " + path + " 200", () -> send(main, "GET", path, null, null));
            c.put("GET " + path + " 400", () -> send(main, "GET", path + "?unknown=1", null, null));
        }
        c.put("POST /rules/reload 200", () -> send(withFolder, "POST", "/rules/reload", null, null));
        c.put("POST /rules/reload 400", () -> send(main, "POST", "/rules/reload?force=true", null, null));
        c.put("POST /rules/reload 409", () -> send(main, "POST", "/rules/reload", null, null));
        c.put("POST /rules/reload 422", OpenApiTest::reloadWithoutTheFolder);
        c.put("POST /match 200", () -> send(main, "POST", "/match", sample("candidates/cand-004.json"), JSON_TYPE));
        c.put("POST /match 400", () -> send(main, "POST", "/match", "{\"id\": ", JSON_TYPE));
        c.put("POST /match 413", () -> send(tiny, "POST", "/match", sample("candidates/cand-004.json"), JSON_TYPE));
        c.put("GET /search 200", () -> send(main, "GET", "/search?q=PyTorch%20k8s&top=3", null, null));
        c.put("GET /search 400", () -> send(main, "GET", "/search?q=PyTorch%20AND%20(k8s", null, null));
        c.put("POST /profiles 200", () -> send(main, "POST", "/profiles", sample("vacancies/vac-003.json"), JSON_TYPE));
        c.put("POST /profiles 400", () -> send(main, "POST", "/profiles", "[]", JSON_TYPE));
        c.put("POST /profiles 413", () -> send(tiny, "POST", "/profiles", sample("vacancies/vac-003.json"), JSON_TYPE));
        for (String kind : List.of("candidates", "vacancies")) {
            String stored = kind.equals("candidates") ? "cand-001" : "vac-001";
            String body = kind.equals("candidates") ? CANDIDATE : "{\"title\": \"ML Engineer\"}";
            String doc = "/" + kind + "/{id}";
            c.put("GET " + doc + " 200", () -> send(main, "GET", "/" + kind + "/" + stored, null, null));
            c.put("GET " + doc + " 400", () -> send(main, "GET", "/" + kind + "/" + stored + "?fields=id", null, null));
            c.put("GET " + doc + " 404", () -> send(main, "GET", "/" + kind + "/none", null, null));
            c.put("PUT " + doc + " 200", () -> {
                send(main, "PUT", "/" + kind + "/again", body.replace("c-api", "again"), JSON_TYPE);
                return send(main, "PUT", "/" + kind + "/again", body.replace("c-api", "again"), JSON_TYPE);
            });
            c.put("PUT " + doc + " 201", () -> {
                String id = "fresh-" + FRESH.incrementAndGet();
                return send(main, "PUT", "/" + kind + "/" + id, body.replace("c-api", id), JSON_TYPE);
            });
            c.put("PUT " + doc + " 400", () -> send(main, "PUT", "/" + kind + "/x", "{\"id\": \"y\"}", JSON_TYPE));
            c.put("PUT " + doc + " 413", () -> send(tiny, "PUT", "/" + kind + "/x", body + " ".repeat(100), JSON_TYPE));
            c.put("DELETE " + doc + " 204", () -> {
                String id = "gone-" + FRESH.incrementAndGet();
                send(main, "PUT", "/" + kind + "/" + id, body.replace("c-api", id), JSON_TYPE);
                return send(main, "DELETE", "/" + kind + "/" + id, null, null);
            });
            c.put("DELETE " + doc + " 400", () -> send(main, "DELETE", "/" + kind + "/x?really=yes", null, null));
            c.put("DELETE " + doc + " 404", () -> send(main, "DELETE", "/" + kind + "/none", null, null));
            String matches = doc + "/matches";
            c.put("GET " + matches + " 200", () -> send(main, "GET", "/" + kind + "/" + stored + "/matches?top=3", null, null));
            c.put("GET " + matches + " 400", () -> send(main, "GET", "/" + kind + "/" + stored + "/matches?top=-1", null, null));
            c.put("GET " + matches + " 404", () -> send(main, "GET", "/" + kind + "/none/matches", null, null));
        }
        for (String op : documentedOperations()) {
            String[] parts = op.split(" ", 2);
            String concrete = parts[1].replace("{id}", "any");
            c.put(op + " 503", () -> send(refusing, parts[0], concrete, parts[0].equals("PUT") || parts[0].equals("POST")
                    ? CANDIDATE : null, JSON_TYPE));
        }
        return c;
    }

    /** A rules folder that cannot be read: the running rules stay. */
    private static HttpResponse<String> reloadWithoutTheFolder() {
        Path away = rulesFolder.resolveSibling("rules-away");
        try {
            Files.move(rulesFolder, away, StandardCopyOption.ATOMIC_MOVE);
            try {
                return send(withFolder, "POST", "/rules/reload", null, null);
            } finally {
                Files.move(away, rulesFolder, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyRoute_isDocumented_andEveryDocumentedOperation_isARoute() {
        TreeSet<String> routes = new TreeSet<>();
        main.routes().forEach(r -> routes.add(r.method() + " " + r.template()));

        assertEquals(routes, new TreeSet<>(documentedOperations()));
    }

    @Test
    void everyDocumentedStatus_hasACase_andEveryCaseIsDocumented() {
        TreeSet<String> documented = new TreeSet<>();
        for (String op : documentedOperations()) {
            operation(op).path("responses").fieldNames().forEachRemaining(status -> documented.add(op + " " + status));
        }

        assertEquals(documented, new TreeSet<>(cases().keySet()));
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedStatus_isWhatTheServiceAnswers() {
        return cases().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String[] parts = e.getKey().split(" ");
            int status = Integer.parseInt(parts[2]);
            HttpResponse<String> response = e.getValue().get();

            assertEquals(status, response.statusCode(),
                    response.body().substring(0, Math.min(500, response.body().length())));
            JsonNode documented = resolve(operation(parts[0] + " " + parts[1]).path("responses").path(parts[2]));
            JsonNode content = documented.path("content").path("application/json");
            if (content.isMissingNode()) {
                assertEquals("", response.body());
                return;
            }
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode body = json(response);
            JsonNode schema = resolve(content.path("schema"));
            for (JsonNode required : schema.path("required")) {
                assertTrue(body.has(required.asText()), "'" + required.asText() + "' is missing from " + response.body());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedQueryParameter_isAccepted() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String op : documentedOperations()) {
            for (JsonNode p : operation(op).path("parameters")) {
                JsonNode param = resolve(p);
                if (!param.path("in").asText().equals("query")) {
                    continue;
                }
                String name = param.path("name").asText();
                // The operation's other required parameters come along (GET /search needs q).
                StringBuilder others = new StringBuilder();
                for (JsonNode o : operation(op).path("parameters")) {
                    JsonNode other = resolve(o);
                    if (other.path("in").asText().equals("query") && other.path("required").asBoolean()
                            && !other.path("name").asText().equals(name)) {
                        others.append("&").append(other.path("name").asText()).append("=").append(example(other.path("schema")));
                    }
                }
                tests.add(DynamicTest.dynamicTest(op + " ?" + name, () -> {
                    String[] parts = op.split(" ", 2);
                    String path = parts[1].replace("{id}", parts[1].startsWith("/candidates") ? "cand-002" : "vac-002");
                    HttpResponse<String> r = send(main, parts[0], path + "?" + name + "=" + example(param.path("schema")) + others,
                            sample("candidates/cand-002.json"), JSON_TYPE);

                    assertEquals(200, r.statusCode(), r.body());
                }));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    private static String example(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(schema.path("enum").size() - 1).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> "2";
            case "boolean" -> "true";
            default -> "x";
        };
    }

    @Test
    void everyReference_resolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(api, refs);

        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertFalse(resolve(ServiceFixture.JSON.createObjectNode().put("$ref", ref)).isMissingNode(), ref);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collectRefs(it.next(), refs);
        }
    }

    /** Follows a local "$ref" ("#/components/…"), once. */
    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = api;
        for (String part : node.path("$ref").asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
