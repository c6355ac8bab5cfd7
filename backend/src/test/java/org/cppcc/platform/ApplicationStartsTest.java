package org.cppcc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends IntegrationTest {

    @Test
    void healthIsUpAndDemoCommitteeIsLoaded() {
        assertThat(anonymous().get("/actuator/health").expectStatus(200).json().get("status").asString()).isEqualTo("UP");
        // Other tests add sectors and units of their own in the same run: look for the demo ones.
        assertThat(jdbc.queryForList("SELECT code FROM sector", String.class))
                .containsAll(IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("S%02d", i)).toList());
        assertThat(jdbc.queryForList("SELECT code FROM handling_unit", String.class))
                .contains("FGJ", "JYJ", "ZJJ", "STHJJ", "JD1", "JD6")
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(count("member")).isEqualTo(60);
        assertThat(count("subdistrict")).isEqualTo(14);
    }

    @Test
    void apiDocsArePublished() {
        assertThat(anonymous().get("/v3/api-docs").expectStatus(200).body()).contains("/api/admin/sectors");
    }
}
