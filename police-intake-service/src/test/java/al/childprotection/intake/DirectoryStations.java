package al.childprotection.intake;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import al.childprotection.contracts.DirectoryStationChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventPublisher;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Before the first test of each application start, publishes the stations the tests record from on the directory
 * topic, as referral-service does, and waits until the station view holds them: the view starts empty, as in a
 * fresh installation.
 */
public class DirectoryStations implements QuarkusTestBeforeEachCallback {

    static final List<DirectoryStationChanged> STATIONS = List.of(
            station("PS-TIRANE", "Komisariati i Policisë Tiranë", "Tiranë"),
            station("PS-KAMEZ", "Komisariati i Policisë Kamëz", "Kamëz"),
            station("PS-VORE", "Komisariati i Policisë Vorë", "Vorë"),
            station("PS-LEZHE", "Komisariati i Policisë Lezhë", "Lezhë"),
            station("PS-KRUJE", "Komisariati i Policisë Krujë", "Krujë"),
            station("PS-KURBIN", "Komisariati i Policisë Kurbin, Laç", "Kurbin"),
            station("PS-SHENGJIN", "Komisariati i Policisë Shëngjin", "Lezhë"),
            station("PS-DURRES", "Drejtoria Vendore e Policisë Durrës", "Durrës"));

    /** The application starts (one directory consumer group each) whose view already holds the stations. */
    private static final Set<String> LOADED = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Config config = ConfigProvider.getConfig();
        String start = config.getValue("mp.messaging.incoming.directory-events.group.id", String.class);
        if (LOADED.contains(start)) {
            return;
        }
        try (EventPublisher publisher = new EventPublisher()) {
            STATIONS.forEach(s -> publisher.publish(EventType.DIRECTORY_STATION_CHANGED, s.entryId(), s));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> held(config) >= STATIONS.size());
        LOADED.add(start);
    }

    private static DirectoryStationChanged station(String code, String name, String municipality) {
        return new DirectoryStationChanged(code, name, municipality, true, Instant.now());
    }

    /** How many of the stations the view holds, as the directory published them here. */
    static int held(Config config) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from police_station where active and code = any(?)")) {
            query.setArray(1, connection.createArrayOf("text",
                    STATIONS.stream().map(DirectoryStationChanged::code).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
