package org.cppcc.platform.supervision;

import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;

/** Supervision's acts for other modules (the demo data), with the same rules as the API. */
public interface SupervisionActions {

    void shortlist(PlatformUser office, long proposalId, String reason);

    void approveKeyProposal(
            PlatformUser office,
            long proposalId,
            String meetingName,
            LocalDate approvedOn,
            long leadLeaderId,
            LocalDate replyDueDate);

    long instruct(PlatformUser leader, long proposalId, String content);

    void acknowledge(PlatformUser unit, long instructionId, String note);

    long chase(PlatformUser office, long proposalId, Long unitId, String message);

    /** {@code lookBack}: a look-back review (回头看) rather than a site visit (实地督办). */
    long recordVisit(
            PlatformUser actor,
            long proposalId,
            boolean lookBack,
            LocalDate date,
            String place,
            String participants,
            String notes);

    void setUnitLeaders(PlatformUser office, long unitId, List<Long> accountIds);

    /** How many handling units have at least one leader (分管领导) named, for the go-live checklist. */
    long unitsWithLeaders();
}
