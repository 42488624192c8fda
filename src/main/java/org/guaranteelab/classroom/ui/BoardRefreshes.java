package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the boards' re-renders on threads of their own, a moment after the change that asks for them.
 * A class event is delivered on the thread of the student's request, and {@code UI.access} runs the
 * command on the calling thread whenever the board's session is free: the board's whole re-render
 * and push then happened inside the student's join or submit (a JFR profile of the classroom burst
 * found 18 % of request-thread time there; docs/benchmarks.md). The short delay also lets a burst of
 * submissions share one re-render.
 */
@Component
class BoardRefreshes {

    /**
     * Within the board's 2-second goal with room for the re-render itself; at most one re-render a
     * second, since at 200 ms the board's re-renders took a third of the CPU during a 100-student burst.
     */
    static final Duration COALESCE = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(BoardRefreshes.class);

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(1,
            Thread.ofPlatform().name("board-refresh-", 0).daemon().factory());

    /** Runs {@code command} in {@code ui}'s session after {@link #COALESCE}, never on the caller's thread. */
    void later(UI ui, Command command) {
        executor.schedule(() -> {
            var started = System.nanoTime();
            ui.access(command);
            // With the session free, access has run the re-render and written the push by now: the server
            // time of one refresh (DEBUG; scripts/measure-board-refresh.sh reads it).
            log.debug("board refresh took {} us", (System.nanoTime() - started) / 1000);
        }, COALESCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
