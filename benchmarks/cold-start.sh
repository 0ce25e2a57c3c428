#!/usr/bin/env bash
# Cold start of `declaro validate` on the bundled example, as whole processes, against a hello-world
# JVM on the same machine in the same run. Interleaves the commands, RUNS times each, and prints the
# median wall time and its ratio to hello-world. Build first: mvn -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
jar=examples/target/declaro.jar
launcher=examples/target/declaro
example=examples/src/main/resources/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json
hello="java -cp benchmarks/target/classes org.declaro.benchmarks.Hello"

declare -A cmds=(
  [hello-world]="$hello"
  [java-jar]="java -jar $jar validate $example"
  [launcher]="$launcher validate $example"
)
order=(hello-world java-jar launcher)
"$launcher" validate "$example" >/dev/null   # the launcher's first run may write its CDS archive
declare -A times
for ((i = 0; i < RUNS; i++)); do
  for name in "${order[@]}"; do
    start=$(date +%s%N)
    ${cmds[$name]} >/dev/null
    end=$(date +%s%N)
    times[$name]+="$(( (end - start) / 1000000 )) "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=$(echo "${times[hello-world]}" | median)
printf '%-12s %10s %8s\n' command "median ms" ratio
for name in "${order[@]}"; do
  m=$(echo "${times[$name]}" | median)
  printf '%-12s %10d %8.1f\n' "$name" "$m" "$(echo "$m / $base" | bc -l)"
done
