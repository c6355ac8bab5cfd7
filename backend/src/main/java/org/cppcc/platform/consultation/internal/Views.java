package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.cppcc.platform.consultation.Channel;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.organisation.MemberLevel;
import org.cppcc.platform.organisation.WorkstationKind;

/** Views the queries read, as the API returns them, and the parts they share. */
final class Views {

    private Views() {}

    record WorkstationRef(
            long id,
            String name,
            WorkstationKind kind,
            String subdistrictName,
            String communityName,
            String address,
            boolean enabled) {

        @JsonProperty
        public String kindLabel() {
            return kind == WorkstationKind.STATION ? "委员工作站" : "委员工作室";
        }
    }

    record StationedMemberView(
            long id,
            String name,
            String sectorName,
            MemberLevel level,
            String party,
            @JsonIgnore Long accountId) {}

    /** A member with their account, as the commands need them. */
    record MemberLink(
            long memberId, Long accountId, String username, String name, Long workstationId, boolean enabled) {}

    record MatterSummaryView(
            long id,
            String title,
            long workstationId,
            String workstationName,
            String place,
            Channel channel,
            MatterState state,
            LocalDateTime raisedAt,
            LocalDateTime updatedAt,
            int actionsTotal,
            int actionsDone,
            int actionsOverdue,
            LocalDateTime publishedAt,
            int evaluations,
            int satisfiedEvaluations) {

        @JsonProperty
        public String stateLabel() {
            return state.label();
        }

        @JsonProperty
        public int step() {
            return state.step();
        }

        @JsonProperty
        public String channelLabel() {
            return channel.label();
        }
    }

    /** A meeting still to be held, for the liaison's workbench. */
    record MeetingSummary(
            long id,
            long matterId,
            String matterTitle,
            String workstationName,
            String topic,
            LocalDateTime scheduledAt,
            boolean online,
            String place) {}

    /** An action as its unit sees it in the list of work to report on. */
    record UnitActionView(
            long id,
            long matterId,
            String matterTitle,
            String workstationName,
            MatterState matterState,
            int seq,
            String content,
            LocalDate dueDate,
            int workingDays,
            int progressPercent,
            String status,
            boolean overdue,
            LocalDateTime lastReportAt) {

        @JsonProperty
        public String matterStateLabel() {
            return matterState.label();
        }
    }

    /** Counts of one workstation for the office and leaders, and for the public district page. */
    record WorkstationStats(
            long workstationId,
            String workstationName,
            WorkstationKind kind,
            String subdistrictName,
            long raised,
            long consulted,
            long solved,
            long evaluations,
            long satisfied) {

        @JsonProperty
        public Double satisfactionRate() {
            return evaluations == 0 ? null : Math.round(satisfied * 1000.0 / evaluations) / 10.0;
        }
    }
}
