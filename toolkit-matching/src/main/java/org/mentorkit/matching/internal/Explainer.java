package org.mentorkit.matching.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.mentorkit.matching.CommonWindow;
import org.mentorkit.matching.CriterionScores;
import org.mentorkit.matching.Figures;
import org.mentorkit.matching.GroupExplanation;
import org.mentorkit.matching.RuleCheck;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;

/**
 * Explains groups from the participants themselves (not from the search's internal sums): common hours on real
 * dates, shared interests, criterion scores, and every hard rule re-checked.
 */
public final class Explainer {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final int MAX_WINDOWS = 12;

    private final FormationPlan plan;
    private final Availability availability;
    private final Criteria criteria;
    private final Instant programStart;

    public Explainer(FormationPlan plan, Availability availability, Criteria criteria) {
        this.plan = plan;
        this.availability = availability;
        this.criteria = criteria;
        programStart = plan.cohort().program().startDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** The model groups of an assignment of plan items. */
    public List<Group> groups(int[] assignment) {
        List<List<String>> mentors = new ArrayList<>();
        List<List<String>> mentees = new ArrayList<>();
        for (int g = 0; g < plan.groups(); g++) {
            mentors.add(new ArrayList<>());
            mentees.add(new ArrayList<>());
        }
        // Items are mentees in cohort order, then seats in cohort order, so lists come out in cohort order.
        for (int i = 0; i < assignment.length; i++) {
            int g = assignment[i];
            if (g < plan.groups()) {
                String id = plan.people().get(plan.person(i)).id();
                List<String> list = (plan.isSeat(i) ? mentors : mentees).get(g);
                if (!list.contains(id)) {
                    list.add(id);
                }
            }
        }
        List<Group> out = new ArrayList<>();
        for (int g = 0; g < plan.groups(); g++) {
            Group old = g < plan.previous().size() ? plan.previous().get(g) : null;
            out.add(new Group(plan.groupId(g), plan.groupName(g), mentors.get(g), mentees.get(g),
                    old == null ? null : old.slot()));
        }
        return out;
    }

    private List<Integer> members(Group group) {
        List<Integer> out = new ArrayList<>();
        for (String id : group.memberIds()) {
            out.add(plan.indexOf().get(id));
        }
        return out;
    }

    /** The explanation of one group; {@code all} is the whole grouping (for mentor capacity). */
    public GroupExplanation explain(Group group, List<Group> all, org.mentorkit.matching.GroupSlot slot) {
        List<Integer> members = members(group);
        double[] hours = availability.groupHours(members);
        List<CommonWindow> windows = new ArrayList<>();
        for (Availability.Run run : availability.firstWeekWindows(members)) {
            if (windows.size() == MAX_WINDOWS) {
                break;
            }
            List<CommonWindow.MemberTime> local = new ArrayList<>();
            for (int p : members) {
                Participant x = plan.people().get(p);
                ZoneId zone = ZoneId.of(x.timeZone());
                ZonedDateTime start = run.start().atZone(zone);
                local.add(new CommonWindow.MemberTime(x.id(), x.timeZone(), LOCAL.format(start),
                        LOCAL.format(start.plusMinutes(run.minutes()))));
            }
            windows.add(new CommonWindow(run.start(), run.minutes(), local));
        }
        return new GroupExplanation(group.id(), group.name(), group.mentorIds(), group.menteeIds(), windows, hours[0],
                hours[1], largestDifference(members), sharedInterests(members), sameInterestShare(members),
                check(group, all), scores(members), slot);
    }

    private double largestDifference(List<Integer> members) {
        double max = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                double x = offsetHours(members.get(a));
                double y = offsetHours(members.get(b));
                double d = Math.abs(x - y) % 24;
                max = Math.max(max, Math.min(d, 24 - d));
            }
        }
        return max;
    }

    private double offsetHours(int p) {
        return ZoneId.of(plan.people().get(p).timeZone()).getRules().getOffset(programStart).getTotalSeconds() / 3600.0;
    }

    private List<String> sharedInterests(List<Integer> members) {
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int p : members) {
            for (String t : new java.util.LinkedHashSet<>(plan.people().get(p).interests())) {
                String key = t.strip().toLowerCase(Locale.ROOT);
                display.putIfAbsent(key, t.strip());
                count.merge(key, 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        count.forEach((k, c) -> {
            if (c >= 2) {
                out.add(display.get(k));
            }
        });
        return out;
    }

    private double sameInterestShare(List<Integer> members) {
        int pairs = 0;
        int shared = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                pairs++;
                if (criteria.interests(members.get(a), members.get(b)) > 0) {
                    shared++;
                }
            }
        }
        return pairs == 0 ? 0 : (double) shared / pairs;
    }

    private CriterionScores scores(List<Integer> members) {
        double[] sum = new double[4];
        int pairs = 0;
        int fitPairs = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                double[] t = criteria.terms(members.get(a), members.get(b));
                pairs++;
                sum[0] += t[0];
                sum[1] += t[1];
                sum[3] += t[3];
                if (plan.people().get(members.get(a)).isMentor() != plan.people().get(members.get(b)).isMentor()) {
                    fitPairs++;
                    sum[2] += t[2];
                }
            }
        }
        return new CriterionScores(pairs == 0 ? 0 : sum[0] / pairs, pairs == 0 ? 0 : sum[1] / pairs,
                fitPairs == 0 ? 0 : sum[2] / fitPairs, pairs == 0 ? 0 : sum[3] / pairs);
    }

    /** A group's weighted pair terms: the sum of its pair weights (the search's group-level terms are not pairwise). */
    public double objective(Group group) {
        List<Integer> members = members(group);
        double s = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                s += criteria.pair(members.get(a), members.get(b));
            }
        }
        return s;
    }

    private List<Group> leadsFor;
    private Map<String, Integer> leadsCache;

    /** How many groups each mentor leads, computed once per grouping. */
    private Map<String, Integer> leads(List<Group> all) {
        if (all != leadsFor) {
            Map<String, Integer> count = new java.util.HashMap<>();
            for (Group g : all) {
                for (String id : g.mentorIds()) {
                    count.merge(id, 1, Integer::sum);
                }
            }
            leadsCache = count;
            leadsFor = all;
        }
        return leadsCache;
    }

    /** Every hard rule, re-checked on the participants of one group. */
    public List<RuleCheck> check(Group group, List<Group> all) {
        GroupPolicy policy = plan.cohort().program().groupPolicy();
        List<RuleCheck> out = new ArrayList<>();
        int mentors = group.mentorIds().size();
        out.add(new RuleCheck("mentors per group", mentors == policy.mentorsPerGroup(),
                mentors + " (expected " + policy.mentorsPerGroup() + ")"));
        int size = group.menteeIds().size();
        out.add(new RuleCheck("group size", size >= policy.minMentees() && size <= policy.maxMentees(),
                EnglishCounts.of(size, "mentee", "mentees") + " (allowed " + policy.minMentees() + " to " + policy.maxMentees() + ")"));
        Map<String, Integer> leadsOf = leads(all);
        for (String mentorId : group.mentorIds()) {
            Participant mentor = plan.people().get(plan.indexOf().get(mentorId));
            int leads = leadsOf.getOrDefault(mentorId, 0);
            int capacity = Math.max(1, mentor.capacity());
            out.add(new RuleCheck("mentor capacity (" + mentorId + ")", leads <= capacity,
                    "leads " + EnglishCounts.of(leads, "group", "groups") + " (at most " + capacity + ")"));
        }
        for (NonIsolationRule rule : plan.rules()) {
            int holders = 0;
            for (String id : group.memberIds()) {
                Participant x = plan.people().get(plan.indexOf().get(id));
                if ((!x.isMentor() || rule.countMentors()) && Criteria.holds(x, rule)) {
                    holders++;
                }
            }
            out.add(new RuleCheck("non-isolation: " + rule.vocabulary() + " " + rule.values()
                    + (rule.countMentors() ? "" : " (mentees)"), holders != 1, holders + " holder"
                    + (holders == 1 ? "" : "s")));
        }
        var constraints = plan.cohort().constraints();
        constraints.pinned().forEach((id, label) -> {
            Integer index = plan.pinLabels().get(label);
            if (index != null && plan.groupId(index).equals(group.id())) {
                out.add(new RuleCheck("pinned (" + id + ")", group.memberIds().contains(id), "pinned here"));
            }
        });
        for (List<String> set : constraints.together()) {
            long inside = set.stream().filter(group.memberIds()::contains).count();
            if (inside > 0) {
                out.add(new RuleCheck("together " + set, inside == set.stream().distinct().count(),
                        inside + " of " + set.size() + " here"));
            }
        }
        for (List<String> set : constraints.apart()) {
            long inside = set.stream().distinct().filter(group.memberIds()::contains).count();
            if (inside > 0) {
                out.add(new RuleCheck("apart " + set, inside <= 1, inside + " here"));
            }
        }
        return out;
    }

    /** Overall figures of a grouping. */
    public Figures figures(List<Group> groups) {
        double hours = 0;
        double diff = 0;
        double share = 0;
        double objective = 0;
        double[] s = new double[4];
        for (Group g : groups) {
            List<Integer> members = members(g);
            hours += availability.groupHours(members)[0];
            diff += largestDifference(members);
            share += sameInterestShare(members);
            CriterionScores c = scores(members);
            s[0] += c.timeZone();
            s[1] += c.interests();
            s[2] += c.mentorFit();
            s[3] += c.diversity();
            objective += objective(g);
        }
        int k = Math.max(1, groups.size());
        CriterionScores mean = new CriterionScores(s[0] / k, s[1] / k, s[2] / k, s[3] / k);
        return new Figures(hours / k, diff / k, share / k, mean.mentorFit(), mean, objective);
    }

    /**
     * Mean figures of random groupings with the formed groups' sizes (as many groups of each number of mentees as
     * {@code formed} has: with {@code groupPolicy.sizes: WITHIN_POLICY} those need not be even) and mentors drawn at
     * random: always {@code draws} of them, whatever the time, so that the same seed gives the same figures on a busy
     * machine too (the caller keeps their number small for big cohorts: 8 at 2,500 people take about 0.1 s).
     */
    public Figures randomFigures(List<Group> formed, int draws, long seed) {
        int[] labels = menteeLabels(formed);
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] acc = new double[9];
        for (int d = 0; d < draws; d++) {
            int[] assignment = new int[plan.items()];
            int[] mentees = shuffled(0, plan.mentees(), rnd);
            for (int k = 0; k < mentees.length; k++) {
                assignment[mentees[k]] = labels[k];
            }
            int[] seats = shuffled(plan.mentees(), plan.items(), rnd);
            for (int k = 0; k < seats.length; k++) {
                assignment[seats[k]] = k < plan.groups() * plan.mentorsPerGroup() ? k % plan.groups() : plan.groups();
            }
            Figures f = figures(groups(assignment));
            acc[0] += f.weeklyCommonHours();
            acc[1] += f.largestTimeDifference();
            acc[2] += f.sameInterestPairShare();
            acc[3] += f.scores().timeZone();
            acc[4] += f.scores().interests();
            acc[5] += f.scores().mentorFit();
            acc[6] += f.scores().diversity();
            acc[7] += f.objective();
        }
        CriterionScores scores = new CriterionScores(acc[3] / draws, acc[4] / draws, acc[5] / draws, acc[6] / draws);
        return new Figures(acc[0] / draws, acc[1] / draws, acc[2] / draws, scores.mentorFit(), scores, acc[7] / draws);
    }

    /**
     * The group of the k-th mentee of a shuffled list, so that group g gets the g-th largest of the formed sizes: dealt
     * round by round to the groups that still have room. With even sizes this is k modulo the number of groups, as
     * before sizes could vary (group labels do not change the figures, only the sizes do).
     */
    private int[] menteeLabels(List<Group> formed) {
        if (formed.size() != plan.groups()) {
            throw new IllegalStateException(formed.size() + " groups formed, " + plan.groups() + " planned");
        }
        int[] left = formed.stream().mapToInt(g -> g.menteeIds().size())
                .boxed().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray();
        int total = Arrays.stream(left).sum();
        if (total != plan.mentees()) {
            throw new IllegalStateException(total + " mentees in the formed groups, " + plan.mentees() + " planned");
        }
        int[] labels = new int[total];
        for (int k = 0; k < total; ) {
            for (int g = 0; g < left.length && k < total; g++) {
                if (left[g] > 0) {
                    labels[k++] = g;
                    left[g]--;
                }
            }
        }
        return labels;
    }

    private static int[] shuffled(int from, int to, SplittableRandom rnd) {
        int[] a = new int[to - from];
        for (int i = 0; i < a.length; i++) {
            a[i] = from + i;
        }
        for (int k = a.length - 1; k > 0; k--) {
            int r = rnd.nextInt(k + 1);
            int t = a[k];
            a[k] = a[r];
            a[r] = t;
        }
        return a;
    }
}
