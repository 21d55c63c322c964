#!/usr/bin/env python3
"""Compile-time benchmark: the same catalogue declared four ways, timed side by side.

    python3 benches/compile_time.py [--preset main|large|growth|strings] [--ways dsl,derive,hand,peer]
                                    [--sizes 150,1000,5000] [--rows way:N,...]
                                    [--kinds check,release] [--rounds 5] [--cold-rounds 3]
                                    [--timeout 300] [--mem-cap-gib 6] [--out FILE]
    python3 benches/compile_time.py --check-large [--sizes 65536] [--timeout 120]
                                    [--mem-cap-gib 3]
    python3 benches/compile_time.py --own-build [--rounds 7]

For each row (a way and a number N of sparse codes with messages) it generates, in
target/compile-time-bench/, one crate:

  dsl      this project's define_codes!
  derive   this project's #[derive(PlatformError)], beside #[derive(Debug, ...)] as users
           write it today
  derive-pdebug
           the same with #[platform(debug)] in place of #[derive(Debug)]: a Debug by name
           from the derive's own `match`
  hand     hand-written: an enum with a `///` line on each variant, a match for each of
           code, message and from_code, Display, Error, and `ALL`
  peer     thiserror + num_enum + strum (Error/Display, TryFrom<i64>, FromStr/name)
  dsl-str, derive-str, hand-str
           the same three with string codes (`"ORDER_40001_REFUSED"`), the hand-written one
           a `match` on `&str`; their ratios are to hand-str

The rows are every way of --ways at every size of --sizes, plus the --rows; a preset sets
them (and the kinds of build) in one word:

  main     the four ways at 150, 1,000 and 5,000 codes, `cargo check` and release builds
  large    DSL and hand-written at 65,536 codes; derive, derive-pdebug and hand-written at
           10,000;
           `cargo check` only
  growth   DSL and hand-written at 1,024, 8,192 and 65,536 codes (8x each step);
           `cargo check` only
  strings  dsl-str, derive-str and hand-str at 150, 1,000 and 5,000 codes, `cargo check`
           and release builds

Each crate's dependencies are built first, as `-p <crate>` builds them (with an empty
lib.rs). Then, round after round and interleaved (the order rotates each round), it touches
each crate's lib.rs and times `cargo check` and/or `cargo build --release` of that crate
alone, with incremental compilation off, and records the peak memory of the build (the
largest resident set of cargo and the rustc it runs). Every build runs under a time limit
(--timeout) and a memory cap (--mem-cap-gib): a watchdog samples the resident memory of the
build's process tree every 50 ms and kills the tree above the cap, and the address space of
each process is limited to twice the cap plus 2 GiB as a backstop (rustc reserves about
0.8 GiB more than it uses). A build that hits a limit is reported as "killed" or "timed out"
and not run again. The script prints medians, ratios to hand-written at the same N, and a
growth table for each way measured at several sizes (`--rounds 0` skips this part). With
--cold-rounds, it also times the cold build of the macros crate against thiserror's, each
built as a dependency in a fresh target directory.

--check-large is the CI check: it generates only the DSL crate of 65,536 codes (in
target/check-large/), builds its dependencies, runs `cargo check` on it once under a 120 s
time limit and a 1 GiB memory cap (issue 27's goal for memory), prints the time and the
peak memory and whether the time is within issue 27's goal of 8 s, and exits non-zero if
the check fails or hits a limit. The 8 s goal is reported, not enforced: a wall time on a
shared 2-core machine moves by seconds with the load.

--own-build is issue 27 §5's measure: the macros crate's own build against thiserror-impl's,
with everything else built already (syn among it, as in any project that uses serde_derive or
thiserror). In target/own-build/, two empty crates, one depending on the macros crate and one
on thiserror-impl, each beside thiserror and serde's derive, are built once; then, round
after round and interleaved, it cleans one proc-macro crate (`cargo clean -p`) and builds its
empty crate, which builds it as a user's build does (as a dependency: no debug info). It
prints the CPU time (user and system, of cargo and the rustc it runs) and the wall time,
medians with fastest and slowest, and the ratio of the medians.

Needs only python3 and cargo, on Linux (the watchdog reads /proc); the peer crates come from
crates.io, the other dependencies' versions from the repository's Cargo.lock.
"""

