package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Times in the viewer's own time zone, which the browser tells after the page is shown; until then
 * (or if the JDK does not know the browser's zone name) they are given in UTC and say so.
 */
final class LocalTimes {

    private final DateTimeFormatter format;
    private Optional<ZoneId> zone = Optional.empty();

    /** @param pattern e.g. "HH:mm" */
    LocalTimes(String pattern) {
        format = DateTimeFormatter.ofPattern(pattern);
    }

    /** Asks the browser for its zone; {@code known} runs once it has answered, e.g. to show times again. */
    void ask(UI ui, SerializableConsumer<LocalTimes> known) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            zone = Optional.ofNullable(details.getTimeZoneId()).flatMap(LocalTimes::zone);
            known.accept(this);
        });
    }

    /** "10:42" in the viewer's zone, or "10:42 UTC" while it is not known. */
    String format(Instant time) {
        return zone.map(found -> format.format(time.atZone(found)))
                .orElseGet(() -> format.format(time.atZone(ZoneOffset.UTC)) + " UTC");
    }

    private static Optional<ZoneId> zone(String id) {
        if (id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            // The browser sends its IANA name; one the JDK does not know falls back to UTC, said as such.
            return Optional.empty();
        }
    }
}
