package al.childprotection.shelter.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Not ready until the directory has named at least one shelter: while the directory is still being read on a first
 * start, a placement request would find no shelter at all and be refused only because the shelters have not arrived
 * yet. Asked of the database with a plain query, outside any Hibernate session.
 */
@Readiness
@ApplicationScoped
public class SheltersReadiness implements AsyncHealthCheck {

    private final Pool database;

    SheltersReadiness(Pool database) {
        this.database = database;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return database.query("select count(*) from shelter where directory_changed_at is not null").execute()
                .map(rows -> rows.iterator().next().getLong(0))
                .map(known -> HealthCheckResponse.named("shelters from the directory")
                        .status(known > 0).withData("shelters", known).build());
    }
}
