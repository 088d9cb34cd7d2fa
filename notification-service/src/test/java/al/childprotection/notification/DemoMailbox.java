package al.childprotection.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The mailboxes of the real SMTP server the service sends to (GreenMail), read through GreenMail's REST API on
 * CP_MAIL_API_PORT. Mail of earlier runs stays there: tests look for their own ids in the messages.
 */
final class DemoMailbox {

    /** One received message: its subject (decoded by GreenMail), its From header and its decoded text. */
    record Message(String subject, String from, String text) {
    }

    private DemoMailbox() {
    }

    static List<Message> messages(String address) {
        Response response = RestAssured.given()
                .baseUri("http://" + env("CP_SMTP_HOST", "127.0.0.1"))
                .port(Integer.parseInt(env("CP_MAIL_API_PORT", "8086")))
                .basePath("")
                .accept(ContentType.JSON)
                .get("/api/user/{address}/messages/INBOX", address);
        if (response.statusCode() != 200) {
            return List.of(); // GreenMail knows a mailbox only once something was delivered to it
        }
        List<Map<String, Object>> raw = response.jsonPath().getList("");
        return raw.stream().map(m -> parse((String) m.get("subject"), (String) m.get("mimeMessage"))).toList();
    }

    /** The messages to {@code address} whose text mentions {@code text} (a task id, say). */
    static List<Message> messagesMentioning(String address, String text) {
        return messages(address).stream().filter(m -> m.text().contains(text)).toList();
    }

    private static Message parse(String subject, String mime) {
        String normalized = mime.replace("\r\n", "\n");
        int split = normalized.indexOf("\n\n");
        String headers = split < 0 ? normalized : normalized.substring(0, split);
        String body = split < 0 ? "" : normalized.substring(split + 2);
        String from = headers.lines().filter(l -> l.regionMatches(true, 0, "From:", 0, 5))
                .map(l -> l.substring(5).trim()).findFirst().orElse(null);
        String encoding = headers.toLowerCase(Locale.ROOT);
        String text;
        if (encoding.contains("content-transfer-encoding: base64")) {
            text = new String(Base64.getMimeDecoder().decode(body.trim()), StandardCharsets.UTF_8);
        } else if (encoding.contains("content-transfer-encoding: quoted-printable")) {
            text = quotedPrintable(body);
        } else {
            text = body;
        }
        return new Message(subject, from, text);
    }

    private static String quotedPrintable(String body) {
        String joined = body.replace("=\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
