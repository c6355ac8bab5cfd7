package org.cppcc.platform.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files under {@code <data-dir>/files/<area>/<random id>}; names never come from the uploader. */
@Component
class LocalDiskFileStorage implements FileStorage {

    private static final Pattern KEY = Pattern.compile("^[a-z]{1,20}/[0-9a-f-]{36}$");
    private static final Pattern AREA = Pattern.compile("^[a-z]{1,20}$");

    private final Path root;

    LocalDiskFileStorage(@Value("${platform.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "files").toAbsolutePath().normalize();
    }

    @Override
    public String store(String area, InputStream content) {
        if (!AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("Bad storage area " + area);
        }
        String key = area + "/" + UUID.randomUUID();
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
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Bad storage key " + key);
        }
        return root.resolve(key);
    }
}
