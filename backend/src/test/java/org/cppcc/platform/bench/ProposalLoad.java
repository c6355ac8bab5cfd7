package org.cppcc.platform.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * The outside test's proposal load, driven only over HTTP as people would (so it works against any running
 * platform, on either database, on one node or several): N members each draft (two suggested units; every
 * third a joint proposal with a co-signer) and submit M proposals; two office users register and assign every
 * submitted proposal of the run, racing each other on each one; two users of one unit sign every assignment,
 * racing too. The staff find their work in their todo lists. With several nodes, client i talks to node
 * i mod n (so the two office users, and the two unit users, sit on different nodes).
 *
 * <p>It records what was acknowledged (2xx) and counts the answers per request; a request that got no answer
 * (the node died) is counted apart and ends that client, its outcome unknown.
 */
final class ProposalLoad {

    static final String PASSWORD = "Demo@2026";
    static final String SECOND_UNIT_USER = "fgjbench";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final List<String> nodes;
    /** Every title of this load starts with it, so that a later load (a crash round) tells its own apart. */
    final String titlePrefix;

    private final Map<String, int[]> answers = new ConcurrentHashMap<>();
    final Set<Long> acknowledgedDrafts = ConcurrentHashMap.newKeySet();
    final Set<Long> acknowledgedSubmissions = ConcurrentHashMap.newKeySet();
    /** Proposal id → the registration number its acknowledged registration answered. */
    final Map<Long, Integer> acknowledgedNumbers = new ConcurrentHashMap<>();

    final Set<Long> acknowledgedSignatures = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean membersDone = new AtomicBoolean();
    private final AtomicBoolean officeDone = new AtomicBoolean();

    ProposalLoad(List<String> nodes, String titlePrefix) {
        this.nodes = List.copyOf(nodes);
        this.titlePrefix = titlePrefix;
    }

