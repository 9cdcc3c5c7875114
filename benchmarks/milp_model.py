"""The 0-1 programme of availability_milp.py: which mentees join which mentor's group, and each group's slot.

Variables: x[p,g] = 1 when mentee p is in mentor g's group; y[g,k] = 1 when group g meets at candidate slot k (one per
group); w[p,g,k] (continuous, 0..1) = x[p,g] and y[g,k] both, forced by w <= y and sum_k w[p,g,k] = x[p,g]. Cost: the
mentor's misses at k on y, each mentee's misses at k on w. Hard rules (docs/matching.md, "The problem" and "Number of
groups and sizes"): groups of one mentor each (the engine's preferred number of groups G must be the number of mentors),
sizes by the policy's `sizes` rule: EVEN (the default) floor(n/G)..ceil(n/G) mentees, the engine's even sizes;
WITHIN_POLICY any size in minMentees..maxMentees; non-isolation (no group with exactly one holder of a rule's values),
together and apart sets. A slot in a zone other than UTC or the mentor's needs a mentee of that zone in the group, as
the engine tries only its members' zones.
Candidates a group can never prefer are dropped first: identical or dominated miss vectors (no member misses more
at k' than at k, and k' is always available to the group or in k's zone).
"""
import math
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from slot_misses import InputError, _count, json_type


SIZE_RULES = ("EVEN", "WITHIN_POLICY")