import argparse
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-time-bench"
LARGE_WORK = ROOT / "target" / "check-large"
OWN_WORK = ROOT / "target" / "own-build"
# Issue 27's goal for the 65,536-code check (its memory goal, 1 GiB, is the cap).
LARGE_GOAL_SECONDS = 8
WAYS = ["dsl", "derive", "derive-pdebug", "hand", "peer", "dsl-str", "derive-str", "hand-str"]
KINDS = ["check", "release"]
PRESETS = {
    "main": (["dsl", "derive", "hand", "peer"], [150, 1000, 5000], [], "check,release"),
    "large": ([], [], [("dsl", 65536), ("hand", 65536), ("derive", 10000),
                       ("derive-pdebug", 10000), ("hand", 10000)], "check"),
    "growth": (["dsl", "hand"], [1024, 8192, 65536], [], "check"),
    "strings": (["dsl-str", "derive-str", "hand-str"], [150, 1000, 5000], [], "check,release"),
}
GIB = 1 << 30
MIB = 1 << 20
POLL_SECONDS = 0.05
PAGE = os.sysconf("SC_PAGE_SIZE")


def codes(n):
    sizes = [99, 10, 3, 4, 20, 4, 1, 52, 2, 13]
    out, family = [], 0
    while len(out) < n:
        base = 40_000 + 1_000 * family
        for i in range(1, sizes[family % len(sizes)] + 1):
            if len(out) == n:
                break
            out.append(base + i)
        family += 1
    return out


def message(code):
    return f"error {code}: the request was refused"


def string_code(code):
    """A string code as WeChat Pay spells them: upper snake case, distinct per number."""
    return f"ORDER_{code}_REFUSED"


def hand_source(cs, prose, literal, code_type, param_type):
    """The hand-written enum of the codes `cs`: an enum with a `///` line on each variant, a
    match for each of code, message and from_code, Display, Error, and `ALL`. `prose` writes
    a code in the doc line, `literal` in Rust; `code_type` is what `code` returns and
    `param_type` what `from_code` takes."""
    variants = "\n".join(f"    /// Code `{prose(c)}`: `{message(c)}`.\n    E{c}," for c in cs)
    all_items = "\n".join(f"        Codes::E{c}," for c in cs)
    codes_arms = "\n".join(f"            Self::E{c} => {literal(c)}," for c in cs)
    msg_arms = "\n".join(f'            Self::E{c} => "{message(c)}",' for c in cs)
    from_arms = "\n".join(f"            {literal(c)} => Some(Self::E{c})," for c in cs)
    return f"""/// The codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Codes {{
{variants}
}}

impl Codes {{
    /// Every variant, in declaration order.
    pub const ALL: &'static [Self] = &[
{all_items}
    ];

    pub const fn code(self) -> {code_type} {{
        match self {{
{codes_arms}
        }}
    }}

    pub const fn message(self) -> &'static str {{
        match self {{
{msg_arms}
        }}
    }}

    pub fn from_code(code: {param_type}) -> Option<Self> {{
        match code {{
{from_arms}
            _ => None,
        }}
    }}
}}

impl core::fmt::Display for Codes {{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{
        f.write_str(self.message())
    }}
}}

impl std::error::Error for Codes {{}}
"""


def derived(cs, code, attrs):
    """A derived catalogue of the codes `cs`, each written by `code`, under `attrs`."""
    lines = [f'    #[code({code(c)})]\n    #[message("{message(c)}")]\n    E{c},' for c in cs]
    return attrs + "pub enum Codes {\n" + "\n".join(lines) + "\n}\n"


