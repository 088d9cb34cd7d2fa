package al.childprotection.intake.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Not ready until the station view holds at least one station: while the directory is still being read at start,
 * an intake would be refused only because its station has not arrived yet. Asked of the database with a plain
 * query, outside any Hibernate session.
 */
@Readiness
@ApplicationScoped
public class StationsReadiness implements AsyncHealthCheck {

    private final Pool database;

    StationsReadiness(Pool database) {
        this.database = database;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return database.query("select count(*) from police_station").execute()
                .map(rows -> rows.iterator().next().getLong(0))
                .map(held -> HealthCheckResponse.named("police stations from the directory")
                        .status(held > 0).withData("stations", held).build());
    }
}
