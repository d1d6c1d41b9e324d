package dev.fulltime.infrastructure.importer;

import dev.fulltime.infrastructure.web.body.StrictText;
import dev.fulltime.infrastructure.web.problem.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;

/**
 * The text of a file sent to import, in the charset its Content-Type names (UTF-8 by default, as openfootball
 * writes its files). A whole season is well under a megabyte; a body over {@value #MAX_BYTES} bytes is refused
 * without being read further.
 */
final class ImportBody {

    static final int MEGABYTE = 1024 * 1024;
    static final int MAX_BYTES = 5 * MEGABYTE;

    private ImportBody() {
    }

    /**
     * @throws ImportTooLargeException when the body is larger than {@link #MAX_BYTES}
     * @throws InvalidRequestException when the body is empty or not text in its charset
     */
    static String read(InputStream body, long declaredLength, MediaType contentType) {
        if (declaredLength > MAX_BYTES) {
            throw new ImportTooLargeException();
        }
        byte[] bytes = readAtMost(body, MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ImportTooLargeException();
        }
        String text = StrictText.decode(bytes, StrictText.charset(contentType));
        if (text.isBlank()) {
            throw new InvalidRequestException("the body is empty: send a Football.TXT file as text/plain");
        }
        return text;
    }

    private static byte[] readAtMost(InputStream body, int length) {
        try {
            return body.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
