package dev.rolefit.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The one Jackson configuration for rolefit's native JSON: lenient where people are ("2019",
 * "2019-01" and "2019-01-15" are all dates; a single value where a list is expected), strict where
 * it matters (enums and ranges are validated by the records), deterministic on output (map keys
 * sorted).
 *
 * <pre>{@code
 * Candidate c = RolefitJson.mapper().readValue(file, Candidate.class);
 * }</pre>
 */
public final class RolefitJson {
    private static final ObjectMapper MAPPER = build();

    private RolefitJson() {
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        SimpleModule dates = new SimpleModule("rolefit-dates")
                .addDeserializer(YearMonth.class, new YearMonthDeserializer())
                .addSerializer(YearMonth.class, new YearMonthSerializer());
        return JsonMapper.builder()
                .addModule(dates)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }

    /** Parses "2019", "2019-01" or "2019-01-15" (the day is dropped). */
    public static YearMonth parseYearMonth(String text) {
        String t = text.trim();
        YearMonth month;
        try {
            if (t.matches("\\d{4}")) {
                month = YearMonth.of(Integer.parseInt(t), 1);
            } else if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] parts = t.split("-");
                month = YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            } else {
                month = YearMonth.from(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("date '" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return plausible(month, text);
    }

    /** People's careers fall between 1900 and 2100; anything else is a typing error. */
    private static YearMonth plausible(YearMonth month, Object written) {
        if (month.getYear() < 1900 || month.getYear() > 2100) {
            throw new IllegalArgumentException("date '" + written + "' has a year outside 1900..2100");
        }
        return month;
    }

    private static final class YearMonthDeserializer extends JsonDeserializer<YearMonth> {
        @Override
        public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                try {
                    return plausible(YearMonth.of(p.getIntValue(), 1), p.getText());
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    return (YearMonth) ctxt.handleWeirdNumberValue(YearMonth.class, p.getNumberValue(), e.getMessage());
                }
            }
            String text = p.getValueAsString();
            if (text == null || text.isBlank() || text.equalsIgnoreCase("present")
                    || text.equalsIgnoreCase("current") || text.equalsIgnoreCase("now")) {
                return null;
            }
            try {
                return parseYearMonth(text);
            } catch (IllegalArgumentException e) {
                return (YearMonth) ctxt.handleWeirdStringValue(YearMonth.class, text, e.getMessage());
            }
        }
    }

    private static final class YearMonthSerializer extends JsonSerializer<YearMonth> {
        @Override
        public void serialize(YearMonth value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.toString());
        }
    }
}
