#!/usr/bin/env python3
"""Compile-time benchmark: the same catalogue declared four ways, timed side by side.

    python3 benches/compile_time.py [--sizes 150,1000,5000] [--rounds 5] [--cold-rounds 3]
                                    [--out FILE]

For each N it generates, in target/compile-time-bench/, one crate per way of declaring N
sparse codes with messages:

  dsl      this project's define_codes!
  derive   this project's #[derive(PlatformError)]
  hand     hand-written: enum, match for code/message/from_code, Display, Error
  peer     thiserror + num_enum + strum (Error/Display, TryFrom<i64>, FromStr/name)

All dependencies are built first. Then, round after round and interleaved (the order
rotates each round), it touches each crate's lib.rs and times `cargo check` and
`cargo build --release` of that crate alone, with incremental compilation off. It prints
medians and ratios to hand-written (`--rounds 0` skips this part), and the cold build of the
macros crate against thiserror's, each built as a dependency in a fresh target directory.
Needs only python3 and cargo; the crates come from crates.io.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-time-bench"
WAYS = ["dsl", "derive", "hand", "peer"]


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


def source(way, n):
    cs = codes(n)
    if way == "dsl":
        lines = [f'        E{c} = {c} => "{message(c)}",' for c in cs]
        return "platform_errors::define_codes! {\n    pub enum Codes {\n" + "\n".join(lines) + "\n    }\n}\n"
    if way == "derive":
        lines = [f'    #[code({c})]\n    #[message("{message(c)}")]\n    E{c},' for c in cs]
        return ("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, platform_errors::PlatformError)]\n"
                "pub enum Codes {\n" + "\n".join(lines) + "\n}\n")
    if way == "hand":
        variants = "\n".join(f"    E{c}," for c in cs)
        codes_arms = "\n".join(f"            Self::E{c} => {c}," for c in cs)
        msg_arms = "\n".join(f'            Self::E{c} => "{message(c)}",' for c in cs)
        from_arms = "\n".join(f"            {c} => Some(Self::E{c})," for c in cs)
        return f"""#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Codes {{
{variants}
}}

impl Codes {{
    pub const fn code(self) -> i64 {{
        match self {{
{codes_arms}
        }}
    }}

