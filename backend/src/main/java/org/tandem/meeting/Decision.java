package org.tandem.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.ids.RandomUuids;

/** What a meeting decided under one agenda item. Keeps its id while the item is edited, so outcomes can cite it. */
@Published
@Entity
public class Decision extends PanacheEntityBase implements Positioned {
    @Id
    public UUID id = RandomUuids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    public AgendaItem agendaItem;

    public int position;
    public String text;

    @Override
    public void position(int position) {
        this.position = position;
    }
}
