#!/usr/bin/env bash
# Measures queue ingest: ./scripts/bench-workers.sh POSTGRES_URL [DOCS] [WORKERS...]
#
# Writes DOCS generated articles (default 5000), and for each count of
# worker processes (default 1 2 4) enqueues them into a fresh schema of the
# server at POSTGRES_URL, starts that many `armsledger worker` processes
# (each --concurrency = nproc) and times them until every job is completed.
# The last run's first worker writes a CPU profile to $OUT/worker.pprof.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:?usage: bench-workers.sh POSTGRES_URL [DOCS] [WORKERS...]}
docs=${2:-5000}
shift $(( $# >= 2 ? 2 : 1 ))
counts=("${@:-1 2 4}")
[[ $# -gt 0 ]] || counts=(1 2 4)
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)
OUT=${OUT:-$(mktemp -d /tmp/armsledger-bench.XXXXXX)}
go build -o "$OUT/armsledger" ./cmd/armsledger
go run ./internal/testcorpus/gen "$OUT/corpus" "$docs"
echo "nproc $(nproc); $docs documents; PostgreSQL $("$psql" "$url" -Atc 'SHOW server_version')"
sep='?'; [[ $url == *\?* ]] && sep='&'
for n in "${counts[@]}"; do
	schema=bench_w$n
	"$psql" "$url" -qc "SET client_min_messages = warning; DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null
	db="$url${sep}search_path=$schema"
	"$OUT/armsledger" ingest --enqueue "$OUT/corpus" --db "$db" >/dev/null
	pids=()
	start=$(date +%s.%N)
	for i in $(seq "$n"); do
		prof=()
		[[ $i == 1 ]] && prof=(--cpuprofile "$OUT/worker-$n.pprof")
		"$OUT/armsledger" worker --db "$db" "${prof[@]}" >/dev/null 2>"$OUT/worker-$n-$i.log" &
		pids+=($!)
	done
	until [[ $("$psql" "$url" -Atc "SELECT count(*) FROM $schema.river_job WHERE state = 'completed'") == "$docs" ]]; do
		sleep 0.1
	done
	end=$(date +%s.%N)
	kill -TERM "${pids[@]}"
	wait "${pids[@]}" || true
	stored=$("$psql" "$url" -Atc "SELECT count(*) FROM $schema.documents")
	awk -v n="$n" -v d="$docs" -v s="$start" -v e="$end" -v st="$stored" \
		'BEGIN { printf "%d worker(s): %d documents stored in %.2f s: %.0f documents/s\n", n, st, e - s, d / (e - s) }'
done
echo "profiles: $OUT/worker-*.pprof (go tool pprof -top $OUT/armsledger FILE)"
