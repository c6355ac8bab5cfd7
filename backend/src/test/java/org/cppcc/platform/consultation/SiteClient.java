package org.cppcc.platform.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cppcc.platform.support.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser on the public site, or a signed-in one, seen from one client address (sent in X-Forwarded-For,
 * as the reverse proxy on the test's host would): JSON and multipart requests with the session cookie and
 * the CSRF token, as the Vue app sends them.
 */
class SiteClient {

    static final String ADDRESS_HEADER = "X-Forwarded-For";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String address;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    SiteClient(String baseUrl, String address) {
        this.baseUrl = baseUrl;
        this.address = address;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The address this client's requests come from, as the proxy reports it. */
    String address() {
        return address;
    }

    /** A file part of a multipart request. */
    record FilePart(String name, String fileName, String contentType, byte[] content) {}

    SiteClient login(String username, String password) {
        post("/api/auth/login", Map.of("username", username, "password", password))
                .expectStatus(200);
        return this;
    }

    ApiClient.Response get(String path) {
        return send(request(path).GET());
    }

    ApiClient.Response post(String path, Object body) {
        HttpRequest.Builder request = unsafe(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : JSON.writeValueAsString(body)));
        return send(request);
    }

    ApiClient.Response delete(String path) {
        return send(unsafe(path).DELETE());
    }

    /** A multipart POST: {@code jsonPart} as a JSON part named {@code jsonName}, then the files. */
    ApiClient.Response postMultipart(String path, String jsonName, Object jsonPart, List<FilePart> files) {
        String boundary = "----cppcc" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (jsonPart != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonName
                                + "\"\r\nContent-Type: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(JSON.writeValueAsString(jsonPart).getBytes(StandardCharsets.UTF_8));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            for (FilePart file : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                                + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(file.content());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(unsafe(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The raw bytes and content type of a GET, for photos. */
    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header(ADDRESS_HEADER, address);
    }

    private HttpRequest.Builder unsafe(String path) {
        if (cookie("XSRF-TOKEN") == null) {
            get("/api/auth/csrf");
        }
        return request(path).header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
    }

    private ApiClient.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return ApiClient.Response.of(response);
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
