"""Exact time-zone bounds for a gen_cohort.py cohort under groups of 1 mentor + K mentees (every mentor leads one
group): the most groups whose spread (largest circular pairwise difference) is at most 3 h, and the least possible mean
spread, each by an integer programme over zone counts (scipy.optimize.milp). Interests and non-isolation are ignored,
so these are bounds: no grouping does better.

Usage: python3 benchmarks/tz_bounds.py [--mentees MIN-MAX] COHORT.csv...   (needs NumPy and SciPy 1.9 or later)
Without --mentees every group has exactly mentees // mentors mentees; with it, any number from MIN to MAX (the program
setting groupPolicy.sizes: WITHIN_POLICY), still one mentor per group and every mentor leading one.
A group whose members lie in no half of the 24-hour clock has a spread of at least 8 h (three of them split the clock
into arcs below 12 h each, so one arc is at least 8 h); every other group fits an arc from one member's zone to
another's whose length is its spread."""
import csv, sys, collections
import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds

def load(path):
    rows = list(csv.DictReader(open(path)))
    mentees = collections.Counter(float(r["UTC"]) for r in rows if r["Role"] == "mentee")
    mentors = collections.Counter(float(r["UTC"]) for r in rows if r["Role"] == "mentor")
    return mentees, mentors

def arcs(zones):
    """Every clockwise arc from zone l to zone r (length up to 12 h): its length and the zones it covers; plus any group."""
    out = []
    for l in zones:
        for r in zones:
            length = (r - l) % 24
            if length <= 12:
                covered = [z for z in zones if (z - l) % 24 <= length]
                out.append((length, covered))
    # Any group at all: its members may lie in no half of the clock, and then its spread is at least 24/3 = 8 h.
    out.append((8.0, list(zones)))
    return out

def solve(mentees, mentors, kmin, kmax, objective):
    zones = sorted(set(mentees) | set(mentors))
    A = arcs(zones)
    nz = len(zones)
    # variables per arc: y (groups), a_z (mentors from z), b_z (mentees from z)
    per = 1 + 2 * nz
    nv = per * len(A)
    c = np.zeros(nv)
    rows, lo, hi = [], [], []
    def row():
        r = np.zeros(nv); rows.append(r); return r
    for x, (length, covered) in enumerate(A):
        base = x * per
        c[base] = objective(length)
        r = row(); r[base] = -1
        for j, z in enumerate(zones):
            if z in covered: r[base + 1 + j] = 1
        lo.append(0); hi.append(0)
        # kmin to kmax mentees per group on this arc
        for k, low, high in ((kmin, 0, np.inf), (kmax, -np.inf, 0)):
            r = row(); r[base] = -k
            for j, z in enumerate(zones):
                if z in covered: r[base + 1 + nz + j] = 1
            lo.append(low); hi.append(high)
    for j, z in enumerate(zones):
        r = row()
        for x in range(len(A)): r[x * per + 1 + j] = 1
        lo.append(mentors.get(z, 0)); hi.append(mentors.get(z, 0))
        r = row()
        for x in range(len(A)): r[x * per + 1 + nz + j] = 1
        lo.append(mentees.get(z, 0)); hi.append(mentees.get(z, 0))
    ub = np.full(nv, np.inf)
    for x, (length, covered) in enumerate(A):
        for j, z in enumerate(zones):
            if z not in covered:
                ub[x * per + 1 + j] = 0; ub[x * per + 1 + nz + j] = 0
    res = milp(c, constraints=LinearConstraint(np.array(rows), lo, hi), integrality=np.ones(nv),
               bounds=Bounds(np.zeros(nv), ub))
    assert res.success, res.message
    return res.fun

def refuse(message):
    print(f"tz_bounds.py: {message}", file=sys.stderr)
    sys.exit(2)

def sizes(text):
    try:
        low, high = (int(t) for t in text.split("-"))
    except ValueError:
        low = high = 0
    if not 1 <= low <= high:
        refuse(f"--mentees must be MIN-MAX with 1 <= MIN <= MAX, got {text!r}")
    return low, high

args = sys.argv[1:]
size_range = None
if args[:1] == ["--mentees"]:
    if len(args) < 2:
        refuse("--mentees needs MIN-MAX")
    size_range = sizes(args[1])
    args = args[2:]
for path in args:
    mentees, mentors = load(path)
    groups = sum(mentors.values())
    kmin, kmax = size_range or (sum(mentees.values()) // groups,) * 2
    over3 = solve(mentees, mentors, kmin, kmax, lambda length: 1 if length > 3 else 0)
    spread = solve(mentees, mentors, kmin, kmax, lambda length: length)
    label = f"{kmin}-{kmax} mentees" if kmin != kmax else f"{kmin} mentees"
    print(f"{path} ({label}): at least {round(over3)} of {groups} groups over 3 h; mean spread at least"
          f" {spread / groups:.2f} h")
