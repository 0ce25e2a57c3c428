# Shared by cold-start.sh and ajv-compare.sh (sourced, not run): whole-process measurements of several
# commands, run in turn RUNS times (alternating, so that a change of machine load hits every command
# alike), with wall time (ms, from date +%s%N around the process), CPU time (user + system, /usr/bin/time
# %U %S: less sensitive than wall time to other processes on a busy machine, though it counts the work of
# every thread) and peak resident memory (/usr/bin/time %M). Prints medians and ratios to a baseline
# command as a Markdown table.
#
#   names=() ; declare -A cmds       # name -> command line (a string run by bash -c)
#   add NAME COMMAND...               # adds a row, in order
#   measure RUNS                      # runs them
#   table BASELINE_NAME               # prints the table

names=()
declare -A cmds times cpu rss
measure_tmp=$(mktemp -d)
trap 'rm -rf "$measure_tmp"' EXIT

add() {
  local name=$1
  shift
  names+=("$name")
  cmds[$name]="$*"
}

command -v /usr/bin/time > /dev/null || { echo "needs GNU time as /usr/bin/time (apt-get install time)" >&2; exit 2; }

# one run of one command: its wall time and peak RSS appended to times[] and rss[]
run_once() {
  local name=$1 start end
  start=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$measure_tmp/rss" bash -c "${cmds[$name]}" > /dev/null 2> "$measure_tmp/err" || true
  end=$(date +%s%N)
  times[$name]+="$(((end - start) / 1000000)) "
  read -r kb user system < <(tail -n 1 "$measure_tmp/rss")
  rss[$name]+="$kb "
  cpu[$name]+="$(echo "($user + $system) * 1000 / 1" | bc) "
}

measure() {
  local runs=$1 i name
  for name in "${names[@]}"; do   # one untimed run each: archives and caches made, files in the page cache
    bash -c "${cmds[$name]}" > /dev/null 2>&1 || true
  done
  for ((i = 0; i < runs; i++)); do
    for name in "${names[@]}"; do
      run_once "$name"
    done
  done
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# /usr/bin/time runs `bash -c`, whose own peak RSS (a few MB) is below any JVM's or Node's: the
# maximum over the process tree is the command's
table() {
  local base=$1 bt bc br name t c r
  bt=$(echo "${times[$base]}" | median)
  bc=$(echo "${cpu[$base]}" | median)
  br=$(echo "${rss[$base]}" | median)
  printf '| command | median wall ms | ratio | median CPU ms | ratio | median peak RSS MB | ratio |\n'
  printf '|---|---:|---:|---:|---:|---:|---:|\n'
  for name in "${names[@]}"; do
    t=$(echo "${times[$name]}" | median)
    c=$(echo "${cpu[$name]}" | median)
    r=$(echo "${rss[$name]}" | median)
    printf '| %s | %d | %.2f | %d | %.2f | %.0f | %.2f |\n' "$name" "$t" "$(echo "$t / $bt" | bc -l)" "$c" \
      "$(echo "$c / $bc" | bc -l)" "$(echo "$r / 1024" | bc -l)" "$(echo "$r / $br" | bc -l)"
  done
}

# every run's figures, for a reader who doubts a median
raw() {
  local name
  for name in "${names[@]}"; do
    echo "$name: wall ms ${times[$name]}| CPU ms ${cpu[$name]}| KB ${rss[$name]}"
  done
}
