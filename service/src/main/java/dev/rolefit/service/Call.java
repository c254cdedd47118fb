package dev.rolefit.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.net.httpserver.HttpExchange;
import dev.rolefit.model.InputError;
import dev.rolefit.model.RolefitJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request and its answer: the route it matched, its parameters and body, and what the access
 * log may say about it (the ids it concerned, never their contents).
 */
final class Call {
    static final ObjectWriter JSON = RolefitJson.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    static final String JSON_TYPE = "application/json; charset=utf-8";
    /** The source that input errors from a request body name. */
    static final String BODY = "request body";
    /** The source that errors in query parameters name. */
    static final String QUERY = "query";

    final HttpExchange exchange;
    final long startNanos;
    final long maxBodyBytes;
    private final Map<String, String> pathParams;
    private final List<String> logIds = new ArrayList<>();
    private int status;
    private boolean answered;

    Call(HttpExchange exchange, long startNanos, long maxBodyBytes, Map<String, String> pathParams) {
        this.exchange = exchange;
        this.startNanos = startNanos;
        this.maxBodyBytes = maxBodyBytes;
        this.pathParams = pathParams;
        String id = pathParams.get("id");
        if (id != null) {
            logIds.add(id);
        }
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** A path parameter, decoded: "{id}" of "/candidates/{id}". */
    String param(String name) {
        return pathParams.get(name);
    }

    /**
     * The query parameters, decoded; a parameter outside {@code allowed}, or given twice, is a 400
     * naming it.
     */
    Map<String, String> query(List<String> allowed) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        List<InputError> errors = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!allowed.contains(name)) {
                errors.add(new InputError(QUERY, name, "unknown parameter '" + name + "'"
                        + (allowed.isEmpty() ? "; this operation takes none" : "; known: " + String.join(", ", allowed))));
            } else if (params.put(name, value) != null) {
                errors.add(new InputError(QUERY, name, "parameter '" + name + "' is given more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new HttpFailure(400, "the query has " + errors.size() + " bad parameter" + (errors.size() == 1 ? "" : "s"),
                    errors);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpFailure(400, "the query is not percent-encoded correctly",
                    List.of(new InputError(QUERY, "", "cannot decode '" + s + "': " + e.getMessage())));
        }
    }

    /** The Content-Type's media type, lower case and without parameters; "" when not given. */
    String mediaType() {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The whole body, at most {@code maxBodyBytes}; a longer one is a 413. */
    byte[] body() throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) {
                throw tooLarge(maxBodyBytes);
            }
            return bytes;
        }
    }

    static HttpFailure tooLarge(long max) {
        return new HttpFailure(413, "the request body is larger than the limit of " + max + " bytes (see --max-body)");
    }

    /** Adds ids to the access log line (ids only: never a name, an email or a body). */
    void logIds(Collection<String> ids) {
        logIds.addAll(ids);
    }

    List<String> logIds() {
        return logIds;
    }

    int status() {
        return status;
    }

    boolean answered() {
        return answered;
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    /** Answers with a JSON body. */
    void json(int code, Object body) throws IOException {
        bytes(code, JSON_TYPE, JSON.writeValueAsBytes(body));
    }

    /** Answers with a body of the given type. */
    void bytes(int code, String contentType, byte[] bytes) throws IOException {
        header("Content-Type", contentType);
        send(code, bytes);
    }

    /** Answers without a body (204). */
    void empty(int code) throws IOException {
        send(code, null);
    }

    private void send(int code, byte[] bytes) throws IOException {
        if (answered) {
            throw new IllegalStateException("the request was answered already");
        }
        answered = true;
        status = code;
        if (bytes == null) {
            exchange.sendResponseHeaders(code, -1);
            return;
        }
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
