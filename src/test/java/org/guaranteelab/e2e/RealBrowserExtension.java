package org.guaranteelab.e2e;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the packaged app and Chromium once per test JVM (the root store closes both when all tests
 * are done) and gives each {@link AppPage} parameter of a test a fresh browser context of its own, so
 * that a test can play two people, e.g. {@code (AppPage author, AppPage reader)}.
 *
 * <p>Without Chromium the tests are skipped, so that {@code ./mvnw verify} works on any machine with
 * a JDK; {@code -De2e.required=true} (CI) turns that into a failure, so that CI cannot pass without
 * having run them.
 */
final class RealBrowserExtension implements ExecutionCondition, ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(RealBrowserExtension.class);
    private static final Namespace NAMESPACE = Namespace.create(RealBrowserExtension.class);
    private static final AtomicBoolean skipReported = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var chromium = Chromium.configuredExecutable();
        if (Files.isExecutable(chromium)) {
            return enabled("Chromium found at " + chromium);
        }
        if (Boolean.getBoolean("e2e.required")) {
            throw new ExtensionConfigurationException("Real-browser tests cannot run: no Chromium at " + chromium
                    + " (install Debian's chromium: apt-get install chromium; -De2e.required=true makes a"
                    + " missing browser an error)");
        }
        var reason = "Real-browser tests skipped: no Chromium at " + chromium
                + " (install Debian's chromium, or run with -De2e.required=true to make this an error)";
        if (skipReported.compareAndSet(false, true)) {
            log.warn(reason);
        }
        return disabled(reason);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        var type = parameter.getParameter().getType();
        return type == AppPage.class || type == PackagedApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var shared = context.getRoot().getStore(NAMESPACE);
        var app = shared.computeIfAbsent(PackagedApp.class, key -> PackagedApp.start(PackagedApp.configuredJar()),
                PackagedApp.class);
        if (parameter.getParameter().getType() == PackagedApp.class) {
            // The running app itself, e.g. to read its log; it stays shared and is closed with the root store.
            return app;
        }
        var chromium = shared.computeIfAbsent(Chromium.class,
                key -> Chromium.launch(Chromium.configuredExecutable()), Chromium.class);
        var page = new AppPage(chromium.browser(), app.baseUrl());
        // Stored in the test's own store, one per parameter, so that JUnit closes each when the test ends.
        context.getStore(NAMESPACE).put(parameter.getIndex(), page);
        return page;
    }
}
