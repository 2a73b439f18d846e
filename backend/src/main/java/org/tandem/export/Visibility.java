package org.tandem.export;

/**
 * What an organisation may see, as SQL for the datasets: the same rule as {@code OrganisationScope} (a partnership
 * or board is its owner's and its participants'), written for the export's plain SQL rather than HQL.
 */
final class Visibility {
    static final String PARTNERSHIPS = "(SELECT vp.id FROM partnership vp WHERE vp.owner_organisation_id = {org} "
            + "OR vp.id IN (SELECT po.partnership_id FROM partnership_organisation po WHERE po.organisation_id = {org}))";
    static final String BOARDS = "(SELECT vb.id FROM board vb WHERE vb.owner_organisation_id = {org} "
            + "OR vb.id IN (SELECT bo.board_id FROM board_organisation bo WHERE bo.organisation_id = {org}))";
    /** The meeting aliased m is held by a partnership or board the organisation sees. */
    static final String MEETING = "(m.partnership_id IN " + PARTNERSHIPS + " OR m.board_id IN " + BOARDS + ")";
    /** Partnerships the organisation runs (budgets are the running organisation's business). */
    static final String OWNED_PARTNERSHIPS = "(SELECT op.id FROM partnership op WHERE op.owner_organisation_id = {org})";

    private Visibility() {}
}
