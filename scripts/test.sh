#!/usr/bin/env bash
# The project's tests: ./scripts/test.sh [go test flags...]
#
# Starts a throwaway PostgreSQL server on a free port of 127.0.0.1, points
# ARMSLEDGER_TEST_POSTGRES at it, runs `go test ./...` with the given flags,
# then stops the server and deletes its files, on success, failure or Ctrl-C.
#
# PostgreSQL refuses to run as root, so as root the server runs as the
# `postgres` user. Without PostgreSQL binaries the PostgreSQL tests skip,
# except in CI (CI=true), where this script installs them or fails.
# PG_BIN names the directory of initdb and pg_ctl when they are elsewhere.
#
# The dashboard's browser tests use /usr/bin/chromium (or $ARMSLEDGER_CHROMIUM)
# and skip without it, except in CI; their screenshots go to
# $ARMSLEDGER_TEST_OUT/screenshots, ./out/screenshots by default.
set -euo pipefail
cd "$(dirname "$0")/.."
export ARMSLEDGER_TEST_OUT=${ARMSLEDGER_TEST_OUT:-$PWD/out}

note() { printf 'scripts/test.sh: %s\n' "$*" >&2; }
die() { note "$*"; exit 1; }

find_pg_bin() {
	local d
	for d in "${PG_BIN:-}" /usr/lib/postgresql/15/bin; do
		if [[ -n $d && -x $d/initdb && -x $d/pg_ctl ]]; then
			echo "$d"
			return
		fi
	done
	# Another version will do, newest first.
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -rn); do
		if [[ -x $d/initdb && -x $d/pg_ctl ]]; then
			echo "$d"
			return
		fi
	done
}

install_pg() {
	[[ $(id -u) == 0 ]] || die "CI=true and PostgreSQL is missing; installing it needs root"
	command -v apt-get >/dev/null || die "CI=true and PostgreSQL is missing; no apt-get to install it"
	note "installing PostgreSQL 15 with apt-get"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 || die "apt-get update failed"
	if ! apt-get install -y -qq postgresql-15 >&2; then
		note "postgresql-15 is not available; installing the distribution's postgresql"
		apt-get install -y -qq postgresql >&2 || die "apt-get install postgresql failed"
	fi
}

pg_bin=$(find_pg_bin)
if [[ -z $pg_bin && ${CI:-} == true ]]; then
	install_pg
	pg_bin=$(find_pg_bin)
	[[ -n $pg_bin ]] || die "PostgreSQL was installed but initdb and pg_ctl are not under /usr/lib/postgresql/*/bin"
fi

if [[ -z $pg_bin ]]; then
	note "no PostgreSQL binaries (looked in \$PG_BIN and /usr/lib/postgresql/*/bin):"
	note "the PostgreSQL tests will skip. Install postgresql-15 to run them."
	go test ./... "$@"
	exit
fi

# As root, the server's files and process belong to postgres.
as_pg=()
if [[ $(id -u) == 0 ]]; then
	id postgres >/dev/null 2>&1 || die "running as root, but there is no postgres user to run the server as"
	as_pg=(runuser -u postgres --)
fi

# A short path: the server's Unix socket lives in it too.
dir=$(mktemp -d /tmp/armsledger-pg.XXXXXX)
cleanup() {
	if [[ -f $dir/data/postmaster.pid ]]; then
		"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [[ ${#as_pg[@]} -gt 0 ]]; then
	chown postgres: "$dir"
fi

"${as_pg[@]}" "$pg_bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
	>"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

# A port nobody listens on; if another process takes it first, try again.
started=false
for try in 1 2 3 4 5 6 7 8 9 10; do
	port=$((20000 + RANDOM % 40000))
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		continue
	fi
	if "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=300" \
		>/dev/null 2>&1; then
		started=true
		break
	fi
done
if ! $started; then
	cat "$dir/server.log" >&2 2>/dev/null || true
	die "PostgreSQL did not start"
fi
note "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export ARMSLEDGER_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
go test ./... "$@"