    /** Runs the load to its end, or until the nodes stop answering. */
    void run(int clients, int perClient) throws Exception {
        prepareSecondUnitUser();
        ExecutorService threads = Executors.newFixedThreadPool(clients + 4);
        List<Future<?>> members = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String username = String.format("wy%03d", i % 60 + 1);
            String node = node(i);
            members.add(threads.submit(() -> guarded(() -> member(node, username, perClient))));
        }
        List<Future<?>> office = new ArrayList<>();
        List<String> officeUsers = List.of("tab01", "tab02");
        for (int i = 0; i < officeUsers.size(); i++) {
            String node = node(i);
            String username = officeUsers.get(i);
            office.add(threads.submit(() -> guarded(() -> office(node, username))));
        }
        List<Future<?>> units = new ArrayList<>();
        List<String> unitUsers = List.of("fgj", SECOND_UNIT_USER);
        for (int i = 0; i < unitUsers.size(); i++) {
            String node = node(i + 1);
            String username = unitUsers.get(i);
            units.add(threads.submit(() -> guarded(() -> unit(node, username))));
        }
        try {
            await(members);
            membersDone.set(true);
            await(office);
            officeDone.set(true);
            await(units);
        } finally {
            membersDone.set(true);
            officeDone.set(true);
            threads.shutdown();
        }
    }

    /** 2xx / 4xx / 5xx / no answer, per kind of request. */
    Map<String, int[]> answers() {
        return answers;
    }

    int fiveHundreds() {
        return answers.values().stream().mapToInt(t -> t[2]).sum();
    }

    /** The answers per request, then what was acknowledged. */
    void printFigures(String acknowledged) {
        System.out.printf("%-18s %8s %8s %8s %10s%n", "request", "2xx", "4xx", "5xx", "no answer");
        answers.forEach((kind, t) -> System.out.printf("%-18s %8d %8d %8d %10d%n", kind, t[0], t[1], t[2], t[3]));
        System.out.printf(
                "%s: %d drafts, %d submissions, %d registrations, %d signatures; 5xx: %d%n",
                acknowledged,
                acknowledgedDrafts.size(),
                acknowledgedSubmissions.size(),
                acknowledgedNumbers.size(),
                acknowledgedSignatures.size(),
                fiveHundreds());
    }

    private String node(int i) {
        return nodes.get(i % nodes.size());
    }

    /** The unit's second user, so that two users of one unit race on each sign-off (created once per database). */
    private void prepareSecondUnitUser() {
        ApiClient admin = login(nodes.get(0), "admin");
        long fgj = unitId(admin, "FGJ");
        Map<String, Object> account = new HashMap<>();
        account.put("username", SECOND_UNIT_USER);
        account.put("displayName", "发改局办理员乙");
        account.put("roles", List.of("HANDLING_UNIT"));
        account.put("unitId", fgj);
        account.put("password", PASSWORD);
        Response created = admin.post("/api/admin/accounts", account);
        if (created.status() != 201 && created.status() != 409 && created.status() != 400) {
            throw new IllegalStateException("creating " + SECOND_UNIT_USER + ": " + created.status());
        }
    }

    private static long unitId(ApiClient client, String code) {
        for (JsonNode unit : client.get("/api/organisation/units").json()) {
            if (code.equals(unit.get("code").asString())) {
                return unit.get("id").asLong();
            }
        }
        throw new IllegalStateException("no unit " + code);
    }

    ApiClient login(String node, String username) {
        ApiClient client = new ApiClient(node);
        count("login", client.login(username, PASSWORD)).expectStatus(200);
        return client;
    }

    private Response count(String kind, Response response) {
        tally(kind, response.status() >= 500 ? 2 : response.status() >= 400 ? 1 : 0);
        return response;
    }

    private void tally(String kind, int column) {
        int[] tally = answers.computeIfAbsent(kind, k -> new int[4]);
        synchronized (tally) {
            tally[column]++;
        }
    }

    private interface Work {
        void run() throws InterruptedException;
    }

    /** A request that got no answer (connection refused or reset: the node died) ends this client. */
    private Void guarded(Work work) throws InterruptedException {
        try {
            work.run();
        } catch (IllegalStateException noAnswer) {
            tally("no answer", 3);
        }
        return null;
    }

    private static void await(List<Future<?>> futures) throws Exception {
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.MINUTES);
        }
    }

    private void member(String node, String username, int proposals) {
        ApiClient member = login(node, username);
        long me = member.get("/api/auth/me").json().get("memberId").asLong();
        long cosigner = 0;
        for (JsonNode m : member.get("/api/organisation/members").json()) {
            if (m.get("id").asLong() != me && !m.get("accountId").isNull()) {
                cosigner = m.get("id").asLong();
                break;
            }
        }
        List<Long> units = List.of(unitId(member, "FGJ"), unitId(member, "ZJJ"));
        for (int i = 0; i < proposals; i++) {
            boolean joint = i % 3 == 2;
            Map<String, Object> form = new HashMap<>();
            form.put("plenary", true);
            form.put("category", "SOCIETY");
            form.put("title", titlePrefix + SEQUENCE.incrementAndGet() + "号关于并发办理的建议");
            form.put("situation", "并发压测的提案情况。");
            form.put("analysis", "并发压测的问题分析。");
            form.put("suggestions", "并发压测的具体建议。");
            form.put("proposerType", joint ? "JOINT" : "INDIVIDUAL");
            form.put("cosignerMemberIds", joint ? List.of(cosigner) : List.of());
            form.put("suggestedUnitIds", units);
            form.put("consentPublish", true);
            Response created = count("create draft", member.post("/api/proposals", form));
            if (created.status() != 201) {
                continue;
            }
            long id = created.json().get("id").asLong();
            acknowledgedDrafts.add(id);
            Response submitted = count("submit", member.post("/api/proposals/" + id + "/submit", null));
            if (submitted.status() != 200) {
                continue;
            }
            if (!joint) {
                acknowledgedSubmissions.add(id);
            } else if (count("submit for review", member.post("/api/proposals/" + id + "/submit-for-review", null))
                            .status()
                    == 200) {
                acknowledgedSubmissions.add(id);
            }
        }
    }

    /** The load's own items of the user's todo list that are the given task: proposal or assignment ids. */
    private List<Long> todo(ApiClient user, String task, String idField) {
        List<Long> ids = new ArrayList<>();
        Response todo = count("todo list", user.get("/api/proposals/todo"));
        if (todo.status() != 200) {
            return ids;
        }
        for (JsonNode item : todo.json()) {
            if (task.equals(item.get("task").asString())
                    && item.get("title").asString().startsWith(titlePrefix)) {
                ids.add(item.get(idField).asLong());
            }
        }
        return ids;
    }

    /** Registers and assigns every submitted proposal of the run; the two office users race on each. */
    private void office(String node, String username) throws InterruptedException {
        ApiClient office = login(node, username);
        long fgj = unitId(office, "FGJ");
        while (true) {
            boolean membersWereDone = membersDone.get();
            List<Long> waiting = todo(office, "REVIEW", "proposalId");
            if (waiting.isEmpty() && membersWereDone) {
                return;
            }
            for (long id : waiting) {
                Response registered = count(
                        "register", office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER")));
                if (registered.status() == 200) {
                    acknowledgedNumbers.put(
                            id, registered.json().get("proposalNumber").asInt());
                    Map<String, Object> plan = new HashMap<>();
                    plan.put("mode", "LEAD_AND_ASSISTING");
                    plan.put("leadUnitId", fgj);
                    plan.put("assistingUnitIds", List.of());
                    count("assign", office.post("/api/proposals/" + id + "/assign", plan));
                }
            }
            Thread.sleep(waiting.isEmpty() ? 200 : 10);
        }
    }

    /** Signs every assignment of the run waiting for the unit; the unit's two users race on each. */
    private void unit(String node, String username) throws InterruptedException {
        ApiClient unit = login(node, username);
        while (true) {
            boolean officeWasDone = officeDone.get();
            List<Long> waiting = todo(unit, "SIGN_FOR", "assignmentId");
            if (waiting.isEmpty() && officeWasDone) {
                return;
            }
            for (long assignment : waiting) {
                Response signed = count("sign", unit.post("/api/proposals/assignments/" + assignment + "/sign", null));
                if (signed.status() == 204) {
                    acknowledgedSignatures.add(assignment);
                }
            }
            Thread.sleep(waiting.isEmpty() ? 200 : 10);
        }
    }
}
