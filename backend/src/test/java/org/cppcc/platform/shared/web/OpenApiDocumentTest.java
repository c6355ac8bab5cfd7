package org.cppcc.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * /v3/api-docs documents, for every operation, the request body the controller really binds: its schema is
 * the bound class's (same properties), and no two classes share a schema name. An outside tester found the
 * consultation's {@code Meeting} documented for the proposal's meeting endpoint.
 */
class OpenApiDocumentTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void eachOperationDocumentsTheBodyItsControllerBinds() {
        JsonNode docs = anonymous().get("/v3/api-docs").expectStatus(200).json();
        JsonNode schemas = docs.get("components").get("schemas");
        Map<String, Class<?>> classOfSchema = new HashMap<>();
        List<String> checked = new ArrayList<>();

        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            MethodParameter body = bodyOf(entry.getValue());
            if (body == null || !body.getParameterType().isRecord()) {
                continue;
            }
            Class<?> bound = body.getParameterType();
            for (String path : entry.getKey().getPatternValues()) {
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    String operation = method + " " + path;
                    JsonNode documented =
                            docs.get("paths").get(path).get(method.name().toLowerCase());
                    assertThat(documented).as(operation).isNotNull();
                    String ref = documented
                            .get("requestBody")
                            .get("content")
                            .get("application/json")
                            .get("schema")
                            .get("$ref")
                            .asString();
                    String name = ref.substring(ref.lastIndexOf('/') + 1);

                    Class<?> earlier = classOfSchema.putIfAbsent(name, bound);
                    assertThat(earlier == null || earlier == bound)
                            .as(operation + ": schema " + name + " names both " + earlier + " and " + bound)
                            .isTrue();
                    Set<String> properties = new LinkedHashSet<>();
                    schemas.get(name).get("properties").propertyNames().forEach(properties::add);
                    assertThat(properties)
                            .as(operation + " documents " + name + " for " + bound.getName())
                            .isEqualTo(componentNames(bound));
                    checked.add(operation);
                }
            }
        }
        // The proposal's meeting endpoint, the case that was wrong, is among those checked.
        assertThat(checked).contains("POST /api/proposals/{id}/meetings").hasSizeGreaterThan(30);
    }

    private static MethodParameter bodyOf(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter;
            }
        }
        return null;
    }

    private static Set<String> componentNames(Class<?> record) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }
}
