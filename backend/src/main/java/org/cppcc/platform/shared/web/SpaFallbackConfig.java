package org.cppcc.platform.shared.web;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue application and lets its router own the paths: any path that is not a file and not
 * an API or tooling path returns index.html.
 */
@Configuration(proxyBeanMethods = false)
public class SpaFallbackConfig implements WebMvcConfigurer {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new PathResourceResolver() {
                    @Override
                    protected Resource getResource(String path, Resource location) throws IOException {
                        Resource requested = location.createRelative(path);
                        if (requested.exists() && requested.isReadable()) {
                            return requested;
                        }
                        return isClientRoute(path) && INDEX.exists() ? INDEX : null;
                    }
                });
    }

    static boolean isClientRoute(String path) {
        return !(path.startsWith("api/")
                || path.startsWith("actuator")
                || path.startsWith("v3/")
                || path.startsWith("swagger-ui")
                || path.contains("."));
    }
}
