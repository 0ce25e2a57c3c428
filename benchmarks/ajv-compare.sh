#!/usr/bin/env bash
# The whole process on a large declaration: `declaro validate` against ajv (Node), which validates the
# same file with Declaro's own JSON Schema (draft 2020-12, from `declaro schema`). Both read the file,
# parse it and validate it, from a cold start. The commands run in turn RUNS times (alternating); the
# script prints a Markdown table of median wall time and median peak RSS, with their ratios to ajv,
# then every run's figures and the machine's load (uptime) before and after.
#
# Build first (mvn -B -q package -DskipTests); needs node and npm (ajv is installed into
# benchmarks/ajv/node_modules from its package-lock.json when missing).
#   RUNS=9 benchmarks/ajv-compare.sh                 # the generated 8.6 MB declaration
#   MEGABYTES=40 benchmarks/ajv-compare.sh           # another size
#   JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/ajv-compare.sh   # adds the rows of a JDK 25
#   BASELINE="/tmp/a /tmp/b" benchmarks/ajv-compare.sh  # adds java -jar and the launcher of other checkouts, built
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}
MEGABYTES=${MEGABYTES:-8.6}
. benchmarks/measure.sh

jar=examples/target/declaro.jar
launcher=examples/target/declaro
for f in "$jar" "$launcher" benchmarks/target/benchmarks.jar; do
  [ -e "$f" ] || { echo "$f is missing: build first (mvn -B -q package -DskipTests)" >&2; exit 2; }
done
if [ ! -d benchmarks/ajv/node_modules/ajv ]; then
  (cd benchmarks/ajv && npm ci --no-audit --no-fund --silent)
fi

doc=$measure_tmp/declaration-$MEGABYTES.json
schema=$measure_tmp/schema.json
java -cp benchmarks/target/benchmarks.jar org.declaro.benchmarks.GenerateDocument "$MEGABYTES" "$doc"
java -jar "$jar" schema > "$schema"
# both must find the document valid, or the comparison is of different work
node benchmarks/ajv/validate.js "$schema" "$doc"
java -jar "$jar" validate "$doc" || { echo "declaro does not find $doc valid" >&2; exit 1; }

add "ajv (\`node benchmarks/ajv/validate.js schema.json doc.json\`)" node benchmarks/ajv/validate.js "$schema" "$doc"
add "\`java -jar declaro.jar validate doc.json\`" java -jar "$jar" validate "$doc"
add "\`examples/target/declaro validate doc.json\` (launcher)" env -u JAVA_HOME "$launcher" validate "$doc"
for base in ${BASELINE:-}; do   # other versions, in the same run: before and after under the same load
  add "baseline ($(git -C "$base" log -1 --format=%h)): \`java -jar\`" java -jar "$base/$jar" validate "$doc"
  add "baseline ($(git -C "$base" log -1 --format=%h)): launcher" env -u JAVA_HOME "$base/$launcher" validate "$doc"
done
if [ -n "${JAVA25:-}" ]; then
  add "JDK 25: \`java -jar declaro.jar validate doc.json\`" "$JAVA25/bin/java" -jar "$jar" validate "$doc"
  add "JDK 25: launcher" env JAVA_HOME="$JAVA25" "$launcher" validate "$doc"
fi

echo "load before: $(uptime)"
measure "$RUNS"
echo "load after:  $(uptime)"
echo "$RUNS runs each, $(wc -c < "$doc") bytes, $(java -version 2>&1 | head -n 1), node $(node --version)"
echo
table "${names[0]}"
echo
raw
