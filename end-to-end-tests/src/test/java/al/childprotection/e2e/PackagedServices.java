package al.childprotection.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import al.childprotection.testsupport.TestEnvironment;

/**
 * The five services as they ship: each {@code quarkus-run.jar} started as its own process, with its own
 * database ({@code *_e2e}), on the real broker, Keycloak and SMTP server of the test run.
 */
final class PackagedServices implements AutoCloseable {

    /** module -> the CP_*_PORT variable that sets its HTTP port. */
    static final Map<String, String> SERVICES = new LinkedHashMap<>();
    static {
        SERVICES.put("police-intake-service", "CP_INTAKE_PORT");
        SERVICES.put("referral-service", "CP_REFERRAL_PORT");
        SERVICES.put("case-service", "CP_CASE_PORT");
        SERVICES.put("shelter-service", "CP_SHELTER_PORT");
        SERVICES.put("notification-service", "CP_NOTIFICATION_PORT");
    }

    private static final Map<String, String> DEFAULT_PORTS = Map.of(
            "CP_INTAKE_PORT", "18081", "CP_REFERRAL_PORT", "18082", "CP_CASE_PORT", "18083",
            "CP_SHELTER_PORT", "18084", "CP_NOTIFICATION_PORT", "18085");
    /** The management interface (/q/health, /q/metrics) of each: never the public port. */
    private static final Map<String, String> DEFAULT_MANAGEMENT_PORTS = Map.of(
            "CP_INTAKE_MANAGEMENT_PORT", "19081", "CP_REFERRAL_MANAGEMENT_PORT", "19082",
            "CP_CASE_MANAGEMENT_PORT", "19083", "CP_SHELTER_MANAGEMENT_PORT", "19084",
            "CP_NOTIFICATION_MANAGEMENT_PORT", "19085");

    /**
     * The one internal endpoint the ministry subscriptions of these tests may name: port 9 (discard) on loopback,
     * where nothing listens, so their pushes fail without leaving the machine. Every other internal address stays
     * refused, as in the run profile, whose allow-list is empty.
     */
    static final String ALLOWED_CALLBACK = "127.0.0.1:9";

    private final List<Process> processes = new ArrayList<>();
    private final Map<String, Long> startupMillis = new LinkedHashMap<>();

    static String url(String module) {
        String variable = SERVICES.get(module);
        return "http://" + TestEnvironment.host() + ":" + TestEnvironment.env(variable, DEFAULT_PORTS.get(variable));
    }

    /** Where the service answers {@code /q/health} and {@code /q/metrics}. */
    static String managementUrl(String module) {
        String variable = managementPortVariable(module);
        return "http://" + TestEnvironment.host() + ":"
                + TestEnvironment.env(variable, DEFAULT_MANAGEMENT_PORTS.get(variable));
    }

    private static String managementPortVariable(String module) {
        return SERVICES.get(module).replace("_PORT", "_MANAGEMENT_PORT");
    }

    static PackagedServices start() throws Exception {
        PackagedServices services = new PackagedServices();
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path logs = Path.of("target", "e2e-logs");
        Files.createDirectories(logs);
        long begin = System.nanoTime();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String module : SERVICES.keySet()) {
            Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                services.close();
                throw new IllegalStateException(jar + " is missing: package the services first");
            }
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m"));
            command.addAll(ConsumerGroups.ofThisRun(module, root.resolve(module)
                    .resolve("src/main/resources/application.properties"), run));
            // how each token is verified, so that a test can see that none is ever sent to Keycloak (TokenAudienceIT)
            command.add("-Dquarkus.log.category.\"io.quarkus.oidc.runtime.OidcIdentityProvider\".level=DEBUG");
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(module + ".log").toFile());
            builder.environment().put("CP_DB_SUFFIX", TestEnvironment.env("CP_E2E_DB_SUFFIX", "_e2e"));
            builder.environment().put("CP_FEED_CALLBACKS_ALLOWED", ALLOWED_CALLBACK);
            builder.environment().put(SERVICES.get(module),
                    TestEnvironment.env(SERVICES.get(module), DEFAULT_PORTS.get(SERVICES.get(module))));
            builder.environment().put(managementPortVariable(module), managementUrl(module)
                    .substring(managementUrl(module).lastIndexOf(':') + 1));
            services.processes.add(builder.start());
        }
        for (String module : SERVICES.keySet()) {
            // generous: on a shared two-core machine a JVM may need minutes to start
            services.awaitReady(module, Duration.ofSeconds(300));
            services.startupMillis.put(module, Duration.ofNanos(System.nanoTime() - begin).toMillis());
        }
        return services;
    }

    Map<String, Long> startupMillis() {
        return startupMillis;
    }

    private void awaitReady(String module, Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create(managementUrl(module) + "/q/health/ready");
        long deadline = System.nanoTime() + within.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.getMessage();
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException(module + " is not ready after " + within + ": " + last
                + " (see end-to-end-tests/target/e2e-logs/" + module + ".log)");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
