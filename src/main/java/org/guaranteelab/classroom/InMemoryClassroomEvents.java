package org.guaranteelab.classroom;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Boards of this instance, by class. Delivery waits for the commit, so a board that reloads on the
 * event always finds the submission that caused it. Enough for one instance; on PostgreSQL
 * {@link PostgresClassroomEvents} also tells the boards of other instances.
 */
@Component
@Profile("!postgres")
class InMemoryClassroomEvents implements ClassroomEvents {

    private static final Logger log = LoggerFactory.getLogger(InMemoryClassroomEvents.class);

    private final ConcurrentHashMap<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(long classId, Runnable listener) {
        listeners.computeIfAbsent(classId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(classId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void deliver(ClassChanged event) {
        deliver(event.classId());
    }

    /** Tells this instance's boards of the class that it changed. */
    void deliver(long classId) {
        for (var listener : listeners.getOrDefault(classId, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // One broken board must not keep the others, or the student's request, from finishing.
                log.warn("A classroom listener failed", e);
            }
        }
    }

    /** Tells every board of this instance that its class may have changed, e.g. after news were missed. */
    void deliverToAll() {
        listeners.keySet().forEach(this::deliver);
    }
}
