"""Independent re-scorer for `benchmarks.jar mdgp` output: python3 rescore_mdgp.py INSTANCE.txt OUTPUT.txt

Reads the instance and the printed partition, checks every group size against its bounds and recomputes the
objective (sum of d over pairs in the same group) without any of the engine's code."""
import sys
inst, out = sys.argv[1], sys.argv[2]
lines = open(inst).read().split("\n")
head = lines[0].split()
n, m = int(head[0]), int(head[1])
bounds = [(int(head[3 + 2 * g]), int(head[4 + 2 * g])) for g in range(m)]
part = None
for ln in open(out):
    if ln.startswith("partition "):
        part = [int(x) for x in ln.split()[1:]]
    if ln.startswith("objective "):
        printed = float(ln.split()[1])
assert part is not None and len(part) == n, "partition missing or of the wrong length"
sizes = [part.count(g) for g in range(m)]
bad = [(g, sizes[g], bounds[g]) for g in range(m) if not bounds[g][0] <= sizes[g] <= bounds[g][1]]
total = 0.0
for ln in lines[1:]:
    t = ln.split()
    if len(t) == 3 and part[int(t[0])] == part[int(t[1])]:
        total += float(t[2])
print(f"recomputed {total:.6f} printed {printed:.6f} sizes_ok {not bad} {bad if bad else ''}")
