package org.cppcc.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * swagger-ui and /v3/api-docs are a setting: on for the embedded default, off in the production (`mysql`)
 * profile unless PLATFORM_API_DOCS=true. Read from the packaged configuration files as Boot layers them.
 */
class ApiDocsSettingTest {

    private static StandardEnvironment environment(String... files) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (String file : files) {
            // Later files (profiles) take precedence, as in Boot.
            yaml.load(file, new ClassPathResource(file)).forEach(environment.getPropertySources()::addFirst);
        }
        return environment;
    }

    @Test
    void theDocumentationIsOffInProductionAndOnForTheEmbeddedDefault() throws IOException {
        StandardEnvironment embedded = environment("application.yml");
        assertThat(embedded.getProperty("springdoc.api-docs.enabled", Boolean.class))
                .isTrue();
        assertThat(embedded.getProperty("springdoc.swagger-ui.enabled", Boolean.class))
                .isTrue();

        StandardEnvironment production = environment("application.yml", "application-mysql.yml");
        assertThat(production.getProperty("springdoc.api-docs.enabled", Boolean.class))
                .isFalse();
        assertThat(production.getProperty("springdoc.swagger-ui.enabled", Boolean.class))
                .isFalse();
    }
}
