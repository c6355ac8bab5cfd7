package org.cppcc.platform.shared.storage;

import java.io.InputStream;

/**
 * Where uploaded files live, outside the database. Keys are made by the storage and are safe to keep in
 * a table; the local-disk implementation is the default, an object store can replace it.
 */
public interface FileStorage {

    /** Stores the content under a new key in the given area (e.g. "proposal") and returns the key. */
    String store(String area, InputStream content);

    InputStream open(String key);

    void delete(String key);
}
