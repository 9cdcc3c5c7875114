package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupingInstance.Builder} is public API: its public methods stay exactly these (moving its tables into
 * package-private helpers must not change them), and every one of them, found by reflection so that a method added
 * later is covered too, refuses to run after {@code build()}, because the instance took the builder's arrays over.
 */
class GroupingInstanceBuilderApiTests {

    private static final List<String> PUBLIC_METHODS = List.of(
            "apart(int,int)", "build()", "classBounds(int,int,int,int)", "evenSizePull(double,double)",
            "fix(int,int)", "forbid(int,int)", "itemClass(int,int)", "nonIsolation(int[])",
            "preference(int,int,double)", "saturation(double,double)", "saturation(double[][],double,double)",
            "saturationValue(int,int,double)", "sizeBounds(int,int,int)", "sizeNeutral(double)",
            "spread(double[],double,double,double)", "spreadStep(double,double)", "together(int,int)",
            "unscored(int)", "weight(int,int,double)");

    private static List<Method> publicMethods() {
        return Arrays.stream(GroupingInstance.Builder.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).toList();
    }

    private static String signature(Method m) {
        return m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",")) + ")";
    }

    @Test
    void theBuildersPublicMethodsAreExactlyTheDocumentedOnes() {
        assertThat(publicMethods()).extracting(GroupingInstanceBuilderApiTests::signature)
                .containsExactlyInAnyOrderElementsOf(PUBLIC_METHODS);
        assertThat(publicMethods()).filteredOn(m -> !m.getName().equals("build"))
                .allMatch(m -> m.getReturnType() == GroupingInstance.Builder.class, "returns the builder");
        assertThat(GroupingInstance.Builder.class.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL))
                .isEqualTo(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL);
    }

    @Test
    void everyPublicMethodIsRefusedAfterBuild() throws IllegalAccessException {
        GroupingInstance.Builder builder = GroupingInstance.builder(3, 2);
        builder.build();
        for (Method method : publicMethods()) {
            Object[] arguments = Arrays.stream(method.getParameterTypes()).map(t -> valid(t)).toArray();
            assertThatThrownBy(() -> invoke(method, builder, arguments)).as(signature(method))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("build() was already called");
        }
    }

    /** An argument of the type asked for; its value does not matter, as the refusal comes before any check of it. */
    private static Object valid(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 2.0;
        }
        if (type == int[].class) {
            return new int[] {0, 1};
        }
        if (type == double[].class) {
            return new double[3];
        }
        return new double[3][3];
    }

    private static void invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
