package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The fast in-suite version of the drafting load that deadlocked on MariaDB (docs/reliability.md): sixteen
 * members draft proposals with suggested units and co-signers and submit them, all at once. No answer may be
 * a 5xx, and every acknowledged draft is stored with its lists.
 */
class ProposalDraftingLoadTest extends IntegrationTest {

    private static final int MEMBERS = 16;
    private static final int ROUNDS = 3;

    private record Outcome(long proposalId, List<Integer> statuses) {}

    @Test
    void sixteenMembersDraftingAndSubmittingAtOnceGetNoServerError() throws Exception {
        List<Long> units = List.of(unitId(jdbc, "FGJ"), unitId(jdbc, "ZJJ"));
        List<ApiClient> members = new ArrayList<>();
        List<Long> cosigners = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String username = String.format("wy%03d", 31 + i);
            members.add(loginAs(username));
            // Each one's co-signer is the next member: joint proposals insert co-signer rows concurrently too.
            cosigners.add(memberId(jdbc, String.format("wy%03d", 31 + (i + 1) % MEMBERS)));
        }
        CyclicBarrier start = new CyclicBarrier(MEMBERS);
        ExecutorService threads = Executors.newFixedThreadPool(MEMBERS);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                ApiClient member = members.get(i);
                boolean joint = i % 2 == 0;
                long cosigner = cosigners.get(i);
                work.add(threads.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    for (int round = 0; round < ROUNDS; round++) {
                        outcomes.add(draftAndSubmit(member, joint, cosigner, units));
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        List<Integer> statuses =
                outcomes.stream().flatMap(o -> o.statuses().stream()).toList();
        assertThat(statuses).hasSize(MEMBERS * ROUNDS * 2).allMatch(status -> status < 500);
        // With the retry in place every request should land; a refusal here would be a 503 with Retry-After.
        assertThat(statuses).containsOnly(201, 200);
        for (Outcome outcome : outcomes) {
            long id = outcome.proposalId();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM proposal_suggested_unit WHERE proposal_id = ?", Integer.class, id))
                    .isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT state FROM proposal WHERE id = ?", String.class, id))
                    .isIn("UNDER_REVIEW", "COSIGNING");
        }
    }

    private static Outcome draftAndSubmit(ApiClient member, boolean joint, long cosigner, List<Long> units) {
        Map<String, Object> body =
                form(title("关于并发起草的建议"), joint ? "JOINT" : "INDIVIDUAL", joint ? List.of(cosigner) : List.of());
        body.put("suggestedUnitIds", units);
        Response created = member.post("/api/proposals", body);
        if (created.status() != 201) {
            return new Outcome(-1, List.of(created.status(), created.status()));
        }
        long id = created.json().get("id").asLong();
        Response submitted = member.post("/api/proposals/" + id + "/submit", null);
        return new Outcome(id, List.of(created.status(), submitted.status()));
    }
}
