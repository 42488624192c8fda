package org.guaranteelab.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.List;
import java.util.Optional;
import org.guaranteelab.classroom.ClassSetup;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.RoleMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The classroom's rate limits as a visitor meets them in the join and start forms, each request
 * carrying an X-Forwarded-For that claims another client. No proxy is trusted (the default), so the
 * header must not open a new allowance. Small limits of their own, so that no other test shares them.
 */
@SpringBootTest(properties = {"guarantee-lab.classroom.failed-joins-per-minute=3",
        "guarantee-lab.classroom.classes-per-hour=2"})
class ClassroomLimitsViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassroomService classrooms;

    @Test
    void after_three_wrong_codes_a_forged_forwarded_for_does_not_let_the_client_try_again() {
        var started = classrooms.start(new ClassSetup("History 11B", Optional.empty(), RoleMode.NONE));
        UI.getCurrent().navigate("join");
        test(find(TextField.class).id("display-name")).setValue("Ana");
        for (int i = 1; i <= 3; i++) {
            forwardedFor("203.0.113." + i);
            test(find(TextField.class).id("join-code-field")).setValue("2222-222" + i);
            test(find(Button.class).id("join")).click();
            assertThat(find(Paragraph.class).id("join-message").getText()).contains("no class with this code");
        }

        forwardedFor("198.51.100.77");
        test(find(TextField.class).id("join-code-field")).setValue(started.joinCode());
        test(find(Button.class).id("join")).click();

        assertThat(find(Paragraph.class).id("join-message").getText()).startsWith("Too many wrong codes from here");
        assertThat(getCurrentView()).isInstanceOf(JoinView.class);
    }

    @Test
    void a_forged_forwarded_for_does_not_let_the_client_start_more_classes_in_the_hour() {
        for (int i = 1; i <= 2; i++) {
            openStartPage();
            forwardedFor("203.0.113." + (10 + i));
            test(find(TextField.class).id("class-name")).setValue("History " + i);
            test(find(Button.class).id("start-class")).click();
            assertThat(find(TextField.class).withId("board-link").exists()).as("class %d started", i).isTrue();
        }

        openStartPage();
        forwardedFor("198.51.100.78");
        test(find(TextField.class).id("class-name")).setValue("History 3");
        test(find(Button.class).id("start-class")).click();

        assertThat(find(Paragraph.class).id("start-error").getText()).contains("started many classes");
        assertThat(find(TextField.class).withId("board-link").exists()).isFalse();
        assertThat(find(TextField.class).id("class-name").getValue()).isEqualTo("History 3");
    }

    /** A fresh start form, as a new visit shows it (not the one that already started a class). */
    private static void openStartPage() {
        UI.getCurrent().navigate("join");
        UI.getCurrent().navigate("teach");
    }

    /** What a client may put in any request; only a trusted proxy's word would count. */
    private static void forwardedFor(String address) {
        ServletRequest request = VaadinServletRequest.getCurrent();
        // The views read the request through Vaadin's wrappers; the mock beneath them holds the headers.
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((MockRequest) request).getHeaders().put("X-Forwarded-For", List.of(address));
    }
}
