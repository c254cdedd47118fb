package dev.rolefit.engine;

import dev.rolefit.engine.facts.HasSkill;
import dev.rolefit.engine.facts.SpeaksLanguage;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.Seniority;
import dev.rolefit.model.SkillLevel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The binary form of saved profiles: what goes in comes out, and a changed class is noticed, not misread. */
class RecordCodecTest {
    private static byte[] write(Object... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordCodec.Writer writer = new RecordCodec.Writer(new DataOutputStream(bytes));
        for (Object v : values) {
            writer.write(v);
        }
        return bytes.toByteArray();
    }

    private static RecordCodec.Reader reader(byte[] bytes) {
        return new RecordCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    @Test
    void recordsEnumsCollectionsAndNulls_comeBackEqualAndInOrder() throws Exception {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("PyTorch", 1.0);
        weights.put("Docker", 0.5);
        Object value = List.of(new HasSkill("PyTorch", "ML_FRAMEWORK", SkillLevel.EXPERT, 4.5, "LISTED", 1.0),
                new HasSkill("Docker", "DEVOPS", null, 0.0, "TEXT", 0.5),
                new SpeaksLanguage("nl", Fluency.NATIVE), weights, Set.of(Seniority.LEAD), -0.0, Long.MAX_VALUE, true);

        Object back = reader(write(value, value)).read();

        assertEquals(value, back);
        assertEquals(List.of("PyTorch", "Docker"), List.copyOf(((Map<?, ?>) ((List<?>) back).get(3)).keySet()));
    }

    @Test
    void repeatedStrings_areWrittenOnce_andReadBackAsOneInstance() throws Exception {
        String skill = new String("Machine Learning".toCharArray());
        byte[] once = write(skill);
        byte[] fiveTimes = write(skill, skill, skill, skill, skill);
        RecordCodec.Reader reader = reader(fiveTimes);

        assertTrue(fiveTimes.length < once.length + 4 * 3, fiveTimes.length + " bytes");
        assertSame(reader.read(), reader.read());
    }

    @Test
    void aClassWrittenWithAnotherShape_isRefusedAsStale() throws Exception {
        byte[] bytes = write(new SpeaksLanguage("nl", Fluency.NATIVE));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        // As if an older build had written the record with a component of another name.
        byte[] older = text.replace("fluency:", "fluent_:").getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(Arrays.equals(bytes, older));

        RecordCodec.ShapeChanged stale = assertThrows(RecordCodec.ShapeChanged.class, () -> reader(older).read());

        assertTrue(stale.getMessage().contains("dev.rolefit.engine.facts.SpeaksLanguage changed shape"), stale.getMessage());
    }

    @Test
    void aClassOutsideRolefit_isNeitherWrittenNorRead() throws Exception {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> write(new java.util.Date()));
        assertTrue(refused.getMessage().contains("java.util.Date"), refused.getMessage());

        byte[] bytes = write(new SpeaksLanguage("nl", Fluency.NATIVE));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        byte[] forged = text.replace("dev.rolefit.engine.facts.SpeaksLanguage", "java.lang.ProcessBuilderXXXXXXXXXXXXXXX")
                .getBytes(StandardCharsets.ISO_8859_1);

        IOException foreign = assertThrows(IOException.class, () -> reader(forged).read());
        assertTrue(foreign.getMessage().contains("is not one of rolefit's own"), foreign.getMessage());
    }
}
