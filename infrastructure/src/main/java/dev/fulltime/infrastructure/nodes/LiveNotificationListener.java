package dev.fulltime.infrastructure.nodes;

import dev.fulltime.application.live.LiveRefresh;
import dev.fulltime.application.live.LiveTopic;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on {@value PostgresLiveChanges#CHANNEL} over a connection of its own, outside the pool, on a daemon thread,
 * and refreshes each topic it hears of for this node's streams. A lost connection is opened again after a pause, and
 * then every watched topic is refreshed, as the streams may have missed changes in the gap. The connection is named
 * {@value #APPLICATION_NAME}, which is how the nodes count one another ({@link FairShareOfSegments}).
 */
class LiveNotificationListener implements SmartLifecycle {

    static final String APPLICATION_NAME = "fulltime-node";
    private static final Logger log = LoggerFactory.getLogger(LiveNotificationListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_PAUSE_SECONDS = 1;

    private final DataSourceProperties dataSource;
    private final LiveRefresh refresh;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread thread;

    LiveNotificationListener(DataSourceProperties dataSource, LiveRefresh refresh) {
        this.dataSource = dataSource;
        this.refresh = refresh;
    }

    @Override
    public void start() {
        thread = new Thread(this::listen, "live-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        stopped.countDown();
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void listen() {
        while (stopped.getCount() > 0) {
            try (Connection connection = connect(); Statement sql = connection.createStatement()) {
                sql.execute("listen " + PostgresLiveChanges.CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                refreshWatched();
                while (stopped.getCount() > 0) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                        refresh(notification.getParameter());
                    }
                }
            } catch (SQLException lost) {
                log.warn("Live notifications lost their connection; listening again in {} s",
                        RECONNECT_PAUSE_SECONDS, lost);
                pause();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", dataSource.determineUsername());
        if (dataSource.determinePassword() != null) {
            properties.setProperty("password", dataSource.determinePassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        return DriverManager.getConnection(dataSource.determineUrl(), properties);
    }

    private void refresh(String topic) {
        try {
            refresh.refresh(LiveTopic.parse(topic));
        } catch (RuntimeException failed) {
            log.warn("Live streams of {} not refreshed", topic, failed);
        }
    }

    private void refreshWatched() {
        try {
            refresh.refreshWatched();
        } catch (RuntimeException failed) {
            log.warn("Live streams not refreshed after listening again", failed);
        }
    }

    private void pause() {
        try {
            stopped.await(RECONNECT_PAUSE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }
}
