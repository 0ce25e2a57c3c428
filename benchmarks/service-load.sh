#!/bin/sh
# Load on the service: `declaro serve` from JAR (default: examples/target/declaro.jar) with its defaults, and
# CLIENTS keep-alive clients posting the Siem Reap example to /validate for SECONDS (after a warm-up of a third of
# that). Prints requests a second and latency percentiles. Loopback only; the machine's other load counts, so
# compare two builds in the same run, one after the other:
#   benchmarks/service-load.sh [JAR] [CLIENTS] [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$here/../examples/target/declaro.jar}
clients=${2:-200}
seconds=${3:-30}
port=${PORT:-18080}
doc=$here/../examples/src/main/resources/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json
java -jar "$jar" serve --port "$port" 2> /tmp/declaro-service-load.log &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
i=0
until grep -q "serving on" /tmp/declaro-service-load.log 2> /dev/null; do
  i=$((i + 1)); [ $i -gt 100 ] && { cat /tmp/declaro-service-load.log; exit 1; }
  sleep 0.1
done
ulimit -n 4096 2> /dev/null || true
java -Xss256k "$here/service/LoadClient.java" "$port" "$clients" "$seconds" "$doc"
