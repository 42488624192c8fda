package org.guaranteelab.classroom;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Boards of every instance on one PostgreSQL database. A committed change is delivered to this
 * instance's boards at once and sent to the others as {@code NOTIFY guarantee_lab_classroom, '<class
 * id>'} (the id only: no token or name travels); each instance LISTENs on a connection of its own and
 * tells its boards, which then reload the class from the database.
 *
 * <p>Notifications go out on one connection of their own, from one thread, after the commit, so that
 * a student's request never waits for them; the listener ignores those sent by that connection, which
 * this instance's boards already had. A lost listening connection is opened again, and then every
 * board of this instance reloads, since changes made meanwhile were not heard of.
 */
@Component
@Profile("postgres")
class PostgresClassroomEvents implements ClassroomEvents, SmartLifecycle {

    static final String CHANNEL = "guarantee_lab_classroom";
    static final String LISTENER_NAME = "guarantee-lab classroom listener";

    private static final Logger log = LoggerFactory.getLogger(PostgresClassroomEvents.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    /** How long one wait for notifications lasts before the connection is checked with a query. */
    private static final int WAIT_MILLIS = 10_000;

    private final InMemoryClassroomEvents local = new InMemoryClassroomEvents();
    private final String url;
    private final String user;
    private final String password;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("classroom-notify").daemon().factory());
    /** Only touched on the sender's thread. */
    private @Nullable Connection sending;
    private volatile int sendingPid = -1;
    private volatile boolean running;
    private volatile @Nullable Thread listener;
    private volatile Connection listening;
    private volatile boolean listeningNow;

    PostgresClassroomEvents(@Value("${spring.datasource.url}") String url,
                            @Value("${spring.datasource.username:}") String user,
                            @Value("${spring.datasource.password:}") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Subscription subscribe(long classId, Runnable listener) {
        return local.subscribe(classId, listener);
    }

    @TransactionalEventListener
    void deliver(ClassChanged event) {
        local.deliver(event.classId());
        sender.execute(() -> tellOtherInstances(event.classId()));
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name("classroom-listen").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        listeningNow = false;
        closeQuietly(listening);
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        sender.execute(() -> closeQuietly(sending));
        sender.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether changes made by other instances reach this one's boards right now. */
    boolean isListening() {
        return listeningNow;
    }

    private void tellOtherInstances(long classId) {
        try {
            sendNotification(classId);
        } catch (SQLException first) {
            // The connection may have been dropped while idle: one more try on a fresh one.
            closeQuietly(sending);
            sending = null;
            try {
                sendNotification(classId);
            } catch (SQLException second) {
                closeQuietly(sending);
                sending = null;
                log.warn("Could not tell other instances that a class changed: {}", second.getMessage());
            }
        }
    }

    private void sendNotification(long classId) throws SQLException {
        if (sending == null) {
            sending = connect("guarantee-lab classroom notifier");
            sendingPid = sending.unwrap(PGConnection.class).getBackendPID();
        }
        try (var statement = sending.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, Long.toString(classId));
            statement.execute();
        }
    }

    private void listen() {
        boolean heardBefore = false;
        while (running) {
            try (var connection = connect(LISTENER_NAME)) {
                listening = connection;
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (heardBefore) {
                    log.info("Listening for classroom changes again");
                    local.deliverToAll();
                }
                heardBefore = true;
                listeningNow = true;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                listeningNow = false;
                if (running) {
                    log.warn("Lost the connection that listens for classroom changes ({}); trying again in {} s",
                            e.getMessage(), RETRY_AFTER.toSeconds());
                    sleep(RETRY_AFTER);
                }
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        var notifications = connection.unwrap(PGConnection.class);
        while (running) {
            var received = notifications.getNotifications(WAIT_MILLIS);
            if (received == null || received.length == 0) {
                // A connection whose server went away without a word is only found out by using it.
                try (var statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                continue;
            }
            for (var notification : received) {
                if (notification.getPID() != sendingPid) {
                    classIdOf(notification.getParameter()).ifPresent(local::deliver);
                }
            }
        }
    }

    private static OptionalLong classIdOf(String payload) {
        try {
            return OptionalLong.of(Long.parseLong(payload));
        } catch (NumberFormatException e) {
            // Anyone with access to the database can NOTIFY on the channel; what is not a class id is ignored.
            return OptionalLong.empty();
        }
    }

    private Connection connect(String applicationName) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, properties);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a classroom events connection failed", e);
        }
    }
}
