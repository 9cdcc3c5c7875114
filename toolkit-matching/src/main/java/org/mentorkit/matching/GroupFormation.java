package org.mentorkit.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorkit.matching.core.GroupingInstance;
import org.mentorkit.matching.core.GroupingSolution;
import org.mentorkit.matching.core.GroupingSolver;
import org.mentorkit.matching.core.SolverOptions;
import org.mentorkit.matching.internal.Availability;
import org.mentorkit.matching.internal.AvailabilityProfiles;
import org.mentorkit.matching.internal.Criteria;
import org.mentorkit.matching.internal.Explainer;
import org.mentorkit.matching.internal.FormationClock;
import org.mentorkit.matching.internal.FormationPlan;
import org.mentorkit.matching.internal.PairSlots;
import org.mentorkit.matching.internal.PlanInstance;
import org.mentorkit.matching.internal.SessionGrid;
import org.mentorkit.matching.internal.SlotChoice;
import org.mentorkit.matching.internal.SlotPhase;
import org.mentorkit.model.CommonSlotRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.io.ModelValidation;

/**
 * Forms mentorship groups from a cohort: the entry point an embedding application calls.
 *
 * <pre>{@code
 * FormationResult result = GroupFormation.form(cohort, FormationSettings.builder().seed(7).build());
 * Cohort withGroups = result.cohort();
 * }</pre>
 *
 * <p>Hard rules are never broken: when they cannot all hold, an {@link InfeasibleFormationException} says why.
 */
public final class GroupFormation {

    private GroupFormation() {
    }

    /**
     * Forms groups for the cohort's participants (any groups the cohort already has are ignored), then chooses each
     * group's meeting slot. Runs on the calling thread for at most {@code settings.timeLimit()}.
     *
     * @param cohort   the program, its mentees and mentors, and the coordinator's pins and together/apart rules
     * @param settings seed, time limit, cancellation and progress; {@link FormationSettings#defaults()} suits most uses
     * @return the cohort with its groups, and everything needed to explain them
     * @throws org.mentorkit.model.InvalidInputException when the cohort or its program is invalid (every problem,
     *         located as {@code cohort: path})
     * @throws InfeasibleFormationException when the hard rules cannot all hold, or no grouping keeping them was found
     *         within the time limit, or the program requires a common slot that some group cannot have
     * @throws ToolkitException with {@link ErrorCode#CANCELLED} when cancelled before a grouping keeping every rule
     *         was found (cancelled later, the best grouping so far is returned)
     */
    public static FormationResult form(Cohort cohort, FormationSettings settings) {
        return run(cohort, List.of(), settings);
    }

    /**
     * Re-forms groups after changes (withdrawals, late joiners): everyone still in the cohort stays in their previous
     * group unless a hard rule forces a move; the result lists every move and placement with its reason.
     *
     * @param changed        the cohort as it is now
     * @param previousGroups the groups formed before the changes, e.g. {@link FormationResult#groups()} of the first
     *                       formation; saved slots in them are kept where members can still make them
     * @param settings       seed, time limit, cancellation and progress
     * @return the new groups with every move ({@link FormationResult#moves()}) and withdrawal explained
     * @throws InfeasibleFormationException when {@code previousGroups} is empty, or for the reasons
     *         {@link #form(Cohort, FormationSettings)} gives
     * @throws org.mentorkit.model.InvalidInputException when the cohort or its program is invalid
     * @throws ToolkitException with {@link ErrorCode#CANCELLED} when cancelled before every rule held
     */
    public static FormationResult reform(Cohort changed, List<Group> previousGroups, FormationSettings settings) {
        return reform(changed, previousGroups, null, settings);
    }

    /**
     * Re-forms groups as {@link #reform(Cohort, List, FormationSettings)} does, with changes taking effect on
     * {@code effective}: saved slots are kept; a slot that late joiners cannot make changes only when another suits
     * more members, and only for sessions from that date (reported in {@link FormationResult#slotChanges()}); sessions
     * before it are not counted. The groups alone hold no record of the people who withdrew, so their history is not
     * kept (a member who moved keeps a leave date in their previous group); to keep it, pass the previous cohort
     * ({@link #reform(Cohort, Cohort, LocalDate, FormationSettings)}).
     *
     * @param changed        the cohort as it is now
     * @param previousGroups the groups formed before the changes
     * @param effective      the first date the changes apply to, in the slots' reference zones; null counts every
     *                       session of the program
     * @param settings       seed, time limit, cancellation and progress
     * @return the new groups with every move, withdrawal and slot change explained
     * @throws InfeasibleFormationException when {@code previousGroups} is empty, when {@code effective} is on or after
     *         the program's end (no session would be affected) or before a group's last recorded slot change, when
     *         {@code effective} is after the program's start and a previous group has no saved slot (its past sessions'
     *         time is not known), or for the reasons
     *         {@link #form(Cohort, FormationSettings)} gives
     * @throws org.mentorkit.model.InvalidInputException when the cohort or its program is invalid
     * @throws ToolkitException with {@link ErrorCode#CANCELLED} when cancelled before every rule held
     */
    public static FormationResult reform(Cohort changed, List<Group> previousGroups, java.time.LocalDate effective,
            FormationSettings settings) {
        return reform(changed, previousGroups, List.of(), effective, settings);
    }

