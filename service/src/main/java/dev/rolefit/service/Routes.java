package dev.rolefit.service;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The route table: a method and a path template ("/candidates/{id}") per handler. A path that no
 * template matches is a 404; a path that matches with another method is a 405 naming the methods
 * that exist. The OpenAPI test reads this table, so that a route cannot exist undocumented.
 */
final class Routes {
    /** What a route does with a call. */
    @FunctionalInterface
    interface Handler {
        void handle(Call call) throws IOException;
    }

    /** One route. */
    record Route(String method, String template, Handler handler) {
        Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(handler, "handler");
        }

        List<String> segments() {
            return split(template);
        }
    }

    /** The outcome of looking a request up. */
    sealed interface Lookup permits Found, NoRoute, WrongMethod {
    }

    /** The route, and the path parameters it bound. */
    record Found(Route route, Map<String, String> params) implements Lookup {
    }

    /** No template matches the path. */
    record NoRoute() implements Lookup {
    }

    /** A template matches, with other methods. */
    record WrongMethod(String template, List<String> allowed) implements Lookup {
    }

    private final List<Route> routes = new ArrayList<>();

    Routes add(String method, String template, Handler handler) {
        routes.add(new Route(method, template, handler));
        return this;
    }

    /** Every route, in the order added. */
    List<Route> all() {
        return List.copyOf(routes);
    }

    /** Finds the route for a method and a raw (percent-encoded) path. */
    Lookup find(String method, String rawPath) {
        List<String> segments = split(rawPath);
        TreeSet<String> allowed = new TreeSet<>();
        String template = null;
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments(), segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Found(route, params);
            }
            allowed.add(route.method());
            template = route.template();
        }
        return template == null ? new NoRoute() : new WrongMethod(template, List.copyOf(allowed));
    }

    private static Map<String, String> bind(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            String p = path.get(i);
            if (t.startsWith("{") && t.endsWith("}")) {
                String value = decode(p);
                if (value == null || value.isBlank()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), value);
            } else if (!t.equals(p)) {
                return null;
            }
        }
        return params;
    }

    /** "/a/b/" → [a, b, ""]: a trailing slash is a different path. */
    private static List<String> split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return List.of(p.split("/", -1));
    }

    /** A path segment decoded ("%2F" stays inside the segment); null when it is not valid percent-encoding. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
