package al.childprotection.e2e;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import al.childprotection.contracts.EventSchemas;

/** Real tokens made into forgeries, the way an attacker who holds one would try. */
final class ForgedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    /** The same header and claims, signed with a key of our own under Keycloak's key id. */
    static String resigned(String token) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String[] parts = token.split("\\.");
            return parts[0] + "." + parts[1] + "." + sign(parts[0] + "." + parts[1], generator.generateKeyPair()
                    .getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims, signed with a key of our own under a key id that Keycloak never issued. */
    static String underUnknownKeyId(String token) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String[] parts = token.split("\\.");
            ObjectNode header = read(parts[0]);
            header.put("kid", "unknown-" + java.util.UUID.randomUUID());
            String content = write(header) + "." + parts[1];
            return content + "." + sign(content, generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's signature kept, the claims changed: every platform role, and another municipality. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        ObjectNode claims = read(parts[1]);
        ArrayNode roles = claims.putObject("realm_access").putArray("roles");
        for (String role : AccessFixtures.DEMO_USER_OF_ROLE.keySet()) {
            roles.add(role);
        }
        claims.put("municipality", "Durrës");
        return parts[0] + "." + write(claims) + "." + parts[2];
    }

    /** The claims with {@code "alg": "none"} and no signature at all. */
    static String unsigned(String token) {
        String[] parts = token.split("\\.");
        ObjectNode header = read(parts[0]);
        header.put("alg", "none");
        return write(header) + "." + parts[1] + ".";
    }

    private static String sign(String content, PrivateKey key) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(content.getBytes(StandardCharsets.US_ASCII));
        return ENCODER.encodeToString(signature.sign());
    }

    private static ObjectNode read(String part) {
        try {
            return (ObjectNode) EventSchemas.mapper().readTree(DECODER.decode(part));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return ENCODER.encodeToString(EventSchemas.mapper().writeValueAsBytes(node));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
