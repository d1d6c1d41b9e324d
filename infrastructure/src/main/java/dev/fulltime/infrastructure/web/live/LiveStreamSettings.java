package dev.fulltime.infrastructure.web.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live streams' settings, {@code fulltime.live.*}.
 *
 * @param heartbeat      how often an idle stream gets an SSE comment, so proxies keep it open and a client that went
 *                       away is noticed
 * @param maxOpenStreams how many streams may be open at once; one more is refused with 429
 */
@ConfigurationProperties(prefix = "fulltime.live")
record LiveStreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("1000") int maxOpenStreams) {
}
