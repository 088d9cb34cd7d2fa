package al.childprotection.chaos;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The steady intake load of a chaos run: police teams record {@code --intakes N} children spread evenly over
 * {@code --seconds S}, each with its own {@code Idempotency-Key}, and retry a request that fails on a broken
 * connection, a timeout or a 5xx with the SAME key, as a team on a flaky mobile connection would, until the
 * intake is accepted. The id of every intake that got its {@code 201} is written to {@code --accepted FILE}:
 * ./platform chaos then checks that each one has exactly one referral, one first task and one notification.
 *
 * <p>Where to send comes from the environment that ./platform exports (the chaos profile of
 * deploy/platform.env). Exit status 0 when every intake was accepted.
 */
public final class IntakeLoad {

    private static final String[] TEAMS = { "police.kamza", "police.tirana" };
    /** Municipalities whose CPU has workers in the demo roster: every referral gets a worker's task. */
    private static final String[] RESIDENCES = { "Tiranë", "Durrës", "Tirana", "Durrësi" };
    /** A team keeps retrying one intake this long before it gives up (and the run fails). */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final PoliceTeamTokens tokens;
    private final URI intakes;
    private final PrintWriter accepted;

    private final AtomicInteger acceptedCount = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong longestMillis = new AtomicLong();

    private IntakeLoad(URI intakes, PoliceTeamTokens tokens, PrintWriter accepted) {
        this.intakes = intakes;
        this.tokens = tokens;
        this.accepted = accepted;
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(option(args, "--intakes", "300"));
        int seconds = Integer.parseInt(option(args, "--seconds", "150"));
        Path acceptedFile = Path.of(option(args, "--accepted", "accepted-intakes.txt"));
        URI intakes = URI.create("http://" + env("CP_HOST", "127.0.0.1") + ":" + env("CP_INTAKE_PORT", "8081")
                + "/intakes");

        try (PrintWriter accepted = new PrintWriter(Files.newBufferedWriter(acceptedFile, StandardCharsets.UTF_8))) {
            IntakeLoad load = new IntakeLoad(intakes, new PoliceTeamTokens(HttpClient.newHttpClient(),
                    env("CP_OIDC_URL", "http://127.0.0.1:8180/realms/child-protection"),
                    env("CP_OIDC_CLIENT_ID", "platform-cli"), env("CP_DEMO_PASSWORD", "demo")), accepted);
            boolean allAccepted = load.run(count, Duration.ofSeconds(seconds));
            System.exit(allAccepted ? 0 : 1);
        }
    }

    private boolean run(int count, Duration spread) throws InterruptedException {
        System.out.printf("[load] %d intakes over %d s to %s%n", count, spread.toSeconds(), intakes);
        // Enough teams that an outage of a minute does not slow the pace of new intakes.
        ExecutorService teams = Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        long nextReport = 0;
        for (int i = 0; i < count; i++) {
            long due = start + spread.toNanos() * i / count;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int number = i;
            teams.submit(() -> record(number));
            if (System.nanoTime() - start >= nextReport) {
                report("sending", i + 1);
                nextReport += TimeUnit.SECONDS.toNanos(10);
            }
        }
        teams.shutdown();
        while (!teams.awaitTermination(10, TimeUnit.SECONDS)) {
            report("waiting for the last answers", count);
        }
        System.out.printf("[load] done: %d intakes sent, %d accepted (%d of them on a replay of the same key),"
                + " %d refused, %d given up; %d retries; longest wait for a 201: %.1f s%n", count,
                acceptedCount.get(), replayed.get(), refused.get(), givenUp.get(), retries.get(),
                longestMillis.get() / 1000.0);
        return acceptedCount.get() == count;
    }

    /** One intake, from the first try to its 201: the same body and the same key on every retry. */
    private void record(int number) {
        String team = TEAMS[number % TEAMS.length];
        String key = UUID.randomUUID().toString();
        String body = intake(number);
        Instant begun = Instant.now();
        Duration backOff = Duration.ofMillis(250);
        inFlight.incrementAndGet();
        try {
            while (Duration.between(begun, Instant.now()).compareTo(GIVE_UP_AFTER) < 0) {
                try {
                    HttpResponse<String> response = post(team, key, body);
                    int status = response.statusCode();
                    if (status == 201) {
                        accept(response, begun);
                        return;
                    }
                    if (status == 401) {
                        tokens.forget(team);
                    } else if (status < 500 && status != 429) {
                        refused.incrementAndGet();
                        System.out.printf("[load] intake %d refused with %d: %s%n", number, status, response.body());
                        return;
                    }
                } catch (IOException e) {
                    // connection refused or reset, or a timeout: the service or its database is down
                }
                retries.incrementAndGet();
                Thread.sleep(backOff.toMillis());
                backOff = backOff.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2)
                        : backOff.multipliedBy(2);
            }
            givenUp.incrementAndGet();
            System.out.printf("[load] intake %d given up after %s of retries%n", number, GIVE_UP_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private HttpResponse<String> post(String team, String key, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(intakes)
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + tokens.of(team))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void accept(HttpResponse<String> response, Instant begun) {
        String location = response.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        synchronized (accepted) {
            accepted.println(id);
            accepted.flush();
        }
        acceptedCount.incrementAndGet();
        if (response.headers().firstValue("Idempotency-Replayed").filter("true"::equals).isPresent()) {
            replayed.incrementAndGet();
        }
        longestMillis.accumulateAndGet(Duration.between(begun, Instant.now()).toMillis(), Math::max);
    }

    private void report(String phase, int sent) {
        System.out.printf("[load] %s: %d sent, %d accepted, %d waiting for an answer, %d retries so far%n",
                phase, sent, acceptedCount.get(), inFlight.get(), retries.get());
    }

    /** A complete, valid intake of a made-up child; the name is unique so that no two intakes match a child. */
    private static String intake(int number) {
        return """
                {
                  "contactAt": "%s",
                  "child": {"givenName": "Chaos", "familyName": "Load-%d-%s", "dateOfBirth": "2012-05-17",
                            "sex": "%s", "languages": ["sq"], "residenceMunicipality": "%s"},
                  "situations": ["VICTIM"],
                  "safeguards": {"parentOrGuardianPresent": true, "lawyerPresent": true,
                                 "psychologistPresent": true, "childFriendlyRoomUsed": true},
                  "riskLevel": "MEDIUM",
                  "priority": "NORMAL",
                  "consent": "BEST_INTEREST_OF_THE_CHILD",
                  "legalBasis": "Law 18/2017 on the rights and protection of the child"
                }
                """.formatted(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), number,
                UUID.randomUUID().toString().substring(0, 8), number % 2 == 0 ? "FEMALE" : "MALE",
                RESIDENCES[number % RESIDENCES.length]);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
