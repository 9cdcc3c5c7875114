package org.mentorkit.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/**
 * Checks an instrument's rules and reports every problem at once, each located by a path such as
 * {@code post-program: sections[1].items[2].showIf.conditions[0]}.
 */
public final class InstrumentValidator {

    private static final Pattern INSTRUMENT_ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern CODE = Pattern.compile("-?[A-Za-z0-9_]+");
    private static final Pattern CHECKBOX_CODE = Pattern.compile("[A-Za-z0-9_]+");

    private InstrumentValidator() {
    }

    /**
     * Returns the instrument if it is valid; otherwise throws with every problem found.
     *
     * @param instrument the instrument to check
     * @param source     names its file in problem locations, or "" for none
     * @return {@code instrument} itself
     * @throws InvalidInputException with every problem of {@link #problems}, when there is one
     */
    public static Instrument requireValid(Instrument instrument, String source) {
        List<Problem> problems = problems(instrument, source);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return instrument;
    }

    /**
     * Every problem of the instrument.
     *
     * @param instrument the instrument to check
     * @param source     names its file in problem locations, or "" for none
     * @return the problems, each located by a JSON path; empty when the instrument is valid
     */
    public static List<Problem> problems(Instrument instrument, String source) {
        String prefix = source.isEmpty() ? instrument.id() : source;
        List<Problem> problems = new ArrayList<>();
        if (!INSTRUMENT_ID.matcher(instrument.id()).matches()) {
            problems.add(new Problem(prefix + ": id", "'" + instrument.id()
                    + "' is not a valid instrument id; expected lower-case letters, digits, '-' and '_', starting with a letter"));
        }
        if (instrument.title().isBlank()) {
            problems.add(new Problem(prefix + ": title", "must not be empty"));
        }
        if (instrument.items().isEmpty()) {
            problems.add(new Problem(prefix + ": sections", "the instrument has no items"));
        }
        Map<String, Item> earlier = new HashMap<>();
        Set<String> pairingKeys = new HashSet<>();
        for (int s = 0; s < instrument.sections().size(); s++) {
            List<Item> items = instrument.sections().get(s).items();
            for (int i = 0; i < items.size(); i++) {
                String path = prefix + ": sections[" + s + "].items[" + i + "]";
                Item item = items.get(i);
                if (item == null) {
                    problems.add(new Problem(path, "must not be null"));
                    continue;
                }
                checkItem(item, path, earlier, problems);
                if (!item.pairingKey().isEmpty() && !pairingKeys.add(item.pairingKey())) {
                    problems.add(new Problem(path + ".pairingKey",
                            "'" + item.pairingKey() + "' is used by another item of this instrument; a pairing key links one item per wave"));
                }
                if (earlier.containsKey(item.id())) {
                    problems.add(new Problem(path + ".id", "duplicate item id '" + item.id() + "'; item ids must be unique"));
                } else if (!item.id().isEmpty()) {
                    earlier.put(item.id(), item);
                }
            }
        }
        return problems;
    }

    private static void checkItem(Item item, String path, Map<String, Item> earlier, List<Problem> problems) {
        if (!ITEM_ID.matcher(item.id()).matches()) {
            problems.add(new Problem(path + ".id", "'" + item.id()
                    + "' is not a valid item id; expected a letter followed by letters, digits, '_', '.' or '-'"));
        }
        if (item.kind() == null) {
            problems.add(new Problem(path + ".kind", "must be one of " + List.of(ItemKind.values())));
            return;
        }
        if (item.text().isBlank()) {
            problems.add(new Problem(path + ".text", "must not be empty"));
        }
        if (item.kind() == ItemKind.DESCRIPTIVE && item.required()) {
            problems.add(new Problem(path + ".required", "a descriptive item takes no answer, so it cannot be required"));
        }
        checkChoices(item, path, problems);
        checkBounds(item, path, problems);
        if (item.kirkpatrickLevel() < 0 || item.kirkpatrickLevel() > 4) {
            problems.add(new Problem(path + ".kirkpatrickLevel",
                    "must be 1 (reaction), 2 (learning), 3 (behaviour), 4 (results) or 0 (none); was " + item.kirkpatrickLevel()));
        }
        List<Condition> conditions = item.showIf().conditions();
        for (int c = 0; c < conditions.size(); c++) {
            checkCondition(conditions.get(c), path + ".showIf.conditions[" + c + "]", earlier, problems);
        }
    }

