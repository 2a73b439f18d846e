package org.tandem.common.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;

/**
 * The one place that decides what a caller's organisation may see and change. A partnership or board is
 * visible to its owner organisation and to the organisations taking part in it; only the owner's staff and
 * admins change it. A record the caller may not see is reported as not found, so its existence does not leak.
 */
@RequestScoped
public class OrganisationScope {
    /** Named parameter that the HQL fragments below use; bind it with {@link #organisationId()}. */
    public static final String PARAMETER = "scopeOrganisation";

    private final CurrentUser user;

    OrganisationScope(CurrentUser user) {
        this.user = user;
    }

    public UUID organisationId() {
        return user.organisationId();
    }

    /** HQL condition: the entity alias (a partnership or board) is visible to the caller. */
    public static String visible(String alias) {
        return "(" + alias + ".ownerOrganisationId = :" + PARAMETER + " or :" + PARAMETER
                + " member of " + alias + ".participantOrganisationIds)";
    }

    /** HQL sub-query: ids of the partnerships the caller may see. */
    public static String visiblePartnershipIds() {
        return "(select vp.id from Partnership vp where " + visible("vp") + ")";
    }

    /** HQL sub-query: ids of the boards the caller may see. */
    public static String visibleBoardIds() {
        return "(select vb.id from Board vb where " + visible("vb") + ")";
    }

    /** A where-clause: the partnership or board of {@code alias} is visible to the caller. */
    public Filter visibleBodies(String alias) {
        return Filter.where(visible(alias)).bind(PARAMETER, organisationId());
    }

    /** A where-clause: the record's partnership ({@code partnershipIdPath}, e.g. "f.partnershipId") is visible to the caller. */
    public Filter inVisiblePartnership(String partnershipIdPath) {
        return Filter.where(partnershipIdPath + " in " + visiblePartnershipIds()).bind(PARAMETER, organisationId());
    }

    /** A where-clause: the meeting at {@code path} ("" or "meeting.") is held by a partnership or board visible to the caller. */
    public Filter visibleMeetings(String path) {
        return Filter.where("(" + path + "partnershipId in " + visiblePartnershipIds()
                        + " or " + path + "boardId in " + visibleBoardIds() + ")")
                .bind(PARAMETER, organisationId());
    }

    public boolean canSee(ScopedBody body) {
        UUID organisation = organisationId();
        return body.ownerOrganisationId().equals(organisation) || body.participantOrganisationIds().contains(organisation);
    }

    public boolean owns(ScopedBody body) {
        return body.ownerOrganisationId().equals(organisationId());
    }

    /** @throws ProblemException 404 when the body is absent or not visible */
    public <T extends ScopedBody> T requireVisible(T body, String what) {
        if (body == null || !canSee(body)) {
            throw ProblemException.notFound(what);
        }
        return body;
    }

    /** @throws ProblemException 404 when not visible; 403 when visible but owned by another organisation or the role only reads */
    public <T extends ScopedBody> T requireManageable(T body, String what) {
        requireVisible(body, what);
        if (!owns(body)) {
            throw ProblemException.forbidden(what + " belongs to another organisation: only its staff can change it.");
        }
        if (!user.canManage()) {
            throw ProblemException.forbidden("Only staff and admins can change " + what + ".");
        }
        return body;
    }

    /**
     * The holding organisation's staff and admins read everything about its people; its finance and members, and
     * the staff, admins and members of organisations taking part, read names and roles as recorded; nobody else
     * (a participating organisation's finance, analysts, partners) reads a name.
     */
    public PeopleAccess peopleAccess(ScopedBody body) {
        if (owns(body) && user.canManage()) {
            return PeopleAccess.CONTACTS;
        }
        boolean readsNames = user.canManage() || user.hasRole(Roles.MEMBER) || owns(body) && user.hasRole(Roles.FINANCE);
        return readsNames && canSee(body) ? PeopleAccess.NAMES : PeopleAccess.NONE;
    }

    /** True when the caller writes the notes of this body's meetings: staff or admins of the owner organisation. */
    public boolean isNoteTaker(ScopedBody body) {
        return owns(body) && user.canManage();
    }
}
