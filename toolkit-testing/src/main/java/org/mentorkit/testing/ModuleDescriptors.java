package org.mentorkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A module's compiled descriptor as short sorted lines, for module-descriptor tests that list exactly what a module
 * exports and to whom: {@code "org.mentorkit.model"} for an export to everyone,
 * {@code "org.mentorkit.model.internal.io to org.mentorkit.cli, org.mentorkit.export"} for a qualified one.
 */
public final class ModuleDescriptors {

    private ModuleDescriptors() {
    }

    /**
     * Reads {@code module-info.class} from a build's class output (surefire runs tests in the module's folder, so
     * {@code Path.of("target/classes")}). Reading the file, not {@code Class.getModule()}, gives the same answer
     * whether the tests run on the module path or the class path.
     *
     * @param classes the folder holding the compiled {@code module-info.class}
     * @return the descriptor
     */
    public static ModuleDescriptor compiled(Path classes) {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the module descriptor in " + classes, e);
        }
    }

    /**
     * The exports, one line each, sorted.
     *
     * @param module the descriptor
     * @return lines such as {@code "p"} or {@code "p to a, b"}
     */
    public static List<String> exports(ModuleDescriptor module) {
        return module.exports().stream().map(e -> line(e.source(), e.targets())).sorted().toList();
    }

    /**
     * The opened packages, one line each, sorted.
     *
     * @param module the descriptor
     * @return lines such as {@code "p to org.eclipse.yasson"}
     */
    public static List<String> opens(ModuleDescriptor module) {
        return module.opens().stream().map(o -> line(o.source(), o.targets())).sorted().toList();
    }

    /**
     * The modules required transitively (their types may appear in this module's API), sorted.
     *
     * @param module the descriptor
     * @return module names
     */
    public static List<String> transitiveRequires(ModuleDescriptor module) {
        return module.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).sorted().toList();
    }

    private static String line(String source, Set<String> targets) {
        return targets.isEmpty() ? source : source + " to " + String.join(", ", new TreeSet<>(targets));
    }

    /**
     * Whether a package is exported to every module.
     *
     * @param module the descriptor
     * @param packageName the package
     * @return true for an unqualified export
     */
    public static boolean exportsToEveryone(ModuleDescriptor module, String packageName) {
        return module.exports().stream().anyMatch(e -> e.source().equals(packageName) && !e.isQualified());
    }
}
