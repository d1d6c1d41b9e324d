package dev.fulltime.infrastructure.web.body;

import java.io.IOException;

/**
 * A request body passed {@link BodySizeLimitFilter#MAX_BYTES} while it was read (413). An {@link IOException}, as
 * the stream it comes from throws: Jackson and Spring pass it on as the cause of the body being unreadable.
 */
public class BodyTooLargeException extends IOException {

    static final String DETAIL = "the request body is larger than " + BodySizeLimitFilter.MAX_BYTES / 1024
            + " KiB; no request of this API needs as much";

    BodyTooLargeException() {
        super(DETAIL);
    }
}
