#!/usr/bin/env bash
# Counts the instructions one BenchmarkExtract operation executes (the
# extractor over the shared passages repeated to 10 MB), with cachegrind.
# On a shared machine wall-clock timings swing by ±15% from run to run; this
# count is deterministic to about 0.1%, so it is what to compare when a change
# is meant to make the extractor cheaper. It runs with the collector off
# (GOGC=off): collection work depends on timing and would add noise, so it is
# not counted. It takes (Ir of 3 operations - Ir of 1) / 2, which leaves out
# loading the corpus.
#
# usage: scripts/instructions.sh [REV]   (needs valgrind and ../shared)
# With REV (a commit, branch or tag), it also counts that revision's
# extractor, built from a temporary worktree, and prints both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 1; }
[ -e "$root/../shared/eval/dev.jsonl" ] || { echo "instructions.sh: $root/../shared/eval/dev.jsonl is missing" >&2; exit 1; }
tmp=$(mktemp -d)
cleanup() {
	if [ -d "$tmp/rev" ]; then git -C "$root" worktree remove --force "$tmp/rev" >/dev/null 2>&1 || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT

# refs BIN N: instructions of N operations of BIN, run from the extract folder.
# Go's asynchronous preemption signals the running thread, and valgrind 3.19
# sometimes dies on them without a word (no "I refs" line), so preemption is
# off and a run that prints no count is tried again, up to three times.
refs() {
	local n
	for _ in 1 2 3; do
		n=$(cd "$root/extract" && GODEBUG=asyncpreemptoff=1 GOGC=off GOMAXPROCS=1 \
			valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
			"$1" -test.run '^$' -test.bench '^BenchmarkExtract$' \
			-test.benchtime "${2}x" -test.cpu 1 2>&1 | sed -n 's/.*I *refs: *//p' | tr -d ,)
		if [ -n "$n" ]; then
			echo "$n"
			return
		fi
	done
	echo "instructions.sh: valgrind gave no count for $1 after three tries" >&2
	exit 1
}
count() { # count LABEL BIN
	local one three
	one=$(refs "$2" 1)
	three=$(refs "$2" 3)
	printf '%-12s %6d million instructions per 10 MB\n' "$1" $(((three - one) / 2000000))
}

(cd "$root" && go test -c -o "$tmp/now.test" ./extract)
count "working tree" "$tmp/now.test"
if [ $# -gt 0 ]; then
	git -C "$root" worktree add --detach "$tmp/rev" "$1" >/dev/null 2>&1
	(cd "$tmp/rev" && go test -c -o "$tmp/rev.test" ./extract)
	count "$1" "$tmp/rev.test"
fi
