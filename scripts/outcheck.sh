#!/usr/bin/env bash
# Writes the extractor's JSON on every gold set, example and corpus text to
# OUT, with the version field left out, so that two revisions can be
# compared byte for byte: a change meant to leave every claim as it was
# (speed work, a cleanup) must give an identical file.
#
# usage: scripts/outcheck.sh OUT   then, on the other revision, cmp the two
set -euo pipefail
out=${1:?usage: scripts/outcheck.sh OUT}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/armsledger" ./cmd/armsledger)
shopt -s nullglob
{
	for f in "$root"/../shared/eval/*.jsonl "$root"/extract/testdata/probes/*.jsonl; do
		echo "== $(basename "$f")"
		"$tmp/armsledger" extract --jsonl "$f"
	done
	for f in "$root"/examples/*.md "$root"/../shared/corpus/*.txt; do
		echo "== $(basename "$f")"
		"$tmp/armsledger" extract --json "$f"
	done
} | sed -E 's/"version":"[^"]*",?//g' >"$out"