    private static FormationResult reform(Cohort changed, List<Group> previousGroups, List<Participant> previousPeople,
            java.time.LocalDate effective, FormationSettings settings) {
        if (previousGroups.isEmpty()) {
            throw new InfeasibleFormationException(List.of(new Problem("previous groups",
                    "there are no previous groups to keep; form new groups (GroupFormation.form) instead")));
        }
        java.time.LocalDate end = org.mentorkit.model.SessionDates.end(changed.program());
        if (effective != null && !effective.isBefore(end)) {
            throw new InfeasibleFormationException(List.of(new Problem("effective date", "changes effective "
                    + effective + " would apply to no session: the program ends before " + end
                    + "; give a date inside the program")));
        }
        // A change cannot be slipped in before one already recorded: the later change's sessions have been announced
        // with times this one would move, and the slot history would be out of date order.
        if (effective != null) {
            List<Problem> earlier = new ArrayList<>();
            for (int g = 0; g < previousGroups.size(); g++) {
                List<org.mentorkit.model.EarlierSlot> history = previousGroups.get(g).earlierSlots();
                if (!history.isEmpty() && effective.isBefore(history.get(history.size() - 1).until())) {
                    earlier.add(new Problem("groups[" + g + "].earlierSlots[" + (history.size() - 1) + "].until",
                            "group " + previousGroups.get(g).id() + "'s slot last changed on "
                                    + history.get(history.size() - 1).until() + ", after the effective date " + effective
                                    + "; give an effective date on or after it"));
                }
            }
            if (!earlier.isEmpty()) {
                throw new InfeasibleFormationException(earlier);
            }
            // Sessions before the effective date have taken place at the slot schedule used; a group whose file keeps
            // no slot (hand-made, its proposed slot never saved) would get a new one for every session, the past ones
            // included, with the same calendar UIDs.
            if (effective.isAfter(changed.program().startDate())) {
                List<Problem> unsaved = new ArrayList<>();
                for (int g = 0; g < previousGroups.size(); g++) {
                    if (previousGroups.get(g).slot() == null) {
                        unsaved.add(new Problem("groups[" + g + "].slot", "group " + previousGroups.get(g).id()
                                + " has no saved meeting slot, but its sessions before " + effective + " have taken"
                                + " place at a time the previous groups do not record; save the slot its calendar"
                                + " was sent with in them (scheduling can record the slot it proposed, if nothing"
                                + " else has changed since), then re-form"));
                    }
                }
                if (!unsaved.isEmpty()) {
                    throw new InfeasibleFormationException(unsaved);
                }
            }
        }
        return run(changed, previousGroups, previousPeople, effective, settings);
    }

    /**
     * Re-forms groups as {@link #reform(Cohort, List, LocalDate, FormationSettings)} does, keeping the history of the
     * members who left: with an effective date after the program's start, each member who withdrew (or moved to
     * another group) keeps a leave date in the group they left ({@link Group#leaveDates()}), and the records of those
     * who withdrew are kept in the result's {@link Cohort#formerParticipants()}, so that the sessions before the
     * effective date still list them. Former members of the previous groups are carried forward.
     *
     * @param changed   the cohort as it is now
     * @param previous  the cohort with the groups formed before the changes (e.g. the previous groups file)
     * @param effective the first date the changes apply to, in the slots' reference zones; null counts every session
     *                  of the program (and keeps no leave dates)
     * @param settings  seed, time limit, cancellation and progress
     * @return the new groups with every move, withdrawal and slot change explained
     * @throws InfeasibleFormationException for the reasons {@link #reform(Cohort, List, LocalDate, FormationSettings)}
     *         gives
     * @throws org.mentorkit.model.InvalidInputException when the cohort or its program is invalid
     * @throws ToolkitException with {@link ErrorCode#CANCELLED} when cancelled before every rule held
     */
    public static FormationResult reform(Cohort changed, Cohort previous, LocalDate effective,
            FormationSettings settings) {
        List<Participant> people = new ArrayList<>(previous.participants());
        people.addAll(previous.formerParticipants());
        return reform(changed, previous.groups(), people, effective, settings);
    }

