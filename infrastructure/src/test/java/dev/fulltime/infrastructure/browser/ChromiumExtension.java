package dev.fulltime.infrastructure.browser;

import dev.fulltime.infrastructure.browser.Chromium.Browser;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium per test class, handed to test methods as a {@link WebDriver} parameter and closed after the
 * class; a test that fails leaves a screenshot of the page as it was.
 */
final class ChromiumExtension implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

    private static final Namespace NAMESPACE = Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Browser.class, new ClosingBrowser(Chromium.start()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public WebDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return driver(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            Screenshots.save(driver(context), "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    private static WebDriver driver(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, ClosingBrowser.class).browser().driver();
    }

    /** Lets JUnit close the browser when the class's store is closed. */
    private record ClosingBrowser(Browser browser) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() throws Exception {
            browser.close();
        }
    }
}
