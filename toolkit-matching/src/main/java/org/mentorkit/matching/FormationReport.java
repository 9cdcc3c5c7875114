package org.mentorkit.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.internal.text.MarkdownText;

/**
 * The Markdown explanation of formed groups, for coordinators: per group its members with their local times for the
 * common meeting windows, shared interests, the rules checked and the score per criterion, then overall figures
 * compared with random groupings of the same cohort. Participant text is escaped with the model's shared
 * {@link MarkdownText}, so it never breaks a table and reads the same as in every other mentorkit Markdown output.
 */
public final class FormationReport {

    private FormationReport() {
    }

    /**
     * Writes the explanation of formed groups.
     *
     * @param result a formation's result, from {@link GroupFormation#form} or {@link GroupFormation#reform}
     * @return a Markdown document (English, UTC and each member's local times); it names participants, so it is for
     *         the coordinators, not for publication
     */
    public static String markdown(FormationResult result) {
        return markdown(result, List.of());
    }

    /**
     * Writes the explanation of formed groups with notes at its head: what a coordinator must know before reading the
     * groups (for example that the cohort file's own groups were not kept).
     *
     * @param result a formation's result, from {@link GroupFormation#form} or {@link GroupFormation#reform}
     * @param notes  plain-text notes (escaped here), each shown as its own paragraph below the title; may be empty
     * @return a Markdown document, as {@link #markdown(FormationResult)}
     */
    public static String markdown(FormationResult result, List<String> notes) {
        StringBuilder md = new StringBuilder();
        var cohort = result.cohort();
        md.append("# Groups for ").append(escape(cohort.program().name())).append("\n\n");
        md.append(count(result.groups().size(), "group", "groups")).append(", ")
                .append(count(cohort.mentees().size(), "mentee", "mentees")).append(", ")
                .append(count(cohort.mentors().size(), "mentor", "mentors")).append(". Seed ").append(result.seed()).append(", search ")
                .append(String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0)).append(" s")
                .append(result.converged() ? " (converged)" : " (time limit reached)").append(".\n\n");
        for (String note : notes) {
            md.append("**Note:** ").append(escape(note)).append("\n\n");
        }
        md.append(SlotMarkdown.summary(result)).append("\n\n");
        withoutGroup(md, result);
        assumedAvailabilityNote(md, result);
        overall(md, result);
        if (!result.moves().isEmpty() || !result.withdrawn().isEmpty() || !result.slotChanges().isEmpty()) {
            changes(md, result);
        }
        for (GroupExplanation e : result.explanations()) {
            group(md, e, result);
        }
        return md.toString();
    }

    /** Everyone in no group, by role, so that nobody is dropped silently (mentors left over by the group sizes). */
    private static void withoutGroup(StringBuilder md, FormationResult result) {
        List<Participant> left = result.withoutGroup().stream()
                .map(id -> result.cohort().participant(id).orElseThrow()).toList();
        List<Participant> mentors = left.stream().filter(Participant::isMentor).toList();
        List<Participant> mentees = left.stream().filter(p -> !p.isMentor()).toList();
        if (!mentors.isEmpty()) {
            md.append("Mentors without a group (").append(mentors.size()).append("): ").append(names(mentors))
                    .append(". Why: ").append(escape(result.leftOverMentorsReason())).append(".\n\n");
        }
        if (!mentees.isEmpty()) {
            md.append("**Mentees without a group** (").append(mentees.size()).append("): ").append(names(mentees))
                    .append(".\n\n");
        }
    }

    /**
     * Everyone judged on assumed availability because they gave none: their slots and verdicts rest on an assumption,
     * and the coordinator needs to know whom to ask for their times.
     */
    private static void assumedAvailabilityNote(StringBuilder md, FormationResult result) {
        List<Participant> assumed = assumedAvailability(result);
        if (assumed.isEmpty()) {
            return;
        }
        boolean programDefault = !result.cohort().program().matching().defaultAvailability().isEmpty();
        md.append("Availability assumed for ").append(count(assumed.size(), "member who gave none",
                "members who gave none")).append(" (").append(programDefault ? "the program's default availability"
                : "Monday to Friday 08:00-18:00 in their own time zone").append("; their slots and verdicts rest on"
                + " it, so ask them for their times): ").append(names(assumed)).append(".\n\n");
    }

    /**
     * The participants who gave no availability, in cohort order: they are judged on the program's default.
     *
     * @param result a formation's result
     * @return those participants; empty when everyone gave their own windows
     */
    public static List<Participant> assumedAvailability(FormationResult result) {
        return result.cohort().participants().stream().filter(p -> p.availability().isEmpty()).toList();
    }

    private static String names(List<Participant> people) {
        return people.stream().map(p -> escape(p.displayName()) + " (" + escape(p.id()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static void overall(StringBuilder md, FormationResult result) {
        Figures f = result.figures();
        Figures r = result.randomFigures();
        md.append("## Overall, compared with random groups\n\n");
        md.append("| figure (mean over groups) | these groups | random groups |\n|---|---|---|\n");
        row(md, "weekly hours everyone is available", f.weeklyCommonHours(), r.weeklyCommonHours(), "%.1f");
        row(md, "largest time difference in a group (h)", f.largestTimeDifference(), r.largestTimeDifference(), "%.1f");
        row(md, "share of member pairs with a shared interest", f.sameInterestPairShare(), r.sameInterestPairShare(),
                "%.2f");
        row(md, "mentor fit (0 to 1)", f.mentorFit(), r.mentorFit(), "%.2f");
        row(md, "diversity balance (-1 to 0)", f.scores().diversity(), r.scores().diversity(), "%.2f");
        row(md, "weighted pair terms (total)", f.objective(), r.objective(), "%.1f");
        md.append("\nRandom groups: the mean of several random groupings of the same cohort with the same group sizes.\n\n");
    }

    private static void row(StringBuilder md, String name, double ours, double random, String format) {
        md.append("| ").append(name).append(" | ").append(String.format(Locale.ROOT, format, ours)).append(" | ")
                .append(String.format(Locale.ROOT, format, random)).append(" |\n");
    }

    private static void changes(StringBuilder md, FormationResult result) {
        md.append("## Changes since the previous groups\n\n");
        if (!result.withdrawn().isEmpty()) {
            md.append("Withdrawn: ").append(result.withdrawn().stream().map(id -> withdrawal(result, id))
                    .collect(Collectors.joining(", "))).append(".\n\n");
        }
        SlotMarkdown.changes(md, result);
        if (result.moves().isEmpty()) {
            md.append("Nobody else changed group.\n\n");
            return;
        }
        md.append("| participant | from | to | why |\n|---|---|---|---|\n");
        for (Move m : result.moves()) {
            md.append("| ").append(name(result, m.participantId())).append(" | ")
                    .append(m.fromGroupId().isEmpty() ? "(new)" : escape(m.fromGroupId())).append(" | ")
                    .append(escape(m.toGroupId())).append(" | ").append(escape(m.reason())).append(" |\n");
        }
        md.append("\nEveryone else stayed in their group.\n\n");
    }

    /** A withdrawn member's id with what became of their place in the sessions that have already happened. */
    private static String withdrawal(FormationResult result, String id) {
        var left = result.groupLeft(id);
        if (left.isPresent()) {
            Group g = left.get();
            return escape(id) + " (left " + escape(g.id()) + " on " + g.leaveDate(id).orElseThrow()
                    + ": still listed in its sessions before that date)";
        }
        var effective = result.effective();
        if (effective == null || !effective.isAfter(result.cohort().program().startDate())) {
            return escape(id) + " (removed from every session: no session had happened)";
        }
        return escape(id) + " (removed from every session, past ones too: their participant record was not given)";
    }

    private static void group(StringBuilder md, GroupExplanation e, FormationResult result) {
        md.append("## ").append(escape(e.name())).append(" (").append(escape(e.groupId())).append(")\n\n");
        md.append("| member | role | time zone | interests |\n|---|---|---|---|\n");
        for (String id : concat(e.mentorIds(), e.menteeIds())) {
            Participant p = result.cohort().participant(id).orElseThrow();
            md.append("| ").append(escape(p.displayName())).append(" | ").append(p.isMentor() ? "mentor" : "mentee")
                    .append(" | ").append(escape(p.timeZone())).append(" | ")
                    .append(escape(String.join(", ", p.interests()))).append(" |\n");
        }
        md.append("\n");
        if (e.slot() != null) {
            SlotMarkdown.group(md, e.slot(), result.cohort());
        }
        md.append(String.format(Locale.ROOT, "Everyone is available %.1f hours a week on average over the program "
                + "(fewest in any week: %.1f); largest time difference %.1f h.%n%n", e.weeklyCommonHours(),
                e.fewestWeeklyHours(), e.largestTimeDifference()));
        if (e.commonWindows().isEmpty()) {
            md.append("No weekly window suits everyone: the group will need a compromise time.\n\n");
        } else {
            md.append("Common windows in the first week, in each member's local time:\n\n");
            List<String> ids = concat(e.mentorIds(), e.menteeIds());
            md.append("| window (UTC) |");
            for (String id : ids) {
                md.append(" ").append(name(result, id)).append(" |");
            }
            md.append("\n|---|").append("---|".repeat(ids.size())).append("\n");
            for (CommonWindow w : e.commonWindows()) {
                md.append("| ").append(utcWindow(w)).append(" |");
                for (CommonWindow.MemberTime t : w.localTimes()) {
                    md.append(" ").append(escape(t.localStart() + " to " + t.localEnd())).append(" |");
                }
                md.append("\n");
            }
            md.append("\n");
        }
        md.append("Shared interests: ").append(e.sharedInterests().isEmpty() ? "none"
                : escape(String.join(", ", e.sharedInterests()))).append(String.format(Locale.ROOT,
                " (%.0f%% of member pairs share one).%n%n", 100 * e.sameInterestPairShare()));
        CriterionScores s = e.scores();
        md.append(String.format(Locale.ROOT, "Scores: time zone %.2f, interests %.2f, mentor fit %.2f, diversity "
                + "%.2f.%n%n", s.timeZone(), s.interests(), s.mentorFit(), s.diversity()));
        md.append("| rule checked | holds | detail |\n|---|---|---|\n");
        for (RuleCheck r : e.rules()) {
            md.append("| ").append(escape(r.rule())).append(" | ").append(r.satisfied() ? "yes" : "**no**")
                    .append(" | ").append(escape(r.detail())).append(" |\n");
        }
        md.append("\n");
    }

    private static String name(FormationResult result, String id) {
        return escape(result.cohort().participant(id).map(Participant::displayName).orElse(id));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Participant text as literal Markdown (the model's shared escaper; private: not part of this module's API). */
    private static String escape(String text) {
        return MarkdownText.escape(text);
    }

    /** "Mon 11 Jan 2027 16:00 to 23:00 (7 h)": the window in UTC, readable beside the members' local times. */
    private static String utcWindow(CommonWindow window) {
        java.time.ZonedDateTime start = window.start().atZone(java.time.ZoneOffset.UTC);
        java.time.ZonedDateTime end = start.plusMinutes(window.minutes());
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
        int hours = window.minutes() / 60;
        int minutes = window.minutes() % 60;
        String length = minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
        return day.format(start) + " to " + time.format(end) + " (" + length + ")";
    }

    /** "1 mentor", "2 mentors". */
    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
