package al.childprotection.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real Keycloak tokens of the demo police teams (password grant), renewed a minute before they expire. */
final class PoliceTeamTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private record Token(String value, Instant renewAt) {
    }

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String password;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PoliceTeamTokens(HttpClient http, String oidcUrl, String clientId, String password) {
        this.http = http;
        this.tokenEndpoint = URI.create(oidcUrl + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.password = password;
    }

    String of(String username) throws IOException, InterruptedException {
        Token token = tokens.get(username);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            token = fetch(username);
            tokens.put(username, token);
        }
        return token.value();
    }

    /** A 401 from a service: the token is no good any more, the next call fetches a new one. */
    void forget(String username) {
        tokens.remove(username);
    }

    private Token fetch(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IOException("Keycloak refused a token for " + username + ": " + response.statusCode());
        }
        Matcher expiresIn = EXPIRES_IN.matcher(response.body());
        long seconds = expiresIn.find() ? Long.parseLong(expiresIn.group(1)) : 300;
        return new Token(token.group(1), Instant.now().plusSeconds(Math.max(10, seconds - 60)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
