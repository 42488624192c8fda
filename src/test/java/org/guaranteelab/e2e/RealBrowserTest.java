package org.guaranteelab.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the packaged jar in Debian's Chromium. Test methods receive an
 * {@link AppPage}, and the running {@link PackagedApp} if they ask for it. Class names must end in
 * {@code BrowserTest}: only failsafe runs those, after {@code package} has built the jar.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealBrowserExtension.class)
public @interface RealBrowserTest {
}
