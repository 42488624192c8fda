#!/usr/bin/env bash
# The small, reproducible classroom burst (issue #7, scenario 1): N students (default 30) join one
# class within a minute, tick five options and submit, while the teacher's board is open with push;
# Gatling speaks Vaadin's protocol to the packaged jar (ClassroomBurstSimulation, docs/benchmarks.md).
# Ends with one SUMMARY line: Gatling's assertions (p95 <= 100 ms per interaction, no errors), lost and duplicated
# submissions (CSV export against acknowledgements) and the board's delay after the last submission.
# Usage: scripts/classroom-burst.sh [students, default 30]   (more options: scripts/load-test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/load-test.sh classroom-burst -Dstudents="${1:-30}" -DrampSeconds=60 -DwarmupStudents=10