def source(way, n):
    cs = codes(n)
    derive = "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, platform_errors::PlatformError)]\n"

    def quoted(c):
        return f'"{string_code(c)}"'

    if way == "dsl":
        lines = [f'        E{c} = {c} => "{message(c)}",' for c in cs]
        return "platform_errors::define_codes! {\n    pub enum Codes {\n" + "\n".join(lines) + "\n    }\n}\n"
    if way == "derive":
        return derived(cs, str, derive)
    if way == "derive-pdebug":
        return derived(cs, str, "#[derive(Clone, Copy, PartialEq, Eq, Hash, "
                       "platform_errors::PlatformError)]\n#[platform(debug)]\n")
    if way == "hand":
        return hand_source(cs, str, str, "i64", "i64")
    if way == "dsl-str":
        lines = [f'        E{c} = {quoted(c)} => "{message(c)}",' for c in cs]
        return "platform_errors::define_codes! {\n    pub enum Codes {\n" + "\n".join(lines) + "\n    }\n}\n"
    if way == "derive-str":
        return derived(cs, quoted, derive)
    if way == "hand-str":
        return hand_source(cs, string_code, quoted, "&'static str", "&str")
    if way == "peer":
        lines = [f'    #[error("{message(c)}")]\n    E{c} = {c},' for c in cs]
        return ("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error,\n"
                "         num_enum::TryFromPrimitive, strum::EnumString, strum::IntoStaticStr)]\n"
                "#[repr(i64)]\npub enum Codes {\n" + "\n".join(lines) + "\n}\n")
    raise ValueError(way)

DEPS = {
    "dsl": f'platform-errors = {{ path = "{ROOT}" }}',
    "derive": f'platform-errors = {{ path = "{ROOT}" }}',
    "derive-pdebug": f'platform-errors = {{ path = "{ROOT}" }}',
    "hand": "",
    "dsl-str": f'platform-errors = {{ path = "{ROOT}" }}',
    "derive-str": f'platform-errors = {{ path = "{ROOT}" }}',
    "hand-str": "",
    "peer": 'thiserror = "2"\nnum_enum = "0.7"\nstrum = { version = "0.28", features = ["derive"] }',
}


def write_crate(work, name, deps, lib):
    crate = work / name
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n")
    (crate / "src" / "lib.rs").write_text(lib)


def write_workspace(work, rows, cold):
    """Writes one crate per row, each with an empty lib.rs for now (see `warm_up`).

    The target directory is kept: the dependencies are not built again on each run.
    """
    work.mkdir(parents=True, exist_ok=True)
    for entry in work.iterdir():
        if entry.name != "target":
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    members = []
    for way, n in rows:
        name = f"{way}-{n}"
        members.append(name)
        write_crate(work, name, DEPS[way], "")
    if cold:
        # The macros crate built the way a user's build builds it, as a dependency (a
        # proc-macro dependency gets no debug info), just as `-p thiserror` builds
        # thiserror-impl; and thiserror, which `-p thiserror` needs in the workspace.
        write_crate(work, "cold-macros",
                    f'platform-errors-macros = {{ path = "{ROOT / "macros"}" }}\n', "")
        write_crate(work, "cold-thiserror", 'thiserror = "2"\n', "")
        members += ["cold-macros", "cold-thiserror"]
    (work / "Cargo.toml").write_text(
        "[workspace]\nresolver = \"2\"\nmembers = [" + ", ".join(f'"{m}"' for m in members) + "]\n")
    # The same dependency versions as the repository's own builds, without a registry query.
    lock = ROOT / "Cargo.lock"
    if lock.exists():
        shutil.copyfile(lock, work / "Cargo.lock")


def warm_up(work, rows, kinds):
    """Builds each crate's dependencies the way `-p <crate>` builds them, then writes the
    crates' sources.

    Each crate is built alone while its lib.rs is still empty: `-p` unifies the features of
    the selected package's dependencies only (syn with or without `full`, for instance), so a
    build of the whole workspace would leave a timed build to rebuild them.
    """
    commands = {"check": ["check"], "release": ["build", "--release"]}
    for way, n in rows:
        for kind in kinds:
            cargo(work, [*commands[kind], "-p", f"{way}-{n}"])
    for way, n in rows:
        (work / f"{way}-{n}" / "src" / "lib.rs").write_text(source(way, n))


