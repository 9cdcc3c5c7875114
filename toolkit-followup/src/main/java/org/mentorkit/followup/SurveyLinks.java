package org.mentorkit.followup;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.followup.internal.ParticipantListReader;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;

/**
 * Each participant's personal survey link, where the coordinator has them: none, a URL pattern with {@code {id}}
 * (the participant id, URL-encoded), or a REDCap survey participant list export.
 */
public final class SurveyLinks {

    private final String pattern;
    private final Map<String, String> byId;
    private final Map<String, String> byEmail;

    private SurveyLinks(String pattern, Map<String, String> byId, Map<String, String> byEmail) {
        this.pattern = pattern;
        this.byId = Map.copyOf(byId);
        this.byEmail = Map.copyOf(byEmail);
    }

    /**
     * No personal links: messages say to use the link sent earlier.
     *
     * @return links that find none, {@link #given()} false
     */
    public static SurveyLinks none() {
        return new SurveyLinks("", Map.of(), Map.of());
    }

    /**
     * Links made from a pattern such as {@code https://survey.example.org/post?pid={id}}.
     *
     * @param pattern an http or https URL with {@code {id}} where the URL-encoded participant id goes
     * @return links that give every participant one
     * @throws InvalidInputException when the pattern has no {@code {id}} or is not an http(s) URL with a host
     */
    public static SurveyLinks pattern(String pattern) {
        if (!pattern.contains("{id}")) {
            throw new InvalidInputException("the survey link pattern " + pattern, "has no {id}; expected a URL with {id} where"
                    + " the participant id goes, e.g. https://survey.example.org/post?pid={id}");
        }
        checkUrl(pattern.replace("{id}", "x"), "the survey link pattern " + pattern);
        return new SurveyLinks(pattern, Map.of(), Map.of());
    }

    /**
     * Links from a REDCap survey participant list export (CSV with {@code survey_link} and {@code record},
     * {@code identifier} or {@code email} columns): a row is matched to the participant by record (the participant
     * id), identifier (the participant id) or email, in that order.
     *
     * @param file the participant list CSV
     * @return the links found in it
     * @throws InvalidInputException when the file cannot be read, lacks a {@code survey_link} column or every column to
     *                               match by, or holds a link that is not an http(s) URL (naming the row's id or email)
     */
    public static SurveyLinks participantList(Path file) {
        ParticipantListReader.Links links = ParticipantListReader.read(file);
        links.byId().forEach((id, url) -> checkUrl(url, file + " (" + id + ")"));
        links.byEmail().forEach((email, url) -> checkUrl(url, file + " (" + email + ")"));
        return new SurveyLinks("", links.byId(), links.byEmail());
    }

    /**
     * The participant's link, if there is one.
     *
     * @param participant a participant of the cohort
     * @return the link from the pattern, or from the list by id, else by email (without regard to case); empty when
     *         none is found
     */
    public Optional<String> linkFor(Participant participant) {
        if (!pattern.isEmpty()) {
            return Optional.of(pattern.replace("{id}", URLEncoder.encode(participant.id(), StandardCharsets.UTF_8)));
        }
        String link = byId.get(participant.id());
        if (link == null && !participant.email().isBlank()) {
            link = byEmail.get(participant.email().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(link);
    }

    /**
     * Whether any link can be found at all; a participant without one is then worth reporting.
     *
     * @return false for {@link #none()} and for an empty participant list
     */
    public boolean given() {
        return !pattern.isEmpty() || !byId.isEmpty() || !byEmail.isEmpty();
    }

    private static void checkUrl(String url, String where) {
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new InvalidInputException(where, "'" + url + "' is not a web address; expected https://...");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException(where, "'" + url + "' is not a valid URL: " + e.getReason());
        }
    }
}
