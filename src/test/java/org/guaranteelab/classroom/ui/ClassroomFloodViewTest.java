package org.guaranteelab.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
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
 * A join flood from one client and a submit flood from one student, through the pages, while a real
 * student from another address joins and submits. The limits are small here, so that the flood is
 * short; the clients are told apart by a trusted proxy's X-Forwarded-For.
 */
@SpringBootTest(properties = {"guarantee-lab.trusted-proxies=127.0.0.1,::1",
        "guarantee-lab.classroom.join-burst-per-client=5", "guarantee-lab.classroom.joins-per-client-per-minute=1",
        "guarantee-lab.classroom.submission-burst-per-student=3",
        "guarantee-lab.classroom.submissions-per-student-per-minute=1"})
class ClassroomFloodViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassroomService classrooms;

    @Test
    void a_flooding_client_and_student_are_held_back_while_a_real_student_joins_and_submits() {
        var code = classrooms.start(new ClassSetup("History 11B", Optional.empty(), RoleMode.NONE)).joinCode();
        for (int i = 1; i <= 5; i++) {
            joinAs(code, "bot" + i, "198.51.100.66");
            assertThat(getCurrentView()).as("bot %d", i).isInstanceOf(StudentView.class);
        }
        // The last bot toggles an option and submits again and again.
        for (int i = 1; i <= 3; i++) {
            test(find(Checkbox.class).id("choice-foreign-forces")).click();
            test(find(Button.class).id("submit-to-class")).click();
            assertThat(find(Paragraph.class).id("submit-status").getText()).as("submission %d", i).startsWith("Submitted");
        }
        test(find(Checkbox.class).id("choice-foreign-forces")).click();
        var chosen = find(Checkbox.class).id("choice-foreign-forces").getValue();
        test(find(Button.class).id("submit-to-class")).click();

        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Not submitted.")
                .contains("submitted many times in the last minute");
        assertThat(find(Checkbox.class).id("choice-foreign-forces").getValue()).as("choices kept").isEqualTo(chosen);

        joinAs(code, "bot6", "198.51.100.66");
        assertThat(getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(find(Paragraph.class).id("join-message").getText()).contains("joined from your network");
        assertThat(find(TextField.class).id("display-name").getValue()).isEqualTo("bot6");

        joinAs(code, "Ana", "203.0.113.5");
        assertThat(getCurrentView()).isInstanceOf(StudentView.class);
        test(find(Checkbox.class).id("choice-foreign-forces")).click();
        test(find(Button.class).id("submit-to-class")).click();
        assertThat(find(Paragraph.class).id("submit-status").getText()).startsWith("Submitted at ").contains("(your submission 1)");
    }

    private void joinAs(String code, String name, String address) {
        UI.getCurrent().navigate("join");
        forwardedFor(address);
        test(find(TextField.class).id("join-code-field")).setValue(code);
        test(find(TextField.class).id("display-name")).setValue(name);
        test(find(Button.class).id("join")).click();
    }

    /** A trusted proxy's word on who the client is. */
    private static void forwardedFor(String address) {
        ServletRequest request = VaadinServletRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((MockRequest) request).getHeaders().put("X-Forwarded-For", List.of(address));
    }
}
