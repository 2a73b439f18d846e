package org.tandem.partnership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.board.Board;
import org.tandem.common.change.Changes;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.web.LondonTime;
import org.tandem.organisation.ParticipantOrganisations;
import org.tandem.person.PersonDirectory;

/** Partnership rules: who may see and change one, what a valid one links to, and its detailed view. */
@RequestScoped
public class PartnershipService {
    private final OrganisationScope scope;
    private final CurrentUser user;
    private final PersonDirectory people;
    private final Changes changes;

    PartnershipService(OrganisationScope scope, CurrentUser user, PersonDirectory people, Changes changes) {
        this.scope = scope;
        this.user = user;
        this.people = people;
        this.changes = changes;
    }

    public Partnership visible(UUID id) {
        return scope.requireVisible(Partnership.findById(id), "Partnership " + id);
    }

    public Partnership manageable(UUID id) {
        return scope.requireManageable(Partnership.findById(id), "Partnership " + id);
    }

    public Partnership create(PartnershipRequest body) {
        Partnership partnership = new Partnership();
        partnership.ownerOrganisationId = scope.organisationId();
        partnership.status = status(body);
        apply(body, partnership);
        partnership.persist();
        changes.created(partnership);
        return partnership;
    }

    /** Replaces every field; a change of status is the move the transition table allows ("archived", "restored"). */
    public void update(Partnership partnership, PartnershipRequest body) {
        LifecycleStatus next = status(body);
        changes.updating(partnership, partnership.status.moveName(next));
        partnership.revise(next, () -> apply(body, partnership));
        Partnership.flush();
    }

    /** Only a partnership without meetings or hubs can be deleted; one with history is archived instead. */
    public void delete(Partnership partnership) {
        if (Partnership.count("parentId", partnership.id) > 0) {
            throw ProblemException.businessRule("This partnership has hubs. Archive it (status ARCHIVED) instead of deleting it.");
        }
        // Its members go with it, each recorded, so the trail shows who was a member of what was deleted.
        for (PartnershipMember member : PartnershipMember.<PartnershipMember>list("partnershipId", partnership.id)) {
            changes.deleting(member);
            member.delete();
        }
        changes.deleting(partnership);
        partnership.delete();
        try {
            Partnership.flush();
        } catch (PersistenceException stillReferenced) {
            throw ProblemException.businessRule(
                    "This partnership has meetings or other records. Archive it (status ARCHIVED) instead of deleting it.");
        }
    }

    private void apply(PartnershipRequest body, Partnership partnership) {
        partnership.name = body.name().trim();
        partnership.description = body.description();
        partnership.termsOfReference = body.termsOfReference();
        partnership.website = body.website();
        partnership.parentId = checkedParent(partnership, body.parentId());
        replace(partnership.successCriteria, body.successCriteria() == null ? List.of() : body.successCriteria());
        replace(partnership.participantOrganisationIds,
                ParticipantOrganisations.checked(body.participantOrganisationIds(), partnership.ownerOrganisationId));
        replace(partnership.boardIds, checkedBoards(body.boardIds()));
    }

    private static LifecycleStatus status(PartnershipRequest body) {
        return body.status() == null ? LifecycleStatus.ACTIVE : body.status();
    }

    private UUID checkedParent(Partnership partnership, UUID parentId) {
        if (parentId == null) {
            return null;
        }
        Partnership parent = Partnership.findById(parentId);
        if (parent == null || !scope.owns(parent)) {
            throw ProblemException.invalid("parentId", "must be a partnership your organisation owns");
        }
        for (Partnership ancestor = parent; ancestor != null; ancestor = ancestor.parentId == null ? null : Partnership.findById(ancestor.parentId)) {
            if (ancestor.id.equals(partnership.id)) {
                throw ProblemException.invalid("parentId", "would make this partnership a hub of itself");
            }
        }
        return parentId;
    }

    private Set<UUID> checkedBoards(Set<UUID> ids) {
        Set<UUID> boards = ids == null ? Set.of() : ids;
        for (UUID boardId : boards) {
            Board board = Board.findById(boardId);
            if (board == null || !scope.canSee(board)) {
                throw ProblemException.invalid("boardIds", "must all be boards your organisation can see");
            }
        }
        return boards;
    }

    private static <T> void replace(Collection<T> target, Collection<T> values) {
        if (!new ArrayList<>(target).equals(new ArrayList<>(values))) {
            target.clear();
            target.addAll(values);
        }
    }

    public PartnershipView view(Partnership p) {
        List<PartnershipView.Reference> boards = p.boardIds.isEmpty() ? List.of()
                : Board.<Board>list("id in ?1", p.boardIds).stream()
                        .map(b -> new PartnershipView.Reference(b.id, b.name, b.status))
                        .sorted(Comparator.comparing(PartnershipView.Reference::name)).toList();
        List<PartnershipView.Reference> hubs = Partnership.<Partnership>list("parentId = ?1 order by name", p.id).stream()
                .filter(scope::canSee)
                .map(h -> new PartnershipView.Reference(h.id, h.name, h.status)).toList();
        return new PartnershipView(p.id, p.ownerOrganisationId, p.parentId, p.name, p.description, p.termsOfReference,
                p.website, p.status, List.copyOf(p.successCriteria), Set.copyOf(p.participantOrganisationIds), boards,
                hubs, scope.peopleAccess(p).namesPeople() ? members(p) : null, scope.owns(p) && user.canManage(),
                allowedActions(p, hubs.isEmpty()), LondonTime.of(p.createdAt), LondonTime.of(p.updatedAt),
                p.version);
    }

    /** For this caller: the owner's staff and admins only; taking-part organisations and read-only roles get none. */
    private List<PartnershipAction> allowedActions(Partnership p, boolean noHubs) {
        if (!scope.owns(p) || !user.canManage()) {
            return List.of();
        }
        List<PartnershipAction> actions = new ArrayList<>();
        if (p.status.editable()) {
            actions.add(PartnershipAction.EDIT);
        }
        for (LifecycleStatus next : LifecycleStatus.values()) {
            if (p.status.next().contains(next)) {
                actions.add(next == LifecycleStatus.ARCHIVED ? PartnershipAction.ARCHIVE : PartnershipAction.RESTORE);
            }
        }
        if (noHubs) {
            actions.add(PartnershipAction.DELETE);
        }
        return actions;
    }

    /** Member names and titles are personal data: readers the people access rule does not name get ids and roles only. */
    public List<PartnershipMemberView> members(Partnership p) {
        List<PartnershipMember> members = PartnershipMember.list("partnershipId = ?1 order by role, startedOn", p.id);
        boolean namesPeople = scope.peopleAccess(p).namesPeople();
        Map<UUID, String> names = namesPeople ? people.namesOf(members.stream().map(m -> m.personId).toList()) : Map.of();
        return members.stream().map(m -> namesPeople ? PartnershipMemberView.of(m, names.get(m.personId)) : PartnershipMemberView.unnamed(m))
                .sorted(Comparator.comparing(PartnershipMemberView::role)
                        .thenComparing(PartnershipMemberView::displayName, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
