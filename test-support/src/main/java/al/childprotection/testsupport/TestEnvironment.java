package al.childprotection.testsupport;

/** Where the real infrastructure of a test run listens: exported by {@code ./platform test}. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    public static String kafkaBootstrap() {
        return env("CP_KAFKA_BOOTSTRAP", "127.0.0.1:19092");
    }

    public static String oidcUrl() {
        return env("CP_OIDC_URL", "http://127.0.0.1:18180/realms/child-protection");
    }

    public static String host() {
        return env("CP_HOST", "127.0.0.1");
    }

    public static int mailApiPort() {
        return Integer.parseInt(env("CP_MAIL_API_PORT", "18086"));
    }

    public static int imapPort() {
        return Integer.parseInt(env("CP_IMAP_PORT", "13143"));
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
