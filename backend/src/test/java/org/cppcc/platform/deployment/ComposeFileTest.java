package org.cppcc.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The production compose file and nginx configuration (docs/deployment.md) say what the deployment needs:
 * two nodes on one schema and one bucket, only nginx trusted for the client's address, secure cookies,
 * health checks everywhere. Plain file checks, plus {@code docker-compose config} where it is installed.
 */
class ComposeFileTest {

    private static final Path DOCKER = Path.of(System.getProperty("docs.dir", "../docs"))
            .resolve("../docker")
            .normalize();

    @Test
    @SuppressWarnings("unchecked")
    void twoNodesShareTheDatabaseAndTheBucketBehindNginx() throws IOException {
        Map<String, Object> compose = load(DOCKER.resolve("compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("mysql", "minio", "app1", "app2", "nginx");
        assertThat(services.get("mysql").get("image")).isEqualTo("mysql:8.4");
        services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));

        Map<String, Object> nginxNetworks =
                (Map<String, Object>) services.get("nginx").get("networks");
        String nginxAddress = (String) ((Map<String, Object>) nginxNetworks.get("default")).get("ipv4_address");
        for (String node : List.of("app1", "app2")) {
            Map<String, Object> service = services.get(node);
            assertThat(service.get("image")).as(node).isEqualTo("cppcc-platform:latest");
            assertThat(service).as(node).doesNotContainKey("ports");
            // Read as Spring Boot reads the environment, so a misspelt variable name fails here.
            Map<String, Object> settings = asEnvironment((Map<String, Object>) service.get("environment"));
            assertThat(setting(settings, "spring.profiles.active")).isEqualTo("mysql");
            assertThat(setting(settings, "platform.storage.type")).isEqualTo("s3");
            assertThat(setting(settings, "platform.storage.s3.endpoint")).isEqualTo("http://minio:9000");
            assertThat(setting(settings, "platform.storage.s3.bucket")).isEqualTo("cppcc-files");
            assertThat(setting(settings, "platform.storage.s3.access-key")).isNotNull();
            assertThat(setting(settings, "platform.storage.s3.secret-key")).isNotNull();
            assertThat(setting(settings, "platform.security.secure-cookies")).isEqualTo("true");
            assertThat(setting(settings, "platform.notification.site-url")).startsWith("https://");
            assertThat(setting(settings, "DB_URL")).contains("//mysql:3306/cppcc?", "nullCatalogMeansCurrent=true");
            Pattern trusted = Pattern.compile(setting(settings, "server.tomcat.remoteip.internal-proxies"));
            assertThat(trusted.matcher(nginxAddress).matches())
                    .as("nginx is trusted")
                    .isTrue();
            assertThat(trusted.matcher("172.28.0.11").matches())
                    .as("nothing else is")
                    .isFalse();
        }
        // The second node waits for the first, which migrates an empty schema alone.
        assertThat(services.get("app2").get("depends_on").toString()).contains("app1");
    }

    @Test
    void nginxTerminatesTlsAndForwardsTheClientsAddressToBothNodes() throws IOException {
        String conf = Files.readString(DOCKER.resolve("nginx/cppcc.conf"), StandardCharsets.UTF_8);

        assertThat(conf)
                .contains("server app1:8080", "server app2:8080")
                .contains("listen 443 ssl", "ssl_certificate     /etc/nginx/certs/fullchain.pem")
                .contains("proxy_set_header X-Forwarded-For $remote_addr;")
                .contains("proxy_set_header X-Forwarded-Proto $scheme;")
                .contains("client_max_body_size 12m;")
                .doesNotContain("$proxy_add_x_forwarded_for");
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Assumptions.assumeTrue(onPath("docker-compose"), "docker-compose is not installed");
        Process process = new ProcessBuilder(
                        "docker-compose",
                        "--env-file",
                        DOCKER.resolve(".env.example").toString(),
                        "-f",
                        DOCKER.resolve("compose.yml").toString(),
                        "config",
                        "-q")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static Map<String, Object> asEnvironment(Map<String, Object> environment) {
        Map<String, Object> variables = new HashMap<>();
        environment.forEach((name, value) -> variables.put(name, String.valueOf(value)));
        return variables;
    }

    /**
     * A setting as the application would see it from these environment variables (or the variable itself). The
     * source must carry the system environment's name: Spring Boot maps variable names only for that source.
     */
    private static String setting(Map<String, Object> variables, String name) {
        if (variables.containsKey(name)) {
            return (String) variables.get(name);
        }
        ConfigurationProperty property = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables))
                .getConfigurationProperty(ConfigurationPropertyName.of(name));
        return property == null ? null : (String) property.getValue();
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml().load(reader);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
