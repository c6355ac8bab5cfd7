package org.cppcc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends IntegrationTest {

    @Test
    void healthIsUpAndDemoCommitteeIsLoaded() {
        assertThat(anonymous().get("/actuator/health").expectStatus(200).json().get("status").asString()).isEqualTo("UP");
        assertThat(count("sector")).isEqualTo(20);
        assertThat(count("member")).isEqualTo(60);
        assertThat(count("handling_unit")).isEqualTo(20);
        assertThat(count("subdistrict")).isEqualTo(14);
    }

    @Test
    void apiDocsArePublished() {
        assertThat(anonymous().get("/v3/api-docs").expectStatus(200).body()).contains("/api/admin/sectors");
    }
}