class GroupPlan:
    """The groups formation forms: one per mentor, sizes by the policy's `sizes` rule; anything else is refused by
    name. EVEN (the default, `sizes` absent or null): floor(n/G)..ceil(n/G) mentees, how the engine applies min..max
    first. WITHIN_POLICY: any size in minMentees..maxMentees. `sizes_override` (the --sizes option) replaces the
    file's rule, so one can ask what even sizes cost."""

    @staticmethod
    def of(cohort, sizes_override=None):
        plan = GroupPlan()
        plan.mentees = [i for i, p in enumerate(cohort.people) if not p.mentor]
        plan.mentors = [i for i, p in enumerate(cohort.people) if p.mentor]
        policy = cohort.policy
        low = _count(policy, "minMentees", "$.program.groupPolicy", 1, 1)
        high = _count(policy, "maxMentees", "$.program.groupPolicy", 1, low)
        plan.rule = _size_rule(policy)
        plan.rule_source = "$.program.groupPolicy.sizes" if policy.get("sizes") is not None else "the default"
        if sizes_override is not None:
            plan.rule, plan.rule_source = sizes_override, "--sizes"
        n = len(plan.mentees)
        if _count(policy, "mentorsPerGroup", "$.program.groupPolicy", 1, 0) != 1:
            raise InputError("$.program.groupPolicy.mentorsPerGroup: the exact programme handles one mentor per"
                             f" group, got {policy.get('mentorsPerGroup')}")
        if cohort.constraints.get("pinned"):
            raise InputError("$.constraints.pinned: pins are not handled by the exact programme; remove them")
        seats = sum(max(0, p.capacity) for p in cohort.people if p.mentor)
        fewest, most = max(1, -(-n // high)), min(n // low, seats)
        # Java's Math.round: halves go up. The number of groups is the engine's preferred one under either rule.
        preferred = min(max(math.floor(n / ((low + high) / 2) + 0.5), fewest), most)
        if fewest > most or n == 0:
            raise InputError(f"$.program.groupPolicy: {n} mentees cannot form groups of {low} to {high} mentees"
                             f" led by {len(plan.mentors)} mentors")
        if preferred != len(plan.mentors):
            raise InputError(f"$.participants: the exact programme handles one group per mentor, but {n} mentees"
                             f" and policy {low}-{high} give {preferred} groups for {len(plan.mentors)} mentors")
        plan.groups = preferred
        if plan.rule == "EVEN":
            plan.low, plan.high = n // preferred, -(-n // preferred)
        else:
            plan.low, plan.high = low, high
        _check_constraints(cohort, plan)
        return plan


def _check_constraints(cohort, plan):
    """Unknown ids, and together sets no group can hold, are refused before anything is printed or solved."""
    for s, members in enumerate(cohort.constraints.get("apart") or []):
        for pid in members:
            _id(cohort, pid, f"$.constraints.apart[{s}]")
    for s, members in enumerate(cohort.constraints.get("together") or []):
        ids = [_id(cohort, pid, f"$.constraints.together[{s}]") for pid in members]
        if sum(1 for p in ids if cohort.people[p].mentor) > 1:
            raise InputError(f"$.constraints.together[{s}]: two mentors cannot be in one group")
        count = sum(1 for p in ids if not cohort.people[p].mentor)
        if count > plan.high:
            # With even sizes the engine gives such a set a group of its own (SizeBounds); the programme cannot.
            # Within the policy, plan.high is maxMentees: no group can hold the set.
            limit = (f"the even group size {plan.high} the exact programme uses ({len(plan.mentees)} mentees,"
                     f" {plan.groups} groups; --sizes policy allows up to maxMentees)") if plan.rule == "EVEN" \
                else f"maxMentees {plan.high}"
            raise InputError(f"$.constraints.together[{s}]: {count} mentees kept together exceed {limit}")


def _size_rule(policy):
    """groupPolicy.sizes: absent or null is EVEN, as in the model; read in any spelling mentorkit reads (any case, `-`
    or a space for `_`, surrounding blanks: docs/file-formats.md, "Enumerated values"); anything else is refused."""
    value = policy.get("sizes")
    if value is None:
        return "EVEN"
    name = value.strip().upper().replace("-", "_").replace(" ", "_") if isinstance(value, str) else None
    if name not in SIZE_RULES:
        shown = repr(value) if isinstance(value, str) else json_type(value)
        raise InputError(f"$.program.groupPolicy.sizes: expected EVEN or WITHIN_POLICY, got {shown}")
    return name


class Result:
    def __init__(self, status, message, groups, slots, objective, bound, gap, seconds, size):
        self.status, self.message, self.groups, self.slots = status, message, groups, slots
        self.objective, self.bound, self.gap, self.seconds, self.size = objective, bound, gap, seconds, size

    def summary(self):
        return {"status": self.status, "outside": self.objective, "member_sessions": self.member_sessions,
                "dual_bound": self.bound, "mip_gap": self.gap, "solve_s": round(self.seconds, 2),
                "variables": self.size[0], "constraints": self.size[1],
                "groups_solution": getattr(self, "rows", [])}

    def describe(self, cohort, table):
        if self.status == "infeasible":
            return "no feasible grouping: " + self.message
        if self.objective is None:
            return (f"HiGHS {self.status} in {self.seconds:.1f} s ({self.message}): no whole grouping to report;"
                    f" lower bound {self.bound}")
        lines = [f"exact programme: {self.size[0]} variables, {self.size[1]} constraints; HiGHS {self.status}"
                 f" in {self.seconds:.1f} s ({self.message})"]
        for r in self.rows:
            lines.append(f"  {r['mentor']}: {' '.join(r['mentees'])} at {r['slot']}: {r['outside']} of"
                         f" {r['member_sessions']} outside")
        pct = 100.0 * self.objective / max(1, self.member_sessions)
        lines.append(f"best possible: {self.objective} of {self.member_sessions} member-sessions outside availability"
                     f" ({pct:.1f}%)" + ("" if self.status == "optimal" else
                                         f"; lower bound {self.bound:.2f}, MIP gap {100 * self.gap:.1f}%"))
        return "\n".join(lines)


def _candidates(table, pool, mentor_zone, zones_with_mentees):
    """The candidate slots worth offering a group whose possible members are `pool` (mentor first)."""
    always = {"UTC", mentor_zone}
    ks = table.candidates_in(always | zones_with_mentees)
    vectors = table.misses[pool][:, ks].astype(np.int32)
    free_zone = np.array([table.zone_of(k) in always for k in ks])
    order = np.lexsort((~free_zone, vectors.sum(axis=0)))  # fewest misses first; always-available zones first
    kept, kept_vectors, kept_zone, kept_free = [], [], [], []
    for j in order:
        v = vectors[:, j]
        if kept:
            kv = np.array(kept_vectors)
            dominated = (kv <= v).all(axis=1) & (np.array(kept_free) | (np.array(kept_zone) == table.zone_of(ks[j])))
            if dominated.any():
                continue
        kept.append(int(ks[j]))
        kept_vectors.append(v)
        kept_zone.append(table.zone_of(ks[j]))
        kept_free.append(bool(free_zone[j]))
    return kept


def solve(cohort, plan, table, time_limit, relax_assignment=False):
    """relax_assignment: x continuous (only the slots y and the rules' binaries integral). A relaxation, so its dual
    bound is a valid lower bound on the optimum; on world-size cohorts HiGHS raised it faster this way. Its solution
    is reported only when the assignment came out whole."""
    people = cohort.people
    mentees, mentors, G = plan.mentees, plan.mentors, plan.groups
    n = len(mentees)
    zone_mentees = {}
    for i, p in enumerate(mentees):
        zone_mentees.setdefault(people[p].zone, []).append(i)
    cands = [_candidates(table, [m] + mentees, people[m].zone, set(zone_mentees)) for m in mentors]
    # Variable layout: x (n*G), then per group y (|C_g|), then per group and mentee w (|C_g| each), then z.
    x0 = 0
    y0 = [n * G]
    for g in range(G - 1):
        y0.append(y0[-1] + len(cands[g]))
    w0 = [y0[-1] + len(cands[-1])]
    for g in range(G - 1):
        w0.append(w0[-1] + n * len(cands[g]))
    nvar = w0[-1] + n * len(cands[-1])
    cost = np.zeros(nvar)
    rows, cols, vals, lo, hi = [], [], [], [], []

    def add(coefs, low, high):
        r = len(lo)
        for c, v in coefs:
            rows.append(r)
            cols.append(c)
            vals.append(v)
        lo.append(low)
        hi.append(high)

    def x(i, g):
        return x0 + i * G + g

    for i in range(n):
        add([(x(i, g), 1) for g in range(G)], 1, 1)
    for g, m in enumerate(mentors):
        C = cands[g]
        add([(x(i, g), 1) for i in range(n)], plan.low, plan.high)
        add([(y0[g] + j, 1) for j in range(len(C))], 1, 1)
        cost[y0[g]:y0[g] + len(C)] = table.misses[m, C]
        for i, p in enumerate(mentees):
            base = w0[g] + i * len(C)
            cost[base:base + len(C)] = table.misses[p, C]
            add([(base + j, 1) for j in range(len(C))] + [(x(i, g), -1)], 0, 0)
            for j in range(len(C)):
                add([(base + j, 1), (y0[g] + j, -1)], -np.inf, 0)
        for z, members in zone_mentees.items():
            if z in ("UTC", people[m].zone):
                continue
            ys = [(y0[g] + j, 1) for j, k in enumerate(C) if table.zone_of(k) == z]
            if ys:
                add(ys + [(x(i, g), -1) for i in members], -np.inf, 0)
    nvar = _hard_rules(cohort, plan, add, x, nvar)
    integral = np.zeros(nvar)
    integral[0 if not relax_assignment else y0[0]:w0[0]] = 1
    integral[w0[-1] + n * len(cands[-1]):] = 1
    cost = np.concatenate([cost, np.zeros(nvar - len(cost))])
    A = coo_matrix((vals, (rows, cols)), shape=(len(lo), nvar)).tocsr()
    t0 = time.time()
    res = milp(cost, constraints=LinearConstraint(A, lo, hi), integrality=integral, bounds=Bounds(0, 1),
               options={"time_limit": time_limit, "disp": False, "mip_rel_gap": 0})
    size = (nvar, len(lo))
    seconds = time.time() - t0
    if res.x is None:
        status = "infeasible" if res.status == 2 else "no solution within the time limit"
        r = Result(status, res.message, [], [], None, None, None, seconds, size)
        r.member_sessions = None
        return r
    status = "optimal" if res.status == 0 else "time limit"
    fractional = np.abs(res.x[:y0[0]] - np.round(res.x[:y0[0]])).max() > 1e-6
    if fractional:
        r = Result(status + ", assignment not whole", res.message, [], [], None,
                   getattr(res, "mip_dual_bound", None), getattr(res, "mip_gap", None), seconds, size)
        r.member_sessions, r.rows = None, []
        return r
    groups = [[mentors[g]] + [mentees[i] for i in range(n) if res.x[x(i, g)] > 0.5] for g in range(G)]
    slots = [cands[g][int(np.argmax(res.x[y0[g]:y0[g] + len(cands[g])]))] for g in range(G)]
    r = Result(status, res.message, groups, slots, 0, getattr(res, "mip_dual_bound", None),
               getattr(res, "mip_gap", None), seconds, size)
    # The figures are recounted from the miss table, not read from HiGHS's objective.
    r.rows, r.objective, r.member_sessions = [], 0, 0
    for members, k in zip(groups, slots):
        outside = int(table.misses[members, k].sum())
        counted = int(table.attended[members, k].sum())
        r.objective += outside
        r.member_sessions += counted
        r.rows.append({"mentor": people[members[0]].id, "mentees": [people[p].id for p in members[1:]],
                       "slot": table.describe(k), "outside": outside, "member_sessions": counted,
                       "misses": {people[p].id: int(table.misses[p, k]) for p in members if table.misses[p, k]}})
    if abs(r.objective - res.fun) > 1e-6:
        raise AssertionError(f"HiGHS's objective {res.fun} differs from the recount {r.objective}")
    return r


def _hard_rules(cohort, plan, add, x, nvar):
    """Non-isolation, together and apart as constraints on x; returns the number of variables with the new binaries."""
    people, mentees, mentors, G = cohort.people, plan.mentees, plan.mentors, plan.groups
    index = {p: i for i, p in enumerate(mentees)}
    group_of_mentor = {m: g for g, m in enumerate(mentors)}
    for vocabulary, values, count_mentors in cohort.rules:
        holders = [i for i, p in enumerate(mentees) if values & set(people[p].attributes.get(vocabulary, []))]
        for g, m in enumerate(mentors):
            mentor_holds = count_mentors and bool(values & set(people[m].attributes.get(vocabulary, [])))
            terms = [(x(i, g), 1) for i in holders]
            if mentor_holds:
                add(terms, 1, np.inf)  # with the mentor, at least one mentee holder
            elif holders:
                z = nvar
                nvar += 1
                add(terms + [(z, -2)], 0, np.inf)  # none, or at least two
                add(terms + [(z, -len(holders))], -np.inf, 0)
    for s, members in enumerate(cohort.constraints.get("together") or []):
        ids = [_id(cohort, pid, f"$.constraints.together[{s}]") for pid in members]
        leaders = [p for p in ids if p in group_of_mentor]
        ms = [index[p] for p in ids if p in index]
        for a, b in zip(ms, ms[1:]):
            for g in range(G):
                add([(x(a, g), 1), (x(b, g), -1)], 0, 0)
        if leaders:
            for a in ms:
                add([(x(a, group_of_mentor[leaders[0]]), 1)], 1, 1)
    for s, members in enumerate(cohort.constraints.get("apart") or []):
        ids = [_id(cohort, pid, f"$.constraints.apart[{s}]") for pid in members]
        for g, m in enumerate(mentors):
            terms = [(x(index[p], g), 1) for p in ids if p in index]
            add(terms, -np.inf, 0 if m in ids else 1)
    return nvar


def _id(cohort, pid, path):
    if pid not in cohort.ids:
        raise InputError(f"{path}: {pid!r} is not a participant of the cohort")
    return cohort.ids[pid]