    private static void checkChoices(Item item, String path, List<Problem> problems) {
        if (!item.kind().hasChoices()) {
            if (!item.choices().isEmpty()) {
                problems.add(new Problem(path + ".choices", "a " + item.kind() + " item takes no choices"));
            }
            return;
        }
        if (item.choices().size() < 2) {
            problems.add(new Problem(path + ".choices", "a " + item.kind() + " item needs at least 2 choices; has "
                    + item.choices().size()));
        }
        Pattern codePattern = item.kind() == ItemKind.MULTIPLE_CHOICE ? CHECKBOX_CODE : CODE;
        Set<String> codes = new HashSet<>();
        for (int c = 0; c < item.choices().size(); c++) {
            Choice choice = item.choices().get(c);
            String choicePath = path + ".choices[" + c + "]";
            if (!codePattern.matcher(choice.code()).matches()) {
                problems.add(new Problem(choicePath + ".code", "'" + choice.code()
                        + "' is not a valid choice code; expected letters, digits or '_'"
                        + (item.kind() == ItemKind.MULTIPLE_CHOICE ? "" : " (optionally with a leading '-')")));
            } else if (!codes.add(item.kind() == ItemKind.MULTIPLE_CHOICE ? choice.code().toLowerCase(java.util.Locale.ROOT)
                    : choice.code())) {
                problems.add(new Problem(choicePath + ".code", "duplicate choice code '" + choice.code() + "'"
                        + (item.kind() == ItemKind.MULTIPLE_CHOICE ? " (checkbox codes are compared ignoring case)" : "")));
            }
            if (choice.label().isBlank()) {
                problems.add(new Problem(choicePath + ".label", "must not be empty"));
            }
        }
    }

    private static void checkBounds(Item item, String path, List<Problem> problems) {
        Bounds bounds = item.bounds();
        if (!item.kind().isNumeric()) {
            if (!bounds.isNone()) {
                problems.add(new Problem(path + ".bounds", "only rating and number items have bounds"));
            }
            return;
        }
        if (!(bounds.min() < bounds.max())) {
            problems.add(new Problem(path + ".bounds", "min must be less than max; was " + bounds.min() + " to " + bounds.max()));
        }
        int maxDecimals = item.kind() == ItemKind.RATING ? 0 : 4;
        if (bounds.decimals() < 0 || bounds.decimals() > maxDecimals) {
            problems.add(new Problem(path + ".bounds.decimals", "must be 0" + (maxDecimals > 0 ? " to " + maxDecimals : "")
                    + " for a " + item.kind() + " item; was " + bounds.decimals()));
        }
        if (item.kind() == ItemKind.RATING && (bounds.min() != Math.rint(bounds.min()) || bounds.max() != Math.rint(bounds.max()))) {
            problems.add(new Problem(path + ".bounds", "a rating's bounds must be whole numbers"));
        }
    }

    private static void checkCondition(Condition condition, String path, Map<String, Item> earlier, List<Problem> problems) {
        Item target = earlier.get(condition.item());
        if (target == null) {
            problems.add(new Problem(path + ".item", "'" + condition.item()
                    + "' is not an earlier item of this instrument; a condition may only refer to an item asked before it"));
        } else if (!target.kind().hasChoices()) {
            problems.add(new Problem(path + ".item", "'" + condition.item() + "' is a " + target.kind()
                    + " item; conditions can only test yes/no, choice and Likert items"));
        } else if (target.choice(condition.code()).isEmpty()) {
            problems.add(new Problem(path + ".code", "'" + condition.code() + "' is not a code of item '" + condition.item()
                    + "'; expected one of " + target.choices().stream().map(Choice::code).toList()));
        }
    }
}
