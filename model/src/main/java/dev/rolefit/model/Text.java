package dev.rolefit.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Null-safe copies for the records' compact constructors. */
final class Text {
    private Text() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    static <V> Map<String, V> sortedMap(Map<String, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        return id.trim();
    }
}
