#!/usr/bin/env bash
# SKD ranking (issue 4, benchmark 1), against a running system and a period made by selection-data.sh:
#  0. loads the period's skd-scores.csv straight into skd_score (COPY into a staging table, one INSERT ...
#     SELECT; job_execution_id 0, the period's earlier scores replaced), so that the ranking is measured, not
#     the import;
#  1. times one hand-written window-function statement that computes the same §1.4-1.5 ranking into a bare
#     table bench_skd_rank (INSERT ... SELECT, rank() over the formation, 3 x quota cut-off) - before the job;
#  2. deletes the period's results, then runs the skd-ranking job twice: the first run writes every result,
#     the re-run (same input) finds them unchanged; each POST /api/v1/periods/{code}/skd-rankings, then
#     GET /api/v1/jobs/{id} every 0.5 s; wall clock from the POST to COMPLETED seen, and startedAt -> endedAt;
#  3. times the SQL statement again (after the job: same cache state as the job had at its end);
#  4. compares bench_skd_rank with skd_result row by row (code and rank per application must be identical);
#  5. for the reading of the gap: the same statement into bench_skd_result, a table shaped like skd_result
#     (LIKE ... INCLUDING ALL: its primary key and index, what the job's writer pays for every row).
# The job's last step audits a SHA-256 digest over all results (RankingAudit); its time is in the job's.
# Prints the times and the ratio job / SQL; exits non-zero when the job does not complete or a row differs.
# Settings: see selection-common.sh.
set -euo pipefail
source "$(dirname "$0")/selection-common.sh"
csv=$out/skd-scores.csv
[ -f "$csv" ] || { echo "$csv missing: run docs/benchmarks/selection-data.sh first" >&2; exit 1; }
rows=$(( $(wc -l <"$csv") - 1 ))

echo "== ASN Sofifi SKD ranking ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, period $period, $rows applications) =="
echo "scores: $(bench load-skd "$period" "$csv")   [load $(load)]"

read -r sql1_ms sql1_rows < <(bench sql-rank "$period")
echo "SQL statement, before the job:  $(secs "$sql1_ms") s ($sql1_rows rows into bench_skd_rank)   [load $(load)]"

echo "results of the period cleared: $(bench clear-results "$period") rows deleted, table vacuumed"
run_job "skd-ranking" "/api/v1/periods/$period/skd-rankings"
echo "skd-ranking job $job_id $job_state, first run (every result written): wall $(secs "$wall_ms") s (POST to" \
  "COMPLETED seen), job $(secs "$job_ms") s (startedAt to endedAt, including the audit step)   [load $(load)]"
[ "$job_state" = COMPLETED ] || { echo "  job $job_id: $job_json" | cut -c1-2000 >&2; exit 1; }
first_wall_ms=$wall_ms first_job_ms=$job_ms
run_job "skd-ranking" "/api/v1/periods/$period/skd-rankings"
echo "skd-ranking job $job_id $job_state, re-run (same input, results unchanged): wall $(secs "$wall_ms") s," \
  "job $(secs "$job_ms") s   [load $(load)]"
[ "$job_state" = COMPLETED ] || { echo "  job $job_id: $job_json" | cut -c1-2000 >&2; exit 1; }

read -r sql2_ms sql2_rows < <(bench sql-rank "$period")
echo "SQL statement, after the job:   $(secs "$sql2_ms") s ($sql2_rows rows into bench_skd_rank)   [load $(load)]"

comparison=$(bench compare "$period")
echo "$comparison"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "ratio job / SQL, first run: wall $(ratio "$first_wall_ms" "$sql1_ms") / $(ratio "$first_wall_ms" "$sql2_ms")" \
  "(SQL before / after); job time $(ratio "$first_job_ms" "$sql1_ms") / $(ratio "$first_job_ms" "$sql2_ms")"
echo "ratio job / SQL, re-run: wall $(ratio "$wall_ms" "$sql1_ms") / $(ratio "$wall_ms" "$sql2_ms");" \
  "job time $(ratio "$job_ms" "$sql1_ms") / $(ratio "$job_ms" "$sql2_ms")"
echo "targets: job <= 60 s and <= 2 x the SQL statement"
read -r sql3_ms sql3_rows < <(bench sql-rank "$period" shaped)
echo "SQL statement into a table shaped like skd_result (PK, index): $(secs "$sql3_ms") s ($sql3_rows rows)   [load $(load)]"
grep -q ' 0 only in the SQL ranking, 0 only in skd_result, 0 with a different code or rank' <<<"$comparison"
