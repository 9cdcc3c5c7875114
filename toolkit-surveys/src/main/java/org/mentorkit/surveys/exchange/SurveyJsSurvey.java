package org.mentorkit.surveys.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentValidator;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Section;

/**
 * An instrument as a SurveyJS survey definition: one page per section; yes/no as {@code boolean}, single choice as
 * {@code radiogroup}, multiple choice as {@code checkbox}, Likert as {@code radiogroup} with the scale points as
 * choices, rating as {@code rating} with {@code rateMin}/{@code rateMax}, number as {@code text} with
 * {@code inputType: number} and {@code min}/{@code max}, short text {@code text}, long text {@code comment},
 * descriptive {@code html}. Question names are the item ids and choice values the codes, so SurveyJS results import
 * back with {@code survey import}. The instrument's participant-code item asks for the participant's code; an
 * instrument without one gets a first question {@code participant_id} for it.
 */
public final class SurveyJsSurvey {

    /** The name of the question holding the participant id or code. */
    public static final String PARTICIPANT_ID = "participant_id";

    private SurveyJsSurvey() {
    }

    /** The survey definition as pretty-printed JSON. */
    public static String write(Instrument instrument) {
        InstrumentValidator.requireValid(instrument, "");
        JsonArrayBuilder pages = Json.createArrayBuilder();
        Map<String, Item> byId = new HashMap<>();
        for (int s = 0; s < instrument.sections().size(); s++) {
            Section section = instrument.sections().get(s);
            JsonArrayBuilder elements = Json.createArrayBuilder();
            if (s == 0 && instrument.item(Item.PARTICIPANT_CODE).isEmpty()) {
                elements.add(Json.createObjectBuilder().add("type", "text").add("name", PARTICIPANT_ID)
                        .add("title", "Your participant code").add("isRequired", true));
            }
            for (Item item : section.items()) {
                elements.add(element(item, byId));
                byId.put(item.id(), item);
            }
            JsonObjectBuilder page = Json.createObjectBuilder().add("name", "page" + (s + 1));
            if (!section.title().isEmpty()) {
                page.add("title", section.title());
            }
            pages.add(page.add("elements", elements));
        }
        JsonObjectBuilder survey = Json.createObjectBuilder().add("title", instrument.title());
        if (!instrument.description().isEmpty()) {
            survey.add("description", instrument.description());
        }
        return pretty(survey.add("pages", pages).build());
    }

    private static JsonObjectBuilder element(Item item, Map<String, Item> earlier) {
        JsonObjectBuilder element = Json.createObjectBuilder();
        switch (item.kind()) {
            case YES_NO -> element.add("type", "boolean").add("labelTrue", "Yes").add("labelFalse", "No")
                    .add("valueTrue", "1").add("valueFalse", "0");
            case SINGLE_CHOICE, LIKERT -> element.add("type", "radiogroup").add("choices", choices(item));
            case MULTIPLE_CHOICE -> element.add("type", "checkbox").add("choices", choices(item));
            case RATING -> element.add("type", "rating").add("rateMin", (int) item.bounds().min())
                    .add("rateMax", (int) item.bounds().max());
            case NUMBER -> element.add("type", "text").add("inputType", "number")
                    .add("min", item.bounds().min()).add("max", item.bounds().max())
                    .add("validators", numberValidators(item.bounds()));
            case SHORT_TEXT -> element.add("type", "text");
            case LONG_TEXT -> element.add("type", "comment");
            case DESCRIPTIVE -> element.add("type", "html");
            default -> throw new IllegalStateException("unknown kind " + item.kind());
        }
        element.add("name", item.id());
        if (item.kind() == ItemKind.DESCRIPTIVE) {
            element.add("html", "<p>" + escapeHtml(item.text()) + "</p>");
        } else {
            element.add("title", item.text());
        }
        if (!item.note().isEmpty()) {
            element.add("description", item.note());
        }
        if (item.required()) {
            element.add("isRequired", true);
        }
        if (!item.showIf().isAlways()) {
            element.add("visibleIf", visibleIf(item, earlier));
        }
        return element;
    }

    /**
     * SurveyJS validators, so that the form refuses what the import would leave out: a {@code numeric} validator for
     * the range and a {@code regex} validator for whole numbers (or at most N decimals, point or comma).
     */
    private static JsonArrayBuilder numberValidators(org.mentorkit.surveys.Bounds bounds) {
        String min = RedcapDictionary.number(bounds.min());
        String max = RedcapDictionary.number(bounds.max());
        JsonArrayBuilder validators = Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "numeric")
                .add("minValue", bounds.min()).add("maxValue", bounds.max())
                .add("text", "Enter a number from " + min + " to " + max + "."));
        String pattern = bounds.decimals() == 0 ? "^-?[0-9]+$" : "^-?[0-9]+([.,][0-9]{1," + bounds.decimals() + "})?$";
        String text = bounds.decimals() == 0 ? "Enter a whole number." : "Enter a number with at most "
                + bounds.decimals() + (bounds.decimals() == 1 ? " decimal." : " decimals.");
        return validators.add(Json.createObjectBuilder().add("type", "regex").add("regex", pattern).add("text", text));
    }

    private static JsonArrayBuilder choices(Item item) {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        for (Choice choice : item.choices()) {
            choices.add(Json.createObjectBuilder().add("value", choice.code()).add("text", choice.label()));
        }
        return choices;
    }

    private static String visibleIf(Item item, Map<String, Item> earlier) {
        List<String> terms = new ArrayList<>();
        for (Condition condition : item.showIf().conditions()) {
            Item target = earlier.get(condition.item());
            boolean multiple = target != null && target.kind() == ItemKind.MULTIPLE_CHOICE;
            terms.add("{" + condition.item() + "} " + (multiple ? "contains" : "=") + " '" + condition.code() + "'");
        }
        return String.join(item.showIf().any() ? " or " : " and ", terms);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String pretty(JsonObject object) {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter out = new StringWriter();
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString().strip() + "\n";
    }
}
