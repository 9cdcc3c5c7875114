#!/usr/bin/env python3
"""The exact availability optimum of a cohort: a 0-1 programme (SciPy's milp, i.e. HiGHS) over groups under the
program's hard rules and one weekly slot per group, minimising member-sessions outside availability.

    python3 benchmarks/availability_milp.py COHORT.json [--time-limit SECONDS] [--json OUT.json]
        [--sizes even|policy|within-policy] [--sessions N [--peer-only 2,4,5] [--session-minutes M]] [--relax-assignment]

COHORT.json is a cohort file (`benchmarks.jar gen-availability ... --out`, or any cohort `mentorkit match` reads). When
it also holds groups (`benchmarks.jar availability ... --groups-out`, or the groups file `mentorkit match` writes), their
member-sessions outside availability are counted here too, on their saved slots and on the best slot for each group,
so the engine's own count is checked by code that shares nothing with it.

Everything is computed here, independently of the engine's scorer (docs/matching.md, "Meeting slots", says what is
counted; the rules are restated where they are used):
  - session dates from a plain loop over the cadence (SessionDates in toolkit-model states the same rule);
  - session instants with zoneinfo (Python's own IANA reader), so clock changes of both hemispheres count;
  - a member-session is inside availability when the whole session lies inside the union of the member's windows,
    laid on the real local dates in their own zone (containment of intervals, not the engine's 15-minute bitsets).
What is counted by default is what `benchmarks.jar availability` counts: every cadence date on the slot's weekday, every
member of the group. So a Monday slot of the benchmark program (2nd week monthly, 12 January to 12 July 2027) holds 5
sessions, Thursday 7 and the other weekdays 6: the engine counts it that way, and so do we. `mentorkit match` counts
its curriculum's sessions instead: give them as --sessions N (the first N dates of the slot's weekday; a weekday with
fewer is not offered), --peer-only (their numbers: mentors do not attend them) and --session-minutes (the longest);
the built-in curriculum is --sessions 6 --peer-only 2,4,5 --session-minutes 60.

The optimum is over the groupings mentorkit itself forms ("Number of groups and sizes" in docs/matching.md): one group
per mentor (mentor capacity 1; the engine's preferred group count must equal the number of mentors), with sizes as the
program's `groupPolicy.sizes` says: EVEN (the default, also when absent or null) floor(n/G)..ceil(n/G) mentees, how
the engine applies the policy first; WITHIN_POLICY any size in minMentees..maxMentees. `--sizes even|policy` overrides
the file's setting (so one can ask what even sizes cost: the policy optimum is never above the even one).

Exit codes: 0 solved (optimal, or the time limit with a solution and the gap printed), 2 bad input or a cohort the
programme does not handle (one line naming the file and the JSON path, or the option), 3 no grouping keeps every hard
rule, 4 no grouping found within the time limit (nothing proven either way: give more time).
"""
import argparse
import json
import os
import sys
import time

import numpy as np

import milp_model
import slot_misses


# The --sizes option's values, and the groupPolicy.sizes each stands for.
SIZES = {"even": "EVEN", "policy": "WITHIN_POLICY", "within-policy": "WITHIN_POLICY"}  # the last as the runner spells it


