#!/usr/bin/env bash
# Packet benchmarks (figures for the notes, not unit tests). Run from the repository root after
#   mvn -B -q -o -pl toolkit-export install && mvn -B -q -o -pl toolkit-cli package -DskipTests
# Needs: java 17, poppler-utils (for page counts), pandoc + weasyprint (Debian packages) for the comparison,
# hyperfine if present (else each command is timed RUNS times with bash's time).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
OUT=${OUT:-/tmp/mentorkit-bench}
rm -rf "$OUT" && mkdir -p "$OUT"
# JAVA_OPTS as the launcher's MENTORKIT_JAVA_OPTS, e.g. JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC":
# C1 only roughly halves the CPU of a short run (C2 compiler threads otherwise compete for the two cores).
CLI=(java ${JAVA_OPTS:-} -p toolkit-cli/target/mentorkit-cli.jar:toolkit-cli/target/lib -m org.mentorkit.cli/org.mentorkit.cli.Mentorkit)

# Inputs: the example pilot cohort with groups, and a synthetic 1,000-participant cohort.
mvn -B -q -o -pl toolkit-export dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
(cd toolkit-export && java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" \
    org.mentorkit.export.BenchFixtures "$OUT")
RESPONSES="examples/pilot/surveys/pre-program.redcap-records.csv examples/pilot/surveys/post-program.redcap-records.csv"

timeit() { # name, command...
  local name=$1; shift
  if command -v hyperfine >/dev/null; then
    hyperfine --runs "$RUNS" --warmup 0 --export-json "$OUT/$name.json" "$*" | sed -n '1,4p'
  else
    echo "== $name ($RUNS runs)"
    for i in $(seq "$RUNS"); do
      /usr/bin/time -f "%e s real, %U s user, %S s sys (load $(cut -d' ' -f1 /proc/loadavg))" bash -c "$* >/dev/null 2>&1"
    done
  fi
}

echo "JAVA_OPTS=${JAVA_OPTS:-}"
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# 1. Full packet of the example (cohort, groups, evaluation report), PDF and Markdown, cold JVM each run.
timeit packet "${CLI[*]} packet --cohort $OUT/pilot-grouped.json --responses $RESPONSES --format pdf,md --out $OUT/packet"
echo "pages: $(pdfinfo "$OUT/packet/packet.pdf" | awk '/^Pages/ {print $2}')"

# 2. The same Markdown through pandoc + weasyprint (one document, the packet's own stylesheet is not used).
cat "$OUT"/packet/markdown/*.md > "$OUT/packet.md"
timeit pandoc-weasyprint "pandoc -f commonmark+pipe_tables $OUT/packet.md -s --metadata title=Packet -o $OUT/pandoc.html && weasyprint $OUT/pandoc.html $OUT/pandoc.pdf"
echo "pandoc pages: $(pdfinfo "$OUT/pandoc.pdf" | awk '/^Pages/ {print $2}')"
timeit mentorkit-pdf-only "${CLI[*]} packet --cohort $OUT/pilot-grouped.json --responses $RESPONSES --format pdf --no-forms --out $OUT/packet-pdf"

# 3. 1,000 personal handbooks on every core (one cold JVM).
TIMEFORMAT='handbooks: %R s real, %U s user (user/real = cores used)'
time "${CLI[@]}" packet --cohort "$OUT/cohort-1000.json" --per-participant --out "$OUT/handbooks" 2>/dev/null
ls "$OUT/handbooks/handbooks" | wc -l
