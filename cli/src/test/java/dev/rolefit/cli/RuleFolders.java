package dev.rolefit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the project's rules/ folder that a test may edit. */
final class RuleFolders {
    private RuleFolders() {
    }

    /** Copies rules/ into {@code dir} and returns it. */
    static Path copyOfRules(Path dir) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }
}
