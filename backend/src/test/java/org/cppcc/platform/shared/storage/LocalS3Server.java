package org.cppcc.platform.shared.storage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * LocalS3 (an S3-compatible server from Maven Central), in memory on a free port of this machine. It runs
 * in a class loader of its own: its Jackson XML module must not reach the platform's class path, where
 * Spring MVC would start answering XML. Surefire passes the jars it keeps off the test class path in
 * {@code local-s3.jars}; the rest (Netty, Jackson 2) comes from the test class path.
 */
final class LocalS3Server implements AutoCloseable {

    private final URLClassLoader loader;
    private final Object server;
    private final int port;

    private LocalS3Server(URLClassLoader loader, Object server, int port) {
        this.loader = loader;
        this.server = server;
        this.port = port;
    }

    static LocalS3Server start() throws Exception {
        URLClassLoader loader = new URLClassLoader("local-s3", urls(), ClassLoader.getPlatformClassLoader());
        Class<?> localS3 = loader.loadClass("com.robothy.s3.rest.LocalS3");
        Class<?> mode = loader.loadClass("com.robothy.s3.rest.bootstrap.LocalS3Mode");
        Object builder = localS3.getMethod("builder").invoke(null);
        Class<?> builderType = builder.getClass();
        int port = freePort();
        builderType.getMethod("port", int.class).invoke(builder, port);
        builderType
                .getMethod("mode", mode)
                .invoke(builder, mode.getField("IN_MEMORY").get(null));
        Object server = builderType.getMethod("build").invoke(builder);
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        try {
            localS3.getMethod("start").invoke(server);
        } finally {
            current.setContextClassLoader(previous);
        }
        return new LocalS3Server(loader, server, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        Method shutdown = server.getClass().getMethod("shutdown");
        shutdown.invoke(server);
        loader.close();
    }

    private static URL[] urls() {
        String extra = System.getProperty("local-s3.jars", "");
        if (extra.isBlank() || extra.contains("${")) {
            throw new IllegalStateException("local-s3.jars is not set: run the tests through Maven (surefire)");
        }
        List<URL> urls = new ArrayList<>();
        for (String path :
                (extra + File.pathSeparator + System.getProperty("java.class.path")).split(File.pathSeparator)) {
            if (!path.isBlank()) {
                try {
                    urls.add(new File(path).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(path, e);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
