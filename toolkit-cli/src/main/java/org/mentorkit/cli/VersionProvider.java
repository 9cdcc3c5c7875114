package org.mentorkit.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it always matches the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Mentorkit.class.getPackage().getImplementationVersion();
        return new String[] {"mentorkit " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version")};
    }
}
