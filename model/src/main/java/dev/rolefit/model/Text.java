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

    /** 90000.0 → "90000", 12.5 → "12.5": numbers in messages as people wrote them. */
    static String number(Double value) {
        if (value == null) {
            return "null";
        }
        return value == Math.rint(value) && !Double.isInfinite(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        return id.trim();
    }
}
