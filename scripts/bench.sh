#!/usr/bin/env bash
# Measures the extractor's speed on one core beside the peer's, in one run on
# one corpus: the shared dev and seed passages, repeated to at least 10 MB of
# text. Prints each tool's JSON lines, a table of medians and their ratio, and
# then the Go benchmark (MB/s, allocs/MB).
#
# "One core" is GOMAXPROCS=1 for armsledger; where taskset exists, both tools
# are also pinned to the same single CPU, so that neither gets a second core
# for its garbage collector or compiler threads.
#
# usage: scripts/bench.sh   (from anywhere; needs go, node and npm, and
# ../shared beside the repository). The peer reads about 0.04 MB/s here, so a
# run takes some 15 minutes; it is a tool to run by hand, not a test.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared
runs=3
min_bytes=10000000 # 10 MB, decimal, as MB/s counts them

for f in eval/dev.jsonl eval/seed.jsonl bench/run-peer.sh; do
	if [ ! -e "$shared/$f" ]; then
		echo "bench.sh: $shared/$f is missing: the shared passages and the peer sit beside the repository; nothing measured" >&2
		exit 1
	fi
done
for tool in go node npm; do
	if ! command -v "$tool" >/dev/null; then
		echo "bench.sh: $tool is not installed; nothing measured" >&2
		exit 1
	fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus=$tmp/corpus.jsonl
# awk 1 ends every file with a newline, so no two lines run together.
awk 1 "$shared/eval/dev.jsonl" "$shared/eval/seed.jsonl" >"$corpus"
(cd "$root" && go build -o "$tmp/armsledger" ./cmd/armsledger)

pin=()
if command -v taskset >/dev/null; then
	# The first CPU this process may run on (not always CPU 0 in a container).
	cpu=$(taskset -pc $$ | sed 's/.*: *//; s/[^0-9].*//')
	pin=(taskset -c "$cpu")
fi

# field NAME: the number after "NAME": in a one-line JSON object on stdin.
field() { sed -n "s/.*\"$1\":\([-0-9.eE+]*\).*/\1/p"; }

# Both tools count the bytes of the passages' text alone; one pass gives it.
bytes=$("$tmp/armsledger" bench "$corpus" | field bytes)
repeat=$(((min_bytes + bytes - 1) / bytes))
# Install the peer (npm ci, once) before anything is timed.
"$shared/bench/run-peer.sh" "$corpus" --repeat 1 >/dev/null

echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown); $(go version | cut -d' ' -f3); node $(node --version)"
echo "corpus: $(wc -l <"$corpus") passages, $bytes bytes of text, repeated $repeat times = $((bytes * repeat)) bytes; pinned: ${pin[*]:-no}"
# timed OUT CMD...: runs CMD with its output in OUT and prints the CPU
# seconds (user + system) of the whole process, start-up and reading
# included: unlike the tools' own wall-clock figure, it does not count the
# time the CPU spent on other work on a shared machine.
timed() {
	local out=$1 t
	shift
	if ! t=$({ TIMEFORMAT='%3U %3S' && time "$@" >"$out" 2>"$out.err"; } 2>&1); then
		echo "bench.sh: $* failed:" >&2
		cat "$out.err" >&2
		exit 1
	fi
	awk '{ print $1 + $2 }' <<<"$t"
}

ours=() peer=() ours_cpu=() peer_cpu=()
for i in $(seq "$runs"); do
	cpu=$(timed "$tmp/out" env GOMAXPROCS=1 "${pin[@]}" "$tmp/armsledger" bench "$corpus" --repeat "$repeat")
	printf '%s (process cpu %ss)\n' "$(cat "$tmp/out")" "$cpu"
	ours+=("$(field mb_per_s <"$tmp/out")")
	ours_cpu+=("$(awk -v b="$((bytes * repeat))" -v c="$cpu" 'BEGIN { print b / 1e6 / c }')")
	cpu=$(timed "$tmp/out" "${pin[@]}" "$shared/bench/run-peer.sh" "$corpus" --repeat "$repeat")
	printf '%s (process cpu %ss)\n' "$(cat "$tmp/out")" "$cpu"
	peer+=("$(field mb_per_s <"$tmp/out")")
	peer_cpu+=("$(awk -v b="$((bytes * repeat))" -v c="$cpu" 'BEGIN { print b / 1e6 / c }')")
done

median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }
row() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%-22s %12.3f %16.3f\n", n, a, b }'; }
a=$(median "${ours[@]}") ac=$(median "${ours_cpu[@]}")
p=$(median "${peer[@]}") pc=$(median "${peer_cpu[@]}")
echo
echo "medians of $runs runs; MB/s is the tool's own (extraction only, wall clock); per CPU second is bytes / the process's user+system time"
printf '%-22s %12s %16s\n' tool "MB/s" "MB per CPU s"
row armsledger "$a" "$ac"
row "compromise@14.17.0" "$p" "$pc"
row "ratio armsledger/peer" "$(awk -v a="$a" -v p="$p" 'BEGIN { print a / p }')" "$(awk -v a="$ac" -v p="$pc" 'BEGIN { print a / p }')"
echo

cd "$root"
"${pin[@]}" go test ./extract -run '^$' -bench '^BenchmarkExtract$' -benchmem -cpu 1 -count "$runs"
