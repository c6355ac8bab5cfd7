package org.cppcc.platform.demo;

import java.util.Locale;

/**
 * Whether this node is certainly the only one: its database is an embedded H2 (in memory, or a file that H2
 * locks for one JVM), not a server that other nodes may share. The demo clock moves only this JVM's time, so
 * it is allowed only here; on a shared database it would move one node and leave the others.
 */
final class SingleNode {

    private SingleNode() {}

    static boolean holds(String jdbcUrl) {
        if (jdbcUrl == null) {
            return false;
        }
        String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (!url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length());
        // A TCP/SSL server, or AUTO_SERVER (the first JVM serves the file to the next ones), admits other nodes.
        return !rest.startsWith("tcp:")
                && !rest.startsWith("ssl:")
                && !url.replace(" ", "").contains("auto_server=true");
    }
}
