#!/usr/bin/env bash
# Every benchmark that compares Guild with a baseline measured in the same run, and the tables in
# docs/performance.md between the bench.sh markers: machine, date, min / median / max over rounds, and
# each figure as a ratio to its baseline. Builds Release first; makes its own data (the demo
# community, a 100,000-article cache with fixed contents). Load comes from real tools: wrk (Debian) for
# HTTP, the npm `ws` package for WebSocket clients and for the baseline broadcast server.
#   ./scripts/bench.sh                 everything (about 5 minutes on 2 cores)
#   GUILD_BENCH_ROUNDS=5 GUILD_BENCH_SECONDS=10 ./scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/common.sh
source scripts/common.sh
# Thousands of sockets on both sides of the chat benchmark.
ulimit -n "$(ulimit -Hn)"
rounds=${GUILD_BENCH_ROUNDS:-3}
seconds=${GUILD_BENCH_SECONDS:-8}

./scripts/install-deps.sh
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
for tool in wrk node npm xvfb-run; do
  if ! command -v "$tool" >/dev/null; then
    case $tool in
      node | npm) $SUDO apt-get install -y -qq nodejs npm >/dev/null ;;
      *) $SUDO apt-get install -y -qq "$tool" >/dev/null ;;
    esac
  fi
done
(cd bench/ws && npm ci --no-audit --no-fund --silent)

echo "== build (Release, ci preset)"
cmake --preset ci >/dev/null
cmake --build build --target guild-server bench_coldstart bench_frames bench_minimalqt bench_analytics >/dev/null

