package org.tandem.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;
import org.tandem.common.web.LondonTime;

/**
 * The one place that decides what a caller's organisation may see and change. A partnership or board is
 * visible to its owner organisation and to the organisations taking part in it; only the owner's staff and
 * admins change it. A lay member (the member role alone) whose sign-in is linked to a person sees less: only the
 * partnerships that person belongs to today and the boards those report to, with their meetings, actions, papers,
 * feedback and outcomes; a member nobody linked keeps the organisation's reading. A record the caller may not see
 * is reported as not found, so its existence does not leak.
 */
@RequestScoped
public class OrganisationScope {
    /** Named parameter that the HQL fragments below use; bound with {@link #organisationId()}. */
    public static final String PARAMETER = "scopeOrganisation";
    /** Named parameter of the bodies a linked lay member belongs to; bound only for them. */
    private static final String BODIES = "scopeBodies";
    /** Stands in for "no body at all", since an empty list cannot be bound to {@code in}. */
    private static final UUID NO_BODY = new UUID(0, 0);
    /** The partnerships a person belongs to today (membership dates inclusive, in London): the partnership feature's table. */
    private static final String CURRENT_PARTNERSHIPS = "select m.partnership_id from partnership_member m"
            + " where m.person_id = :person and (m.started_on is null or m.started_on <= :today)"
            + " and (m.ended_on is null or m.ended_on >= :today)";
    /** The boards the partnerships of {@code :partnerships} report to. */
    private static final String BOARDS_OF = "select pb.board_id from partnership_board pb where pb.partnership_id in (:partnerships)";

    private final CurrentUser user;
    private final LinkedPeople linkedPeople;
    private final EntityManager entityManager;
    private Optional<UUID> linkedPerson;
    private Set<UUID> memberBodies;

    OrganisationScope(CurrentUser user, LinkedPeople linkedPeople, EntityManager entityManager) {
        this.user = user;
        this.linkedPeople = linkedPeople;
        this.entityManager = entityManager;
    }

    public UUID organisationId() {
        return user.organisationId();
    }

    /** The person a lay member's sign-in is linked to; empty for staff roles and for members nobody linked. */
    public Optional<UUID> linkedMember() {
        return user.isLayMember() ? linkedPerson() : Optional.empty();
    }

    /** The person the caller's sign-in is linked to, whatever their roles. */
    public Optional<UUID> linkedPerson() {
        if (linkedPerson == null) {
            linkedPerson = linkedPeople.personOf(user.subject());
        }
        return linkedPerson;
    }

    /** @throws ProblemException 409 not-linked when nobody linked the caller's sign-in to a person */
    public UUID requireLinkedPerson() {
        return linkedPerson().orElseThrow(() -> new ProblemException(ProblemType.NOT_LINKED,
                "Your sign-in is not linked to a person yet: ask your organisation's staff to link it.", List.of()));
    }

    /** The partnerships {@code person} belongs to today. */
    public Set<UUID> currentPartnershipsOf(UUID person) {
        return ids(entityManager.createNativeQuery(CURRENT_PARTNERSHIPS, UUID.class)
                .setParameter("person", person).setParameter("today", LondonTime.today()).getResultList());
    }

    /** The partnerships and boards a linked lay member may see, or null when the organisation's reading applies. */
    private Set<UUID> memberBodies() {
        if (memberBodies == null && linkedMember().isPresent()) {
            memberBodies = currentPartnershipsOf(linkedMember().get());
            if (!memberBodies.isEmpty()) {
                memberBodies.addAll(ids(entityManager.createNativeQuery(BOARDS_OF, UUID.class)
                        .setParameter("partnerships", List.copyOf(memberBodies)).getResultList()));
            }
        }
        return memberBodies;
    }

    private static Set<UUID> ids(List<?> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(id -> ids.add((UUID) id));
        return ids;
    }

    /** HQL condition: the entity alias (a partnership or board) is visible to the caller. */
    private String visible(String alias) {
        String organisations = "(" + alias + ".ownerOrganisationId = :" + PARAMETER + " or :" + PARAMETER
                + " member of " + alias + ".participantOrganisationIds)";
        return memberBodies() == null ? organisations : "(" + organisations + " and " + alias + ".id in :" + BODIES + ")";
    }

    /** HQL sub-query: ids of the partnerships the caller may see. */
    private String visiblePartnershipIds() {
        return "(select vp.id from Partnership vp where " + visible("vp") + ")";
    }

    /** HQL sub-query: ids of the boards the caller may see. */
    private String visibleBoardIds() {
        return "(select vb.id from Board vb where " + visible("vb") + ")";
    }

    /** The where-clause {@code condition} with the parameters the fragments above use. */
    private Filter bound(String condition) {
        Filter filter = Filter.where(condition).bind(PARAMETER, organisationId());
        Set<UUID> bodies = memberBodies();
        return bodies == null ? filter : filter.bind(BODIES, bodies.isEmpty() ? Set.of(NO_BODY) : bodies);
    }

    /** A where-clause: the partnership or board of {@code alias} is visible to the caller. */
    public Filter visibleBodies(String alias) {
        return bound(visible(alias));
    }

    /** A where-clause: the record's partnership ({@code partnershipIdPath}, e.g. "f.partnershipId") is visible to the caller. */
    public Filter inVisiblePartnership(String partnershipIdPath) {
        return bound(partnershipIdPath + " in " + visiblePartnershipIds());
    }

    /** A where-clause: the meeting at {@code path} ("" or "meeting.") is held by a partnership or board visible to the caller. */
    public Filter visibleMeetings(String path) {
        return bound("(" + path + "partnershipId in " + visiblePartnershipIds()
                + " or " + path + "boardId in " + visibleBoardIds() + ")");
    }

    public boolean canSee(ScopedBody body) {
        UUID organisation = organisationId();
        boolean organisationSees = body.ownerOrganisationId().equals(organisation)
                || body.participantOrganisationIds().contains(organisation);
        Set<UUID> bodies = memberBodies();
        return organisationSees && (bodies == null || bodies.contains(body.bodyId()));
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
