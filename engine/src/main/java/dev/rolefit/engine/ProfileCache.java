package dev.rolefit.engine;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.CRC32C;

/**
 * The profiles a data folder keeps between runs, so that opening it need not run the profile rules
 * and build the search index again: about 1 ms of CPU per document otherwise.
 *
 * <pre>
 * DIR/profiles/profiles.bin    every stored document's profile, with the hash of the document
 * DIR/profiles/candidates/     the candidates' Lucene search index, as the engine built it
 * DIR/profiles/vacancies/      the vacancies'
 * </pre>
 *
 * {@code profiles.bin} starts with what its profiles depend on: the rule set's version, the month
 * that counted as now, and a fingerprint of the code that makes profiles. An engine that differs in
 * any of them makes every profile again. A profile is reused only for a document whose hash is
 * still the stored document's, so a document changed since the save is profiled again. The whole
 * file carries a CRC-32C; the indexes carry a token that ties them to one file.
 *
 * <p>This is a cache, never the record: the snapshot and journal are. A missing, damaged or stale
 * cache costs time, not data. It is written beside the old one and swapped in by renames; a crash
 * at any point leaves the old cache, the new one, or none.
 */
final class ProfileCache {
    static final String FOLDER = "profiles";
    static final String TEMP = "profiles.tmp";
    static final String OLD = "profiles.old";
    private static final String FILE = "profiles.bin";
    private static final String CANDIDATE_INDEX = "candidates";
    private static final String VACANCY_INDEX = "vacancies";
    private static final String TOKEN = "rolefit.profiles.token";
    private static final byte[] MAGIC = "RFPROFS\n".getBytes(StandardCharsets.US_ASCII);
    /** Goes up when this file's layout changes; the records' shapes are checked on their own. */
    static final int FORMAT_VERSION = 1;
    private static final int CANDIDATE = 1;
    private static final int VACANCY = 2;
    private static final int END = 0;

    /**
     * The classes whose code decides what a profile or a search document holds: a build that
     * changes any of them makes every saved profile stale. (How they are written is this file's
     * {@link #FORMAT_VERSION}; the records' shapes are checked as they are read.)
     */
    private static final Class<?>[] PROFILE_CODE = {Preparer.class, Profiler.class, Prepared.class,
            Prepared.Candidate.class, Prepared.Vacancy.class, ProfileSearch.class, ProfileIndex.class,
            SkillTaxonomy.class, SkillAnalyzer.class, SkillWordFilter.class, PlainTextFormat.class, RuleBook.class,
            Titles.class, MatchEngine.class, KnockoutFilter.class, EstimateTerms.class, dev.rolefit.engine.facts.Phrases.class};
    private static volatile String code;

    private ProfileCache() {
    }

    /** What saved profiles depend on. */
    record Key(String rulesetVersion, String asOf, String code) {
        static Key of(String rulesetVersion, YearMonth asOf) {
            return new Key(rulesetVersion, asOf.toString(), ProfileCache.code());
        }

        /** How this key differs from {@code other}, in words. */
        String difference(Key other) {
            if (!rulesetVersion.equals(other.rulesetVersion)) {
                return "the rules changed since the profiles were saved: " + shorten(other.rulesetVersion) + " → " + shorten(rulesetVersion);
            }
            if (!asOf.equals(other.asOf)) {
                return "the month that counts as now is not the one the profiles were made for: " + other.asOf + " → " + asOf;
            }
            return "this rolefit makes profiles differently from the one that saved them: " + shorten(other.code) + " → " + shorten(code);
        }

        private static String shorten(String version) {
            return version.length() > 19 ? version.substring(0, 19) + "…" : version;
        }
    }

    /** A saved profile and the hash of the document it was made from. */
    record Saved<P>(long hash, P prepared) {
    }

    /**
     * A cache as read: the profiles by id, and each kind's saved index folder, or null when it
     * does not belong to these profiles.
     */
    record Loaded(Map<String, Saved<Prepared.Candidate>> candidates, Map<String, Saved<Prepared.Vacancy>> vacancies,
                  Path candidateIndex, Path vacancyIndex) {
    }

    /** The cache was saved under another key: sound, but its profiles are not this engine's. */
    static final class Stale extends IOException {
        Stale(String message) {
            super(message);
        }
    }

