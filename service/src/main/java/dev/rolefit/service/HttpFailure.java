package dev.rolefit.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.engine.RuleProblem;
import dev.rolefit.model.InputError;

import java.util.List;

/**
 * A request that cannot be answered with what it asked for: the status and the JSON body that says
 * why. Thrown by a handler, written by the server.
 */
final class HttpFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<InputError> errors;
    private final transient List<RuleProblem> problems;

    HttpFailure(int status, String message) {
        this(status, message, List.of(), null);
    }

    HttpFailure(int status, String message, List<InputError> errors) {
        this(status, message, errors, null);
    }

    HttpFailure(int status, String message, List<InputError> errors, List<RuleProblem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.problems = problems == null ? null : List.copyOf(problems);
    }

    int status() {
        return status;
    }

    /** The JSON body. */
    Body body() {
        return new Body(status, reason(status), getMessage(), errors, problems);
    }

    /**
     * What every error response carries.
     *
     * @param status   the HTTP status, again
     * @param error    its reason phrase
     * @param message  what went wrong, in a sentence
     * @param errors   each bad record or parameter, as the command line reports them (may be empty)
     * @param problems each problem of a refused rule set (only for a refused reload)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"status", "error", "message", "errors", "problems"})
    record Body(int status, String error, String message, List<InputError> errors, List<RuleProblem> problems) {
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 422 -> "Unprocessable Entity";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status " + status;
        };
    }
}
