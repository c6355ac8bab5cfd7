package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.assigned;
import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.chinese;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.openTasks;
import static org.cppcc.platform.proposal.ProposalFixtures.state;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Two people acting at the same moment, on two threads released together by a barrier: registration
 * numbers stay consecutive and unique, and an assignment is signed exactly once.
 */
class ProposalConcurrencyTest extends IntegrationTest {

    private static final int ROUNDS = 10;
    private static final String SECOND_FGJ_USER = "fgjb";
    private static final String SECOND_FGJ_PASSWORD = "Unit2026x";

    @Autowired
    TaskService tasks;

    /** Runs the actions on threads of their own, all released at the same moment; results in the given order. */
    @SafeVarargs
    private static List<Response> atOnce(Supplier<Response>... actions) {
        CyclicBarrier start = new CyclicBarrier(actions.length);
        ExecutorService threads = Executors.newFixedThreadPool(actions.length);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Supplier<Response> action : actions) {
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return action.get();
                }));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(90, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new AssertionError("concurrent requests failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Supplier<Response> register(ApiClient office, long proposalId) {
        return () -> office.post("/api/proposals/" + proposalId + "/review", Map.of("outcome", "REGISTER"));
    }

    private long registerHistory(long proposalId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM proposal_history WHERE proposal_id = ? AND action = 'REGISTER'",
                Long.class,
                proposalId);
    }

    /** The session's last number, 0 before its first registration. */
    private int counter(long sessionId) {
        return jdbc
                .queryForList(
                        "SELECT last_number FROM proposal_number_counter WHERE session_id = ?",
                        Integer.class,
                        sessionId)
                .stream()
                .findFirst()
                .orElse(0);
    }

    private long sessionOf(long proposalId) {
        return jdbc.queryForObject("SELECT session_id FROM proposal WHERE id = ?", Long.class, proposalId);
    }

    @Test
    void twoOfficeUsersRegisteringAtOnceGetDistinctConsecutiveNumbers() {
        ApiClient tab01 = loginAs("tab01");
        ApiClient tab02 = loginAs("tab02");
        ApiClient first = loginAs("wy056");
        ApiClient second = loginAs("wy057");
        List<Long> proposals = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            long a = underReview(first, title("关于并发立案甲的建议"));
            long b = underReview(second, title("关于并发立案乙的建议"));

            List<Response> answers = atOnce(register(tab01, a), register(tab02, b));

            for (Response answer : answers) {
                JsonNode detail = answer.expectStatus(200).json();
                assertThat(detail.get("state").asString()).isEqualTo("ASSIGNMENT");
                numbers.add(detail.get("proposalNumber").asInt());
            }
            proposals.add(a);
            proposals.add(b);
        }

        assertThat(new HashSet<>(numbers)).as("numbers %s", numbers).hasSize(2 * ROUNDS);
        int min = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(max - min + 1).as("no gaps in %s", numbers).isEqualTo(numbers.size());
        assertThat(counter(sessionOf(proposals.get(0)))).isGreaterThanOrEqualTo(max);
        for (int i = 0; i < proposals.size(); i++) {
            assertThat(jdbc.queryForObject(
                            "SELECT proposal_number FROM proposal WHERE id = ?", Integer.class, proposals.get(i)))
                    .isEqualTo(numbers.get(i));
            assertThat(registerHistory(proposals.get(i))).isOne();
        }
    }

    @Test
    void theSameProposalRegisteredTwiceAtOnceTakesOneNumber() {
        ApiClient tab01 = loginAs("tab01");
        ApiClient tab02 = loginAs("tab02");
        ApiClient member = loginAs("wy058");

        for (int round = 0; round < 5; round++) {
            long id = underReview(member, title("关于重复立案的建议"));
            long session = sessionOf(id);
            int before = counter(session);

            List<Response> answers = atOnce(register(tab01, id), register(tab02, id));

            assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
            Response loser =
                    answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.code()).isEqualTo("STATE_CONFLICT");
            assertThat(chinese(loser.detail())).as(loser.detail()).isTrue();
            int number = jdbc.queryForObject("SELECT proposal_number FROM proposal WHERE id = ?", Integer.class, id);
            assertThat(counter(session)).isEqualTo(before + 1).isEqualTo(number);
            assertThat(registerHistory(id)).isOne();
            assertThat(openTasks(tasks, jdbc, id, "review")).isZero();
            assertThat(openTasks(tasks, jdbc, id, "assign")).isOne();
        }
    }

    @Test
    void theFirstRegistrationsOfANewSessionRaceToCreateItsCounter() {
        ApiClient tab01 = loginAs("tab01");
        ApiClient tab02 = loginAs("tab02");
        ApiClient member = loginAs("wy059");
        long session = ProposalFixtures.newSession(jdbc);
        long a = underReview(member, title("关于新会议首件立案甲的建议"));
        long b = underReview(member, title("关于新会议首件立案乙的建议"));
        ProposalFixtures.moveToSession(jdbc, session, a, b);

        List<Response> answers = atOnce(register(tab01, a), register(tab02, b));

        assertThat(answers)
                .extracting(
                        r -> r.expectStatus(200).json().get("proposalNumber").asInt())
                .containsExactlyInAnyOrder(1, 2);
        assertThat(counter(session)).isEqualTo(2);
    }

    /** A second account of 区发展和改革局, opened by the administrator: the demo has one user per unit. */
    private ApiClient secondFgjUser() {
        Long existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM app_account WHERE username = ?", Long.class, SECOND_FGJ_USER);
        if (existing == 0) {
            loginAs("admin")
                    .post(
                            "/api/admin/accounts",
                            Map.of(
                                    "username",
                                    SECOND_FGJ_USER,
                                    "displayName",
                                    "发改局办理员乙",
                                    "roles",
                                    List.of("HANDLING_UNIT"),
                                    "unitId",
                                    unitId(jdbc, "FGJ"),
                                    "password",
                                    SECOND_FGJ_PASSWORD))
                    .expectStatus(201);
        }
        ApiClient client = anonymous();
        client.login(SECOND_FGJ_USER, SECOND_FGJ_PASSWORD).expectStatus(200);
        return client;
    }

    @Test
    void twoUsersOfOneUnitSigningAtOnceSignItOnce() {
        ApiClient fgj = loginAs("fgj");
        ApiClient fgjb = secondFgjUser();
        ApiClient office = loginAs("tab01");
        ApiClient member = loginAs("wy060");

        for (int round = 0; round < ROUNDS; round++) {
            JsonNode proposal = assigned(member, office, title("关于同时签收的建议"), leadPlan(unitId(jdbc, "FGJ")));
            long id = proposal.get("id").asLong();
            long assignment = assignmentOf(proposal, "区发展和改革局");
            String sign = "/api/proposals/assignments/" + assignment + "/sign";

            List<Response> answers = atOnce(() -> fgj.post(sign, null), () -> fgjb.post(sign, null));

            assertThat(answers)
                    .extracting(Response::status)
                    .as("round %s: %s", round, answers)
                    .containsExactlyInAnyOrder(204, 409);
            Response loser =
                    answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.code()).isEqualTo("STATE_CONFLICT");
            assertThat(chinese(loser.detail())).as(loser.detail()).isTrue();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM proposal_history WHERE assignment_id = ? AND action = 'SIGN_FOR'",
                            Long.class,
                            assignment))
                    .isOne();
            assertThat(jdbc.queryForObject(
                            "SELECT status FROM proposal_assignment WHERE id = ?", String.class, assignment))
                    .isEqualTo("SIGNED");
            assertThat(state(jdbc, id)).isEqualTo("HANDLING");
            assertThat(openTasks(tasks, jdbc, id, "signFor")).isZero();
            assertThat(openTasks(tasks, jdbc, id, "handle")).isOne();
        }
    }
}
