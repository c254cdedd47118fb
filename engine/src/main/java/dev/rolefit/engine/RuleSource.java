package dev.rolefit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rule set, read once into memory: every .drl and data file below a folder, by
 * path relative to it ("skills.drl", "data/skills.csv"). The version is the SHA-256 of the paths and
 * contents, so any edit, added or removed file changes it.
 */
record RuleSource(String where, Map<String, byte[]> files) {
    static final String CLASSPATH_ROOT = "rolefit-rules";

    static RuleSource folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("rules folder " + dir + " does not exist or is not a folder");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".drl") || rel.endsWith(".csv")) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return new RuleSource(dir.toString(), files);
    }

    /** The default rule set, packaged from the project's rules/ folder. */
    static RuleSource classpath() {
        try {
            return new RuleSource("(built-in)", folder(classpathFolder()).files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the built-in rule set lies: a folder, or a folder inside the jar. */
    static Path classpathFolder() {
        URL marker = RuleSource.class.getClassLoader().getResource(CLASSPATH_ROOT + "/data/scoring.csv");
        if (marker == null) {
            throw new IllegalStateException("the default rules are not on the classpath (" + CLASSPATH_ROOT + "/)");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/" + CLASSPATH_ROOT);
            }
            return Path.of(uri).getParent().getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String file) {
        byte[] bytes = files.get(file);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
