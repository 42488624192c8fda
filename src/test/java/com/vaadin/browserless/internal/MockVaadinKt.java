package com.vaadin.browserless.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.ServiceDestroyEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stands in for browserless-test 1.1.1's class of the same name, which reads the listener fields that
 * Flow 25.3 moved from {@link VaadinService} into its {@code VaadinServiceEventBus}, so every browserless
 * test failed with {@code NoSuchFieldException: sessionInitListeners}. Maven Central serves no
 * browserless-test for Flow 25.3 yet (1.1.2 has the same reads); delete this class with the release
 * that does. Test classes come first on the test class path, so this one is loaded instead.
 */
public final class MockVaadinKt {

    static {
        TestingLifecycleHookKt.setTestingLifecycleHook(new DialogHeadersAndFooters(TestingLifecycleHook.Companion.getDefault()));
    }

    private MockVaadinKt() {
    }

    /**
     * Flow 25.3's {@link Dialog#getChildren()} leaves out what its header and footer hold, so 1.1.1's
     * lookups no longer found a dialog's footer buttons (Save & share, the board's confirm-remove). This
     * hook adds them back, as 25.2 listed them. Goes with this class when it goes.
     */
    private record DialogHeadersAndFooters(TestingLifecycleHook defaults) implements TestingLifecycleHook {
        @Override
        public List<Component> getAllChildren(Component component) {
            var children = defaults.getAllChildren(component);
            if (!(component instanceof Dialog dialog)) {
                return children;
            }
            var slotted = Stream.of(dialog.getHeader().getElement(), dialog.getFooter().getElement())
                    .flatMap(Element::getChildren).map(Element::getComponent).flatMap(Optional::stream);
            return Stream.concat(children.stream(), slotted).distinct().toList();
        }
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
