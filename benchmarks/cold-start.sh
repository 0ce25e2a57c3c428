#!/usr/bin/env bash
# Cold start of `declaro validate` on the bundled example, as whole processes, against a hello-world
# JVM on the same machine in the same run: the commands run in turn RUNS times (alternating), and the
# script prints a Markdown table of median wall time and median peak RSS, with their ratios to
# hello-world, then every run's figures and the machine's load (uptime) before and after.
#
# Build first: mvn -B -q package -DskipTests
#   RUNS=9 benchmarks/cold-start.sh
#   JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/cold-start.sh   # adds the rows of a JDK 25
#   BASELINE="/tmp/a /tmp/b" benchmarks/cold-start.sh   # adds java -jar and the launcher of other checkouts, built
#
# Rows: hello-world (java on the PATH); java -jar declaro.jar; the launcher beside the jar
# (examples/target/declaro); the installed distribution's bin/declaro (unpacked to a temporary
# directory: its class-data-sharing archive is made on its first, untimed, run). With JAVA25 set, the
# same with that Java (hello-world, java -jar, and the launchers with its AOT cache).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}
. benchmarks/measure.sh

jar=examples/target/declaro.jar
launcher=examples/target/declaro
example=examples/src/main/resources/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json
dist=$(ls examples/target/declaro-*.tar.gz 2> /dev/null | head -n 1 || true)
for f in "$jar" "$launcher" benchmarks/target/classes/org/declaro/benchmarks/Hello.class; do
  [ -e "$f" ] || { echo "$f is missing: build first (mvn -B -q package -DskipTests)" >&2; exit 2; }
done

add "hello-world (\`java -cp benchmarks/target/classes Hello\`)" java -cp benchmarks/target/classes org.declaro.benchmarks.Hello
add "\`java -jar declaro.jar validate example.json\`" java -jar "$jar" validate "$example"
add "\`examples/target/declaro validate example.json\` (launcher)" env -u JAVA_HOME "$launcher" validate "$example"
if [ -n "$dist" ]; then
  home=$measure_tmp/dist
  mkdir -p "$home"
  tar -xzf "$dist" -C "$home"
  bin=$(echo "$home"/declaro-*/bin/declaro)
  add "distribution's \`bin/declaro validate example.json\`" env -u JAVA_HOME "$bin" validate "$example"
fi
for base in ${BASELINE:-}; do   # other versions, in the same run: before and after under the same load
  add "baseline ($(git -C "$base" log -1 --format=%h)): \`java -jar\`" java -jar "$base/$jar" validate "$example"
  add "baseline ($(git -C "$base" log -1 --format=%h)): launcher" env -u JAVA_HOME "$base/$launcher" validate "$example"
done
if [ -n "${JAVA25:-}" ]; then
  add "JDK 25: hello-world" "$JAVA25/bin/java" -cp benchmarks/target/classes org.declaro.benchmarks.Hello
  add "JDK 25: \`java -jar declaro.jar validate example.json\`" "$JAVA25/bin/java" -jar "$jar" validate "$example"
  add "JDK 25: launcher" env JAVA_HOME="$JAVA25" "$launcher" validate "$example"
  [ -n "$dist" ] && add "JDK 25: distribution's \`bin/declaro\`" env JAVA_HOME="$JAVA25" "$bin" validate "$example"
fi

echo "load before: $(uptime)"
measure "$RUNS"
echo "load after:  $(uptime)"
echo "$RUNS runs each, $(java -version 2>&1 | head -n 1)"
echo
table "${names[0]}"
echo
raw