work=$(mktemp -d /tmp/guild-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if declare -F pg_cluster_stop >/dev/null; then pg_cluster_stop; fi
  if [ -f "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
results="$work/results.jsonl"
: > "$results"
record() { # group name round value unit [baseline-name]
  printf '{"group":"%s","name":"%s","round":%s,"value":%s,"unit":"%s","baseline":"%s"}\n' "$@" >> "$results"
}
start_server() { # port dir [options]
  local port=$1 dir=$2
  shift 2
  build/bin/guild-server --listen "127.0.0.1:$port" --data "$dir" "$@" > "$dir.out" 2> "$dir.log" &
  pids+=($!)
  for _ in $(seq 1 600); do
    grep -q "listening on" "$dir.out" 2>/dev/null && return 0
    sleep 0.1
  done
  cat "$dir.log" >&2
  return 1
}
token_of() { # port user
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"guild-demo\"}" \
    "http://127.0.0.1:$1/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
wrk_rps() { # url [header] -> "requests_per_second p50_ms p99_ms"
  local out
  if [ $# -gt 1 ]; then
    out=$(wrk -t2 -c64 -d"${seconds}s" --latency -H "$2" "$1")
  else
    out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$1")
  fi
  python3 - "$out" <<'PY'
import re, sys
text = sys.argv[1]
def ms(label):
    m = re.search(r"^\s+%s\s+([\d.]+)(us|ms|s)" % label, text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors:
    sys.exit("wrk saw %s failed responses" % errors.group(1))
print(rps, ms("50%"), ms("99%"))
PY
}

echo "== HTTP: guild-server (SQLite, demo) next to nginx serving the same feed page from a file"
port=$(free_port)
start_server "$port" "$work/http"  --demo --demo-quiet
token=$(token_of "$port" premium)
auth="Authorization: Bearer $token"
mkdir -p "$work/static"
curl -fsS -H "$auth" "http://127.0.0.1:$port/api/v1/articles?limit=20" > "$work/static/feed.json"
article=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["articles"][5]["id"])' "$work/static/feed.json")
nginx_port=$(free_port)
cat > "$work/static.conf" <<CONF
keepalive_requests 1000000;
server {
    listen 127.0.0.1:$nginx_port;
    location / { root $work/static; default_type application/json; }
}
CONF
start_nginx "$work" "$work/static.conf" 2 off
for round in $(seq 1 "$rounds"); do
  read -r rps p50 p99 <<< "$(wrk_rps "http://127.0.0.1:$nginx_port/feed.json")"
  record http "nginx: the same feed page from a file" "$round" "$rps" "req/s" ""
  read -r rps p50 p99 <<< "$(wrk_rps "http://127.0.0.1:$port/api/v1/articles?limit=20" "$auth")"
  record http "GET /articles?limit=20" "$round" "$rps" "req/s" "nginx: the same feed page from a file"
  record http_p50 "GET /articles?limit=20, p50" "$round" "$p50" "ms" ""
  record http_p99 "GET /articles?limit=20, p99" "$round" "$p99" "ms" ""
  read -r rps p50 p99 <<< "$(wrk_rps "http://127.0.0.1:$port/api/v1/articles/$article" "$auth")"
  record http "GET /articles/{id}" "$round" "$rps" "req/s" "nginx: the same feed page from a file"
  read -r rps p50 p99 <<< "$(wrk_rps "http://127.0.0.1:$port/healthz")"
  record http "GET /healthz" "$round" "$rps" "req/s" "nginx: the same feed page from a file"
done
kill "${pids[-1]}"

echo "== chat fan-out: guild-server next to a broadcast server written with the npm ws package"
port=$(free_port)
start_server "$port" "$work/chat" --demo --demo-quiet --chat-rate 100000:100000
token=$(token_of "$port" premium)
general=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/channels" |
  python3 -c 'import json,sys; print([c["id"] for c in json.load(sys.stdin)["channels"] if c["name"] == "general"][0])')
ws_port=$(free_port)
node bench/ws/broadcast.mjs "$ws_port" > "$work/broadcast.out" &
pids+=($!)
for _ in $(seq 1 100); do grep -q listening "$work/broadcast.out" 2>/dev/null && break; sleep 0.1; done
record_fanout() { # who clients round json [baseline]
  python3 - "$@" "$results" <<'PY'
import json, sys
who, clients, rnd, data, baseline, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4]), sys.argv[5], sys.argv[6]
rows = [("fanout_p50", "p50", data["p50"], "ms"), ("fanout_p99", "p99", data["p99"], "ms"),
        ("fanout_lost", "lost or cut", data["expected"] - data["delivered"] + data["cut"], "messages or sockets"),
        ("fanout_connect", "all connected", data["connectMs"], "ms")]
with open(path, "a") as out:
    for group, metric, value, unit in rows:
        name = "%s clients, %s, %s" % (clients, who, metric)
        out.write(json.dumps({"group": group, "name": name, "round": rnd, "value": -1 if value is None else value,
                              "unit": unit, "baseline": "%s, %s" % (baseline, metric) if baseline else ""}) + "\n")
PY
}
record_json() { # group name round json field unit [baseline]
  python3 - "$@" "$results" <<'PY'
import json, sys
group, name, rnd, data, field, unit, baseline, path = sys.argv[1:9]
value = json.loads(data).get(field)
with open(path, "a") as out:
    out.write(json.dumps({"group": group, "name": name, "round": int(rnd), "value": -1 if value is None else value,
                          "unit": unit, "baseline": baseline}) + "\n")
PY
}
# One member's many connections receive what another of its connections sends: 100 messages at 20/s,
# to 1,000 and to 5,000 clients (connected in waves of 250).
for clients in 1000 5000; do
  for round in $(seq 1 "$rounds"); do
    base=$(node bench/ws/fanout.mjs plain "ws://127.0.0.1:$ws_port" "$clients" 100 20 | tail -1)
    guild=$(node bench/ws/fanout.mjs guild "ws://127.0.0.1:$port/ws" "$clients" 100 20 "$token" "$general" | tail -1)
    record_fanout "ws baseline" "$clients" "$round" "$base" ""
    record_fanout "guild-server" "$clients" "$round" "$guild" "$clients clients, ws baseline"
  done
done
echo "== the connection storm: 5,000 clients connecting at once, as after a restart"
for round in $(seq 1 "$rounds"); do
  base=$(GUILD_BENCH_WAVE=5000 node bench/ws/fanout.mjs plain "ws://127.0.0.1:$ws_port" 5000 5 20 | tail -1)
  guild=$(GUILD_BENCH_WAVE=5000 node bench/ws/fanout.mjs guild "ws://127.0.0.1:$port/ws" 5000 5 20 "$token" "$general" |
    tail -1)
  record_json storm "ws baseline: 5,000 connected at once" "$round" "$base" connectMs ms ""
  record_json storm "guild-server: 5,000 authenticated and ready at once" "$round" "$guild" connectMs ms \
    "ws baseline: 5,000 connected at once"
  record_json storm "guild-server: of 5,000, cut off" "$round" "$guild" cut sockets ""
done
echo "== acknowledged messages per second: 50 senders in #general, 8 in flight each (group commit)"
for round in $(seq 1 "$rounds"); do
  sent=$(node bench/ws/senders.mjs "ws://127.0.0.1:$port/ws" 50 8 "$seconds" "$token" "$general" | tail -1)
  record_json acked "50 senders, acknowledged" "$round" "$sent" perSecond "msg/s" ""
  record_json acked "50 senders, acknowledgement p50" "$round" "$sent" p50 ms ""
  record_json acked "50 senders, acknowledgement p99" "$round" "$sent" p99 ms ""
done
kill "${pids[-1]}" "${pids[-2]}"

echo "== chat fan-out on PostgreSQL (a throwaway cluster, fsync off), next to the same on SQLite above"
# shellcheck source=scripts/pgcluster.sh
source scripts/pgcluster.sh
pg_cluster_start >/dev/null
port=$(free_port)
start_server "$port" "$work/chat-pg" --database "$GUILD_TEST_PG_URL" --demo --demo-quiet --chat-rate 100000:100000
token=$(token_of "$port" premium)
general=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/channels" |
  python3 -c 'import json,sys; print([c["id"] for c in json.load(sys.stdin)["channels"] if c["name"] == "general"][0])')
