package org.cppcc.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * What the browser gets for the pages: text compressed when it asks for gzip, Vite's hashed assets cached
 * for a year, index.html revalidated on every visit. Over the real port, as compression is Tomcat's.
 */
class PageDeliveryTest extends IntegrationTest {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");
    private static final Pattern STYLE = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void indexHtmlIsCompressedAndRevalidatedOnEveryVisit() throws Exception {
        HttpResponse<byte[]> index = get("/", true);

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(index.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("no-cache").doesNotContain("max-age=31536000"));
        assertThat(gunzip(index.body())).contains("<div id=\"app\"");

        // A route of the Vue router is index.html too, with the same caching.
        HttpResponse<byte[]> route = get("/proposals/mine", true);
        assertThat(route.statusCode()).isEqualTo(200);
        assertThat(route.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-cache"));
    }

    @Test
    void hashedScriptsAndStylesAreCompressedAndCachedForAYear() throws Exception {
        String index = gunzip(get("/", true).body());
        for (Pattern asset : new Pattern[] {SCRIPT, STYLE}) {
            Matcher found = asset.matcher(index);
            assertThat(found.find())
                    .as("index.html names a hashed asset: " + asset)
                    .isTrue();

            HttpResponse<byte[]> response = get(found.group(1), true);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "immutable", "public"));
            assertThat(response.headers().allValues("Vary"))
                    .anySatisfy(value -> assertThat(value).containsIgnoringCase("Accept-Encoding"));
        }
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsPlainText() throws Exception {
        Matcher script = SCRIPT.matcher(gunzip(get("/", true).body()));
        assertThat(script.find()).isTrue();

        HttpResponse<byte[]> plain = get(script.group(1), false);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isNotBlank();
    }

    @Test
    void jsonAnswersAreCompressed() throws Exception {
        HttpResponse<byte[]> list = get("/api/public/proposals?size=50", true);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(list.body())).startsWith("{");
    }

    @Test
    void aMissingAssetIsNotFoundRatherThanThePage() throws Exception {
        HttpResponse<byte[]> missing = get("/assets/no-such-file-0000.js", true);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).doesNotContain("immutable"));
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
