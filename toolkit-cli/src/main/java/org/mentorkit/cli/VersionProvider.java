package org.mentorkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven filtered into {@code version.properties} at build time. A resource rather than the jar manifest,
 * because a named module's {@link Package} does not expose manifest attributes.
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"mentorkit " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "(development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(development build)");
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.BROKEN_INSTALLATION, "could not read mentorkit's version.properties: " + e.getMessage(), e);
        }
    }
}
