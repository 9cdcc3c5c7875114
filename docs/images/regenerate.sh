#!/usr/bin/env bash
# Regenerates the page images of docs/packet.md and docs/coordinator-guide.md from the demo (bash docs/images/regenerate.sh).
# Needs poppler-utils (pdftotext, pdftoppm); for the HTML screenshots also chromium, Node.js and
# `npm ci --prefix toolkit-export/src/test/browser` (as .ci/run does). One page of each kind: every packet document,
# a fillable form, a personal handbook, the HTML packet at phone width (390 px) and desktop width (1280 px).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/docs-images
rm -rf "$out"
./mentorkit demo --out "$out/demo" >/dev/null
./mentorkit packet --cohort examples/pilot/cohort.json --branding examples/second-society/branding \
    --documents cover --no-forms --out "$out/branded" >/dev/null
demo="$out/demo"
./mentorkit packet --cohort "$demo/groups/groups.json" --branding examples/second-society/branding \
    --per-participant --out "$out/handbooks" >/dev/null
packet=$(find "$demo" -name packet.pdf | head -1)
form=$(find "$demo" -path '*forms/post-program.pdf' | head -1)
handbook=$(find "$out/handbooks" -name '*.pdf' | sort | head -1)
html=$(find "$demo" -name packet.html | head -1)

# The first page after the cover with a line that is exactly the given title (the document's heading).
page_of() {
  pdftotext -layout "$packet" - | awk -v RS='\f' -v title="$1" '
    NR > 1 { n = split($0, lines, "\n"); for (i = 1; i <= n; i++) { line = lines[i]; gsub(/^ +| +$/, "", line);
             if (line == title) { print NR; exit } } }'
}
render() { # pdf page name
  pdftoppm -r 60 -png -f "$2" -l "$2" -singlefile "$1" "docs/images/$3"
}
render "$packet" 1 packet-cover
render "$packet" "$(page_of 'Program overview and timeline')" packet-overview
render "$packet" "$(page_of 'Coordinator guide')" packet-coordinator-guide
render "$packet" "$(page_of 'Mentor and facilitator guide')" packet-mentor-guide
render "$packet" "$(page_of 'Mentee handbook')" packet-mentee-handbook
render "$packet" "$(page_of 'Session guides')" packet-session-guide
render "$packet" "$(page_of 'Group rosters')" packet-rosters
render "$packet" "$(page_of 'Survey instruments')" packet-instruments
render "$packet" "$(page_of 'Evaluation report')" packet-report
render "$form" 1 packet-fillable-form
render "$handbook" 1 packet-personal-handbook
render "$out/branded/packet.pdf" 1 packet-cover-branded

if command -v chromium >/dev/null && [ -d toolkit-export/src/test/browser/node_modules ]; then
  node toolkit-export/src/test/browser/check-html.mjs "$(command -v chromium)" "$html" "$out/html" >/dev/null || true
  cp "$out/html/html-390.png" docs/images/packet-html-phone.png
  cp "$out/html/html-390-rosters.png" docs/images/packet-html-phone-rosters.png
  cp "$out/html/html-1280.png" docs/images/packet-html-desktop.png
fi
echo "docs/images regenerated from $demo"
