package org.cppcc.platform.shared.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The shape of a storage key, {@code <area>/<random id>}, shared by every implementation so that a key
 * written by one (the local disk) is valid in another (the object store) after a migration.
 */
final class StorageKeys {

    private static final Pattern KEY = Pattern.compile("^[a-z]{1,20}/[0-9a-f-]{36}$");
    private static final Pattern AREA = Pattern.compile("^[a-z]{1,20}$");

    private StorageKeys() {}

    static String newKey(String area) {
        if (area == null || !AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("Bad storage area " + area);
        }
        return area + "/" + UUID.randomUUID();
    }

    /** Refuses anything that is not a key this platform made, so no key can reach outside its area. */
    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Bad storage key " + key);
        }
        return key;
    }

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
