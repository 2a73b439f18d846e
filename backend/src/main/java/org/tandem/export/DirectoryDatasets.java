package org.tandem.export;

import java.util.List;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.organisation.OrganisationKind;

/** Who is who: organisations, partnerships with their hubs, boards, and who takes part in which. */
final class DirectoryDatasets {
    private DirectoryDatasets() {}

    static List<Dataset> all() {
        return List.of(organisations(), partnerships(), partnershipOrganisations(), boards(), boardOrganisations(), partnershipBoards());
    }

    private static Dataset organisations() {
        return Dataset.named("organisations")
                .about("Organisations", "Every organisation registered in Tandem: the public facts of the directory.")
                .from("organisation o").visibleWhen("true")
                .partnershipFilter("(o.id IN (SELECT fp.owner_organisation_id FROM partnership fp WHERE fp.id = {partnership}) "
                        + "OR o.id IN (SELECT fpo.organisation_id FROM partnership_organisation fpo WHERE fpo.partnership_id = {partnership}))")
                .dateFilter("o.created_at", FieldType.DATETIME, "registered (createdAt)")
                .updated("o.updated_at").orderBy("o.id")
                .field(Field.id("id", "o.id", "The organisation's id.").notNull())
                .field(Field.text("code", "o.code", "Its short code, as sign-ins name it (lower case, digits and hyphens).").notNull())
                .field(Field.text("name", "o.name", "Its name.").notNull())
                .field(Field.oneOf("kind", "o.kind", OrganisationKind.class, "What kind of organisation it is.").notNull())
                .field(Field.text("website", "o.website", "Its website."))
                .field(Field.time("createdAt", "o.created_at", "When it was registered.").notNull())
                .field(Field.time("updatedAt", "o.updated_at", "When it last changed.").notNull())
                .changedBy("organisation", "id")
                .build();
    }

    private static Dataset partnerships() {
        return Dataset.named("partnerships")
                .about("Partnerships and hubs", "Partnerships your organisation runs or takes part in. A hub is a partnership "
                        + "with a parent (parentId). Filtering by partnership gives it and its hubs.")
                .from("partnership p").visibleWhen("p.id IN " + Visibility.PARTNERSHIPS)
                .partnershipFilter("(p.id = {partnership} OR p.parent_id = {partnership})")
                .dateFilter("p.created_at", FieldType.DATETIME, "created (createdAt)")
                .updated("p.updated_at").orderBy("p.id")
                .field(Field.id("id", "p.id", "The partnership's id.").notNull())
                .field(Field.id("parentId", "p.parent_id", "For a hub, the partnership it belongs to.").references("partnerships", "id"))
                .field(Field.id("ownerOrganisationId", "p.owner_organisation_id", "The organisation that runs it.").notNull()
                        .references("organisations", "id"))
                .field(Field.text("name", "p.name", "Its name.").notNull())
                .field(Field.text("description", "p.description", "What it is for."))
                .field(Field.text("termsOfReference", "p.terms_of_reference", "Its terms of reference."))
                .field(Field.text("website", "p.website", "Its website."))
                .field(Field.oneOf("status", "p.status", LifecycleStatus.class, "ACTIVE, or ARCHIVED when it no longer meets.").notNull())
                .versionAndTimes("p", "When it was created.")
                .changedBy("partnership", "id")
                .build();
    }

    private static Dataset partnershipOrganisations() {
        return Dataset.named("partnership-organisations")
                .about("Organisations taking part in partnerships", "Which organisations take part in each partnership, "
                        + "besides the one that runs it.")
                .from("partnership_organisation po JOIN partnership p ON p.id = po.partnership_id")
                .visibleWhen("p.id IN " + Visibility.PARTNERSHIPS)
                .partnershipFilter("po.partnership_id = {partnership}")
                .dateFilter("p.created_at", FieldType.DATETIME, "the partnership's creation (its createdAt)")
                .updated("p.updated_at").orderBy("po.partnership_id, po.organisation_id")
                .field(Field.id("partnershipId", "po.partnership_id", "The partnership.").notNull().references("partnerships", "id"))
                .field(Field.id("organisationId", "po.organisation_id", "An organisation taking part in it.").notNull()
                        .references("organisations", "id"))
                .primaryKey("partnershipId", "organisationId")
                .changedBy("partnership", "partnershipId")
                .build();
    }

    private static Dataset boards() {
        return Dataset.named("boards")
                .about("Boards", "Decision-making boards your organisation runs or sits on. Filtering by partnership gives "
                        + "the boards it reports to.")
                .from("board b").visibleWhen("b.id IN " + Visibility.BOARDS)
                .partnershipFilter("b.id IN (SELECT fpb.board_id FROM partnership_board fpb WHERE fpb.partnership_id = {partnership})")
                .dateFilter("b.created_at", FieldType.DATETIME, "created (createdAt)")
                .updated("b.updated_at").orderBy("b.id")
                .field(Field.id("id", "b.id", "The board's id.").notNull())
                .field(Field.id("ownerOrganisationId", "b.owner_organisation_id", "The organisation that runs it.").notNull()
                        .references("organisations", "id"))
                .field(Field.text("name", "b.name", "Its name.").notNull())
                .field(Field.text("description", "b.description", "What it decides."))
                .field(Field.bool("statutory", "b.statutory", "True for a statutory board (e.g. a Health and Wellbeing Board)."))
                .field(Field.text("website", "b.website", "Its website."))
                .field(Field.oneOf("status", "b.status", LifecycleStatus.class, "ACTIVE, or ARCHIVED when it no longer meets.").notNull())
                .versionAndTimes("b", "When it was created.")
                .changedBy("board", "id")
                .build();
    }

    private static Dataset boardOrganisations() {
        return Dataset.named("board-organisations")
                .about("Organisations sitting on boards", "Which organisations sit on each board, besides the one that runs it.")
                .from("board_organisation bo JOIN board b ON b.id = bo.board_id")
                .visibleWhen("b.id IN " + Visibility.BOARDS)
                .partnershipFilter("bo.board_id IN (SELECT fpb.board_id FROM partnership_board fpb WHERE fpb.partnership_id = {partnership})")
                .dateFilter("b.created_at", FieldType.DATETIME, "the board's creation (its createdAt)")
                .updated("b.updated_at").orderBy("bo.board_id, bo.organisation_id")
                .field(Field.id("boardId", "bo.board_id", "The board.").notNull().references("boards", "id"))
                .field(Field.id("organisationId", "bo.organisation_id", "An organisation sitting on it.").notNull()
                        .references("organisations", "id"))
                .primaryKey("boardId", "organisationId")
                .changedBy("board", "boardId")
                .build();
    }

    private static Dataset partnershipBoards() {
        return Dataset.named("partnership-boards")
                .about("Boards partnerships report to", "Which boards each partnership reports to.")
                .from("partnership_board pb JOIN partnership p ON p.id = pb.partnership_id")
                .visibleWhen("p.id IN " + Visibility.PARTNERSHIPS)
                .partnershipFilter("pb.partnership_id = {partnership}")
                .dateFilter("p.created_at", FieldType.DATETIME, "the partnership's creation (its createdAt)")
                .updated("p.updated_at").orderBy("pb.partnership_id, pb.board_id")
                .field(Field.id("partnershipId", "pb.partnership_id", "The partnership.").notNull().references("partnerships", "id"))
                .field(Field.id("boardId", "pb.board_id", "A board it reports to.").notNull())
                .primaryKey("partnershipId", "boardId")
                .changedBy("partnership", "partnershipId")
                .build();
    }
}
