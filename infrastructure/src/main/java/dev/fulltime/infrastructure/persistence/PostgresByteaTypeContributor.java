package dev.fulltime.infrastructure.persistence;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * On PostgreSQL, stores Axon's {@code @Lob byte[]} columns (event payloads and metadata, snapshots, tokens, sagas,
 * dead letters) as {@code bytea} read and written as plain bytes, instead of Hibernate's default large objects
 * ({@code oid}), which live outside the row and are never cleaned up. Other databases keep their mapping.
 * Registered through {@code META-INF/services/org.hibernate.boot.model.TypeContributor}, so the dialect itself is
 * still chosen automatically.
 */
public class PostgresByteaTypeContributor implements TypeContributor {

    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        JdbcServices jdbc = serviceRegistry.getService(JdbcServices.class);
        if (jdbc != null && jdbc.getDialect() instanceof PostgreSQLDialect) {
            typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                    .addDescriptor(Types.BLOB, VarbinaryJdbcType.INSTANCE);
        }
    }
}
