#!/usr/bin/env bash
# Scores the extractor on every gold set it has: ../shared's seed and dev,
# and each probe set under extract/testdata/probes. Prints one line per set
# (strict TP, FP, FN and F1) and then the unread exams (exam*-held) pooled,
# the figure that says how the rules carry to text they were not shaped on.
# Compare two revisions' outputs line by line to see what a change moved.
#
# usage: scripts/probes.sh   (from anywhere; ../shared is optional)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/armsledger" ./cmd/armsledger)
sets=()
for f in "$root/../shared/eval/seed.jsonl" "$root/../shared/eval/dev.jsonl"; do
	[ -e "$f" ] && sets+=("$f")
done
sets+=("$root"/extract/testdata/probes/*.jsonl)
for f in "${sets[@]}"; do
	"$tmp/armsledger" eval "$f" | awk -v n="$(basename "$f" .jsonl)" '/^strict/ {printf "%-18s TP %5d  FP %5d  FN %5d  F1 %s\n", n, $5, $6, $7, $4}'
done | tee "$tmp/scores"
awk '$1 ~ /^exam[0-9]+-held$/ {tp += $3; fp += $5; fn += $7; n++}
	END {if (n) {p = tp/(tp+fp); r = tp/(tp+fn); printf "unread exams pooled (%d): TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f\n", n, tp, fp, fn, p, r, 2*p*r/(p+r)}}' "$tmp/scores"