    /** A hex fingerprint of the profile code in this build. */
    static String code() {
        String c = code;
        if (c == null) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(Integer.toString(FORMAT_VERSION).getBytes(StandardCharsets.US_ASCII));
                for (Class<?> type : PROFILE_CODE) {
                    String name = type.getName();
                    try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
                        sha.update(name.getBytes(StandardCharsets.UTF_8));
                        if (in != null) {
                            sha.update(in.readAllBytes());
                        }
                    }
                }
                c = "code:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
            } catch (NoSuchAlgorithmException | IOException e) {
                // Without a fingerprint no cache can be trusted: a fresh one per run is never reused.
                c = "code:unknown-" + UUID.randomUUID();
            }
            code = c;
        }
        return c;
    }

    /**
     * Reads the cache of a data folder.
     *
     * @return the cache, or null when the folder has none
     * @throws Stale       when it was saved under another key (the message says which part differs)
     * @throws IOException when it is damaged (the message names the file and the place)
     */
    static Loaded read(Path dataDir, Key key) throws IOException {
        Path folder = dataDir.resolve(FOLDER);
        Path file = folder.resolve(FILE);
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        CRC32C crc = new CRC32C();
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), crc))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a rolefit profile cache (it does not start with RFPROFS)");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new Stale("it was written in profile format " + version + "; this rolefit writes format " + FORMAT_VERSION);
            }
            Key saved = new Key(in.readUTF(), in.readUTF(), in.readUTF());
            if (!saved.equals(key)) {
                throw new Stale(key.difference(saved));
            }
            String token = in.readUTF();
            RecordCodec.Reader reader = new RecordCodec.Reader(in);
            Map<String, Saved<Prepared.Candidate>> candidates = new HashMap<>();
            Map<String, Saved<Prepared.Vacancy>> vacancies = new HashMap<>();
            long entry = 0;
            for (int kind = in.readUnsignedByte(); kind != END; kind = in.readUnsignedByte()) {
                entry++;
                long hash = in.readLong();
                Object p;
                try {
                    p = reader.read();
                } catch (RecordCodec.ShapeChanged e) {
                    throw new Stale(e.getMessage());
                } catch (IOException e) {
                    throw new IOException(file + " is damaged at entry " + entry + ": " + e.getMessage(), e);
                }
                if (kind == CANDIDATE && p instanceof Prepared.Candidate c) {
                    candidates.put(c.id(), new Saved<>(hash, c));
                } else if (kind == VACANCY && p instanceof Prepared.Vacancy v) {
                    vacancies.put(v.id(), new Saved<>(hash, v));
                } else {
                    throw new IOException(file + " is damaged at entry " + entry + ": kind " + kind + " holds a "
                            + (p == null ? "null" : p.getClass().getSimpleName()));
                }
            }
            long expected = crc.getValue();
            long written = in.readLong();
            if (written != expected) {
                throw new IOException(file + " is damaged: its checksum is " + Long.toHexString(written)
                        + " but its content sums to " + Long.toHexString(expected));
            }
            return new Loaded(candidates, vacancies, index(folder.resolve(CANDIDATE_INDEX), token),
                    index(folder.resolve(VACANCY_INDEX), token));
        } catch (EOFException e) {
            throw new IOException(file + " is damaged: it ends too early", e);
        }
    }

    /** The saved index folder when its last commit carries {@code token}; else null. */
    private static Path index(Path folder, String token) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Directory dir = FSDirectory.open(folder)) {
            return token.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(TOKEN)) ? folder : null;
        } catch (IOException e) {
            return null; // a damaged index is rebuilt from the profiles
        }
    }

    /**
     * Writes a new cache of {@code held} into {@code DIR/profiles.tmp}, forced to disk; the data store
     * then swaps it in. {@code candidateHashes} and {@code vacancyHashes} hold the hash of each
     * stored document whose profile is to be kept; with {@code withIndexes}, the engine's indexes
     * hold exactly those documents and are saved too.
     */
    static void write(Path dataDir, MatchEngine.Held held, Map<String, Long> candidateHashes,
                      Map<String, Long> vacancyHashes, boolean withIndexes) throws IOException {
        Path temp = dataDir.resolve(TEMP);
        DataStore.deleteTree(temp);
        Files.createDirectories(temp);
        String token = UUID.randomUUID().toString();
        Key key = Key.of(held.version(), held.asOf());
        Path file = temp.resolve(FILE);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            CRC32C crc = new CRC32C();
            OutputStream unclosed = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(unclosed, crc));
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(key.rulesetVersion());
            out.writeUTF(key.asOf());
            out.writeUTF(key.code());
            out.writeUTF(token);
            RecordCodec.Writer writer = new RecordCodec.Writer(out);
            for (Map.Entry<String, Prepared.Candidate> e : held.candidates().entrySet()) {
                Long hash = candidateHashes.get(e.getKey());
                if (hash != null) {
                    out.writeByte(CANDIDATE);
                    out.writeLong(hash);
                    writer.write(e.getValue());
                }
            }
            for (Map.Entry<String, Prepared.Vacancy> e : held.vacancies().entrySet()) {
                Long hash = vacancyHashes.get(e.getKey());
                if (hash != null) {
                    out.writeByte(VACANCY);
                    out.writeLong(hash);
                    writer.write(e.getValue());
                }
            }
            out.writeByte(END);
            out.flush();
            DataOutputStream trailer = new DataOutputStream(unclosed);
            trailer.writeLong(crc.getValue());
            trailer.flush();
            channel.force(true);
        }
        if (withIndexes) {
            Map<String, String> data = Map.of(TOKEN, token);
            try (Directory dir = FSDirectory.open(temp.resolve(CANDIDATE_INDEX))) {
                held.candidateIndex().saveTo(dir, data);
            }
            try (Directory dir = FSDirectory.open(temp.resolve(VACANCY_INDEX))) {
                held.vacancyIndex().saveTo(dir, data);
            }
        }
    }
}
