package al.childprotection.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;

/** A recipient's inbox on the real SMTP server (GreenMail), read through its REST API. */
public final class Mailbox {

    /** One delivered e-mail: the subject and the whole MIME text (headers and body). */
    public record Mail(String subject, String mime) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Mailbox() {
    }

    public static List<Mail> of(String address) {
        URI uri = URI.create("http://" + TestEnvironment.host() + ":" + TestEnvironment.mailApiPort() + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return List.of();
            }
            List<Mail> mails = new ArrayList<>();
            for (JsonNode message : EventSchemas.mapper().readTree(response.body())) {
                mails.add(new Mail(message.path("subject").asText(), message.path("mimeMessage").asText()));
            }
            return mails;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mailbox of " + address + " at " + uri, e);
        }
    }
}
