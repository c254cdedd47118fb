package dev.rolefit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static dev.rolefit.engine.Fixtures.AS_OF;
import static dev.rolefit.engine.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's decision log: what an embedder records, overrides and reads back. */
class AuditLogTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-20T12:00:00.123456Z"), ZoneOffset.UTC);
    private static MatchEngine engine;
    private static final Candidate LOTTE = Fixtures.candidate();
    private static final Candidate MADRID = Fixtures.candidate(c -> c.put("id", "cand-t2")
            .putObject("location").put("city", "Madrid").put("countryCode", "ES"));
    private static final Vacancy VACANCY = Fixtures.vacancy();
    private static final Map<String, Candidate> CANDIDATES = Map.of(LOTTE.id(), LOTTE, MADRID.id(), MADRID);

    @BeforeAll
    static void engine() throws Exception {
        engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(AS_OF).threads(1).build();
        engine.putCandidates(List.of(LOTTE, MADRID));
        engine.put(VACANCY);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /**
     * A record's hash is its canonical JSON's: the same résumé written with other spacing and key order
     * hashes the same, one changed skill does not, and the digest of a fixed record is pinned so that a
     * decision log written by an earlier release still verifies against the same document. (A new field
     * on Candidate changes every digest: this test then fails, and the release notes must say so.)
     */
    @Test
    void recordHash_dependsOnTheRecordNotOnHowItsFileIsWritten(@TempDir Path dir) throws Exception {
        Path compact = Files.writeString(dir.resolve("a.json"),
                "{\"id\":\"c-hash\",\"headline\":\"Data Engineer\",\"skills\":[\"Python\",\"SQL\"]}");
        Path spaced = Files.writeString(dir.resolve("b.json"),
                "{\n  \"skills\" : [ \"Python\", \"SQL\" ],\n  \"headline\" : \"Data Engineer\",\n  \"id\" : \"c-hash\"\n}\n");
        Path otherSkill = Files.writeString(dir.resolve("c.json"),
                "{\"id\":\"c-hash\",\"headline\":\"Data Engineer\",\"skills\":[\"Python\",\"Spark\"]}");

        List<String> hashes = Documents.candidates(List.of(compact, spaced, otherSkill)).records().stream()
                .map(r -> AuditLog.sha256(r.record())).toList();

        assertAll(
                () -> assertEquals(hashes.get(0), hashes.get(1), "spacing and key order do not count"),
                () -> assertFalse(hashes.get(0).equals(hashes.get(2)), "a changed skill does"),
                () -> assertEquals("sha256:018e8866d00da5f2a18b7fa997ec16f6e65ab8a8b3542cfe8b8cae55d028e009", hashes.get(0), "the pinned digest of this record"));
    }

    private static List<Match> shortlist() {
        return engine.candidatesFor(VACANCY.id(), MatchOptions.defaults().includeRejected(true));
    }

    private static AuditLog recorded(Path dir) throws Exception {
        AuditLog log = AuditLog.open(dir.resolve("decisions.jsonl"), NOON);
        log.record(engine, MatchOptions.defaults().includeRejected(true), shortlist(), CANDIDATES::get,
                Map.of(VACANCY.id(), VACANCY)::get);
        return log;
    }

    @Test
    void record_writesOneDecisionLinePerMatch_withVersionsHashesAndReasons(@TempDir Path dir) throws Exception {
        AuditLog log = recorded(dir);

        List<String> lines = Files.readAllLines(log.file());
        JsonNode first = JSON.readTree(lines.get(0));
        Match best = shortlist().get(0);
        assertAll(
                () -> assertEquals(2, lines.size()),
                () -> assertEquals("decision", first.get("kind").asText()),
                () -> assertEquals("2026-11-20T12:00:00.123Z", first.get("timestamp").asText(), "UTC, to the millisecond"),
                () -> assertEquals(engine.rulesetVersion(), first.get("rulesetVersion").asText()),
                () -> assertEquals(engine.rulesetVersion(), first.get("taxonomyVersion").asText()),
                () -> assertEquals("2026-11", first.get("asOf").asText()),
                () -> assertEquals(best.candidateId(), first.get("candidateId").asText()),
                () -> assertEquals(AuditLog.sha256(CANDIDATES.get(best.candidateId())), first.get("candidateSha256").asText()),
                () -> assertEquals(AuditLog.sha256(VACANCY), first.get("vacancySha256").asText()),
                () -> assertEquals(best.reasons().size(), first.get("reasons").size()),
                () -> assertFalse(Files.readString(log.file()).contains("Lotte"), "no name in the log"),
                () -> assertFalse(Files.readString(log.file()).contains("example.com"), "no email in the log"));
    }

    @Test
    void override_namesTheLatestDecisionOfThePairByLineAndHash_andIsReadBackUnderIt(@TempDir Path dir) throws Exception {
        AuditLog log = recorded(dir);
        log.record(engine, MatchOptions.defaults().includeRejected(true), shortlist(), CANDIDATES::get,
                Map.of(VACANCY.id(), VACANCY)::get);
        List<String> before = Files.readAllLines(log.file());
        int latest = lastLineWith(before, "\"cand-t2\"");

        AuditLog.HumanOverride o = log.override("cand-t2", "vac-t1", Verdict.GOOD,
                "Moves to Brussels in January, confirmed by phone", "j.smit");

        String decisionLine = before.get(latest - 1);
        AuditLog.Contents read = log.read();
        AuditLog.Logged overridden = read.decisions().stream().filter(d -> d.line() == latest).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(latest, o.decisionLine()),
                () -> assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(decisionLine.getBytes(StandardCharsets.UTF_8))), o.decisionSha256()),
                () -> assertEquals(Verdict.REJECTED, o.automatedVerdict(), "Madrid is out of reach: a knockout"),
                () -> assertEquals(Verdict.GOOD, o.verdict()),
                () -> assertEquals("j.smit", o.by()),
                () -> assertEquals(before.size() + 1, Files.readAllLines(log.file()).size(), "appended, nothing rewritten"),
                () -> assertEquals(before, Files.readAllLines(log.file()).subList(0, before.size())),
                () -> assertEquals(List.of(o), overridden.overrides()),
                () -> assertTrue(read.errors().isEmpty(), read.errors().toString()),
                () -> assertEquals(Verdict.GOOD, overridden.finalVerdict()),
                () -> assertEquals(4, read.decisions().size()),
                () -> assertEquals(3, read.decisions().stream().filter(d -> d.overrides().isEmpty()).count(),
                        "the earlier decision of the same pair keeps no override"),
                () -> assertEquals(Map.of(AuditLog.pair("cand-t2", "vac-t1"), o), read.latestOverrides()));
    }

    /** The number (1 for the first) of the last line holding the text. */
    private static int lastLineWith(List<String> lines, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void twoOverrides_theLastStands(@TempDir Path dir) throws Exception {
        AuditLog log = recorded(dir);
        log.override("cand-t2", "vac-t1", Verdict.GOOD, "relocation agreed", "j.smit");
        AuditLog.HumanOverride second = log.override("cand-t2", "vac-t1", Verdict.REJECTED, "relocation fell through", "a.peters");

        AuditLog.Logged d = log.read().decisions().stream().filter(l -> !l.overrides().isEmpty()).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(2, d.overrides().size()),
                () -> assertEquals(second, d.latestOverride().orElseThrow()),
                () -> assertEquals(Verdict.REJECTED, d.finalVerdict()));
    }

    @Test
    void override_ofAPairWithNoDecision_isRefused_namingBothIds(@TempDir Path dir) throws Exception {
        AuditLog log = recorded(dir);
        byte[] before = Files.readAllBytes(log.file());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log.override("cand-t1", "vac-404", Verdict.GOOD, "a reason", "j.smit"));

        assertAll(
                () -> assertTrue(e.getMessage().contains("no decision for candidate 'cand-t1' and vacancy 'vac-404'"), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("'vac-t1'"), "names the vacancies the candidate was decided for: " + e.getMessage()),
                () -> assertTrue(e.getMessage().contains(log.file().toString()), e.getMessage()),
                () -> assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(log.file()), "nothing written"));
    }

    @Test
    void override_withAnEmailInTheReason_orNoReasonOrName_isRefused(@TempDir Path dir) throws Exception {
        AuditLog log = recorded(dir);

        IllegalArgumentException email = assertThrows(IllegalArgumentException.class,
                () -> log.override("cand-t1", "vac-t1", Verdict.WEAK, "see mail from lotte.peeters@example.com", "j.smit"));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> log.override("cand-t1", "vac-t1", Verdict.WEAK, "  ", "j.smit"));
        IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class,
                () -> log.override("cand-t1", "vac-t1", Verdict.WEAK, "a reason", ""));

        assertAll(
                () -> assertTrue(email.getMessage().contains("lotte.peeters@example.com"), email.getMessage()),
                () -> assertTrue(email.getMessage().contains("no personal data"), email.getMessage()),
                () -> assertTrue(blank.getMessage().contains("reason"), blank.getMessage()),
                () -> assertTrue(nobody.getMessage().contains("who decides"), nobody.getMessage()),
                () -> assertEquals(2, Files.readAllLines(log.file()).size()));
    }

    @Test
    void override_withoutALog_isNoSuchFile(@TempDir Path dir) {
        AuditLog log = AuditLog.open(dir.resolve("none.jsonl"));
        assertThrows(NoSuchFileException.class, () -> log.override("c", "v", Verdict.GOOD, "r", "b"));
        assertThrows(NoSuchFileException.class, log::read);
    }

    @Test
    void open_refusesAFolderOrAMissingFolder(@TempDir Path dir) {
        IllegalArgumentException folder = assertThrows(IllegalArgumentException.class, () -> AuditLog.open(dir));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> AuditLog.open(dir.resolve("nowhere/decisions.jsonl")));
        assertAll(
                () -> assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage()),
                () -> assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage()));
    }

    @Test
    void read_reportsABrokenLineByNumber_andReadsTheRest(@TempDir Path dir) throws Exception {
        AuditLog log = recorded(dir);
        Files.writeString(log.file(), "not json\n{\"kind\":\"verdict\"}\n", java.nio.file.StandardOpenOption.APPEND);

        AuditLog.Contents read = log.read();

        assertAll(
                () -> assertEquals(2, read.decisions().size()),
                () -> assertEquals(4, read.lines()),
                () -> assertEquals("line 3", read.errors().get(0).location()),
                () -> assertEquals("line 4", read.errors().get(1).location()),
                () -> assertTrue(read.errors().get(1).message().contains("unknown kind 'verdict'"), read.errors().toString()));
    }

    @Test
    void decisionEditedAfterItsOverride_isReportedByTheHash(@TempDir Path dir) throws Exception {
        AuditLog log = recorded(dir);
        AuditLog.HumanOverride o = log.override("cand-t2", "vac-t1", Verdict.GOOD, "relocation agreed", "j.smit");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log.file()));
        lines.set(o.decisionLine() - 1, lines.get(o.decisionLine() - 1).replace("\"REJECTED\"", "\"GOOD\""));
        Files.write(log.file(), lines);

        AuditLog.Contents read = log.read();

        assertAll(
                () -> assertEquals(1, read.errors().size(), read.errors().toString()),
                () -> assertEquals("line 3", read.errors().get(0).location()),
                () -> assertTrue(read.errors().get(0).message().contains("was changed after the override"),
                        read.errors().get(0).message()));
    }

    @Test
    void lineWithoutKind_isADecision_theFirstFormat(@TempDir Path dir) throws Exception {
        AuditLog log = recorded(dir);
        String first = Files.readAllLines(log.file()).get(0).replace("\"kind\":\"decision\",", "");
        Path old = dir.resolve("old.jsonl");
        Files.writeString(old, first + "\n");

        assertEquals(1, AuditLog.open(old).read().decisions().size());
    }
}
