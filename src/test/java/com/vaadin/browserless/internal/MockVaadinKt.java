package com.vaadin.browserless.internal;

import com.vaadin.flow.server.ServiceDestroyEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinService;

/**
 * Stands in for browserless-test 1.1.1's class of the same name, which reads the listener fields that
 * Flow 25.3 moved from {@link VaadinService} into its {@code VaadinServiceEventBus}, so every browserless
 * test failed with {@code NoSuchFieldException: sessionInitListeners}. Maven Central serves no
 * browserless-test for Flow 25.3 yet (1.1.2 has the same reads); delete this class with the release
 * that does. Test classes come first on the test class path, so this one is loaded instead.
 */
public final class MockVaadinKt {

    private MockVaadinKt() {
    }

    public static void fireSessionInitListeners(VaadinService service, SessionInitEvent event) {
        service.getEventBus().fireEvent(event, MockVaadinKt::rethrow);
    }

    public static void fireServiceDestroyListeners(VaadinService service, ServiceDestroyEvent event) {
        service.getEventBus().fireEvent(event, MockVaadinKt::rethrow);
    }

    // As the original, which called each listener directly: a listener's failure fails the test.
    private static void rethrow(Object event, Exception failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(failure);
    }
}
