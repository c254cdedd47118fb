package dev.rolefit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The data folder: what is acknowledged survives a restart and a crash; damage is named, never mixed in. */
class DataStoreTest {
    private final List<AutoCloseable> open = new ArrayList<>();
    private MatchEngine lastEngine;
    @TempDir
    Path dir;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private MatchEngine engine() throws Exception {
        MatchEngine engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(Fixtures.AS_OF).threads(1)
                .build();
        open.add(engine);
        lastEngine = engine;
        return engine;
    }

    private DataStore open() throws Exception {
        return open(DataStore.DEFAULT_COMPACT_AFTER_BYTES);
    }

    private DataStore open(long compactAfter) throws Exception {
        DataStore store = DataStore.open(dir, engine(), compactAfter);
        open.add(store);
        return store;
    }

    /** Closes the store now (as a process exit would), leaving the engine to the cleanup. */
    private void closeStore(DataStore store) throws IOException {
        store.close();
        open.remove(store);
    }

    private static Candidate candidate(String id, String headline) throws IOException {
        return Fixtures.JSON.readValue("{\"id\": \"" + id + "\", \"headline\": \"" + headline
                + "\", \"skills\": [\"Python\", \"PyTorch\"], \"location\": {\"city\": \"Brussels\", \"countryCode\": \"BE\"}}",
                Candidate.class);
    }

    private static Vacancy vacancy(String id, String title) throws IOException {
        return Fixtures.JSON.readValue("{\"id\": \"" + id + "\", \"title\": \"" + title
                + "\", \"requiredSkills\": [\"Python\"], \"location\": {\"city\": \"Brussels\", \"countryCode\": \"BE\"}}",
                Vacancy.class);
    }

