#!/usr/bin/env bash
# Synthetic selection period for the selection benchmarks (issue 4). Connects to the system's database by
# JDBC and loads, with PostgreSQL COPY, one CPNS period of its own fiscal year (so its NIKs meet no other
# data) with the TA 2024 thresholds (65/80/166, 311/85, 286/60):
#  - 35 work units (OPD names; codes BENCH-OPD-01..35, shared by reruns), FORMATIONS formations: positions
#    with their education, categories ~85 % GENERAL, 5 % CUMLAUDE, 3 % DISABILITY, 2 % PAPUA, 2 %
#    DISADVANTAGED_REGION, 1.5 % DIASPORA, 1.5 % KALIMANTAN; quota 1-5 (55 % 1, 25 % 2);
#  - APPLICATIONS applications, status MS, source IMPORT, registration numbers <PERIOD>-0000001..., valid
#    NIKs (region + district, birth day (+40 for women), month, year, serial; unique), Indonesian names,
#    birth dates 1990-2003, GPA 2.75-4.00, spread log-normally over the formations (a few draw thousands,
#    the median a few dozen);
# and writes, deterministically (fixed seed), into ASN_DATA_OUT:
#  - skd-scores.csv: registration_number,twk,tiu,tkp,attendance; 95 % PRESENT, 0.2 % DISQUALIFIED, the rest
#    ABSENT; TWK ~ N(85,18) and TIU ~ N(90,22) in steps of 5, TKP ~ N(168,15), clipped to their maxima and
#    correlated through a common ability factor;
#  - skb-scores.csv: registration_number,cat_score,cat_max,extra_score,extra_max for 95 % of those who
#    proceed to SKB by the generator's own §1.5 ranking; CAT out of 500, no extra test.
# Refuses when the period (or any period of its fiscal year) exists; ASN_CSV_ONLY=1 writes only the CSVs.
# Settings: see selection-common.sh, and ASN_APPLICATIONS (1000000), ASN_FORMATIONS (20000), ASN_SEED
# (20261128), ASN_FISCAL_YEAR (2090).
set -euo pipefail
source "$(dirname "$0")/selection-common.sh"
applications=${ASN_APPLICATIONS:-1000000}
formations=${ASN_FORMATIONS:-20000}
seed=${ASN_SEED:-20261128}
year=${ASN_FISCAL_YEAR:-2090}
echo "== ASN Sofifi synthetic selection period ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(load)) =="
bench generate "$period" "$year" "$applications" "$formations" "$seed" "$out" ${ASN_CSV_ONLY:+csv-only}
ls -l "$out"/skd-scores.csv "$out"/skb-scores.csv | awk '{ print "  " $9 ": " $5 " bytes" }'
sha256sum "$out"/skd-scores.csv "$out"/skb-scores.csv | sed 's/^/  sha256 /'
echo "load after: $(load)"