    pub const fn message(self) -> &'static str {{
        match self {{
{msg_arms}
        }}
    }}

    pub fn from_code(code: i64) -> Option<Self> {{
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
    if way == "peer":
        lines = [f'    #[error("{message(c)}")]\n    E{c} = {c},' for c in cs]
        return ("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error,\n"
                "         num_enum::TryFromPrimitive, strum::EnumString, strum::IntoStaticStr)]\n"
                "#[repr(i64)]\npub enum Codes {\n" + "\n".join(lines) + "\n}\n")
    raise ValueError(way)


def write_workspace(sizes):
    if WORK.exists():
        shutil.rmtree(WORK)
    members = []
    for n in sizes:
        for way in WAYS:
            name = f"{way}-{n}"
            members.append(name)
            crate = WORK / name
            (crate / "src").mkdir(parents=True)
            deps = {
                "dsl": f'platform-errors = {{ path = "{ROOT}" }}',
                "derive": f'platform-errors = {{ path = "{ROOT}" }}',
                "hand": "",
                "peer": 'thiserror = "2"\nnum_enum = "0.7"\nstrum = { version = "0.28", features = ["derive"] }',
            }[way]
            (crate / "Cargo.toml").write_text(
                f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n{deps}\n')
            (crate / "src" / "lib.rs").write_text(source(way, n))
    # A crate that only pulls every dependency in, so that one build warms them all.
    warm = WORK / "warm"
    (warm / "src").mkdir(parents=True)
    (warm / "Cargo.toml").write_text(
        f'[package]\nname = "warm"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n'
        f'platform-errors = {{ path = "{ROOT}" }}\nthiserror = "2"\nnum_enum = "0.7"\n'
        'strum = { version = "0.28", features = ["derive"] }\n')
    (warm / "src" / "lib.rs").write_text("")
    members.append("warm")
    # The macros crate built the way a user's build builds it, as a dependency (a proc-macro
    # dependency gets no debug info), just as `-p thiserror` builds thiserror-impl.
    cold = WORK / "cold-macros"
    (cold / "src").mkdir(parents=True)
    (cold / "Cargo.toml").write_text(
        f'[package]\nname = "cold-macros"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n'
        f'platform-errors-macros = {{ path = "{ROOT / "macros"}" }}\n')
    (cold / "src" / "lib.rs").write_text("")
    members.append("cold-macros")
    (WORK / "Cargo.toml").write_text(
        "[workspace]\nresolver = \"2\"\nmembers = [" + ", ".join(f'"{m}"' for m in members) + "]\n")
    return members


def cargo(args, cwd=WORK, env=None):
    # Whole-crate compiles: incremental caches would let a touched crate reuse its queries.
    env = dict(env or os.environ, CARGO_INCREMENTAL="0")
    started = time.perf_counter()
    result = subprocess.run(["cargo", *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"cargo {' '.join(args)} failed:\n{result.stderr[-4000:]}")
    return elapsed


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} cores, {cpu}, {rustc}"


def cold_builds(rounds):
    """Cold build of the macros crate against thiserror's, each in a fresh target dir.

    Both are built as dependencies, the way a user's first build builds them:
    `cold-macros` is an empty crate that depends on platform-errors-macros, and
    `-p thiserror` builds thiserror-impl for thiserror. (Building the macros crate itself
    with `-p` would give it debug info, which a proc-macro dependency does not get.)
    """
    results = {"platform-errors-macros": [], "thiserror": []}
    package_of = {"platform-errors-macros": "cold-macros", "thiserror": "thiserror"}
    for _ in range(rounds):
        for name in results:
            target = WORK / "cold-target"
            if target.exists():
                shutil.rmtree(target)
            env = dict(os.environ, CARGO_TARGET_DIR=str(target))
            results[name].append(cargo(["build", "-p", package_of[name]], env=env))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="150,1000,5000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cold-rounds", type=int, default=3)
    parser.add_argument("--out", help="also write the tables to this file")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    members = write_workspace(sizes)
    print("building dependencies...", file=sys.stderr)
    cargo(["build", "--workspace"])
    cargo(["build", "--workspace", "--release"])

    crates = [m for m in members if m not in ("warm", "cold-macros")]
    times = {(c, kind): [] for c in crates for kind in ("check", "release")}
    for round_index in range(args.rounds):
        order = crates[round_index % len(crates):] + crates[:round_index % len(crates)]
        for crate in order:
            lib = WORK / crate / "src" / "lib.rs"
            for kind, command in (("check", ["check", "-p", crate]),
                                  ("release", ["build", "--release", "-p", crate])):
                lib.touch()
                times[(crate, kind)].append(cargo(command))
        print(f"round {round_index + 1}/{args.rounds} done", file=sys.stderr)

    lines = [f"Machine: {machine()}. {args.rounds} interleaved rounds; medians in seconds; "
             "ratio to hand-written in parentheses.", "",
             "| N | way | `cargo check` | `cargo build --release` |", "|---:|---|---:|---:|"]
    for n in sizes if args.rounds > 0 else []:
        hand = {k: statistics.median(times[(f"hand-{n}", k)]) for k in ("check", "release")}
        for way in WAYS:
            med = {k: statistics.median(times[(f"{way}-{n}", k)]) for k in ("check", "release")}
            lines.append(f"| {n} | {way} | {med['check']:.3f} ({med['check'] / hand['check']:.2f}x) "
                         f"| {med['release']:.3f} ({med['release'] / hand['release']:.2f}x) |")
    if args.cold_rounds > 0:
        cold = cold_builds(args.cold_rounds)
        base = statistics.median(cold["thiserror"])
        lines += ["", f"Cold build as a dependency, fresh target directory, {args.cold_rounds} "
                  "interleaved rounds:", "",
                  "| crate | median | fastest | slowest | ratio |", "|---|---:|---:|---:|---:|"]
        for package, samples in cold.items():
            median = statistics.median(samples)
            lines.append(f"| {package} | {median:.2f} s | {min(samples):.2f} s "
                         f"| {max(samples):.2f} s | {median / base:.2f}x |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
