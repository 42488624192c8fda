"""Prints the figures of one load test and ends with one SUMMARY line: Gatling's own verdicts (its
assertions, each with the actual value, and its global request count, from the console output), the
server's own time per request type (Tomcat access log, %D in microseconds, warm-up requests left out)
and the classroom burst's own figures. Called by scripts/load-test.sh; the budgets themselves are
Gatling assertions in the simulations, which fail the run."""
import math
import re
import sys
import time
from pathlib import Path

gatling_out, access_log, kind, layout, heap, load_before, load_after = sys.argv[1:8]
# The classroom burst's own figures (ClassroomBurstSimulation): lost/duplicated submissions, board delay.
burst_file = Path(sys.argv[8]) if len(sys.argv) > 8 else None

console = Path(gatling_out).read_text(encoding="utf-8", errors="replace").splitlines()
# Gatling prints each assertion as "<what> : true|false (actual : <value>)" after the run.
assertions = list(dict.fromkeys(line.strip() for line in console if re.search(r" : (true|false)( \(actual : [^)]*\))?\s*$", line)))
print("Gatling's assertions:")
for line in assertions:
    print("  " + line)
# Its "Global Information" table: "> request count   |  Total |  OK |  KO" ("-" for none).
counts = [[cell.strip() for cell in line.split("|")] for line in console if line.startswith("> request count")]
total, ko = (counts[-1][1], "0" if counts[-1][3] == "-" else counts[-1][3]) if counts else ("?", "?")
print(f"Gatling's requests, warm-up included: {total}, KO {ko}")

def request_type(method, url):
    if method == "POST" and "v-r=uidl" in url:
        return "UIDL event"
    if method == "POST" and "v-r=heartbeat" in url:
        return "heartbeat"
    if method == "GET" and url.startswith("/s/"):
        return "GET /s/{token}"
    if method == "GET" and url.startswith("/compare"):
        return "GET /compare"
    if method == "GET" and (url == "/" or url.startswith("/?")):
        return "GET / (builder)"
    if method == "GET" and url.startswith("/join"):
        return "GET /join"
    if method == "GET" and url.startswith("/t/") and url.endswith("/export.csv"):
        return "GET /t/{token}/export.csv"
    return None


def percentile(sorted_values, p):
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


times, errors = {}, {}
log = Path(access_log)
if log.exists():
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split(" ")
        if len(parts) < 5 or parts[4] != "measured":
            continue
        # %U%q: Tomcat writes "-" for an empty query string.
        url = parts[1][:-1] if parts[1].endswith("-") and "?" not in parts[1] else parts[1]
        kind_of = request_type(parts[0], url)
        if kind_of:
            times.setdefault(kind_of, []).append(int(parts[3]) / 1000)
            if parts[2] != "200":
                errors[kind_of] = errors.get(kind_of, 0) + 1
print("Server time from Tomcat's access log (ms): request | count | non-200 | p50 | p95 | p99 | max")
server = {}
for name, values in sorted(times.items()):
    values.sort()
    server[name] = (len(values), errors.get(name, 0), percentile(values, 50), percentile(values, 95),
                    percentile(values, 99), values[-1])
    print("  %s | %d | %d | %.1f | %.1f | %.1f | %.1f" % ((name,) + server[name]))

failed = [line for line in assertions if " : false" in line]
parts = [f"Gatling assertions {len(assertions) - len(failed)} of {len(assertions)} hold"]
parts += [f"FAILED {line}" for line in failed]
parts += [f"server {n} p95 {s[3]:.1f} ms" for n, s in server.items()]
burst = ""
if burst_file and burst_file.exists():
    figures = dict(line.split("=", 1) for line in burst_file.read_text(encoding="utf-8").split())
    print("Classroom: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    burst = (f"; students {figures['students']}, acknowledged {figures['acknowledged']}, exported "
             f"{figures['exported']}, lost {figures['lost']}, duplicated {figures['duplicated']}, "
             f"board delay {figures['boardDelayMs']} ms")
elif burst_file:
    burst = "; no classroom result (the board scenario did not finish)"
print(f"SUMMARY {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} {kind}, {layout}, heap {heap}: "
      f"{'; '.join(parts)}; KO {ko} (warm-up included){burst}; load average {load_before} -> {load_after}")
