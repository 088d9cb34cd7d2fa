package al.childprotection.testsupport;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;

/** A recipient's inbox on the real SMTP server (GreenMail), read through its REST API. */
public final class Mailbox {

    /** One delivered e-mail: the subject and the whole MIME text (headers and body). */
    public record Mail(String subject, String mime) {

        /** The value of the From header, e.g. {@code no-reply@childprotection.al}; null if there is none. */
        public String from() {
            return header("From");
        }

        /** The body of a single-part message, decoded from quoted-printable or base64 in its charset. */
        public String text() {
            String body = section(false);
            String encoding = String.valueOf(header("Content-Transfer-Encoding")).trim().toLowerCase(Locale.ROOT);
            Matcher charsetParam = CHARSET.matcher(String.valueOf(header("Content-Type")));
            Charset charset = charsetParam.find() ? Charset.forName(charsetParam.group(1)) : StandardCharsets.UTF_8;
            return switch (encoding) {
                case "base64" -> new String(Base64.getMimeDecoder().decode(body), charset);
                case "quoted-printable" -> quotedPrintable(body, charset);
                default -> body;
            };
        }

        private String header(String name) {
            String unfolded = section(true).replaceAll("\n[ \t]+", " ");
            return unfolded.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }

        /** The header block or the body, with LF line ends. */
        private String section(boolean headers) {
            String normalized = mime.replace("\r\n", "\n");
            int split = normalized.indexOf("\n\n");
            if (split < 0) {
                return headers ? normalized : "";
            }
            return headers ? normalized.substring(0, split) : normalized.substring(split + 2);
        }

        private static String quotedPrintable(String body, Charset charset) {
            String joined = body.replace("=\n", "");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length()) {
                    bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(charset));
                }
            }
            return bytes.toString(charset);
        }
    }

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

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
