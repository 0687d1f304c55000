package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"armsledger"
	"armsledger/ingest"
	"armsledger/internal/pipeline"
	"armsledger/internal/testcorpus"
	"armsledger/internal/testdb"
)

// workerDocs is the size of the worker test's corpus.
const workerDocs = 300

// TestWorkersShareQueueAndSurviveSIGKILL enqueues 300 documents, starts
// three worker processes, kills with SIGKILL the one that leads (and so
// runs River's maintenance) while it holds running jobs, and checks that
// the other two finish every job, the killed worker's ones through the new
// leader's rescuer, with every document stored once with exactly the
// claims a fresh extraction gives, and nothing left running or failed.
func TestWorkersShareQueueAndSurviveSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds the binary and runs three workers for about 20 s")
	}
	dsn := testdb.Postgres(t)
	bin := buildBinary(t)
	corpus := t.TempDir()
	if _, err := testcorpus.WriteFiles(corpus, 0, workerDocs); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(bin, append(args, "--db", dsn)...).Output()
		if err != nil {
			t.Fatalf("armsledger %s: %v\n%s", strings.Join(args, " "), err, stderrOf(err))
		}
		return string(out)
	}
	if out := run("ingest", "--enqueue", corpus); out != "300 enqueued, 0 already queued\n" {
		t.Fatalf("enqueue: %q", out)
	}
	if out := run("ingest", "--enqueue", corpus); out != "0 enqueued, 300 already queued\n" {
		t.Fatalf("enqueue again: %q", out)
	}

	conn, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	// A short rescue delay, so that the test takes seconds, and a rate cap,
	// so that jobs are still running when the leader is killed.
	workerArgs := []string{"worker", "--db", dsn, "--concurrency", "4", "--max-rate", "40",
		"--job-timeout", "1s", "--rescue-after", "2s", "--retry-base", "10ms", "--stop-timeout", "5s"}
	workers := make(map[int]*exec.Cmd)
	exited := make(map[int]chan error)
	stderrs := make(map[int]*bytes.Buffer)
	for range 3 {
		cmd := exec.Command(bin, workerArgs...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		pid := cmd.Process.Pid
		workers[pid], exited[pid], stderrs[pid] = cmd, make(chan error, 1), &stderr
		go func() { exited[pid] <- cmd.Wait() }()
	}
	defer func() {
		for pid, cmd := range workers {
			cmd.Process.Kill()
			if t.Failed() {
				t.Logf("worker %d's stderr:\n%s", pid, stderrs[pid])
			}
		}
	}()

	// Wait for a leader among the workers that holds running jobs.
	var victim int
	var held []int64
	deadline := time.Now().Add(30 * time.Second)
	for victim == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no leader with running jobs within 30 s")
		}
		var leader string
		err := conn.QueryRow(t.Context(), `SELECT leader_id FROM river_leader`).Scan(&leader)
		if err == nil {
			rows, _ := conn.Query(t.Context(), `SELECT id FROM river_job WHERE state = 'running'
				AND attempted_by[array_length(attempted_by, 1)] = $1`, leader)
			ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
			if err == nil && len(ids) > 0 {
				pid, _ := strconv.Atoi(leader[strings.LastIndexByte(leader, '-')+1:])
				if workers[pid] == nil {
					t.Fatalf("leader %q is none of the workers", leader)
				}
				victim = pid
				continue
			}
		} else if !errors.Is(err, pgx.ErrNoRows) {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := workers[victim].Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited[victim]
	delete(workers, victim)
	rows, _ := conn.Query(t.Context(), `SELECT id FROM river_job WHERE state = 'running'
		AND attempted_by[array_length(attempted_by, 1)] LIKE $1`, "%-"+strconv.Itoa(victim))
	held, err = pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil || len(held) == 0 {
		t.Fatalf("the killed leader left %d running jobs (%v); want some to rescue", len(held), err)
	}
	t.Logf("killed the leader, pid %d, holding %d running jobs", victim, len(held))

	// The survivors finish: the killed worker's jobs come back once one of
	// them leads and its rescuer runs.
	var counts map[string]int
	deadline = time.Now().Add(60 * time.Second)
	for {
		counts = make(map[string]int)
		rows, _ := conn.Query(t.Context(), `SELECT state::text, count(*)::int FROM river_job GROUP BY state`)
		var state string
		var n int
		_, err := pgx.ForEachRow(rows, []any{&state, &n}, func() error { counts[state] = n; return nil })
		if err != nil {
			t.Fatal(err)
		}
		if counts["completed"] == workerDocs || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if counts["completed"] != workerDocs || len(counts) != 1 {
		t.Fatalf("jobs by state: %v, want all %d completed", counts, workerDocs)
	}
	var rescued int
	err = conn.QueryRow(t.Context(), `SELECT count(*) FROM river_job WHERE id = ANY($1) AND attempt >= 2
		AND errors[1]->>'error' LIKE 'Stuck job rescued%'`, held).Scan(&rescued)
	if err != nil || rescued != len(held) {
		t.Errorf("%d of the %d held jobs were rescued and completed (%v)", rescued, len(held), err)
	}
	out := run("jobs")
	if want := fmt.Sprintf("0 available, 0 running, 0 retryable, %d completed, 0 cancelled, 0 discarded\n", workerDocs); out != want {
		t.Errorf("jobs: %q, want %q", out, want)
	}

	// Graceful stop of the survivors.
	for pid, cmd := range workers {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-exited[pid]:
			if err != nil {
				t.Errorf("worker %d after SIGTERM: %v\n%s", pid, err, stderrs[pid])
			}
		case <-time.After(20 * time.Second):
			t.Errorf("worker %d did not stop within 20 s of SIGTERM", pid)
		}
	}

	// Every document once, with exactly a fresh extraction's claims.
	s := testdb.Open(t, dsn)
	docs, err := s.Documents(t.Context(), armsledger.DocumentFilter{})
	if err != nil || len(docs) != workerDocs {
		t.Fatalf("%d documents stored, want %d (%v)", len(docs), workerDocs, err)
	}
	files, _ := ingest.Expand([]string{corpus})
	for _, f := range files {
		text, err := ingest.ReadFile(f, 0)
		if err != nil {
			t.Fatal(err)
		}
		want := pipeline.Extract(text, time.Now())
		stored, err := s.Claims(t.Context(), armsledger.ClaimFilter{DocumentID: want.Document.ID, Raw: true})
		if err != nil {
			t.Fatal(err)
		}
		var got []armsledger.Claim
		for _, c := range stored {
			got = append(got, c.Claim)
		}
		if !equalJSON(t, got, want.Claims) {
			t.Errorf("%s: stored claims %s, want %s", f, toJSON(t, got), toJSON(t, want.Claims))
		}
	}
}
