package org.mentorkit.model.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.mentorkit.model.Problem;

/** The one Hibernate Validator of the model, and the translation of its violations into {@link Problem}s. */
public final class Validators {

    private Validators() {
    }

    private static final class Holder {
        // Hibernate Validator announces its version at INFO through java.util.logging; a command-line tool must not
        // print that on every run.
        private static final Logger QUIET = quiet();

        /*
         * English messages whatever the JVM locale (a German JVM would otherwise say "darf nicht leer sein"), and the
         * parameter interpolator: our messages need {min}-style parameters but no EL, so nothing in a message (which
         * may quote a value from a file) is ever evaluated as an expression, and no EL implementation must be found.
         * Every constraint of the model is an annotation: a META-INF/validation.xml that an embedding application has
         * on its class path must not change how the model is judged (and reading one costs every command's start-up).
         */
        static final ValidatorFactory FACTORY = jakarta.validation.Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .defaultLocale(Locale.ENGLISH)
                .locales(Locale.ENGLISH)
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory();

        static final Validator VALIDATOR = FACTORY.getValidator();

        /** Raises the level only where nobody configured one, so an embedding application's logging setup wins. */
        private static Logger quiet() {
            Logger logger = Logger.getLogger("org.hibernate.validator");
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
            return logger;
        }
    }

    /** Every constraint violation of {@code bean}, as problems located by JSON path relative to it, in path order. */
    public static List<Problem> problems(Object bean) {
        Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(bean);
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : violations) {
            problems.add(new Problem(path(violation.getPropertyPath()), violation.getMessage()));
        }
        problems.sort(BY_LOCATION);
        return problems;
    }

    /**
     * {@code participants[3].timeZone} from Hibernate Validator's nodes: an index or key belongs to the node after the
     * container, container-element nodes ({@code <list element>}) add only their index, and a node built by our
     * cross-field validators carries a whole relative path as its name.
     */
    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    String parent = out.toString();
                    out.setLength(0);
                    out.append(JsonPaths.member(parent, String.valueOf(node.getKey())));
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                if (out.length() > 0 && !name.startsWith("[")) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    /** Orders locations as a reader scans a file: {@code participants[2]} before {@code participants[10]}. */
    public static final Comparator<Problem> BY_LOCATION = (a, b) -> {
        int byLocation = compareNatural(a.location(), b.location());
        return byLocation != 0 ? byLocation : a.message().compareTo(b.message());
    };

    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int startA = i;
                int startB = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int byNumber = Long.compare(Long.parseLong(a.substring(startA, i)), Long.parseLong(b.substring(startB, j)));
                if (byNumber != 0) {
                    return byNumber;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
