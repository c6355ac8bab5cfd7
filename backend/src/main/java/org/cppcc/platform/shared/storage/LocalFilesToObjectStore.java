package org.cppcc.platform.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Moving from the local disk to the object store: copies every file under {@code <data-dir>/files} to the
 * bucket under the same key, so the keys the tables hold stay valid. Idempotent: a file already in the
 * bucket with the same size is left alone, so the copy can be re-run after an interruption, or on every
 * node. Local files are never deleted (they are the fallback until the move is checked).
 */
final class LocalFilesToObjectStore {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFilesToObjectStore.class);

    /** What a run did: files copied, files that were already there, files that are not storage keys. */
    record Outcome(int copied, int alreadyThere, List<Path> notKeys) {}

    private LocalFilesToObjectStore() {}

    static Outcome copy(Path filesRoot, S3FileStorage target) {
        if (!Files.isDirectory(filesRoot)) {
            LOG.info("No local files to copy: {} does not exist", filesRoot);
            return new Outcome(0, 0, List.of());
        }
        int copied = 0;
        int alreadyThere = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(filesRoot)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + filesRoot, e);
        }
        List<Path> notKeys = files.stream()
                .filter(file -> !StorageKeys.isKey(keyOf(filesRoot, file)))
                .toList();
        for (Path file : files) {
            String key = keyOf(filesRoot, file);
            if (!StorageKeys.isKey(key)) {
                continue;
            }
            long size = sizeOf(file);
            OptionalLong stored = target.size(key);
            if (stored.isPresent() && stored.getAsLong() == size) {
                alreadyThere++;
            } else {
                target.put(key, RequestBody.fromFile(file));
                copied++;
            }
        }
        LOG.info(
                "Local files to the object store: {} copied, {} already there, {} skipped (not storage keys: {})",
                copied,
                alreadyThere,
                notKeys.size(),
                notKeys);
        return new Outcome(copied, alreadyThere, notKeys);
    }

    private static String keyOf(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
