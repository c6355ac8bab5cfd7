package org.cppcc.platform.shared.web;

import java.util.ArrayDeque;
import java.util.Deque;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Schema names in /v3/api-docs that no two classes share. swagger-core names a schema by the class's simple
 * name, so the proposal's {@code HandlingForms.Meeting} and the consultation's {@code MatterDetailView.Meeting}
 * were one schema and an operation showed the other's body. A nested class of the platform is named with the
 * classes it sits in ({@code HandlingForms.Meeting}); everything else keeps swagger-core's name. Only when the
 * documentation is on ({@code platform.api-docs}): without it springdoc has no beans to build on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "springdoc.api-docs.enabled", havingValue = "true", matchIfMissing = true)
class OpenApiSchemaNames {

    /** Replaces springdoc's default resolver (same class), which differs from it only in the names. */
    @Bean
    ModelResolver platformModelResolver(ObjectMapperProvider mappers) {
        return new ModelResolver(mappers.jsonMapper(), new NestedTypeNames());
    }

    static final class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            if (!type.getName().startsWith("org.cppcc.platform.") || type.getEnclosingClass() == null) {
                return super.getNameOfClass(type);
            }
            Deque<String> names = new ArrayDeque<>();
            for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
                names.addFirst(c.getSimpleName());
            }
            return String.join(".", names);
        }
    }
}