class Outcome:
    """How a limited run ended: status is "ok", "failed", "killed" or "timed out"."""

    def __init__(self, status, seconds, peak_bytes, stderr):
        self.status, self.seconds, self.peak_bytes, self.stderr = status, seconds, peak_bytes, stderr

    def describe(self, cap, timeout):
        peak = f"{self.peak_bytes / MIB:,.0f} MiB"
        if self.status == "killed":
            return f"killed at {peak} (cap {cap / MIB:,.0f} MiB) after {self.seconds:.1f} s"
        if self.status == "timed out":
            return f"timed out after {self.seconds:.1f} s (limit {timeout:g} s), {peak} by then"
        if self.status == "failed":
            return f"failed after {self.seconds:.1f} s, peak {peak}"
        return f"{self.seconds:.3f} s, peak {peak}"


def group_rss(pgid):
    """Resident bytes of every process in process group `pgid`."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2:].split()
        # After the command: state, ppid, pgrp, ...; rss (in pages) is the 22nd.
        if int(fields[2]) == pgid:
            total += int(fields[21]) * PAGE
    return total


def run_limited(args, cwd, env, timeout, cap):
    """Runs `args` in a new process group, killing the group past `timeout` seconds or when
    its resident memory exceeds `cap` bytes. The peak is the largest resident set of the
    process and the children it waited for (rusage), or the last sample if killed."""
    backstop = 2 * cap + 2 * GIB

    def limit_address_space():
        resource.setrlimit(resource.RLIMIT_AS, (backstop, backstop))

    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
                                preexec_fn=limit_address_space)
        done = threading.Event()
        ended = {}

        def reap():
            _, status, usage = os.wait4(proc.pid, 0)
            ended.update(at=time.perf_counter(), status=status, maxrss=usage.ru_maxrss * 1024)
            proc.returncode = os.waitstatus_to_exitcode(status)
            done.set()

        def kill_group():
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # the build ended meanwhile

        threading.Thread(target=reap, daemon=True).start()
        sampled, verdict = 0, None
        try:
            while not done.wait(POLL_SECONDS):
                rss = group_rss(proc.pid)
                sampled = max(sampled, rss)
                if rss > cap:
                    verdict = "killed"
                elif time.perf_counter() - started > timeout:
                    verdict = "timed out"
                if verdict:
                    kill_group()
                    break
        except BaseException:
            kill_group()
            raise
        done.wait()
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    seconds = ended["at"] - started
    if verdict:
        return Outcome(verdict, seconds, sampled, stderr)
    if proc.returncode != 0:
        # The address-space backstop makes an allocation fail inside rustc.
        status = "killed" if "memory allocation of" in stderr else "failed"
        return Outcome(status, seconds, max(sampled, ended["maxrss"]), stderr)
    return Outcome("ok", seconds, ended["maxrss"], stderr)


def cargo_env(work, extra=None):
    # Whole-crate compiles: incremental caches would let a touched crate reuse its queries.
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=str(work / "target"))
    env.update(extra or {})
    return env


def cargo(work, args, env=None, timeout=3600, cap=16 * GIB):
    """A build that must succeed (dependencies, cold builds); returns its time."""
    outcome = run_limited(["cargo", *args], work, env or cargo_env(work), timeout, cap)
    if outcome.status != "ok":
        sys.exit(f"cargo {' '.join(args)}: {outcome.describe(cap, timeout)}\n"
                 f"{outcome.stderr[-4000:]}")
    return outcome.seconds


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / GIB
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} cores, {cpu}, {memory:.0f} GiB, {rustc}"


def cold_builds(work, rounds):
    """Cold build of the macros crate against thiserror's, each in a fresh target dir.

    Both are built as dependencies, the way a user's first build builds them:
    `cold-macros` is an empty crate that depends on platform-errors-macros, and
    `-p thiserror` builds thiserror-impl for thiserror. (Building the macros crate itself
    with `-p` would give it debug info, which a proc-macro dependency does not get.)
    """
    results = {"platform-errors-macros": [], "thiserror": []}
    package_of = {"platform-errors-macros": "cold-macros", "thiserror": "thiserror"}
    target = work / "cold-target"
    for _ in range(rounds):
        for name in results:
            if target.exists():
                shutil.rmtree(target)
            env = cargo_env(work, {"CARGO_TARGET_DIR": str(target)})
            results[name].append(cargo(work, ["build", "-p", package_of[name]], env=env))
    return results


def parse_rows(text):
    rows = []
    for item in filter(None, text.split(",")):
        way, _, n = item.partition(":")
        if way not in WAYS or not n.isdigit():
            sys.exit(f"--rows: {item!r} is not way:N with a way among {', '.join(WAYS)}")
        rows.append((way, int(n)))
    return rows


def check_large(args):
    """The CI check: one `cargo check` of the large DSL catalogue, under the limits."""
    n = int(args.sizes or 65536)
    timeout = args.timeout or 120
    cap = int((args.mem_cap_gib or 1) * GIB)
    write_workspace(LARGE_WORK, [("dsl", n)], cold=False)
    print(f"check-large: building the dependencies in {LARGE_WORK}", flush=True)
    warm_up(LARGE_WORK, [("dsl", n)], ["check"])
    name = f"dsl-{n}"
    what = f"`cargo check` of a {n:,}-code define_codes! catalogue"
    print(f"check-large: {what}, limits {timeout:g} s and {cap / MIB:,.0f} MiB "
          f"({machine()})", flush=True)
    (LARGE_WORK / name / "src" / "lib.rs").touch()
    outcome = run_limited(["cargo", "check", "-p", name], LARGE_WORK, cargo_env(LARGE_WORK),
                          timeout, cap)
    print(f"check-large: {outcome.describe(cap, timeout)}", flush=True)
    if outcome.status != "ok":
        if outcome.status == "failed":
            print(outcome.stderr[-4000:], file=sys.stderr)
        sys.exit(f"check-large: FAILED: {what} {outcome.status}")
    goal = LARGE_GOAL_SECONDS
    verdict = ("met" if outcome.seconds <= goal
               else f"missed by {outcome.seconds - goal:.1f} s (reported, not enforced)")
    print(f"check-large: ok; the goal of {goal:g} s: {verdict}", flush=True)


def own_build(rounds):
    """Issue 27 §5: the macros crate's own build, everything else built, against
    thiserror-impl's; CPU and wall time, interleaved rounds."""
    work = OWN_WORK
    work.mkdir(parents=True, exist_ok=True)
    for entry in work.iterdir():
        if entry.name != "target":
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    common = 'thiserror = "2"\nserde = { version = "1", features = ["derive"] }\n'
    crates = {
        "platform-errors-macros": ("own-macros", f'platform-errors-macros = {{ path = "{ROOT / "macros"}" }}\n'),
        "thiserror-impl": ("own-thiserror-impl", 'thiserror-impl = "2"\n'),
    }
    for package, deps in crates.values():
        write_crate(work, package, common + deps, "")
    (work / "Cargo.toml").write_text(
        "[workspace]\nresolver = \"2\"\nmembers = ["
        + ", ".join(f'"{package}"' for package, _ in crates.values()) + "]\n")
    lock = ROOT / "Cargo.lock"
    if lock.exists():
        shutil.copyfile(lock, work / "Cargo.lock")
    print(f"own-build: building the dependencies in {work}", file=sys.stderr, flush=True)
    for package, _ in crates.values():
        cargo(work, ["build", "-p", package])
    samples = {name: [] for name in crates}
    for round_index in range(rounds):
        names = list(crates) if round_index % 2 == 0 else list(reversed(crates))
        for name in names:
            cargo(work, ["clean", "-p", name])
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall = cargo(work, ["build", "-p", crates[name][0]])
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            samples[name].append((cpu, wall))
        print(f"round {round_index + 1}/{rounds} done", file=sys.stderr, flush=True)
    print(f"Machine: {machine()}. {rounds} interleaved rounds; seconds, median (fastest–slowest).\n")
    print("| crate | CPU | wall | CPU ratio |")
    print("|---|---:|---:|---:|")
    base = statistics.median(cpu for cpu, _ in samples["thiserror-impl"])
    for name, runs in samples.items():
        cpus, walls = [c for c, _ in runs], [w for _, w in runs]
        print(f"| {name} | {statistics.median(cpus):.2f} ({min(cpus):.2f}–{max(cpus):.2f}) "
              f"| {statistics.median(walls):.2f} ({min(walls):.2f}–{max(walls):.2f}) "
              f"| {statistics.median(cpus) / base:.2f}× |")


