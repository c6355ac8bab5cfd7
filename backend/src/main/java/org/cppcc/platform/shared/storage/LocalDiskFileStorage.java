package org.cppcc.platform.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files under {@code <data-dir>/files/<area>/<random id>}; names never come from the uploader. The embedded
 * default: right for one node, wrong for several (each would see only the files sent to it), where
 * {@code platform.storage.type=s3} puts them on a shared object store instead.
 */
@Component
@ConditionalOnProperty(name = "platform.storage.type", havingValue = "local", matchIfMissing = true)
class LocalDiskFileStorage implements FileStorage {

    private final Path root;

    LocalDiskFileStorage(@Value("${platform.data-dir}") String dataDir) {
        this.root = filesUnder(dataDir);
    }

    /** Where the local disk keeps the files of a data directory (also what the migration reads). */
    static Path filesUnder(String dataDir) {
        return Path.of(dataDir, "files").toAbsolutePath().normalize();
    }

    @Override
    public String store(String area, InputStream content) {
        String key = StorageKeys.newKey(area);
        try {
            Path target = resolve(key);
            Files.createDirectories(target.getParent());
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    private Path resolve(String key) {
        return root.resolve(StorageKeys.checked(key));
    }
}
