package org.cppcc.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Who may call what: every endpoint against every role of docs/domain.md and an anonymous visitor.
 *
 * <p>A new endpoint joins by adding one line to {@link #ENDPOINTS}; {@link #everyDocumentedEndpointIsInTheTable()}
 * fails until it does. Writes are sent a deliberately invalid body, so an allowed caller gets 400 and a refused
 * one 401/403, and nothing is written either way. Placeholders in paths ({account}, {sector} …) name existing
 * demo records; {missing} is an id no record has.
 */
class AuthorisationMatrixTest extends IntegrationTest {

    /** Each role of docs/domain.md with a demo login that holds only that role, and the anonymous visitor. */
    enum Who {
        ANONYMOUS(null),
        MEMBER("wy002"),
        PROPOSAL_OFFICE("tab01"),
        HANDLING_UNIT("jyj"),
        LEADER("ld01"),
        WORKSTATION_LIAISON("lly01"),
        RESIDENT("jm01"),
        ADMIN("admin");

        final String login;

        Who(String login) {
            this.login = login;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            // authentication
            e("GET    /api/auth/csrf", everyone(204)),
            e("POST   /api/auth/login {}", everyone(400)),
            e("GET    /api/auth/me", signedIn(200)),
            e("POST   /api/auth/password {}", signedIn(400)),
            e("POST   /api/auth/logout", everyone(204)),
            // workbench and the reference lists every form uses
            e("GET    /api/workbench/overview", signedIn(200)),
            e("GET    /api/workbench/leader-home", signedIn(200)),
            e("GET    /api/organisation/units", signedIn(200)),
            e("GET    /api/organisation/sectors", signedIn(200)),
            e("GET    /api/organisation/subdistricts", signedIn(200)),
            e("GET    /api/organisation/communities", signedIn(200)),
            e("GET    /api/organisation/communities?subdistrictId={subdistrict}", signedIn(200)),
            e("GET    /api/organisation/members?keyword=王", signedIn(200)),
            e("GET    /api/organisation/dictionaries/{dictionary}", signedIn(200)),
            e("GET    /api/organisation/labels", signedIn(200)),
            e("GET    /api/organisation/sessions", signedIn(200)),
            // sessions (届次): kept by the administrator and the proposal office
            e("GET    /api/committee/sessions", sessionKeepers(200)),
            e("GET    /api/committee/sessions/blank", sessionKeepers(200)),
            e("GET    /api/committee/sessions/{missing}", sessionKeepers(404)),
            e("GET    /api/committee/sessions/{missing}/history", sessionKeepers(404)),
            e("POST   /api/committee/sessions {}", sessionKeepers(400)),
            e("PUT    /api/committee/sessions/{missing} {}", sessionKeepers(400)),
            e("POST   /api/committee/sessions/{missing}/open", sessionKeepers(404)),
            e("POST   /api/committee/sessions/{missing}/close", sessionKeepers(404)),
            // proposals: lists and reading (an unknown id gives 404 to those who may read)
            e("GET    /api/proposals", proposalReaders(200)),
            e("GET    /api/proposals/export", proposalReaders(200)),
            e("GET    /api/proposals/todo", proposalReaders(200)),
            e("GET    /api/proposals/meetings/mine", proposalReaders(200)),
            e(
                    "GET    /api/proposals/extensions/pending",
                    only(200, Who.PROPOSAL_OFFICE, 403, Who.MEMBER, Who.HANDLING_UNIT, Who.LEADER)),
            e("GET    /api/proposals/{missing}", proposalReaders(404)),
            e("GET    /api/proposals/{missing}/history", proposalReaders(404)),
            e("GET    /api/proposals/{missing}/diagram", proposalReaders(404)),
            e("GET    /api/proposals/{missing}/handling", proposalReaders(404)),
            e("GET    /api/proposals/{missing}/attachments/{missing}", proposalReaders(404)),
            // proposals: the proposer
            e("POST   /api/proposals {}", only(400, Who.MEMBER)),
            e("POST   /api/proposals/staff-entries {}", only(400, Who.PROPOSAL_OFFICE)),
            e("PUT    /api/proposals/{missing} {}", only(400, Who.MEMBER)),
            e("POST   /api/proposals/{missing}/submit", only(404, Who.MEMBER)),
            e("POST   /api/proposals/{missing}/cosign {}", only(400, Who.MEMBER)),
            e("POST   /api/proposals/{missing}/submit-for-review", only(404, Who.MEMBER)),
            e("POST   /api/proposals/{missing}/attachments", only(415, Who.MEMBER)),
            e("DELETE /api/proposals/{missing}/attachments/{missing}", only(404, Who.MEMBER)),
            e("POST   /api/proposals/{missing}/evaluations {}", only(400, Who.MEMBER, Who.PROPOSAL_OFFICE)),
            // proposals: the proposal office
            e("POST   /api/proposals/{missing}/review {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/proposals/{missing}/assign {}", only(400, Who.PROPOSAL_OFFICE)),
            // 交办会: the office confirms batches; leaders may read them
            e("GET    /api/proposals/assignment-batches/candidates", only(200, Who.PROPOSAL_OFFICE)),
            e("POST   /api/proposals/assignment-batches {}", only(400, Who.PROPOSAL_OFFICE)),
            e("GET    /api/proposals/assignment-batches", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/proposals/assignment-batches/{missing}", only(404, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("POST   /api/proposals/assignments/{missing}/return-decision {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/proposals/extensions/{missing}/decision {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/proposals/assignments/{missing}/reply/check {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/proposals/{missing}/after-evaluation {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/proposals/{missing}/publish", only(404, Who.PROPOSAL_OFFICE)),
            e("POST   /api/proposals/{missing}/meetings {}", only(400, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/meetings/{missing}/outcome {}", only(400, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT)),
            // proposals: the handling unit
            e("POST   /api/proposals/assignments/{missing}/sign", only(404, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/assignments/{missing}/return-request {}", only(400, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/assignments/{missing}/contacts {}", only(400, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/assignments/{missing}/opinion {}", only(400, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/assignments/{missing}/extensions {}", only(400, Who.HANDLING_UNIT)),
            e("PUT    /api/proposals/assignments/{missing}/reply {}", only(400, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/assignments/{missing}/reply/submit", only(404, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/assignments/{missing}/countersign {}", only(400, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/assignments/{missing}/reply/approve", only(404, Who.HANDLING_UNIT)),
            e("POST   /api/proposals/assignments/{missing}/follow-ups {}", only(400, Who.HANDLING_UNIT)),
            e("GET    /api/proposals/assignments/{missing}/officers", only(404, Who.HANDLING_UNIT)),
            e("PUT    /api/proposals/assignments/{missing}/officer {}", only(400, Who.HANDLING_UNIT)),
            // official documents: a proposal's papers to whoever may read it, a unit's list to the office, leaders
            // and that unit, a session's 汇编 to the office and leaders (an unknown id gives 404 to those)
            e("GET    /api/documents/proposals/{missing}", proposalReaders(404)),
            e("GET    /api/documents/proposals/{missing}/evaluation-form", proposalReaders(404)),
            e("GET    /api/documents/replies/{missing}", proposalReaders(404)),
            e(
                    "GET    /api/documents/units/{missing}/handed-over",
                    only(404, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            e("GET    /api/documents/sessions/{missing}/compilation", only(404, Who.PROPOSAL_OFFICE, Who.LEADER)),
            // a 交办会's papers: the office and leaders every unit's, a unit its own (404 for another's)
            e(
                    "GET    /api/documents/batches/{missing}/units/{missing}/notice",
                    only(404, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            e(
                    "GET    /api/documents/batches/{missing}/units/{missing}/list",
                    only(404, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            e(
                    "GET    /api/documents/batches/{missing}/notices",
                    only(404, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            e(
                    "GET    /api/documents/batches/{missing}/notices.zip",
                    only(404, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            // Word templates: the office and the administrator; units cannot upload
            e("GET    /api/documents/templates", only(200, Who.PROPOSAL_OFFICE, Who.ADMIN)),
            e("GET    /api/documents/templates/{missing}/versions", only(404, Who.PROPOSAL_OFFICE, Who.ADMIN)),
            e("GET    /api/documents/templates/{missing}/sample", only(404, Who.PROPOSAL_OFFICE, Who.ADMIN)),
            e("POST   /api/documents/templates/{missing}", only(415, Who.PROPOSAL_OFFICE, Who.ADMIN)),
            e("POST   /api/documents/templates/{missing}/revert", only(404, Who.PROPOSAL_OFFICE, Who.ADMIN)),
            // notifications: everyone's own centre
            e("GET    /api/notifications", signedIn(200)),
            e("GET    /api/notifications/unread-count", signedIn(200)),
            e("POST   /api/notifications/{missing}/read", signedIn(404)),
            e("POST   /api/notifications/read-all", signedIn(200)),
            e("GET    /api/notifications/preferences", signedIn(200)),
            e("PUT    /api/notifications/preferences {}", signedIn(400)),
            // supervision: the board and one proposal's record (a unit sees only its own)
            e("GET    /api/supervision/board", only(200, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            e("GET    /api/supervision/board/units", only(200, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            e(
                    "GET    /api/supervision/proposals/{missing}",
                    only(404, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            e(
                    "GET    /api/supervision/visits/{missing}/photos/{missing}",
                    only(404, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER)),
            // duty records: a member their own, the office and leaders all, nobody else any; the office writes
            e("GET    /api/duty/my-record", only(200, Who.MEMBER)),
            e("GET    /api/duty/members/{member}/record", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/duty/members/{missing}/record", only(404, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/duty/rankings", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("POST   /api/duty/members/{member}/entries {}", only(400, Who.PROPOSAL_OFFICE)),
            e("PUT    /api/duty/entries/{missing} {}", only(400, Who.PROPOSAL_OFFICE)),
            e("GET    /api/duty/entries/{missing}/history", only(404, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("POST   /api/duty/backfill", only(200, Who.PROPOSAL_OFFICE)),
            e("GET    /api/duty/rules", only(200, Who.MEMBER, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("PUT    /api/duty/rules {}", only(400, Who.PROPOSAL_OFFICE)),
            e("GET    /api/duty/my-diary", only(200, Who.MEMBER)),
            e("POST   /api/duty/my-diary", only(415, Who.MEMBER)),
            e("GET    /api/duty/members/{member}/diary", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/duty/diary-photos/{missing}", only(404, Who.MEMBER, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/duty/activities", only(200, Who.MEMBER, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/duty/activities/{missing}", only(404, Who.MEMBER, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("POST   /api/duty/activities {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/duty/activities/{missing}/invitees {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/duty/activities/{missing}/answer {}", only(400, Who.MEMBER)),
            e("GET    /api/duty/activities/{missing}/sign-in-code", only(404, Who.PROPOSAL_OFFICE)),
            e("POST   /api/duty/activities/{missing}/sign-in {}", only(400, Who.MEMBER)),
            e("GET    /api/documents/duty-reports/mine?year=1999", only(400, Who.MEMBER)),
            e("GET    /api/documents/duty-reports/members/{missing}", only(404, Who.PROPOSAL_OFFICE, Who.LEADER)),
            // supervision: key proposals (the office selects, the chair's meeting approves, a leader leads)
            e("GET    /api/supervision/key-proposals", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/supervision/leaders", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/supervision/key-proposals/candidates", only(200, Who.PROPOSAL_OFFICE)),
            e("POST   /api/supervision/key-proposals {}", only(400, Who.PROPOSAL_OFFICE)),
            e("DELETE /api/supervision/key-proposals/{missing}", only(404, Who.PROPOSAL_OFFICE)),
            e("POST   /api/supervision/key-proposals/{missing}/approval {}", only(400, Who.PROPOSAL_OFFICE)),
            e("PUT    /api/supervision/key-proposals/{missing}/leader {}", only(400, Who.PROPOSAL_OFFICE)),
            e(
                    "POST   /api/supervision/key-proposals/{missing}/conclusion {}",
                    only(400, Who.PROPOSAL_OFFICE, Who.LEADER)),
            // supervision: instructions by leaders, acknowledged by units; chasing by the office; visits
            e("POST   /api/supervision/proposals/{missing}/instructions {}", only(400, Who.LEADER)),
            e("GET    /api/supervision/instructions/pending", only(200, Who.HANDLING_UNIT)),
            e("POST   /api/supervision/instructions/{missing}/acknowledgement {}", only(400, Who.HANDLING_UNIT)),
            e("POST   /api/supervision/chases {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/supervision/proposals/{missing}/visits {}", only(400, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("POST   /api/supervision/visits/{missing}/photos", only(415, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/supervision/units/{unit}/leaders", only(200, Who.PROPOSAL_OFFICE, Who.ADMIN)),
            e("PUT    /api/supervision/units/{unit}/leaders {}", only(400, Who.PROPOSAL_OFFICE, Who.ADMIN)),
            // statistics: the office and leaders read every figure, a unit its own (StatisticsBoardTest checks the
            // scope and that another unit's figures are refused)
            e("GET    /api/statistics/proposals", only(200, Who.PROPOSAL_OFFICE, Who.LEADER, Who.HANDLING_UNIT)),
            e(
                    "GET    /api/statistics/proposals/list?figure=REGISTERED",
                    only(200, Who.PROPOSAL_OFFICE, Who.LEADER, Who.HANDLING_UNIT)),
            e("GET    /api/statistics/matters", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/statistics/matters/list?figure=RAISED", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            // Excel exports: the screen's data, so the screen's rule (ExcelExportTest checks a unit's own scope)
            e("GET    /api/statistics/proposals/export", only(200, Who.PROPOSAL_OFFICE, Who.LEADER, Who.HANDLING_UNIT)),
            e(
                    "GET    /api/statistics/proposals/list/export?figure=REGISTERED",
                    only(200, Who.PROPOSAL_OFFICE, Who.LEADER, Who.HANDLING_UNIT)),
            e("GET    /api/statistics/matters/export", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/statistics/matters/list/export?figure=RAISED", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/public/statistics/proposals", everyone(200)),
            // appraisal: the office keeps rules, adjusts, decides and publishes; leaders read and review; a unit reads
            // its own ranking row (AppraisalTest checks it sees no other unit's before publication) and nominates;
            // {missing} is refused as a year, so no write lands
            e("GET    /api/appraisal/rules?year=2099", only(200, Who.PROPOSAL_OFFICE, Who.LEADER, Who.HANDLING_UNIT)),
            e("PUT    /api/appraisal/rules/{missing} {}", only(400, Who.PROPOSAL_OFFICE)),
            e("GET    /api/appraisal/ranking?year=2099", only(200, Who.PROPOSAL_OFFICE, Who.LEADER, Who.HANDLING_UNIT)),
            e("POST   /api/appraisal/ranking/{missing}/adjustments {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/appraisal/ranking/{missing}/publish", only(400, Who.PROPOSAL_OFFICE)),
            e("PUT    /api/appraisal/model-units/{missing} {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/appraisal/model-units/{missing}/publish", only(400, Who.PROPOSAL_OFFICE)),
            e("GET    /api/appraisal/years/{missing}/history", only(400, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/appraisal/reviewers", only(200, Who.PROPOSAL_OFFICE)),
            e(
                    "GET    /api/appraisal/rounds",
                    only(200, Who.PROPOSAL_OFFICE, Who.LEADER, Who.HANDLING_UNIT, Who.MEMBER)),
            e("POST   /api/appraisal/rounds {}", only(400, Who.PROPOSAL_OFFICE)),
            e(
                    "GET    /api/appraisal/rounds/{missing}",
                    only(404, Who.PROPOSAL_OFFICE, Who.LEADER, Who.HANDLING_UNIT, Who.MEMBER)),
            e(
                    "POST   /api/appraisal/rounds/{missing}/nominations {}",
                    only(400, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.MEMBER)),
            e("POST   /api/appraisal/rounds/{missing}/review {}", only(400, Who.PROPOSAL_OFFICE)),
            e("PUT    /api/appraisal/nominations/{missing}/review {}", only(400, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("POST   /api/appraisal/rounds/{missing}/decision {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/appraisal/rounds/{missing}/publish", only(404, Who.PROPOSAL_OFFICE)),
            e("GET    /api/appraisal/rounds/{missing}/history", only(404, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/public/appraisal/awards", everyone(200)),
            e("GET    /api/public/appraisal/proposals/{missing}/awards", everyone(200)),
            e("GET    /api/public/appraisal/model-units", everyone(200)),
            e("GET    /api/statistics/opinions", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            // 社情民意: members their own reports (another's is 404, OpinionReportTest), the office all of them
            e("GET    /api/opinion/reports/mine", only(200, Who.MEMBER)),
            e("POST   /api/opinion/reports {}", only(400, Who.MEMBER)),
            e("PUT    /api/opinion/reports/{missing} {}", only(400, Who.MEMBER)),
            e("POST   /api/opinion/reports/{missing}/submission", only(404, Who.MEMBER)),
            e("GET    /api/opinion/reports/{missing}", only(404, Who.MEMBER, Who.PROPOSAL_OFFICE)),
            e("GET    /api/opinion/reports", only(200, Who.PROPOSAL_OFFICE)),
            e("PUT    /api/opinion/reports/{missing}/text {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/opinion/reports/{missing}/decision {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/opinion/reports/{missing}/sendings {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/opinion/reports/{missing}/instructions {}", only(400, Who.PROPOSAL_OFFICE)),
            e("POST   /api/opinion/reports/{missing}/uses {}", only(400, Who.PROPOSAL_OFFICE)),
            // the demo clock: everyone reads the platform's date, the administrator moves it
            e("GET    /api/demo/clock", signedIn(200)),
            e("PUT    /api/demo/clock {}", adminOnly(400)),
            // the public site
            e("GET    /api/public/proposals", everyone(200)),
            e("GET    /api/public/proposals/{missing}", everyone(404)),
            // micro-consultation: the public site (open to all; writes get an invalid body)
            e("GET    /api/public/consultation/district", everyone(200)),
            e("GET    /api/public/consultation/workstations", everyone(200)),
            e("GET    /api/public/consultation/workstations/{missing}", everyone(404)),
            e("GET    /api/public/consultation/matters", everyone(200)),
            e("GET    /api/public/consultation/matters/{missing}", everyone(404)),
            e("GET    /api/public/consultation/photos/{missing}", everyone(404)),
            e("POST   /api/public/consultation/matters {}", everyone(400)),
            e("POST   /api/public/consultation/track {}", everyone(400)),
            e("POST   /api/public/consultation/matters/{missing}/evaluations {}", everyone(400)),
            // micro-consultation: workstation staff, units, residents, office and leaders
            e("GET    /api/consultation/workbench", only(200, Who.MEMBER, Who.WORKSTATION_LIAISON)),
            e("GET    /api/consultation/statistics", only(200, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e("GET    /api/consultation/matters", consultationReaders(200)),
            e("GET    /api/consultation/matters/export", consultationReaders(200)),
            e("GET    /api/consultation/matters/{missing}", consultationReaders(404)),
            e("GET    /api/consultation/matters/{missing}/diagram", consultationReaders(404)),
            e("GET    /api/consultation/photos/{missing}", consultationReaders(404)),
            e("POST   /api/consultation/matters {}", only(400, Who.MEMBER, Who.WORKSTATION_LIAISON)),
            e("POST   /api/consultation/matters/{missing}/triage {}", only(400, Who.MEMBER, Who.WORKSTATION_LIAISON)),
            e("POST   /api/consultation/matters/{missing}/meetings {}", only(400, Who.WORKSTATION_LIAISON)),
            e("POST   /api/consultation/meetings/{missing}/minutes {}", only(400, Who.WORKSTATION_LIAISON)),
            e("POST   /api/consultation/matters/{missing}/decision {}", only(400, Who.WORKSTATION_LIAISON)),
            e("POST   /api/consultation/matters/{missing}/publish", only(404, Who.WORKSTATION_LIAISON)),
            e("POST   /api/consultation/matters/{missing}/conclusion {}", only(400, Who.WORKSTATION_LIAISON)),
            e("POST   /api/consultation/matters/{missing}/evaluations {}", only(400, Who.MEMBER)),
            e("GET    /api/consultation/actions", only(200, Who.HANDLING_UNIT)),
            e("POST   /api/consultation/actions/{missing}/progress {}", only(400, Who.HANDLING_UNIT)),
            e("GET    /api/consultation/my-duties", only(200, Who.MEMBER)),
            e(
                    "GET    /api/consultation/workstations/{missing}/roster",
                    only(404, Who.MEMBER, Who.WORKSTATION_LIAISON, Who.ADMIN, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e(
                    "GET    /api/consultation/workstations/{missing}/members",
                    only(404, Who.MEMBER, Who.WORKSTATION_LIAISON, Who.ADMIN, Who.PROPOSAL_OFFICE, Who.LEADER)),
            e(
                    "POST   /api/consultation/workstations/{missing}/roster {}",
                    only(400, Who.WORKSTATION_LIAISON, Who.ADMIN)),
            e("DELETE /api/consultation/roster/{missing}", only(404, Who.WORKSTATION_LIAISON, Who.ADMIN)),
            // administration: accounts
            e("GET    /api/admin/accounts", adminOnly(200)),
            e("GET    /api/admin/accounts/{account}", adminOnly(200)),
            e("POST   /api/admin/accounts {}", adminOnly(400)),
            e("PUT    /api/admin/accounts/{account} {}", adminOnly(400)),
            e("POST   /api/admin/accounts/{account}/password {}", adminOnly(400)),
            e("POST   /api/admin/accounts/{account}/unlock", adminOnly(204)),
            // administration: sectors, units, workstations
            e("GET    /api/admin/sectors", adminOnly(200)),
            e("POST   /api/admin/sectors {}", adminOnly(400)),
            e("PUT    /api/admin/sectors/{sector} {}", adminOnly(400)),
            e("GET    /api/admin/units", adminOnly(200)),
            e("POST   /api/admin/units {}", adminOnly(400)),
            e("PUT    /api/admin/units/{unit} {}", adminOnly(400)),
            e("GET    /api/admin/workstations", adminOnly(200)),
            e("POST   /api/admin/workstations {}", adminOnly(400)),
            e("PUT    /api/admin/workstations/{workstation} {}", adminOnly(400)),
            // administration: the roster, places and liaisons, the go-live checklist
            e("GET    /api/admin/members", adminOnly(200)),
            e("GET    /api/admin/members/{member}", adminOnly(200)),
            e("GET    /api/admin/members/{missing}/history", adminOnly(404)),
            e("POST   /api/admin/members {}", adminOnly(400)),
            e("PUT    /api/admin/members/{member} {}", adminOnly(400)),
            e("POST   /api/admin/members/{missing}/retire", adminOnly(404)),
            e("POST   /api/admin/members/{missing}/reinstate", adminOnly(404)),
            // import of the roster from .xlsx: the administrator, who keeps the roster (a JSON body is refused: 415)
            e("GET    /api/admin/imports/template", adminOnly(200)),
            e("POST   /api/admin/imports/dry-run {}", adminOnly(415)),
            e("POST   /api/admin/imports {}", adminOnly(415)),
            e("POST   /api/admin/subdistricts {}", adminOnly(400)),
            e("PUT    /api/admin/subdistricts/{subdistrict} {}", adminOnly(400)),
            e("POST   /api/admin/communities {}", adminOnly(400)),
            e("PUT    /api/admin/communities/{missing} {}", adminOnly(400)),
            e("GET    /api/admin/workstations/{workstation}/liaisons", adminOnly(200)),
            e("PUT    /api/admin/workstations/{workstation}/liaisons {}", adminOnly(400)),
            e("GET    /api/admin/workstations/{missing}/history", adminOnly(404)),
            e("GET    /api/admin/go-live", adminOnly(200)),
            // administration: holidays
            e("GET    /api/admin/holidays", adminOnly(200)),
            e("POST   /api/admin/holidays {}", adminOnly(400)),
            e("PUT    /api/admin/holidays/{holiday} {}", adminOnly(400)),
            e("DELETE /api/admin/holidays/{missing}", adminOnly(404)),
            // paths no module declares are refused, to the administrator too
            e("GET    /api/undeclared", nobody()),
            e("GET    /api/admin/undeclared", nobody()),
            e("POST   /api/organisation/sectors {}", nobody()),
            // operations and documentation
            e("GET    /actuator/health", everyone(200)),
            e("GET    /actuator/health/liveness", everyone(200)),
            e("GET    /actuator/info", everyone(200)),
            e("GET    /actuator", adminOnly(200)),
            e("GET    /actuator/env", adminOnly(404)),
            e("GET    /v3/api-docs", everyone(200)));

    private static final Map<Who, ApiClient> SIGNED_IN = new ConcurrentHashMap<>();

    static Stream<Call> calls() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Who.values()).map(who -> new Call(endpoint, who)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void callerGetsTheExpectedStatus(Call call) {
        Endpoint endpoint = call.endpoint;
        ApiClient client = clientFor(call.who);
        String path = resolve(endpoint.path);
        String before = endpoint.writes() ? snapshot() : null;

        Response response = client.send(endpoint.method, path, endpoint.body);

        assertThat(response.status())
                .as("%s %s as %s: %s", endpoint.method, path, call.who, abbreviate(response.body()))
                .isEqualTo(call.expected());
        if (response.status() == 401) {
            assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
        } else if (response.status() == 403) {
            assertThat(response.code()).isEqualTo("FORBIDDEN");
        }
        if (before != null) {
            assertThat(snapshot())
                    .as("nothing written by %s %s", endpoint.method, path)
                    .isEqualTo(before);
        }
        if (endpoint.path.equals("/api/auth/logout")) {
            SIGNED_IN.remove(call.who);
        }
    }

    /** Every endpoint the API documents has a line in the table. */
    @Test
    void everyDocumentedEndpointIsInTheTable() {
        JsonNode paths =
                anonymous().get("/v3/api-docs").expectStatus(200).json().get("paths");
        Set<String> documented = new LinkedHashSet<>();
        paths.properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation ->
                                documented.add(operation.getKey().toUpperCase() + " " + template(path.getKey()))));
        Set<String> inTable = new LinkedHashSet<>();
        ENDPOINTS.forEach(endpoint -> inTable.add(endpoint.method + " " + template(endpoint.path)));

        assertThat(documented).isNotEmpty();
        assertThat(inTable).containsAll(documented);
    }

    /** The table covers each role of docs/domain.md. */
    @Test
    void everyRoleIsInTheTable() {
        Set<String> roles = new LinkedHashSet<>();
        for (Who who : Who.values()) {
            roles.add(who.name());
        }
        for (Role role : Role.values()) {
            assertThat(roles).contains(role.name());
            // ... with a login that holds that role alone.
            JsonNode me = clientFor(Who.valueOf(role.name()))
                    .get("/api/auth/me")
                    .expectStatus(200)
                    .json();
            assertThat(me.get("roles").valueStream().map(JsonNode::asString).toList())
                    .containsExactly(role.name());
        }
    }

    // --- the table's vocabulary ---

    record Endpoint(String method, String path, String body, Map<Who, Integer> expected) {

        boolean writes() {
            return !method.equals("GET");
        }
    }

    record Call(Endpoint endpoint, Who who) {

        int expected() {
            return endpoint.expected.get(who);
        }

        @Override
        public String toString() {
            return endpoint.method + " " + endpoint.path + (endpoint.body == null ? "" : " " + endpoint.body) + " as "
                    + who + " → " + expected();
        }
    }

    /** One line of the table: "METHOD path [body]". */
    private static Endpoint e(String line, Map<Who, Integer> expected) {
        String[] parts = line.trim().split("\\s+", 3);
        return new Endpoint(parts[0], parts[1], parts.length > 2 ? parts[2] : null, expected);
    }

    /** Public: the same status for everyone. */
    private static Map<Who, Integer> everyone(int status) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, status);
        }
        return expected;
    }

    /** Any signed-in role gets {@code status}; the anonymous visitor must log in first. */
    private static Map<Who, Integer> signedIn(int status) {
        Map<Who, Integer> expected = everyone(status);
        expected.put(Who.ANONYMOUS, 401);
        return expected;
    }

    /** The administrator gets {@code status}; every other role is forbidden. */
    private static Map<Who, Integer> adminOnly(int status) {
        Map<Who, Integer> expected = everyone(403);
        expected.put(Who.ANONYMOUS, 401);
        expected.put(Who.ADMIN, status);
        return expected;
    }

    /** Sessions are kept by the administrator and the proposal office. */
    private static Map<Who, Integer> sessionKeepers(int status) {
        return only(status, Who.PROPOSAL_OFFICE, Who.ADMIN);
    }

    /** Members, the office, units and leaders read proposals (each only what they may see); nobody else. */
    private static Map<Who, Integer> proposalReaders(int status) {
        return only(status, Who.MEMBER, Who.PROPOSAL_OFFICE, Who.HANDLING_UNIT, Who.LEADER);
    }

    /** Whoever takes part in micro-consultation reads matters (each only what they may see); not the administrator. */
    private static Map<Who, Integer> consultationReaders(int status) {
        return only(
                status,
                Who.MEMBER,
                Who.WORKSTATION_LIAISON,
                Who.HANDLING_UNIT,
                Who.RESIDENT,
                Who.PROPOSAL_OFFICE,
                Who.LEADER);
    }

    /** The named callers get {@code status}; everyone else is forbidden. */
    private static Map<Who, Integer> only(int status, Who... allowed) {
        Map<Who, Integer> expected = nobody();
        for (Who who : allowed) {
            expected.put(who, status);
        }
        return expected;
    }

    /** {@code status} for the first group, {@code otherStatus} for the second, forbidden for the rest. */
    private static Map<Who, Integer> only(int status, Who allowed, int otherStatus, Who... others) {
        Map<Who, Integer> expected = only(status, allowed);
        for (Who who : others) {
            expected.put(who, otherStatus);
        }
        return expected;
    }

    /** Refused to everyone. */
    private static Map<Who, Integer> nobody() {
        Map<Who, Integer> expected = everyone(403);
        expected.put(Who.ANONYMOUS, 401);
        return expected;
    }

    // --- running it ---

    private ApiClient clientFor(Who who) {
        if (who == Who.ANONYMOUS) {
            return anonymous();
        }
        return SIGNED_IN.computeIfAbsent(who, w -> loginAs(w.login));
    }

    private String resolve(String path) {
        return path.replace("{account}", id("SELECT id FROM app_account WHERE username = 'wy060'"))
                .replace("{sector}", id("SELECT MIN(id) FROM sector"))
                .replace("{unit}", id("SELECT MIN(id) FROM handling_unit"))
                .replace("{workstation}", id("SELECT MIN(id) FROM workstation"))
                .replace("{holiday}", id("SELECT MIN(id) FROM holiday"))
                .replace("{member}", id("SELECT MIN(id) FROM member"))
                .replace("{subdistrict}", id("SELECT MIN(id) FROM subdistrict"))
                .replace("{dictionary}", "PROPOSAL_CATEGORY")
                .replace("{missing}", "999999999");
    }

    private String id(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }

    /** Row counts and last changes of every table an endpoint here could write. */
    private String snapshot() {
        List<String> parts = new ArrayList<>();
        for (String table : List.of("sector", "handling_unit", "workstation", "app_account", "member")) {
            parts.add(table + "="
                    + jdbc.queryForMap("SELECT COUNT(*) AS n, MAX(updated_at) AS changed FROM " + table)
                            .values());
        }
        parts.add("account_role=" + count("account_role"));
        for (String table : List.of(
                "committee_session",
                "organisation_history",
                "subdistrict",
                "community",
                "workstation_liaison",
                "supervision_unit_leader",
                "roster_import")) {
            parts.add(table + "=" + count(table));
        }
        parts.add("sessions="
                + jdbc.queryForMap("SELECT MAX(updated_at) AS changed, MAX(closed_at) AS closed, "
                                + "SUM(CASE WHEN is_current THEN id ELSE 0 END) AS accepting FROM committee_session")
                        .values());
        parts.add("holiday="
                + jdbc.queryForMap("SELECT COUNT(*) AS n, MAX(id) AS last, SUM(LENGTH(name)) AS names, "
                                + "MAX(holiday_date) AS latest FROM holiday")
                        .values());
        parts.add("passwords="
                + jdbc.queryForMap("SELECT MAX(password_changed_at) AS changed, SUM(failed_logins) AS failed, "
                                + "MAX(locked_until) AS locked FROM app_account")
                        .values());
        return String.join(", ", parts);
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    /** "/api/admin/sectors/{id}" and "/api/admin/sectors/{sector}" are the same endpoint; queries do not count. */
    private static String template(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}]+}", "{}");
    }
}
