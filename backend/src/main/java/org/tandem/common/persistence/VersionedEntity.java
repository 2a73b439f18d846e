package org.tandem.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.tandem.common.ids.RandomUuids;

/** An entity with an application-assigned UUID and an optimistic-lock version. */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {
    @Id
    public UUID id = RandomUuids.next();

    @Version
    public long version;
}