def fail(message, code=2):
    print("availability_milp: " + message, file=sys.stderr)
    sys.exit(code)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cohort")
    parser.add_argument("--time-limit", type=float, default=600.0, help="seconds for HiGHS (default 600)")
    parser.add_argument("--json", help="also write the figures as JSON to this file")
    parser.add_argument("--relax-assignment", action="store_true",
                        help="mentee assignment continuous: a valid lower bound, raised faster on large cohorts")
    parser.add_argument("--sizes", choices=sorted(SIZES),
                        help="group sizes: even (floor(n/G)..ceil(n/G)) or policy (minMentees..maxMentees); default:"
                             " the cohort's groupPolicy.sizes (EVEN when absent)")
    parser.add_argument("--sessions", type=int, help="sessions a group holds (default: every cadence date)")
    parser.add_argument("--peer-only", default="", help="numbers of the peer-only sessions, e.g. 2,4,5")
    parser.add_argument("--session-minutes", type=int, help="the longest session's minutes (default: the cadence's)")
    args = parser.parse_args(argv)
    if not args.time_limit > 0:
        fail(f"--time-limit: expected a positive number of seconds, got {args.time_limit}")
    sessions = held_sessions(args)
    check_writable(args.json)
    t0 = time.time()
    try:
        with open(args.cohort, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        fail(f"{args.cohort}: cannot read ({e.strerror})")
    except json.JSONDecodeError as e:
        fail(f"{args.cohort}: line {e.lineno}, column {e.colno}: not JSON ({e.msg})")
    try:
        cohort = slot_misses.Cohort.read(data)
        plan = milp_model.GroupPlan.of(cohort, SIZES.get(args.sizes))
        table = slot_misses.MissTable(cohort, sessions)
    except slot_misses.InputError as e:
        fail(f"{args.cohort}: {e}")
    setup = time.time() - t0
    out = {"cohort": args.cohort, "people": len(cohort.people), "groups": plan.groups,
           "sizes": [plan.low, plan.high], "size_rule": plan.rule, "candidates": table.count(),
           "setup_s": round(setup, 2)}
    print(f"{args.cohort}: {len(plan.mentees)} mentees, {len(plan.mentors)} mentors, {plan.groups} groups of "
          f"{plan.low}-{plan.high} mentees ({plan.rule}, from {plan.rule_source}); {table.count()} candidate slots"
          f" ({len(table.zones)} zones x 7 days x 96 starts) in {setup:.1f} s")
    try:
        result = milp_model.solve(cohort, plan, table, args.time_limit, args.relax_assignment)
    except slot_misses.InputError as e:
        fail(f"{args.cohort}: {e}")
    out.update(result.summary())
    print(result.describe(cohort, table))
    if result.status == "infeasible":
        write_json(args.json, out)
        fail(f"{args.cohort}: no grouping keeps every hard rule", 3)
    if result.status == "no solution within the time limit":
        write_json(args.json, out)
        fail(f"{args.cohort}: no grouping found within the time limit ({args.time_limit:g} s); give a longer"
             " --time-limit", 4)
    if cohort.groups:
        checked = check_groups(cohort, table)
        out["given_groups"] = checked
        print(describe_check(checked))
    write_json(args.json, out)


def held_sessions(args):
    """The --sessions, --peer-only and --session-minutes options, checked."""
    if args.sessions is None:
        if args.peer_only or args.session_minutes:
            fail("--peer-only and --session-minutes need --sessions N")
        return None
    if args.sessions < 1:
        fail(f"--sessions: expected at least 1 session, got {args.sessions}")
    if args.session_minutes is not None and args.session_minutes < 1:
        fail(f"--session-minutes: expected at least 1 minute, got {args.session_minutes}")
    try:
        peer = {int(n) for n in args.peer_only.split(",") if n.strip()}
    except ValueError:
        fail(f"--peer-only: expected session numbers such as 2,4,5, got {args.peer_only!r}")
    wrong = sorted(n for n in peer if not 1 <= n <= args.sessions)
    if wrong:
        fail(f"--peer-only: session numbers must lie in 1..{args.sessions}, got {wrong}")
    return slot_misses.Sessions(args.sessions, peer, args.session_minutes)


def check_groups(cohort, table):
    """The groups in the file: member-sessions outside availability on their saved slots and on their best slots."""
    rows = []
    for g in cohort.groups:
        members = g["mentors"] + g["mentees"]
        saved = None
        if g["slot"] is not None:
            outside, counted = table.count_slot(members, g["slot"])
            saved = {"outside": outside, "memberSessions": counted}
        best = table.best_slot(members, table.zones_of(members))
        rows.append({"id": g["id"], "members": [cohort.people[p].id for p in members], "saved": saved,
                     "best": {"outside": int(best[1]), "memberSessions": int(best[2]),
                              "slot": table.describe(best[0])}})
    total = {k: sum(r[k]["outside"] for r in rows if r[k]) for k in ("saved", "best")}
    counted = {k: sum(r[k]["memberSessions"] for r in rows if r[k]) for k in ("saved", "best")}
    return {"groups": rows, "outside_saved": total["saved"], "member_sessions_saved": counted["saved"],
            "outside_best": total["best"], "member_sessions_best": counted["best"],
            "all_saved": all(r["saved"] for r in rows)}


def describe_check(c):
    lines = ["groups in the file, counted independently:"]
    for r in c["groups"]:
        saved = "no saved slot" if r["saved"] is None else \
            f"saved slot {r['saved']['outside']} of {r['saved']['memberSessions']}"
        lines.append(f"  {r['id']}: {saved}; best slot {r['best']['outside']} of {r['best']['memberSessions']}"
                     f" ({r['best']['slot']})")
    if c["all_saved"]:
        lines.append(f"  on the saved slots: {c['outside_saved']} of {c['member_sessions_saved']} outside"
                     f" ({pct(c['outside_saved'], c['member_sessions_saved'])})")
    lines.append(f"  on each group's best slot: {c['outside_best']} of {c['member_sessions_best']} outside"
                 f" ({pct(c['outside_best'], c['member_sessions_best'])})")
    return "\n".join(lines)


def pct(a, b):
    return f"{100.0 * a / max(1, b):.1f}%"


def check_writable(path):
    """Refuse an unwritable --json path before solving, not after minutes of work."""
    if not path:
        return
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path) or not os.path.isdir(directory) or not os.access(directory, os.W_OK) or \
            (os.path.exists(path) and not os.access(path, os.W_OK)):
        fail(f"--json: cannot write {path} (expected a file in an existing, writable folder)")


def write_json(path, out):
    if path:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, default=lambda o: o.item() if isinstance(o, np.generic) else str(o))


if __name__ == "__main__":
    main(sys.argv[1:])