    private static FormationResult run(Cohort cohort, List<Group> previous, FormationSettings settings) {
        return run(cohort, previous, List.of(), null, settings);
    }

    private static FormationResult run(Cohort cohort, List<Group> previous, List<Participant> previousPeople,
            java.time.LocalDate effective, FormationSettings settings) {
        // The program's rules first, as the command line applies them when it reads the file (a group policy of 0, a
        // weight of NaN): an SDK caller gets the same problems, not an ArithmeticException. The rules between
        // participants (pinned ids, groups) are judged next with the formation's own explanations, and whatever else
        // the command line would refuse in the cohort last, so nothing it refuses reaches the search.
        // The time limit covers the whole call, validation and setup included: a caller's limit is a promise.
        FormationClock clock = new FormationClock(settings.cpuTime());
        long started = clock.now();
        ModelValidation.requireValid(cohort.program(), "cohort: program");
        List<Problem> problems = new ArrayList<>();
        var planned = FormationPlan.of(cohort, previous, problems);
        if (planned.isEmpty()) {
            throw new InfeasibleFormationException(problems);
        }
        ModelValidation.requireValid(cohort, "cohort");
        FormationPlan plan = planned.get();
        Program program = cohort.program();
        LocalDate from = program.startDate();
        // The model's one availability rule (Program.availabilityOf), shared with scheduling.
        long slotSetup = clock.now();
        AvailabilityProfiles profiles = new AvailabilityProfiles(plan.people(), program);
        Availability availability = new Availability(profiles, from, from.plusMonths(program.lengthMonths()));
        SlotChoice slotChoice = new SlotChoice(new SessionGrid(profiles, program, settings.sessions(),
                settings.sessionMinutes()), plan.people(), program, settings.peerOnlySessions());
        PairSlots pairSlots = new PairSlots(slotChoice, plan.people());
        // Choosing and explaining every group's slot after the search does the same kind of work as this setup (each
        // profile's misses over the candidate slots, then sums per group): the search leaves at least as much time.
        long reserve = clock.now() - slotSetup;
        Criteria criteria = new Criteria(plan.people(), availability, program.matching().weights(), plan.rules())
                .withPairSlots(pairSlots);
        // When some people share no slot at all, groups may lack a common one and the availability phase (which
        // moves people for exactly that) may need a larger share of the time: the search stops at 60% of what is left
        // unless its best grouping by then gives every group a common slot (nothing to repair), when it goes on to 80%.
        // Re-forming with such pairs always keeps 40% back: saved slots are judged there, not the best ones.
        SlotNeed need = !pairSlots.anyIncompatible() ? SlotNeed.NONE
                : previous.isEmpty() ? SlotNeed.UNLESS_EVERY_GROUP_CAN_MEET : SlotNeed.SOME;
        Attempt attempt = solve(plan, criteria, !previous.isEmpty(), settings, clock, started, reserve, need,
                slotChoice);
        GroupingSolution solution = attempt.solution();
        FormationPlan firstPlan = plan;
        Attempt firstAttempt = attempt;
        boolean cancelled = solution.stop() == GroupingSolution.StopReason.CANCELLED;
        // Even sizes and the preferred number of groups are preferences: when no grouping keeping every rule is found
        // with them, try sizes anywhere within the policy, then the other numbers of groups, while time is left.
        while (!solution.feasible() && solution.stop() != GroupingSolution.StopReason.CANCELLED
                && remaining(settings, clock, started).compareTo(MIN_SEARCH) > 0) {
            var next = plan.next();
            if (next.isEmpty()) {
                break;
            }
            plan = next.get();
            attempt = solve(plan, criteria, !previous.isEmpty(), settings, clock, started, reserve, need, slotChoice);
            solution = attempt.solution();
            cancelled = solution.stop() == GroupingSolution.StopReason.CANCELLED;
        }
        if (!solution.feasible()) {
            // Explain with the preferred plan's closest assignment: its reasons are the ones the coordinator expects.
            plan = firstPlan;
            attempt = firstAttempt;
            solution = attempt.solution();
        }
        Explainer explainer = new Explainer(plan, availability, criteria);
        if (!solution.feasible()) {
            List<Group> closest = explainer.groups(solution.assignment());
            List<GroupExplanation> explanations = closest.stream().map(g -> explainer.explain(g, closest, null))
                    .toList();
            // The preferred plan's closest assignment explains, but a cancelled fallback is still a cancellation.
            if (cancelled) {
                throw new ToolkitException(ErrorCode.CANCELLED, "group formation was cancelled before every rule held");
            }
            throw new InfeasibleFormationException(brokenRules(explanations, settings));
        }
        // Availability: improve the grouping for common meeting slots, then decide each group's slot. The phase
        // plans its own share of what is left, keeping enough for the explanations below.
        long limitEnd = started + settings.timeLimit().toNanos();
        SlotPhase.Outcome slots = SlotPhase.run(plan, criteria, slotChoice, solution.assignment(), previous, effective,
                clock, limitEnd, settings.seed(), attempt.instance());
        List<Group> unslotted = explainer.groups(slots.assignment());
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < unslotted.size(); g++) {
            Group x = unslotted.get(g);
            groups.add(new Group(x.id(), x.name(), x.mentorIds(), x.menteeIds(), slots.slots().get(g).slot()));
        }
        List<GroupExplanation> explanations = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            explanations.add(explainer.explain(groups.get(g), groups, slots.slots().get(g)));
        }
        if (program.matching().commonSlotRule() == CommonSlotRule.REQUIRED) {
            List<Problem> missing = SlotProblems.of(explanations, cohort);
            if (!missing.isEmpty()) {
                throw new InfeasibleFormationException(missing);
            }
        }
        List<Move> moves = previous.isEmpty() ? List.of() : moves(plan, explainer, previous, groups);
        List<String> withdrawn = withdrawn(cohort, previous);
        // Forming afresh starts the groups' history over: people who withdrew from earlier groups have no group to
        // be listed in, so their records (kept for re-forming) go; kept, they would fail the cohort's validation.
        Cohort formed = previous.isEmpty() ? cohort.withGroups(groups).withFormerParticipants(List.of())
                : GroupHistory.record(cohort, previousPeople, previous, groups, moves, slots.changes(), effective);
        groups = formed.groups();
        return new FormationResult(formed, explanations, explainer.figures(groups),
                explainer.randomFigures(groups, baselineDraws(settings, plan), settings.seed()), moves, withdrawn,
                settings.seed(), solution.elapsed(), solution.stop() == GroupingSolution.StopReason.CONVERGED,
                slots.changes(), effective);
    }

    private static final Duration MIN_SEARCH = Duration.ofMillis(50);

    private static Duration remaining(FormationSettings settings, FormationClock clock, long started) {
        return settings.timeLimit().minus(Duration.ofNanos(clock.now() - started));
    }

    /** How much of the time the availability phase after the search may need. */
    private enum SlotNeed { NONE, UNLESS_EVERY_GROUP_CAN_MEET, SOME }

    /** A plan's instance and the search's best assignment of it. */
    private record Attempt(GroupingInstance instance, GroupingSolution solution) {
    }

    private static Attempt solve(FormationPlan plan, Criteria criteria, boolean reform,
            FormationSettings settings, FormationClock clock, long started, long reserve, SlotNeed need,
            SlotChoice slotChoice) {
        GroupingInstance instance = PlanInstance.of(plan, criteria, reform);
        // The time limit covers the whole formation: the search gets what setup (this instance's pair weights, and
        // earlier attempts) left, less a share for the availability phase, the explanation and the random comparison.
        Duration left = remaining(settings, clock, started).minusNanos(reserve);
        Duration searchLimit = left.multipliedBy(need == SlotNeed.NONE ? 80 : 60).dividedBy(100);
        if (searchLimit.compareTo(MIN_SEARCH) < 0) {
            searchLimit = MIN_SEARCH;
        }
        SolverOptions.Builder options = SolverOptions.builder();
        if (need == SlotNeed.UNLESS_EVERY_GROUP_CAN_MEET && searchLimit.compareTo(MIN_SEARCH) > 0) {
            Duration longer = left.multipliedBy(80).dividedBy(100);
            options.checkpoint(searchLimit, best -> SlotPhase.everyGroupCanMeet(plan, slotChoice, best));
            searchLimit = longer;
        }
        if (reform) {
            // Start the first search from the previous groups: a short search (a big cohort, a busy machine) then
            // still returns groups close to them, rather than whatever a random start reached in the time.
            int[] previous = new int[plan.items()];
            for (int i = 0; i < previous.length; i++) {
                previous[i] = plan.previousGroup(i);
            }
            options.start(previous);
        }
        options
                .seed(settings.seed())
                .timeLimit(searchLimit)
                .cpuTime(clock.cpuTime())
                .maxIdleRounds(settings.maxIdleRounds())
                .cancelled(settings.cancelled())
                .listener(settings.listener());
        return new Attempt(instance, GroupingSolver.solve(instance, options.build()));
    }

    /** Fewer random draws for big cohorts: the mean of a few is already stable there. */
    private static int baselineDraws(FormationSettings settings, FormationPlan plan) {
        return Math.max(1, Math.min(settings.randomBaselineDraws(), 20_000 / Math.max(1, plan.people().size())));
    }

    private static List<Problem> brokenRules(List<GroupExplanation> explanations, FormationSettings settings) {
        List<Problem> out = new ArrayList<>();
        for (GroupExplanation e : explanations) {
            for (org.mentorkit.matching.RuleCheck check : e.rules()) {
                if (!check.satisfied()) {
                    out.add(new Problem("group " + e.groupId(), "no grouping keeping every rule was found within "
                            + settings.timeLimit().toSeconds() + " s; the closest breaks " + check.rule() + ": "
                            + check.detail()));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new Problem("cohort", "no grouping keeping every rule was found within "
                    + settings.timeLimit().toSeconds() + " s"));
        }
        return out;
    }

    private static List<String> withdrawn(Cohort cohort, List<Group> previous) {
        Set<String> present = new HashSet<>();
        for (Participant p : cohort.participants()) {
            present.add(p.id());
        }
        List<String> out = new ArrayList<>();
        for (Group g : previous) {
            for (String id : g.memberIds()) {
                if (!present.contains(id) && !out.contains(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    private static List<Move> moves(FormationPlan plan, Explainer explainer, List<Group> previous,
            List<Group> groups) {
        // A mentor of capacity 2 or more is in several groups, before and after: all of them count.
        Map<String, List<String>> before = groupsOfEachMember(previous);
        Map<String, List<String>> after = groupsOfEachMember(groups);
        Set<String> kept = new HashSet<>();
        for (Group g : groups) {
            kept.add(g.id());
        }
        // Why an old group could not stay as it was: its rules re-checked with the current participants only.
        Map<String, String> failures = new HashMap<>();
        for (Group old : previous) {
            List<String> mentors = old.mentorIds().stream().filter(plan.indexOf()::containsKey).toList();
            List<String> mentees = old.menteeIds().stream().filter(plan.indexOf()::containsKey).toList();
            Group remaining = new Group(old.id(), old.name(), mentors, mentees, null);
            List<String> broken = explainer.check(remaining, previous).stream().filter(c -> !c.satisfied())
                    .map(c -> c.rule() + " (" + c.detail() + ")").toList();
            failures.put(old.id(), broken.isEmpty() ? "" : String.join("; ", broken));
        }
        List<Move> out = new ArrayList<>();
        Map<String, List<String>> leftUnpaired = new HashMap<>();
        before.forEach((id, olds) -> leftUnpaired.put(id, new ArrayList<>(olds.stream()
                .filter(old -> !after.getOrDefault(id, List.of()).contains(old)).toList())));
        for (Group g : groups) {
            for (String id : g.memberIds()) {
                List<String> olds = before.get(id);
                if (olds == null) {
                    out.add(new Move(id, "", g.id(), "joined after the groups were formed"));
                    continue;
                }
                if (olds.contains(g.id())) {
                    continue; // in this group before and now: neither moved nor joined, whatever their other groups
                }
                // A group they are in now but were not before: they came from a group they have left, in order; a
                // mentor who left none takes on one more group than before.
                List<String> left = leftUnpaired.get(id);
                if (left.isEmpty()) {
                    out.add(new Move(id, "", g.id(), "takes on one more group, in addition to "
                            + String.join(", ", olds)));
                    continue;
                }
                String from = left.remove(0);
                String reason;
                if (!kept.contains(from)) {
                    reason = "group " + from + " was dissolved: fewer groups are possible now";
                } else if (!failures.get(from).isEmpty()) {
                    reason = "group " + from + " would break " + failures.get(from);
                } else {
                    reason = "needed to keep the hard rules of another group after the changes";
                }
                out.add(new Move(id, from, g.id(), reason));
            }
        }
        return out;
    }

    /** Per member id, the ids of the groups they are in, in the order of the groups. */
    private static Map<String, List<String>> groupsOfEachMember(List<Group> groups) {
        Map<String, List<String>> out = new HashMap<>();
        for (Group g : groups) {
            for (String id : g.memberIds()) {
                out.computeIfAbsent(id, x -> new ArrayList<>()).add(g.id());
            }
        }
        return out;
    }
}
