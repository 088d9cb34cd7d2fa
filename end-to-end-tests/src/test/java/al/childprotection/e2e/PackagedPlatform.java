package al.childprotection.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the five packaged services before a test class and stops them after it, whatever the tests did:
 * {@code @ExtendWith(PackagedPlatform.class)}. Runs before the class's own {@code @BeforeAll} methods.
 */
final class PackagedPlatform implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(PackagedPlatform.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        PackagedServices services = PackagedServices.start();
        context.getStore(NAMESPACE).put(PackagedServices.class, services);
        System.out.println("[e2e] " + context.getDisplayName() + ": services ready after (ms, cumulative): "
                + services.startupMillis());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PackagedServices services = context.getStore(NAMESPACE).remove(PackagedServices.class,
                PackagedServices.class);
        if (services != null) {
            services.close();
        }
    }
}