def format_row(samples):
    """Median time and peak of the samples of one crate and kind, or how it stopped."""
    ok = [s for s in samples if s.status == "ok"]
    if len(ok) < len(samples) or not ok:
        return None
    return statistics.median(s.seconds for s in ok), statistics.median(s.peak_bytes for s in ok)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:]))
    parser.add_argument("--preset", choices=sorted(PRESETS),
                        help="rows and kinds of build (default main); --ways, --sizes and "
                        "--rows replace its rows, --kinds its kinds")
    parser.add_argument("--ways", help="comma-separated, among dsl,derive,hand,peer")
    parser.add_argument("--sizes", help="comma-separated numbers of codes")
    parser.add_argument("--rows", help="more rows, as way:N,way:N")
    parser.add_argument("--kinds", help="check, release or check,release")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cold-rounds", type=int, default=None,
                        help="cold builds of the macros crate (default 3 for the main preset "
                        "as it stands, else 0)")
    parser.add_argument("--timeout", type=float, help="seconds per build (default 300; 120 "
                        "with --check-large)")
    parser.add_argument("--mem-cap-gib", type=float, help="memory cap per build (default 6; "
                        "1 with --check-large)")
    parser.add_argument("--check-large", action="store_true",
                        help="the CI check: one capped `cargo check` of the 65,536-code DSL")
    parser.add_argument("--own-build", action="store_true",
                        help="issue 27 §5: the macros crate's own build against thiserror-impl's")
    parser.add_argument("--out", help="also write the tables to this file")
    args = parser.parse_args()
    # Stopped from outside, exit through run_limited's handler, which kills the build.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda number, _: sys.exit(128 + number))
    if args.check_large:
        return check_large(args)
    if args.own_build:
        return own_build(args.rounds)

    preset = args.preset or "main"
    ways, sizes, rows, kinds = PRESETS[preset]
    if args.ways or args.sizes or args.rows:
        # The rows given replace the preset's: --ways times --sizes (each defaulting to the
        # main preset's when the other is given), plus --rows.
        ways, sizes = [], []
        if args.ways or args.sizes:
            ways = args.ways.split(",") if args.ways else WAYS
            sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [150, 1000, 5000]
        rows = parse_rows(args.rows or "")
    for way in ways:
        if way not in WAYS:
            sys.exit(f"--ways: unknown way {way!r}; the ways are {', '.join(WAYS)}")
    rows = list(dict.fromkeys([(w, n) for n in sizes for w in ways] + rows))
    kinds = (args.kinds or kinds).split(",")
    if any(k not in KINDS for k in kinds):
        sys.exit("--kinds: check, release or check,release")
    overridden = args.ways or args.sizes or args.rows
    cold_rounds = args.cold_rounds if args.cold_rounds is not None else (
        3 if preset == "main" and not overridden else 0)
    timeout = args.timeout or 300
    cap = int((args.mem_cap_gib or 6) * GIB)

    write_workspace(WORK, rows, cold=cold_rounds > 0)
    print("building dependencies...", file=sys.stderr)
    warm_up(WORK, rows, kinds)

    crates = [f"{way}-{n}" for way, n in rows]
    samples = {(c, kind): [] for c in crates for kind in kinds}
    commands = {"check": ["check"], "release": ["build", "--release"]}
    for round_index in range(args.rounds):
        order = crates[round_index % len(crates):] + crates[:round_index % len(crates)]
        for crate in order:
            lib = WORK / crate / "src" / "lib.rs"
            for kind in kinds:
                runs = samples[(crate, kind)]
                if runs and runs[-1].status != "ok":
                    continue  # killed, timed out or failed once: not again
                lib.touch()
                outcome = run_limited(["cargo", *commands[kind], "-p", crate], WORK,
                                      cargo_env(WORK), timeout, cap)
                runs.append(outcome)
                if outcome.status != "ok":
                    print(f"{crate} {kind}: {outcome.describe(cap, timeout)}", file=sys.stderr)
                    if outcome.status == "failed":
                        print(outcome.stderr[-4000:], file=sys.stderr)
        print(f"round {round_index + 1}/{args.rounds} done", file=sys.stderr)

    def cell(way, n, kind):
        runs = samples[(f"{way}-{n}", kind)]
        if runs and runs[-1].status != "ok":
            return runs[-1].describe(cap, timeout), ""
        baseline = "hand-str" if way.endswith("-str") else "hand"
        row, hand = format_row(runs), format_row(samples.get((f"{baseline}-{n}", kind), []))
        if row is None:
            return "", ""
        time_text, peak_text = f"{row[0]:.3f}", f"{row[1] / MIB:,.0f}"
        if hand is not None:
            time_text += f" ({row[0] / hand[0]:.2f}×)"
            peak_text += f" ({row[1] / hand[1]:.2f}×)"
        return time_text, peak_text

    header = " | ".join(f"`cargo {commands[k][0]}{' --release' if k == 'release' else ''}` "
                        f"| peak MiB" for k in kinds)
    lines = [f"Machine: {machine()}. {args.rounds} interleaved rounds; medians in seconds and "
             "of the peak resident memory (MiB) of cargo and rustc; ratio to hand-written at "
             "the same N in parentheses. Limits per build: "
             f"{timeout:g} s, {cap / MIB:,.0f} MiB.", "",
             f"| N | way | {header} |", "|---:|---|" + "---:|---:|" * len(kinds)]
    for way, n in (rows if args.rounds > 0 else []):
        cells = [c for kind in kinds for c in cell(way, n, kind)]
        lines.append(f"| {n:,} | {way} | " + " | ".join(cells) + " |")

    # Growth: each way measured at several sizes, from one size to the next.
    growth = []
    for way in WAYS:
        ns = sorted(n for w, n in rows if w == way)
        for kind in kinds:
            for small, large in zip(ns, ns[1:]):
                a = format_row(samples[(f"{way}-{small}", kind)])
                b = format_row(samples[(f"{way}-{large}", kind)])
                if args.rounds == 0 or a is None or b is None:
                    continue
                codes_x, time_x = large / small, b[0] / a[0]
                growth.append(f"| {way} | {kind} | {small:,} → {large:,} | {codes_x:.1f}× "
                              f"| {time_x:.2f}× | {time_x / codes_x:.2f} | {b[1] / a[1]:.2f}× |")
    if growth:
        lines += ["", "Growth: time and peak from one size to the next (linear: time ratio / "
                  "codes ratio near 1; the goal for 8× the codes is at most 10× the time).", "",
                  "| way | build | N | codes | time | time / codes | peak |",
                  "|---|---|---|---:|---:|---:|---:|", *growth]

    if cold_rounds > 0:
        cold = cold_builds(WORK, cold_rounds)
        base = statistics.median(cold["thiserror"])
        lines += ["", f"Cold build as a dependency, fresh target directory, {cold_rounds} "
                  "interleaved rounds:", "",
                  "| crate | median | fastest | slowest | ratio |", "|---|---:|---:|---:|---:|"]
        for package, times in cold.items():
            median = statistics.median(times)
            lines.append(f"| {package} | {median:.2f} s | {min(times):.2f} s "
                         f"| {max(times):.2f} s | {median / base:.2f}x |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
