#!/usr/bin/env bash
# The compile-time cost of each catalogue feature, for `cargo build` and `cargo check` of
# platform-errors-core with default features and with each feature:
#   - cold: a fresh target directory, so the dependencies (the macros, syn, ...) are built too;
#   - core: the dependencies already built, only platform-errors-core compiled
#     (`cargo clean -p platform-errors-core` first).
# Samples are interleaved over ROUNDS rounds (default 3 cold, CORE_ROUNDS=5 core-only); each
# records wall time and CPU time (user + system of cargo and rustc). Prints every sample and
# the medians. With BASE=<dir> (a checkout of an earlier commit), its default features are
# timed too, as "base".
#
#   BASE=/tmp/old catalogues/cost.sh                               # from anywhere
#   BASE=/tmp/old CONFIGS="default wechat-pay" catalogues/cost.sh  # some features only
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
CORE_ROUNDS=${CORE_ROUNDS:-5}
TMP=${TMPDIR:-/tmp}/platform-errors-cost.$$
mkdir -p "$TMP"
configs=("default" "wechat-mp" "wecom" "wechat-open" "wechat-miniapp" "dingtalk" "feishu" "wechat-pay")
# CONFIGS="default wechat-pay" times only those (the base is added with BASE, as above).
[ -n "${CONFIGS:-}" ] && read -r -a configs <<<"$CONFIGS"
[ -n "${BASE:-}" ] && configs=("base" "${configs[@]}")
TIMEFORMAT='%R %U %S'

# Runs `cargo $cmd` for $config with target dir $target; prints "wall cpu".
timed() {
  local cmd=$1 config=$2 target=$3 dir=. features=()
  case $config in
    base) dir=$BASE ;;
    default) ;;
    *) features=(--features "$config") ;;
  esac
  local t
  t=$( { time (cd "$dir" && CARGO_TARGET_DIR="$target" cargo "$cmd" -q --offline \
      -p platform-errors-core "${features[@]}" >/dev/null 2>&1); } 2>&1 )
  read -r wall user sys <<<"$t"
  printf '%s\t%s\n' "$wall" "$(echo "$user + $sys" | bc)"
}

for round in $(seq 1 "$ROUNDS"); do
  for cmd in build check; do
    for config in "${configs[@]}"; do
      rm -rf "$TMP/cold"
      printf 'cold\t%s\t%s\t%s\t%s\n' "$round" "$cmd" "$config" "$(timed "$cmd" "$config" "$TMP/cold")" \
        | tee -a "$TMP/samples.tsv"
    done
  done
done
rm -rf "$TMP/cold"
for config in "${configs[@]}"; do
  for cmd in build check; do timed "$cmd" "$config" "$TMP/warm-$config" >/dev/null; done
done
for round in $(seq 1 "$CORE_ROUNDS"); do
  for cmd in build check; do
    for config in "${configs[@]}"; do
      dir=.; [ "$config" = base ] && dir=$BASE
      (cd "$dir" && CARGO_TARGET_DIR="$TMP/warm-$config" cargo clean -q --offline -p platform-errors-core)
      printf 'core\t%s\t%s\t%s\t%s\n' "$round" "$cmd" "$config" "$(timed "$cmd" "$config" "$TMP/warm-$config")" \
        | tee -a "$TMP/samples.tsv"
    done
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "medians: kind, command, features, wall s, cpu s"
for kind in cold core; do
  for cmd in build check; do
    for config in "${configs[@]}"; do
      sel() { awk -F'\t' -v k="$kind" -v c="$cmd" -v f="$config" -v col="$1" '$1==k && $3==c && $4==f {print $col}' "$TMP/samples.tsv"; }
      printf '%s\t%s\t%s\t%s\t%s\n' "$kind" "$cmd" "$config" "$(sel 5 | median)" "$(sel 6 | median)"
    done
  done
done
rm -rf "$TMP"