for round in $(seq 1 "$rounds"); do
  guild=$(node bench/ws/fanout.mjs guild "ws://127.0.0.1:$port/ws" 1000 100 20 "$token" "$general" | tail -1)
  record_fanout "guild-server on PostgreSQL" 1000 "$round" "$guild" "1000 clients, guild-server"
  sent=$(node bench/ws/senders.mjs "ws://127.0.0.1:$port/ws" 50 8 "$seconds" "$token" "$general" | tail -1)
  record_json acked "50 senders, acknowledged, on PostgreSQL" "$round" "$sent" perSecond "msg/s" \
    "50 senders, acknowledged"
done
kill "${pids[-1]}"

echo "== client cold start and memory: 100,000 cached articles, next to a bare QListView of 100,000 rows"
exec_timed='import os, sys, time
os.environ["GUILD_BENCH_EXEC_NS"] = str(time.monotonic_ns())
os.execv(sys.argv[1], sys.argv[1:])'
QT_QPA_PLATFORM=offscreen build/bench/bench_coldstart --seed "$work/cache.sqlite" 100000 2>/dev/null
for round in $(seq 1 "$rounds"); do
  for program in bench_minimalqt bench_coldstart; do
    args=()
    if [ "$program" = bench_coldstart ]; then args=("$work/cache.sqlite"); fi
    # Execed from a launcher that notes CLOCK_MONOTONIC just before: the clock in /proc ticks every 10 ms.
    line=$(xvfb-run -a -s "-screen 0 1440x900x24" python3 -c "$exec_timed" "build/bench/$program" "${args[@]}" \
      2>/dev/null | tail -1)
    painted=$(sed -n 's/.*painted_ms=\([0-9.]*\).*/\1/p' <<< "$line")
    rss=$(sed -n 's/.*rss_mib=\([0-9.]*\).*/\1/p' <<< "$line")
    if [ "$program" = bench_minimalqt ]; then
      record start "minimal Qt program, one QListView" "$round" "$painted" "ms" ""
      record memory "minimal Qt program, one QListView" "$round" "$rss" "MiB" ""
    else
      record start "guild: window painted with the cached feed" "$round" "$painted" "ms" "minimal Qt program, one QListView"
      record memory "guild: resident memory then" "$round" "$rss" "MiB" "minimal Qt program, one QListView"
    fi
  done
done

echo "== scrolling frames (feed and chat, 100,000 rows each) and a compressed session's memory growth"
for round in $(seq 1 "$rounds"); do
  line=$(xvfb-run -a -s "-screen 0 1440x900x24" build/bench/bench_frames "$work/cache.sqlite" 2>/dev/null | tail -1)
  value() { sed -n "s/.*$1=\([0-9.-]*\).*/\1/p" <<< "$line"; }
  record frames "feed, slowest of 400 scroll frames" "$round" "$(value feed_max_ms)" "ms" ""
  record frames "feed, 99th percentile frame" "$round" "$(value feed_p99_ms)" "ms" ""
  record frames "feed, frames over 16 ms (of 400)" "$round" "$(value feed_over16)" "frames" ""
  record frames "chat, slowest of 400 scroll frames" "$round" "$(value chat_max_ms)" "ms" ""
  record frames "chat, 99th percentile frame" "$round" "$(value chat_p99_ms)" "ms" ""
  record frames "chat, frames over 16 ms (of 400)" "$round" "$(value chat_over16)" "frames" ""
  record growth "guild: resident memory after start" "$round" "$(value rss_start_mib)" "MiB" ""
  record growth "guild: after the session (scrolling, 500 articles, 10,000 messages)" "$round" \
    "$(value rss_after_mib)" "MiB" "guild: resident memory after start"
  record growth "guild: its own (anonymous) memory after start" "$round" "$(value anon_start_mib)" "MiB" ""
  record growth "guild: its own (anonymous) memory after the session" "$round" "$(value anon_after_mib)" "MiB" \
    "guild: its own (anonymous) memory after start"
done

echo "== the admin report over a year of 100,000 members (SQLite; three timings of each report)"
# The year's rollups are written straight (fixed seed) and the counters built from them by the
# migrations, as on an upgrade: through the ingest it would take a quarter of an hour.
GUILD_TEST_DATABASE=sqlite TMPDIR="$work" build/bench/bench_analytics parts_ofOnePeriod report_last7Days_byDay \
  report_last30Days_byDay report_last365Days_byMonth report_last365Days_byWeek report_last365Days_byDay \
  > "$work/analytics.log" 2>&1
grep -v "applied migration" "$work/analytics.log" | grep "QINFO" | sed 's/^QINFO *: //'
while IFS='|' read -r name round ms; do
  record report "$name" "$round" "$ms" "ms" ""
done < <(sed -n 's/.*report, \(.*\), round \([0-9]*\): \([0-9.]*\) ms.*/\1|\2|\3/p' "$work/analytics.log")
setup() { sed -n "s/.*$1 in \([0-9.]*\) s.*/\1/p" "$work/analytics.log"; }
record report_setup "rollups of the year written (5.9 million member-days)" 1 "$(setup "rollups written")" "s" ""
record report_setup "counters built from them by the migrations" 1 "$(setup "by the migrations")" "s" ""

echo "== writing docs/performance.md"
python3 scripts/bench-report.py "$results" docs/performance.md "$rounds" "$seconds"
echo "bench: done"
