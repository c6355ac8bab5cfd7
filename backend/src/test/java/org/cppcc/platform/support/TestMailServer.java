package org.cppcc.platform.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) for the whole test JVM, on a free port of the loopback address. The
 * application's {@code spring.mail.*} point at it (see {@link IntegrationTest}), so notifications' e-mails
 * really go over SMTP; tests read what arrived.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return get().getSmtp().getPort();
    }
}
