package dev.rolefit.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.engine.Documents;
import dev.rolefit.model.RolefitJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads documents from a request body with {@link Documents#parse}: the Content-Type says JSON,
 * JSON-LD or JSON Lines; without one that says (curl's default form type, text/plain, none), a body
 * that is one JSON value is JSON and anything else JSON Lines.
 */
final class Bodies {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    private Bodies() {
    }

    /** The file extension the body is read as: ".json", ".jsonld" or ".jsonl". */
    static String extension(String mediaType, byte[] body) {
        return switch (mediaType) {
            case "application/json" -> ".json";
            case "application/ld+json" -> ".jsonld";
            case "application/x-ndjson", "application/jsonl", "application/x-jsonl", "application/jsonlines",
                    "application/x-jsonlines", "application/json-lines", "text/jsonl" -> ".jsonl";
            default -> isOneJsonValue(body) ? ".json" : ".jsonl";
        };
    }

    private static boolean isOneJsonValue(byte[] body) {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() == null) {
                return true;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            // Broken JSON: read it as JSON unless it spans several lines that each open an object.
            String text = new String(body, StandardCharsets.UTF_8).strip();
            return !text.startsWith("{") || text.lines().filter(l -> !l.isBlank()).count() < 2;
        }
    }

    /**
     * Reads the body's documents.
     *
     * @param baseName the id a foreign document without one gets (and "name-N" for the Nth of several)
     */
    static <T> Documents.Batch<T> read(Call call, byte[] body, String baseName, Class<T> type) {
        return Documents.parse(Call.BODY, body, baseName + extension(call.mediaType(), body), type);
    }

    /**
     * The body with {@code id} added when it is one JSON object without an id, for a PUT whose path
     * names the document. The field goes in last, so every line and column an error names stays
     * where it is in the body as sent.
     */
    static byte[] withId(byte[] body, String id) {
        JsonNode tree;
        try (JsonParser p = JSON.createParser(body)) {
            tree = JSON.readTree(p);
            if (p.nextToken() != null) {
                return body;
            }
        } catch (IOException e) {
            return body;
        }
        if (tree == null || !tree.isObject() || tree.has("id")) {
            return body;
        }
        try {
            String idJson = JSON.writeValueAsString(id);
            if (tree.isEmpty()) {
                return ("{\"id\":" + idJson + "}").getBytes(StandardCharsets.UTF_8);
            }
            int close = body.length - 1;
            while (close >= 0 && body[close] != '}') {
                close--;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + idJson.length() + 8);
            out.write(body, 0, close);
            out.writeBytes((",\"id\":" + idJson).getBytes(StandardCharsets.UTF_8));
            out.write(body, close, body.length - close);
            return out.toByteArray();
        } catch (IOException e) {
            return body;
        }
    }
}
