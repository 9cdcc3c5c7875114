package org.mentorkit.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * The JUnit condition behind {@link RequiresTools}: enabled when every tool is present; otherwise disabled (skipped)
 * with the packages to install, or, with {@code MENTORKIT_REQUIRE_TOOLS=1}, failed.
 */
public final class RequiresToolsCondition implements ExecutionCondition {

    /** Created by JUnit. */
    public RequiresToolsCondition() {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        Optional<RequiresTools> annotation = element.map(e -> e.getAnnotation(RequiresTools.class));
        if (annotation.isEmpty()) {
            return ConditionEvaluationResult.enabled("no external tools required");
        }
        List<ExternalTool> tools = new ArrayList<>();
        for (String name : annotation.get().value()) {
            tools.add(ExternalTools.known(name).orElseThrow(() -> new AssertionFailedError(
                    "@RequiresTools names an unknown tool '" + name + "'; known tools: "
                            + ExternalTools.known().keySet() + " (add it to ExternalTools with its Debian package)")));
        }
        return evaluate(tools, ExternalTools::isAvailable, ExternalTools.toolsRequired());
    }

    /**
     * The decision, apart from JUnit's discovery and the real {@code PATH} so that it can be tested.
     *
     * @throws AssertionFailedError when a tool is missing and tools are required
     */
    static ConditionEvaluationResult evaluate(List<ExternalTool> tools, Predicate<ExternalTool> present,
            boolean required) {
        List<ExternalTool> missing = tools.stream().filter(present.negate()).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("installed: " + tools.stream().map(ExternalTool::name).toList());
        }
        if (required) {
            throw ExternalTools.missingButRequired(missing);
        }
        return ConditionEvaluationResult.disabled(ExternalTools.missingMessage(missing));
    }
}
