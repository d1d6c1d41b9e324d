package dev.fulltime.infrastructure.web.body;

import dev.fulltime.infrastructure.web.problem.InvalidRequestException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * A request body as text in the charset its Content-Type names (UTF-8 when it names none), refused where its bytes
 * are not of that charset: Java's decoders would put U+FFFD in their place, and Jackson lets overlong forms, encoded
 * surrogates and code points past U+10FFFF through.
 */
public final class StrictText {

    private StrictText() {
    }

    /** @throws InvalidRequestException naming the charset when the server cannot read it */
    public static Charset charset(MediaType contentType) {
        try {
            return contentType == null || contentType.getCharset() == null
                    ? StandardCharsets.UTF_8
                    : contentType.getCharset();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("the charset " + contentType.getParameter("charset")
                    + " is not one this server reads; send UTF-8");
        }
    }

    /** @throws InvalidRequestException naming the first byte, and its line, that is not of the charset */
    public static String decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidRequestException("the body is not valid " + charset.name() + ": byte "
                    + (in.position() + 1) + ", on line " + lineOf(bytes, in.position()) + ", is not " + charset.name());
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
