"""``python -m bench``: run every benchmark, print the table and write ``bench/results.md``.

Options: ``--quick`` (small sizes, one run each: a smoke test; writes to the cache folder unless
``--output`` is given), ``--output PATH``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from bench.common import REPO_ROOT, Config, cache_dir, fmt_s
from bench.report import Result, Row, Status, document, table

RESULTS = REPO_ROOT / "bench" / "results.md"


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _step(item: str, name: str, fn: Callable[[], Result], into: Result) -> bool:
    """Run one benchmark; a failure becomes a row (the others still run). False if it failed."""
    _log(f"{item}. {name} …")
    t0 = time.perf_counter()
    try:
        into.extend(fn())
    except Exception as exc:
        traceback.print_exc()
        into.rows.append(
            Row(
                item,
                f"{name}: the benchmark failed",
                "not measured",
                "—",
                Status.FAILED,
                f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
            )
        )
        _log(f"{item}. {name}: FAILED")
        return False
    _log(f"{item}. {name}: {fmt_s(time.perf_counter() - t0)}")
    return True


def _order(item: str) -> tuple[int, str, int]:
    head = item.split()[0]
    digits = "".join(ch for ch in head if ch.isdigit())
    size = "".join(ch for ch in item[len(head) :] if ch.isdigit())
    return int(digits or 0), head[len(digits) :], int(size or 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each (smoke test)")
    parser.add_argument(
        "--output",
        type=Path,
        help="markdown file to write (default: bench/results.md; with --quick: results-quick.md in the cache folder)",
    )
    args = parser.parse_args(argv)
    output: Path = args.output or (cache_dir() / "results-quick.md" if args.quick else RESULTS)

    started = datetime.now().astimezone()
    from bench.machine import load_average

    load_at_start = load_average()
    t_start = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="livcr-bench-run-"))
    try:
        from bench import datagen, editing, encryption, machine, scale, stalls, startup, unlock_bench
        from livcr_desktop.views.app import install_language, make_application

        cfg = Config.make(args.quick, work)
        app = make_application()
        install_language(app, None)

        _log("preparing vaults (cached in " + str(cache_dir()) + ") …")
        t0 = time.perf_counter()
        keep = {datagen.demo_vault().parent, datagen.demo_vault_cheap().parent}
        for size in sorted({*cfg.sizes, cfg.encryption_size, cfg.memory_size}):
            datagen.cases_vault(size)
        datagen.prune_cache(keep)
        prepare = time.perf_counter() - t0
        _log(f"vaults ready: {fmt_s(prepare)}")

        result = Result()
        steps = [
            _step("1", "start-up and memory (child processes)", lambda: startup.run(cfg), result),
            _step("2", "unlock", lambda: unlock_bench.run(cfg), result),
            _step("3", "case list at scale", lambda: scale.run(cfg, app), result),
            _step("4", "live editing and minutes", lambda: editing.run(cfg, app), result),
            _step("6", "encryption cost", lambda: encryption.run(cfg), result),
            _step("8", "event-loop stalls of the slow operations", lambda: stalls.run(cfg, app), result),
        ]
        result.rows.sort(key=lambda r: _order(r.item))

        total = time.perf_counter() - t_start
        info = machine.describe(cache_dir(), started, load_at_start)
        mode = "quick smoke run (`--quick`: small sizes, 1 run)" if cfg.quick else "full run"
        footer = [
            "## Run",
            "",
            f"`python -m bench`{' --quick' if cfg.quick else ''}: {mode}; total {fmt_s(total)} "
            f"(of which preparing the cached vaults {fmt_s(prepare)}). Medians over {cfg.runs} runs "
            f"({cfg.startup_runs} child processes per start-up variant, {cfg.big_runs} at 100,000 cases).",
        ]
        text = document("LIVC-R Desktop benchmarks", info, result.rows, result.details, footer)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        print(table(result.rows))
        print()
        print(f"machine: {dict(info)['CPU']}; {dict(info)['Date']}")
        print(f"total run time: {fmt_s(total)}; written to {output}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(steps) else 1


if __name__ == "__main__":
    sys.exit(main())
