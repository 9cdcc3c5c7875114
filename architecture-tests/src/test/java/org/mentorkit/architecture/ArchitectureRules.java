package org.mentorkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The intended architecture of mentorkit as ArchUnit rules, parameterised by the root package so that the same rules
 * can be shown to fail on a deliberately broken set of classes (see {@code ArchitectureRulesDetectViolationsTests}).
 *
 * <pre>
 *   model  <-  matching, curriculum, surveys  <-  export    <-  cli
 *                         curriculum, surveys  <-  followup  <-  cli
 * </pre>
 */
final class ArchitectureRules {

    private final String root;
    private final List<ModuleDescriptor> modules;

    /**
     * @param root    the root package of the classes checked
     * @param modules the module descriptors of those classes, for the rule on exports
     */
    ArchitectureRules(String root, List<ModuleDescriptor> modules) {
        this.root = root;
        this.modules = List.copyOf(modules);
    }

    List<ArchRule> all() {
        return List.of(
                modelDependsOnNoOtherToolkitModule(),
                matchingDependsOnlyOnModel(),
                curriculumDependsOnlyOnModel(),
                surveysDependsOnlyOnModel(),
                exportDoesNotDependOnCli(),
                followupDependsOnlyOnModelSurveysAndCurriculum(),
                onlyCliAndExamplesDependOnFollowup(),
                modulesAreFreeOfCycles(),
                onlyCliUsesStandardStreams(),
                noInternalTypeInPublicSignatures(),
                helpersAreNotExportedToEveryone(),
                failuresCarryAnErrorCode());
    }

    ArchRule modelDependsOnNoOtherToolkitModule() {
        return onlyOn("model", Set.of());
    }

    ArchRule matchingDependsOnlyOnModel() {
        return onlyOn("matching", Set.of("model"));
    }

    ArchRule curriculumDependsOnlyOnModel() {
        return onlyOn("curriculum", Set.of("model"));
    }

    ArchRule surveysDependsOnlyOnModel() {
        return onlyOn("surveys", Set.of("model"));
    }

    ArchRule exportDoesNotDependOnCli() {
        return onlyOn("export", Set.of("model", "matching", "curriculum", "surveys"));
    }

    ArchRule followupDependsOnlyOnModelSurveysAndCurriculum() {
        return onlyOn("followup", Set.of("model", "surveys", "curriculum"));
    }

    /** Follow-up is an end of the line: the SDK's other modules never send mail or track responses through it. */
    ArchRule onlyCliAndExamplesDependOnFollowup() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".followup..", root + ".cli..", root + ".examples..")
                .should().dependOnClassesThat().resideInAPackage(root + ".followup..")
                .because("only the command line and examples use the follow-up module")
                .allowEmptyShould(true);
    }

    ArchRule modulesAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /**
     * A failure leaves the toolkit as a {@code ToolkitException} with a stable {@code ErrorCode}, which the command line
     * prints; an {@code UncheckedIOException} would reach it without one. Test support ({@code testing}) is exempt.
     */
    ArchRule failuresCarryAnErrorCode() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".testing..")
                .should().callConstructor(java.io.UncheckedIOException.class, String.class, java.io.IOException.class)
                .orShould().callConstructor(java.io.UncheckedIOException.class, java.io.IOException.class)
                .because("every failure carries an ErrorCode (ToolkitException), which the command line prints")
                .allowEmptyShould(true);
    }

    ArchRule onlyCliUsesStandardStreams() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only the command line talks to the console; libraries report through return values, "
                        + "exceptions and listeners")
                .allowEmptyShould(true);
    }

    ArchRule noInternalTypeInPublicSignatures() {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage("..internal..")
                .and().arePublic()
                .should(exposeNoInternalTypes())
                .allowEmptyShould(true);
    }

    /**
     * Helpers (the types of {@code internal} packages) are exported only to the modules that use them
     * ({@code exports ...internal... to ...}), never to every module: an export cannot be taken back after a release.
     */
    ArchRule helpersAreNotExportedToEveryone() {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage(root + "..")
                .and().resideInAPackage("..internal..")
                .should(notBeExportedToEveryone())
                .because("helpers are shared with sibling modules by qualified exports only, as Jenetics does")
                .allowEmptyShould(true);
    }

    private ArchCondition<JavaClass> notBeExportedToEveryone() {
        return new ArchCondition<>("be in a package no module exports to every module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                exporterToEveryone(type.getPackageName()).ifPresent(module -> events.add(SimpleConditionEvent.violated(
                        type, type.getName() + " is a helper in package " + type.getPackageName() + ", which module "
                                + module + " exports to every module (export it 'to' the modules that use it)")));
            }
        };
    }

    private Optional<String> exporterToEveryone(String packageName) {
        return modules.stream()
                .filter(module -> module.exports().stream()
                        .anyMatch(e -> e.source().equals(packageName) && !e.isQualified()))
                .map(ModuleDescriptor::name)
                .findFirst();
    }

    /** Classes of toolkit module {@code module} use no toolkit module other than itself and {@code allowed}. */
    private ArchRule onlyOn(String module, Set<String> allowed) {
        Set<String> forbidden = Stream.of("model", "matching", "curriculum", "surveys", "export", "followup", "cli")
                .filter(other -> !other.equals(module) && !allowed.contains(other))
                .collect(Collectors.toSet());
        String[] forbiddenPackages = forbidden.stream().map(other -> root + "." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "." + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbiddenPackages)
                .because(module + " may use only " + (allowed.isEmpty() ? "no other toolkit module" : allowed))
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> exposeNoInternalTypes() {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal",
                type -> type.getPackageName().contains(".internal"));
        return new ArchCondition<>("expose no internal type in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (!isVisible(unit.getModifiers())) {
                        continue;
                    }
                    Stream.concat(unit.getParameterTypes().stream().map(t -> t.toErasure()),
                                    Stream.of(unit.getRawReturnType()))
                            .filter(internal)
                            .forEach(bad -> events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " exposes internal type " + bad.getName())));
                }
                for (JavaField field : type.getFields()) {
                    if (isVisible(field.getModifiers()) && internal.test(field.getRawType())) {
                        events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " exposes internal type " + field.getRawType().getName()));
                    }
                }
                if (type.getRawSuperclass().filter(internal).isPresent()) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " extends an internal type"));
                }
            }
        };
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
