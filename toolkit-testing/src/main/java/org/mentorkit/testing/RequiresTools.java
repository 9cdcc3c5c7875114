package org.mentorkit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that runs external programs. When one is missing the test is skipped with a reason
 * naming the Debian package to install; when the environment variable {@code MENTORKIT_REQUIRE_TOOLS} is {@code 1}
 * (CI sets it) the test fails instead, so CI cannot pass by skipping.
 *
 * <pre>{@code
 * @RequiresTools({"pdftotext", "qpdf"})
 * class PacketPdfTests { ... }
 * }</pre>
 *
 * <p>The names are those of {@link ExternalTools#known()}; an unknown name fails the test (add the tool there, with
 * its Debian package).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiresToolsCondition.class)
public @interface RequiresTools {

    /**
     * The tools the test runs.
     *
     * @return names from {@link ExternalTools#known()}
     */
    String[] value();
}
