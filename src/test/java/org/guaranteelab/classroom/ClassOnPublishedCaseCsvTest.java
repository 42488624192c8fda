package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.guaranteelab.LocalHttp;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The CSV of a class on a published case names that case's options and links to its builder. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassOnPublishedCaseCsvTest {

    @LocalServerPort
    int port;

    @Autowired
    ClassroomService classrooms;

    @Test
    void each_submissions_link_opens_the_published_cases_builder_with_its_choices() {
        var started = classrooms.start(new ClassSetup("Civics 9", Optional.empty(), RoleMode.NONE, Optional.of("harbour-test")));
        var joined = (JoinOutcome.Joined) classrooms.join(started.joinCode(), "Ana", "203.0.113.30");
        classrooms.submit(joined.participantToken(), Choices.none().with("toll", "large"));

        var csv = new LocalHttp(port).get("/t/" + started.boardToken() + "/export.csv").body();

        assertThat(csv).contains("Ana").contains("A toll on ships").contains("/cases/harbour-test?toll=large");
    }
}