    private Path journal(long generation) {
        return dir.resolve(String.format("journal-%08d.jsonl", generation));
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::id).toList();
    }

    @Nested
    class Restart {
        @Test
        void putsAndDeletes_surviveAReopen_andReachTheEngine() throws Exception {
            DataStore store = open();
            assertTrue(store.putCandidate(candidate("cand-1", "ML Engineer")));
            assertTrue(store.putCandidate(candidate("cand-2", "Data Scientist")));
            assertTrue(store.putVacancy(vacancy("vac-1", "Machine Learning Engineer")));
            assertTrue(store.removeCandidate("cand-1"));
            closeStore(store);

            DataStore reopened = open();

            assertEquals(List.of(), reopened.warnings());
            assertEquals(List.of("cand-2"), ids(reopened.candidates()));
            assertEquals("Machine Learning Engineer", reopened.vacancy("vac-1").orElseThrow().title());
            MatchEngine engine = lastEngine;
            assertEquals(1, engine.candidateCount());
            assertEquals(1, engine.vacancyCount());
            assertFalse(engine.vacanciesFor("cand-2", MatchOptions.defaults().includeRejected(true)).isEmpty());
        }

        @Test
        void lastWriteWins_andListsKeepTheOrderIdsWereFirstPut() throws Exception {
            DataStore store = open();
            store.putCandidate(candidate("cand-a", "first"));
            store.putCandidate(candidate("cand-b", "second"));
            assertFalse(store.putCandidate(candidate("cand-a", "replaced")), "a replacement is not a creation");
            closeStore(store);

            DataStore reopened = open();

            assertEquals(List.of("cand-a", "cand-b"), ids(reopened.candidates()));
            assertEquals("replaced", reopened.candidate("cand-a").orElseThrow().headline());
        }

        @Test
        void aCandidateAndAVacancy_mayShareAnId() throws Exception {
            DataStore store = open();
            store.putCandidate(candidate("x-1", "ML Engineer"));
            store.putVacancy(vacancy("x-1", "ML Engineer"));
            store.removeVacancy("x-1");
            closeStore(store);

            DataStore reopened = open();

            assertTrue(reopened.candidate("x-1").isPresent());
            assertTrue(reopened.vacancy("x-1").isEmpty());
        }

        @Test
        void removingAnUnknownId_returnsFalseAndWritesNothing() throws Exception {
            DataStore store = open();

            assertFalse(store.removeVacancy("vac-none"));
            assertEquals(0, Files.size(journal(0)));
        }
    }

    @Nested
    class SavedProfiles {
        private List<Candidate> samples;
        private List<Vacancy> sampleVacancies;

        private void putSamples(DataStore store) throws Exception {
            samples = Documents.candidates(List.of(Path.of("samples/candidates"))).records().stream()
                    .map(Documents.Sourced::record).toList();
            sampleVacancies = Documents.vacancies(List.of(Path.of("samples/vacancies"))).records().stream()
                    .map(Documents.Sourced::record).toList();
            assertEquals(List.of(), store.putCandidates(samples));
            assertEquals(List.of(), store.putVacancies(sampleVacancies));
        }

        private DataStore openWith(MatchEngine engine) throws Exception {
            DataStore store = DataStore.open(dir, engine);
            open.add(store);
            return store;
        }

        @Test
        void reopen_reusesEverySavedProfile_andAnswersAsAFreshEngine() throws Exception {
            DataStore store = open();
            putSamples(store);
            closeStore(store);

            DataStore reopened = open();

            assertEquals(new DataStore.ProfileReuse(37, 0, ""), reopened.profileReuse());
            assertEquals(List.of(), reopened.warnings());
            try (MatchEngine fresh = engine()) {
                fresh.putCandidates(samples);
                fresh.putVacancies(sampleVacancies);
                assertEquals(fresh.matchAll(MatchOptions.defaults().top(5)), lastEngineBefore(fresh).matchAll(MatchOptions.defaults().top(5)));
                // Whole lists in both directions: retrieval's knockout filters read fields of the saved index.
                for (MatchOptions.Per per : MatchOptions.Per.values()) {
                    assertEquals(fresh.matchAll(MatchOptions.defaults().per(per)),
                            lastEngineBefore(fresh).matchAll(MatchOptions.defaults().per(per)), "per " + per);
                }
                String query = "PyTorch AND (k8s OR Docker) seniority:>=MID_SENIOR";
                assertEquals(fresh.search(query, Profile.Kind.CANDIDATE, 50),
                        lastEngineBefore(fresh).search(query, Profile.Kind.CANDIDATE, 50));
                assertEquals(fresh.search("Python city:Brussels", Profile.Kind.VACANCY, 50),
                        lastEngineBefore(fresh).search("Python city:Brussels", Profile.Kind.VACANCY, 50));
            }
        }

        /** The engine the reopened store runs on: the one made just before {@code fresh}. */
        private MatchEngine lastEngineBefore(MatchEngine fresh) {
            int at = open.indexOf(fresh);
            for (int i = at - 1; i >= 0; i--) {
                if (open.get(i) instanceof MatchEngine e) {
                    return e;
                }
            }
            throw new IllegalStateException("no engine before " + fresh);
        }

        @Test
        void savedProfiles_readBackEqualToTheOnesTheEngineHeld() throws Exception {
            DataStore store = open();
            putSamples(store);
            java.util.Map<String, Prepared.Candidate> heldCandidates = new java.util.HashMap<>();
            java.util.Map<String, Prepared.Vacancy> heldVacancies = new java.util.HashMap<>();
            lastEngine.withHeld(held -> {
                heldCandidates.putAll(held.candidates());
                heldVacancies.putAll(held.vacancies());
            });
            closeStore(store);

            ProfileCache.Loaded saved = ProfileCache.read(dir, ProfileCache.Key.of(lastEngine.rulesetVersion(), Fixtures.AS_OF));

            assertEquals(25, saved.candidates().size());
            heldCandidates.forEach((id, p) -> assertEquals(p, saved.candidates().get(id).prepared(), id));
            assertEquals(12, saved.vacancies().size());
            heldVacancies.forEach((id, p) -> assertEquals(p, saved.vacancies().get(id).prepared(), id));
            assertNotNull(saved.candidateIndex(), "the index was saved with the profiles");
            assertNotNull(saved.vacancyIndex());
        }

        @Test
        void puttingTheSameDocumentsAgain_writesNothingAndMakesNoProfile() throws Exception {
            DataStore store = open();
            putSamples(store);
            long journalBytes = Files.size(journal(0));

            assertEquals(List.of(), store.putCandidates(samples));
            assertFalse(store.putCandidate(samples.get(0)), "the same document again is no creation");

            assertEquals(journalBytes, Files.size(journal(0)));
            closeStore(store);
            assertEquals(new DataStore.ProfileReuse(37, 0, ""), open().profileReuse());
        }

        @Test
        void documentChangedAfterTheSave_isProfiledAgain_theRestReused() throws Exception {
            DataStore store = open();
            putSamples(store);
            closeStore(store);
            Path saved = dir.resolveSibling(dir.getFileName() + "-saved-profiles");
            copyTree(dir.resolve("profiles"), saved);
            DataStore again = open();
            again.putCandidate(candidate(samples.get(3).id(), "Changed headline"));
            again.removeCandidate(samples.get(4).id());
            closeStore(again);
            // As if the process had died before its close saved the profiles:
            DataStore.deleteTree(dir.resolve("profiles"));
            copyTree(saved, dir.resolve("profiles"));

            DataStore reopened = open();

            assertEquals(new DataStore.ProfileReuse(35, 1, "1 document was added or changed since the profiles were saved"),
                    reopened.profileReuse());
            assertEquals(0, lastEngine.search("Python", Profile.Kind.CANDIDATE, 100).hits().stream()
                    .filter(h -> h.id().equals(samples.get(4).id())).count(), "the removed one is out of the saved index");
            assertEquals(List.of(), lastEngine.search("PyTorch", Profile.Kind.CANDIDATE, 100).notes());
        }

        @Test
        void anotherMonth_makesEveryProfileAgain_andSaysWhy() throws Exception {
            DataStore store = open();
            putSamples(store);
            closeStore(store);
            MatchEngine later = MatchEngine.builder().rules(RulesTestBase.defaultRules())
                    .asOf(Fixtures.AS_OF.plusMonths(6)).threads(1).build();
            open.add(later);

            DataStore reopened = openWith(later);

            assertEquals(0, reopened.profileReuse().reused());
            assertEquals(37, reopened.profileReuse().made());
            assertTrue(reopened.profileReuse().reason().contains("2026-11 → 2027-05"), reopened.profileReuse().reason());
        }

        @Test
        void changedTaxonomy_makesEveryProfileAgain_savesThem_andSwitchingBackDoesToo(@TempDir Path rules) throws Exception {
            DataStore store = open();
            store.putCandidate(Fixtures.JSON.readValue(
                    "{\"id\": \"cand-x1\", \"headline\": \"Platform engineer\", \"skills\": [\"kubernetis\"]}", Candidate.class));
            closeStore(store);
            RuleBookTest.copyOfDefaultRules(rules);
            Path skills = rules.resolve("data/skills.csv");
            Files.writeString(skills, Files.readString(skills).replace("k8s|kube", "k8s|kube|kubernetis"));
            MatchEngine edited = MatchEngine.builder().rules(rules).asOf(Fixtures.AS_OF).threads(1).build();
            open.add(edited);

            DataStore refreshed = openWith(edited);

            assertEquals(1, refreshed.profileReuse().made());
            assertTrue(refreshed.profileReuse().reason().startsWith("the rules changed since the profiles were saved"),
                    refreshed.profileReuse().reason());
            assertEquals(1, edited.search("Kubernetes", Profile.Kind.CANDIDATE, 10).total(), "the new synonym is used");
            closeStore(refreshed);
            MatchEngine editedAgain = MatchEngine.builder().rules(rules).asOf(Fixtures.AS_OF).threads(1).build();
            open.add(editedAgain);
            DataStore reusedEdited = openWith(editedAgain);
            assertEquals(new DataStore.ProfileReuse(1, 0, ""), reusedEdited.profileReuse(), "saved under the new rules");
            assertEquals(1, editedAgain.search("Kubernetes", Profile.Kind.CANDIDATE, 10).total());
            closeStore(reusedEdited);

            DataStore back = open();

            assertEquals(1, back.profileReuse().made(), "the default rules again: profiles made again, not mixed");
            assertEquals(0, lastEngine.search("Kubernetes", Profile.Kind.CANDIDATE, 10).total());
        }

        @Test
        void damagedProfileFile_isAWarning_andTheProfilesAreMadeAgain() throws Exception {
            DataStore store = open();
            putSamples(store);
            closeStore(store);
            Path file = dir.resolve("profiles/profiles.bin");
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x20;
            Files.write(file, bytes);

            DataStore reopened = open();

            assertEquals(37, reopened.profileReuse().made());
            assertEquals(1, reopened.warnings().size(), reopened.warnings()::toString);
            assertTrue(reopened.warnings().get(0).startsWith("the saved profiles could not be read ("
                    + file), reopened.warnings().get(0));
            assertEquals(25, lastEngine.candidateCount());
            closeStore(reopened);
            assertEquals(new DataStore.ProfileReuse(37, 0, ""), open().profileReuse(), "saved again, whole");
        }

        @Test
        void interruptedSave_leavesNoMixture() throws Exception {
            DataStore store = open();
            putSamples(store);
            closeStore(store);
            // A crash between the two renames of a save: the old cache moved aside, the new one not in place.
            Files.move(dir.resolve("profiles"), dir.resolve("profiles.old"));
            Files.createDirectories(dir.resolve("profiles.tmp"));
            Files.writeString(dir.resolve("profiles.tmp/profiles.bin"), "half");

            DataStore reopened = open();

            assertEquals(37, reopened.profileReuse().made());
            assertFalse(Files.exists(dir.resolve("profiles.old")));
            assertFalse(Files.exists(dir.resolve("profiles.tmp")));
            assertTrue(Files.exists(dir.resolve("profiles/profiles.bin")));
        }

        private static void copyTree(Path from, Path to) throws IOException {
            try (var walk = Files.walk(from)) {
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
    }

    @Nested
    class Format {
        @Test
        void newFolder_getsMetaJsonWithFormatGenerationAndRules() throws Exception {
            DataStore store = open();

            JsonNode meta = Fixtures.JSON.readTree(dir.resolve("meta.json").toFile());
            assertEquals("rolefit-data", meta.path("format").asText());
            assertEquals(DataStore.FORMAT_VERSION, meta.path("formatVersion").asInt());
            assertEquals(0, meta.path("generation").asLong());
            assertTrue(meta.path("rulesetVersion").asText().startsWith("sha256:"), meta.toString());
            assertEquals(0, store.generation());
        }

        @Test
        void journalLines_carryOpKindIdDocumentAndAChecksumLast() throws Exception {
            DataStore store = open();
            store.putVacancy(vacancy("vac-9", "Data Engineer"));
            store.removeVacancy("vac-9");

            List<String> lines = Files.readAllLines(journal(0));

            assertEquals(2, lines.size());
            JsonNode put = Fixtures.JSON.readTree(lines.get(0));
            assertEquals(List.of("op", "kind", "id", "document", "crc32c"), fieldNames(put));
            assertEquals("put", put.path("op").asText());
            assertEquals("vacancy", put.path("kind").asText());
            assertEquals("Data Engineer", put.path("document").path("title").asText());
            assertTrue(put.path("crc32c").asText().matches("[0-9a-f]{8}"));
            JsonNode delete = Fixtures.JSON.readTree(lines.get(1));
            assertEquals(List.of("op", "kind", "id", "crc32c"), fieldNames(delete));
        }

        private List<String> fieldNames(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }

        @Test
        void folderWithOtherFiles_isNotADataFolder() throws Exception {
            Files.writeString(dir.resolve("notes.txt"), "mine");

            IOException e = assertThrows(IOException.class, () -> DataStore.open(dir, engine()));

            assertTrue(e.getMessage().contains("not a rolefit data folder") && e.getMessage().contains("notes.txt"),
                    e.getMessage());
        }

        @Test
        void newerFormatVersion_isRefusedNamingBothVersions() throws Exception {
            Files.writeString(dir.resolve("meta.json"),
                    "{\"format\": \"rolefit-data\", \"formatVersion\": 2, \"generation\": 0}");

            IOException e = assertThrows(IOException.class, () -> DataStore.open(dir, engine()));

            assertTrue(e.getMessage().contains("format 2") || e.getMessage().contains("format 1"), e.getMessage());
        }

        @Test
        void secondOpenOfTheSameFolder_isRefused() throws Exception {
            open();

            IOException e = assertThrows(IOException.class, () -> DataStore.open(dir, engine()));

            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }

        @Test
        void engineThatAlreadyHoldsDocuments_isRefused() throws Exception {
            MatchEngine engine = engine();
            engine.put(candidate("cand-1", "ML Engineer"));

            assertThrows(IllegalStateException.class, () -> DataStore.open(dir, engine));
        }
    }

    @Nested
    class Crash {
        @Test
        void tornLastLine_isCutOffWithAWarning_andTheRestIsKept() throws Exception {
            DataStore store = open();
            store.putCandidate(candidate("cand-1", "ML Engineer"));
            store.putCandidate(candidate("cand-2", "Data Scientist"));
            closeStore(store);
            long good = Files.size(journal(0));
            Files.write(journal(0), "{\"op\":\"put\",\"kind\":\"candidate\",\"id\":\"cand-3\",\"docu"
                    .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

            DataStore reopened = open();

            assertEquals(List.of("cand-1", "cand-2"), ids(reopened.candidates()));
            assertEquals(1, reopened.warnings().size(), reopened.warnings().toString());
            assertTrue(reopened.warnings().get(0).contains("line 3") && reopened.warnings().get(0).contains("crash"),
                    reopened.warnings().get(0));
            assertEquals(good, Files.size(journal(0)), "the torn bytes are gone from the file");
            reopened.putCandidate(candidate("cand-3", "MLOps Engineer"));
            closeStore(reopened);

            DataStore again = open();
            assertEquals(List.of(), again.warnings());
            assertEquals(List.of("cand-1", "cand-2", "cand-3"), ids(again.candidates()));
        }

        @Test
        void completeLastLineWithABadChecksum_isTreatedAsTorn() throws Exception {
            DataStore store = open();
            store.putCandidate(candidate("cand-1", "ML Engineer"));
            store.putCandidate(candidate("cand-2", "Data Scientist"));
            closeStore(store);
            flipALetterInLine(2);

            DataStore reopened = open();

            assertEquals(List.of("cand-1"), ids(reopened.candidates()));
            assertTrue(reopened.warnings().get(0).contains("checksum"), reopened.warnings().toString());
        }

        @Test
        void damagedLineFollowedByGoodLines_failsToOpenNamingFileAndLine() throws Exception {
            DataStore store = open();
            store.putCandidate(candidate("cand-1", "ML Engineer"));
            store.putCandidate(candidate("cand-2", "Data Scientist"));
            store.putCandidate(candidate("cand-3", "Data Engineer"));
            closeStore(store);
            flipALetterInLine(2);

            IOException e = assertThrows(IOException.class, () -> DataStore.open(dir, engine()));

            assertTrue(e.getMessage().contains("journal-00000000.jsonl") && e.getMessage().contains("line 2"),
                    e.getMessage());
        }

        /** Changes the headline "Data Scientist" in a line to "Data Scientisk", keeping it valid JSON. */
        private void flipALetterInLine(int lineNo) throws IOException {
            List<String> lines = new ArrayList<>(Files.readAllLines(journal(0)));
            lines.set(lineNo - 1, lines.get(lineNo - 1).replace("Scientist", "Scientisk"));
            Files.writeString(journal(0), String.join("\n", lines) + "\n");
        }

        @Test
        void leftoversOfAnInterruptedCompaction_areRemovedAtOpen() throws Exception {
            DataStore store = open();
            store.putCandidate(candidate("cand-1", "ML Engineer"));
            closeStore(store);
            Files.writeString(dir.resolve("snapshot-00000001.jsonl"), "half");
            Files.writeString(dir.resolve("journal-00000001.jsonl"), "");
            Files.writeString(dir.resolve("snapshot-00000001.jsonl.tmp"), "half");
            Files.writeString(dir.resolve("meta.json.tmp"), "{");

            DataStore reopened = open();

            assertEquals(List.of("cand-1"), ids(reopened.candidates()));
            assertFalse(Files.exists(dir.resolve("snapshot-00000001.jsonl")));
            assertFalse(Files.exists(dir.resolve("journal-00000001.jsonl")));
            assertFalse(Files.exists(dir.resolve("snapshot-00000001.jsonl.tmp")));
            assertFalse(Files.exists(dir.resolve("meta.json.tmp")));
        }
    }

    @Nested
    class Compaction {
        @Test
        void journalPastTheThreshold_startsANewGenerationWithTheSameDocuments() throws Exception {
            DataStore store = open(4_000);
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < 10; i++) {
                    store.putCandidate(candidate("cand-" + i, "ML Engineer, round " + round));
                }
            }
            store.removeCandidate("cand-0");
            long generation = store.generation();
            closeStore(store);

            assertTrue(generation > 0, "compacted at least once");
            assertTrue(Files.exists(dir.resolve(String.format("snapshot-%08d.jsonl", generation))));
            assertFalse(Files.exists(journal(0)), "the old generation is deleted");
            DataStore reopened = open(4_000);
            assertEquals(9, reopened.candidateCount());
            assertEquals("ML Engineer, round 3", reopened.candidate("cand-9").orElseThrow().headline());
            assertEquals(generation, Fixtures.JSON.readTree(dir.resolve("meta.json").toFile()).path("generation").asLong());
        }

        @Test
        void explicitCompaction_leavesAnEmptyJournal() throws Exception {
            DataStore store = open();
            store.putVacancy(vacancy("vac-1", "ML Engineer"));
            store.putVacancy(vacancy("vac-1", "Senior ML Engineer"));

            store.compact();

            assertEquals(0, Files.size(journal(1)));
            assertEquals(1, Files.readAllLines(dir.resolve("snapshot-00000001.jsonl")).size());
        }
    }

    @Nested
    class EngineCoupling {
        private Candidate withUnknownCurrency(String id) throws IOException {
            return Fixtures.JSON.readValue("{\"id\": \"" + id + "\", \"headline\": \"ML Engineer\","
                    + " \"salaryExpectation\": {\"min\": 70000, \"currency\": \"XYZ\", \"period\": \"YEAR\"}}", Candidate.class);
        }

        @Test
        void documentTheRulesRefuse_isNotStored() throws Exception {
            DataStore store = open();

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.putCandidate(withUnknownCurrency("cand-x")));

            assertTrue(e.getMessage().contains("XYZ"), e.getMessage());
            assertTrue(store.candidate("cand-x").isEmpty());
            assertEquals(0, Files.size(journal(0)));
        }

        @Test
        void batchWithARefusedDocument_storesTheRest() throws Exception {
            DataStore store = open();

            List<MatchEngine.Refusal> refused = store.putCandidates(List.of(candidate("cand-1", "ML Engineer"),
                    withUnknownCurrency("cand-x"), candidate("cand-2", "Data Scientist")));

            assertEquals(1, refused.size());
            assertEquals(1, refused.get(0).index());
            assertEquals(List.of("cand-1", "cand-2"), ids(store.candidates()));
            assertEquals(2, Files.readAllLines(journal(0)).size());
        }

        @Test
        void inMemoryStore_worksTheSameWithoutAFolder() throws Exception {
            MatchEngine engine = engine();
            DataStore store = DataStore.inMemory(engine);

            store.putCandidate(candidate("cand-1", "ML Engineer"));
            store.compact();

            assertTrue(store.folder().isEmpty());
            assertEquals(1, engine.candidateCount());
            assertTrue(store.removeCandidate("cand-1"));
            assertEquals(0, engine.candidateCount());
        }

        @Test
        void writeAfterClose_isMisuse() throws Exception {
            DataStore store = open();
            closeStore(store);

            assertThrows(IllegalStateException.class, () -> store.putCandidate(candidate("cand-1", "ML Engineer")));
        }
    }
}
