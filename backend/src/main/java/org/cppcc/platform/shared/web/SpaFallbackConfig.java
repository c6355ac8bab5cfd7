package org.cppcc.platform.shared.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue application and lets its router own the paths: any path that is not a file and not
 * an API or tooling path returns index.html. Vite names every file under /assets by a hash of its content,
 * so a browser may keep those for a year without asking again; index.html (which names the current
 * hashes) and the other files must be revalidated on every visit, or a release would not reach it.
 */
@Configuration(proxyBeanMethods = false)
public class SpaFallbackConfig implements WebMvcConfigurer {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    static final CacheControl HASHED_ASSETS =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(HASHED_ASSETS)
                .resourceChain(true);
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
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
