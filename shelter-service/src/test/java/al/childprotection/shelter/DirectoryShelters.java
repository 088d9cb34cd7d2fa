package al.childprotection.shelter;

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

import al.childprotection.contracts.DirectoryAgencyChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventPublisher;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Before the first test of each application start, publishes the shelters the tests place children in on the
 * directory topic, as referral-service does, and waits until the shelter view holds them active: until the
 * directory names a shelter, it takes nobody, as in a fresh installation.
 */
public class DirectoryShelters implements QuarkusTestBeforeEachCallback {

    static final String HOUSE_OF_COLORS_NAME = "Shtëpia e Ngjyrave (House of Colors), qendër emergjente 24/7 për"
            + " fëmijë dhe nëna me fëmijë";

    static final List<DirectoryAgencyChanged> SHELTERS = List.of(
            shelter("house-of-colors", HOUSE_OF_COLORS_NAME, "Tiranë"),
            shelter("durres-emergency", "Strehëza emergjente e Durrësit", "Durrës"),
            shelter("test-first", "Test shelter, first", "Pustec"),
            shelter("test-second", "Test shelter, second", "Pustec"));

    /** The application starts (one directory consumer group each) whose view already holds the shelters. */
    private static final Set<String> LOADED = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Config config = ConfigProvider.getConfig();
        String start = config.getValue("mp.messaging.incoming.directory-events.group.id", String.class);
        if (LOADED.contains(start)) {
            return;
        }
        try (EventPublisher publisher = new EventPublisher()) {
            SHELTERS.forEach(s -> publish(publisher, s));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> held(config) >= SHELTERS.size());
        LOADED.add(start);
    }

    static String publish(EventPublisher publisher, DirectoryAgencyChanged shelter) {
        return publisher.publish(EventType.DIRECTORY_AGENCY_CHANGED, shelter.entryId(), shelter);
    }

    static DirectoryAgencyChanged shelter(String code, String name, String municipality) {
        return new DirectoryAgencyChanged(code, name, "SHELTER", municipality, true, Instant.now());
    }

    /** How many of the shelters the view holds active, as the directory published them here. */
    private static int held(Config config) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from shelter where active and directory_changed_at is not null"
                                + " and code = any(?)")) {
            query.setArray(1, connection.createArrayOf("text",
                    SHELTERS.stream().map(DirectoryAgencyChanged::code).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
