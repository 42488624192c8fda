package org.guaranteelab;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
// Server push: the classroom board shows submissions as they arrive (docs/decisions/0005-classroom-live-board.md).
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description",
                "Build scenarios of security guarantees for Ukraine and see what each stakeholder has actually said, quoted from the source.");
        // Without a declared icon browsers ask for /favicon.ico, which 404s and logs a console error on every page.
        settings.addFavIcon("icon", "favicon.svg", "any");
        // Capability links (/s/, /e/) are reached by in-app navigation too, which never sees their
        // Referrer-Policy header; the page-wide policy keeps them out of Referer headers either way.
        settings.addMetaTag("referrer", "no-referrer");
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
