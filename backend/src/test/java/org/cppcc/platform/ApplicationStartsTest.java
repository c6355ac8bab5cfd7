package org.cppcc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends IntegrationTest {

    @Test
    void healthIsUpAndDemoCommitteeIsLoaded() {
        assertThat(anonymous()
                        .get("/actuator/health")
                        .expectStatus(200)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        // Other tests add sectors and units of their own in the same run: look for the demo ones.
        assertThat(jdbc.queryForList("SELECT code FROM sector", String.class))
                .containsAll(IntStream.rangeClosed(1, 20)
                        .mapToObj(i -> String.format("S%02d", i))
                        .toList());
        assertThat(jdbc.queryForList("SELECT code FROM handling_unit", String.class))
                .contains("FGJ", "JYJ", "ZJJ", "STHJJ", "JD1", "JD6")
                .hasSizeGreaterThanOrEqualTo(20);
        // The roster tests add members and subdistricts of their own too: count the demo's logins wy001…wy060.
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM member m JOIN app_account a ON a.id = m.account_id"
                                + " WHERE a.username BETWEEN 'wy001' AND 'wy060' AND CHAR_LENGTH(a.username) = 5",
                        Long.class))
                .isEqualTo(60L);
        assertThat(count("subdistrict")).isGreaterThanOrEqualTo(14);
    }

    /** The demo shows every state of the proposal lifecycle, each reached through the platform's commands. */
    @Test
    void demoProposalsCoverEveryState() {
        assertThat(jdbc.queryForList("SELECT DISTINCT state FROM proposal", String.class))
                .containsExactlyInAnyOrder(
                        Arrays.stream(ProposalState.values()).map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proposal WHERE process_instance_id IS NULL", Long.class))
                .isZero();
    }

    @Test
    void apiDocsArePublished() {
        assertThat(anonymous().get("/v3/api-docs").expectStatus(200).body()).contains("/api/admin/sectors");
    }
}
