package dev.fulltime.infrastructure.web.body;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every {@code @RequestBody} is decoded strictly in its declared charset before it is parsed (see
 * {@link StrictText}), and handed on as the UTF-8 of exactly that text, so that the parser never guesses another
 * charset. The body is at most {@link BodySizeLimitFilter#MAX_BYTES} long, so it is read whole.
 */
@ControllerAdvice
class StrictTextBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType contentType = message.getHeaders().getContentType();
        String text = StrictText.decode(message.getBody().readAllBytes(), StrictText.charset(contentType));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(message.getHeaders());
        if (contentType != null) {
            headers.setContentType(new MediaType(contentType, StandardCharsets.UTF_8));
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        headers.setContentLength(utf8.length);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(utf8);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
