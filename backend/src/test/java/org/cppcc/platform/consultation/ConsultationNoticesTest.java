package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cppcc.platform.consultation.events.MatterEvent;
import org.junit.jupiter.api.Test;

/**
 * A matter raised by a signed-in resident: the resident hears of each step that answers them (accepted, decided,
 * published, each action done, evaluation open), each responsible unit of its own action, the invited unit of the
 * meeting; nobody else hears anything.
 */
class ConsultationNoticesTest extends ConsultationTestBase {

    @Test
    void theResidentAndTheResponsibleUnitsHearOfTheStepsThatConcernThem() {
        long id = signedIn("jm01")
                .post(
                        "/api/public/consultation/matters",
                        matterForm(workstationId(QINGSHI), "路口积水严重" + System.nanoTime() % 10000, newPhone()))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        List<Long> actions = toImplementing(id, "cgj", "jyj");
        reportDone("cgj", actions.get(0));
        reportDone("jyj", actions.get(1));
        awaitEvents();

        Map<String, List<String>> received = noticesOf(id);
        assertThat(received.get("jm01"))
                .containsExactlyInAnyOrder(
                        "raiser:受理", "raiser:协商结果", "raiser:已公开", "raiser:措施已完成", "raiser:措施已完成", "raiser:请评价");
        for (String cgj : unitAccounts("CGJ")) {
            assertThat(received.get(cgj)).as(cgj).containsExactly("action:措施待落实");
        }
        for (String jyj : unitAccounts("JYJ")) {
            assertThat(received.get(jyj)).as(jyj).containsExactly("action:措施待落实");
        }
        for (String zjj : unitAccounts("ZJJ")) {
            assertThat(received.get(zjj)).as(zjj + " invited to the meeting").containsExactly("units:会议邀请");
        }
        Set<String> concerned = new HashSet<>(List.of("jm01"));
        concerned.addAll(unitAccounts("CGJ"));
        concerned.addAll(unitAccounts("JYJ"));
        concerned.addAll(unitAccounts("ZJJ"));
        assertThat(concerned).containsAll(received.keySet());
        assertThat(jdbc.queryForObject(
                        "SELECT link FROM notification n JOIN app_account a ON a.id = n.account_id "
                                + "WHERE a.username = 'jm01' AND n.source_key LIKE ? ",
                        String.class,
                        "matter:" + events.ofMatter(id).get(1).facts().eventId() + ":%"))
                .isEqualTo("/consultation/matters/" + id);
    }

    /** Each account's notices about the matter, as "audience:what" (the audience from the source key). */
    private Map<String, List<String>> noticesOf(long matterId) {
        Map<String, List<String>> byAccount = new TreeMap<>();
        for (MatterEvent event : events.ofMatter(matterId)) {
            jdbc.query(
                    "SELECT a.username, n.source_key, n.title FROM notification n "
                            + "JOIN app_account a ON a.id = n.account_id WHERE n.source_key LIKE ? ORDER BY n.id",
                    rs -> {
                        String audience = rs.getString(2).split(":")[2];
                        byAccount
                                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(audience + ":" + what(rs.getString(3)));
                    },
                    "matter:" + event.facts().eventId() + ":%");
        }
        return byAccount;
    }

    private static String what(String title) {
        for (String what : List.of("受理", "协商结果已公开", "协商结果", "措施已完成", "请评价", "措施待落实", "会议邀请")) {
            if (title.contains(what)) {
                return what.equals("协商结果已公开") ? "已公开" : what;
            }
        }
        return title;
    }

    private List<String> unitAccounts(String code) {
        List<String> accounts = jdbc.queryForList(
                "SELECT username FROM app_account WHERE enabled = TRUE AND unit_id = ?", String.class, unitId(code));
        assertThat(accounts).as("accounts of " + code).isNotEmpty();
        return accounts;
    }
}
