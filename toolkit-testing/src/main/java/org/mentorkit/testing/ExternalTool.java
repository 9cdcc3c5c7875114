package org.mentorkit.testing;

import java.util.List;
import java.util.Objects;

/**
 * A program outside the JVM that a test uses as an independent reader, and the Debian package that provides it.
 *
 * @param name the name tests use for it in {@link RequiresTools} (for example {@code pdftotext} or {@code pypdf})
 * @param program the executable looked up on {@code PATH}, or an absolute path (such as {@code /usr/bin/python3}, where
 *     Debian's Python packages are installed) used as it is
 * @param probeArguments arguments of a probe run of {@code program} that must exit 0 for the tool to count as present
 *     (for example {@code -c "import pypdf"}); empty when finding the executable is enough
 * @param debianPackage the Debian package that installs it (named in skip and failure messages)
 */
public record ExternalTool(String name, String program, List<String> probeArguments, String debianPackage) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a name is blank
     */
    public ExternalTool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(debianPackage, "debianPackage");
        probeArguments = List.copyOf(probeArguments);
        if (name.isBlank() || program.isBlank() || debianPackage.isBlank()) {
            throw new IllegalArgumentException("an external tool needs a name, a program and a Debian package, got "
                    + "name '" + name + "', program '" + program + "', package '" + debianPackage + "'");
        }
    }

    /**
     * A tool that is present when its executable is on {@code PATH}.
     *
     * @param program the executable, also the tool's name
     * @param debianPackage the Debian package that installs it
     * @return the tool
     */
    public static ExternalTool program(String program, String debianPackage) {
        return new ExternalTool(program, program, List.of(), debianPackage);
    }
}
