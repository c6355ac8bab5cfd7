package org.cppcc.platform.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client: keeps the session cookie, and sends the CSRF token from the XSRF-TOKEN
 * cookie back in X-XSRF-TOKEN on every unsafe request, as the Vue app does.
 */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private boolean sendCsrf = true;
    private Duration timeout = Duration.ofSeconds(30);

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** For the benchmark programs, whose requests may take longer than a test's on a loaded machine. */
    public ApiClient withTimeout(Duration requestTimeout) {
        this.timeout = requestTimeout;
        return this;
    }

    public ApiClient withoutCsrf() {
        this.sendCsrf = false;
        return this;
    }

    public Response login(String username, String password) {
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Uploads one file as the browser's file input does: multipart/form-data with a part named {@code file}. */
    public Response upload(String path, String fileName, String contentType, byte[] content) {
        String boundary = "----cppcc-test-" + UUID.randomUUID();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        multipart.writeBytes(content);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = browserRequest(path, true, "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
                .build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return Response.of(response);
    }

    /** One part of a multipart request: a file when {@code fileName} is given, a form field otherwise. */
    public record Part(String name, String fileName, String contentType, byte[] content) {}

    /** A multipart POST with several parts (form fields, JSON parts and files), as a browser's FormData sends. */
    public Response multipart(String path, List<Part> parts) {
        String boundary = "----cppcc-test-" + UUID.randomUUID();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        for (Part part : parts) {
            multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                            + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                            + (part.contentType() == null ? "" : "\r\nContent-Type: " + part.contentType())
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            multipart.writeBytes(part.content());
            multipart.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        multipart.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = browserRequest(path, true, "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
                .build();
        return Response.of(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A GET as the browser makes it for a file link: any content type, the body kept as bytes, all headers. */
    public Download download(String path) {
        HttpResponse<byte[]> response =
                exchange(browserRequest(path, false, "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    public record Download(int status, byte[] body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private HttpRequest.Builder browserRequest(String path, boolean unsafe, String accept) {
        if (unsafe && sendCsrf && cookie("XSRF-TOKEN") == null) {
            send("GET", "/api/auth/csrf", null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", accept);
        if (unsafe && sendCsrf && cookie("XSRF-TOKEN") != null) {
            request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        return request;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, Object body) {
        boolean unsafe = !method.equals("GET");
        if (unsafe && sendCsrf && cookie("XSRF-TOKEN") == null) {
            send("GET", "/api/auth/csrf", null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (unsafe && sendCsrf && cookie("XSRF-TOKEN") != null) {
            request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        if (body != null) {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return Response.of(response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Plants a cookie as another browser (or an attacker) would hold it; sent on the following requests. */
    public ApiClient withCookie(String name, String value) {
        // Through the cookie manager, as a Set-Cookie from the server would be, so that a later one replaces it.
        try {
            cookies.put(URI.create(baseUrl + "/"), Map.of("Set-Cookie", List.of(name + "=" + value + "; Path=/")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** {@code setCookies} holds the raw Set-Cookie headers of the response, attributes included. */
    public record Response(int status, String body, String contentType, List<String> setCookies, HttpHeaders headers) {

        public static Response of(HttpResponse<String> response) {
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().allValues("Set-Cookie"),
                    response.headers());
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The raw Set-Cookie header that sets {@code name}, or null when the response sets no such cookie. */
        public String setCookie(String name) {
            return setCookies.stream()
                    .filter(c -> c.startsWith(name + "="))
                    .findFirst()
                    .orElse(null);
        }

        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        public Response expectStatus(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        /** The problem's error code, or null when the body is no problem document. */
        public String code() {
            JsonNode code = json().get("code");
            return code == null ? null : code.asString();
        }

        public String detail() {
            JsonNode detail = json().get("detail");
            return detail == null ? null : detail.asString();
        }

        /** The fields the problem names in its errors list. */
        public List<String> fields() {
            List<String> fields = new ArrayList<>();
            JsonNode errors = json().get("errors");
            if (errors != null) {
                errors.forEach(e -> fields.add(e.get("field").asString()));
            }
            return fields;
        }
    }
}
