package dev.rolefit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a rules folder (and its sub-folders) and calls back once an edit has settled: editors
 * save in several steps, so changes are gathered until the folder has been quiet for a moment.
 */
final class RuleWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 300;

    private final WatchService service;
    private final Thread thread;

    RuleWatcher(Path dir, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        try (Stream<Path> folders = Files.walk(dir)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        this.thread = new Thread(() -> loop(onChange), "rolefit-rule-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                // Gather the rest of the edit before reloading.
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            Object context = event.context();
            String name = context == null ? "" : context.toString();
            relevant |= name.endsWith(".drl") || name.endsWith(".csv") || event.kind() == StandardWatchEventKinds.OVERFLOW;
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
