package org.tandem.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.tandem.board.Board;
import org.tandem.common.Published;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.ScopedBody;
import org.tandem.partnership.Partnership;

/**
 * Loads meetings for the caller through the organisation scope of their partnership or board: a meeting the
 * caller cannot see is "not found"; one they can see but not run is "forbidden".
 */
@Published
@RequestScoped
public class MeetingAccess {
    private final OrganisationScope scope;

    MeetingAccess(OrganisationScope scope) {
        this.scope = scope;
    }

    /** @throws ProblemException 404 unless the caller's organisation can see the meeting */
    public HeldMeeting visible(UUID meetingId) {
        return visible(Meeting.findById(meetingId), "Meeting " + meetingId);
    }

    /** @throws ProblemException 404 when not visible, 403 when the caller cannot change it */
    public HeldMeeting manageable(UUID meetingId) {
        return manageable(Meeting.findById(meetingId), "Meeting " + meetingId);
    }

    /**
     * As {@link #manageable(UUID)}, holding a row lock on the meeting until the transaction ends, so that
     * concurrent additions to its agenda, register or documents cannot claim the same position.
     */
    public HeldMeeting manageableForChildren(UUID meetingId) {
        return manageable(Meeting.findById(meetingId, LockModeType.PESSIMISTIC_WRITE), "Meeting " + meetingId);
    }

    /** The partnership or board that will hold a new meeting: exactly one of the two ids is set. */
    public ScopedBody holderForNewMeeting(UUID partnershipId, UUID boardId) {
        String field = partnershipId != null ? "partnershipId" : "boardId";
        ScopedBody holder = holderOf(partnershipId, boardId);
        if (holder == null || !scope.canSee(holder)) {
            throw ProblemException.invalid(field, "is not a " + (partnershipId != null ? "partnership" : "board")
                    + " your organisation can see");
        }
        scope.requireManageable(holder, partnershipId != null ? "The partnership" : "The board");
        if (holder.isArchived()) {
            throw ProblemException.businessRule("It is archived: archived partnerships and boards hold no new meetings.");
        }
        return holder;
    }

    /** @throws ProblemException 404 unless the caller can see the partnership */
    ScopedBody visiblePartnership(UUID partnershipId) {
        return scope.requireVisible(holderOf(partnershipId, null), "Partnership " + partnershipId);
    }

    /** @throws ProblemException 404 unless the caller can see the board */
    ScopedBody visibleBoard(UUID boardId) {
        return scope.requireVisible(holderOf(null, boardId), "Board " + boardId);
    }

    /** A where-clause for the meetings the caller can see; {@code path} leads to the meeting ("" or "meeting."). */
    public Filter visibleMeetings(String path) {
        return scope.visibleMeetings(path);
    }

    public boolean isNoteTaker(HeldMeeting held) {
        return scope.isNoteTaker(held.holder());
    }

    /** True when the caller runs the meeting (the owner's staff and admins): only they get allowedActions. */
    boolean manages(HeldMeeting held) {
        return scope.isNoteTaker(held.holder());
    }

    /** @throws ProblemException 404 unless the caller can see the action's meeting */
    public MeetingAction visibleAction(UUID actionId) {
        MeetingAction action = MeetingAction.findById(actionId);
        visible(action == null ? null : action.meeting, "Action " + actionId);
        return action;
    }

    /** @throws ProblemException 404 when not visible, 403 when the caller cannot change it */
    public MeetingAction manageableAction(UUID actionId) {
        MeetingAction action = MeetingAction.findById(actionId);
        manageable(action == null ? null : action.meeting, "Action " + actionId);
        return action;
    }

    /** @throws ProblemException 404 unless the caller can see this loaded meeting */
    HeldMeeting held(Meeting meeting) {
        return visible(meeting, "Meeting " + meeting.id);
    }

    private HeldMeeting visible(Meeting meeting, String what) {
        ScopedBody holder = meeting == null ? null : holderOf(meeting.partnershipId, meeting.boardId);
        scope.requireVisible(holder, what);
        return new HeldMeeting(meeting, holder);
    }

    private HeldMeeting manageable(Meeting meeting, String what) {
        HeldMeeting held = visible(meeting, what);
        scope.requireManageable(held.holder(), what);
        return held;
    }

    /** The partnership or board with one of these ids (the other is null), or null when there is none. */
    static ScopedBody holderOf(UUID partnershipId, UUID boardId) {
        return partnershipId != null ? Partnership.findById(partnershipId) : Board.findById(boardId);
    }
}
