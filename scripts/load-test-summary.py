"""Prints the figures of one load test: Gatling's response times per request type (from the report's
statistics table) and the server's own time per request type (Tomcat access log, %D in microseconds),
warm-up requests left out, then one SUMMARY line. Called by scripts/load-test.sh."""
import html
import math
import re
import sys
import time
from pathlib import Path

report, access_log, kind, layout, heap, load_before, load_after = sys.argv[1:8]
# The classroom burst's own figures (ClassroomBurstSimulation): lost/duplicated submissions, board delay.
burst_file = Path(sys.argv[8]) if len(sys.argv) > 8 else None

page = Path(report, "index.html").read_text(encoding="utf-8")
rows = []
for name, cells in re.findall(r'class="ellipsed-name">([^<]*)</span>(.*?)</tr>', page, re.S):
    values = dict(re.findall(r'<td class="value [a-z ]*col-(\d+)">([^<]*)', cells))
    rows.append((html.unescape(name), values))
print("Gatling, client side (ms): request | count | KO | p50 | p75 | p95 | p99 | max | rps")
gatling = {}
for name, v in rows:
    if name.startswith("warm-up") or name == "All Requests":
        continue
    gatling[name] = v
    print(f"  {name} | {v.get('2')} | {v.get('4')} | {v.get('8')} | {v.get('9')} | {v.get('10')} | {v.get('11')} | {v.get('12')} | {v.get('6')}")


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

ko = sum(int(v.get("4", "0").replace(",", "") or 0) for v in gatling.values())
parts = [f"{n} p95 {v.get('10')} ms" for n, v in gatling.items()]
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
      f"{'; '.join(parts)}; KO {ko}{burst}; load average {load_before} -> {load_after}")
