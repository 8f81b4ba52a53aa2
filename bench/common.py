"""Shared helpers: run configuration, timing, medians, formatting, the cache and work folders."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

REPO_ROOT = Path(__file__).resolve().parents[1]
CACHE_ENV = "LIVCR_BENCH_CACHE"
DEFAULT_CACHE = Path("/tmp/livcr-bench-cache")
ASSESSMENT_CONTRIBUTIONS = 200  # contributions of the case whose assessment view is opened (item 4)


def cache_dir() -> Path:
    path = Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


@dataclass(frozen=True, slots=True)
class Config:
    """How much to measure. ``quick``: small sizes and one run each (a smoke test)."""

    quick: bool
    work: Path  # a fresh temp folder of this run: copies of the cached vaults live here
    runs: int  # repeated runs of in-process measurements
    startup_runs: int  # child processes per start-up variant
    big_runs: int  # runs at the largest size
    sizes: tuple[int, ...]  # case-list sizes
    scale_target_size: int  # the size the per-keystroke target applies to
    encryption_size: int  # cases inserted and listed for the encryption ratio
    memory_size: int  # the large vault opened for the memory figure
    edits: int  # committed edits / inserts per run of the live-editing item

    @classmethod
    def make(cls, quick: bool, work: Path) -> Config:
        if quick:
            return cls(
                True,
                work,
                runs=1,
                startup_runs=1,
                big_runs=1,
                sizes=(200, 1_000),
                scale_target_size=1_000,
                encryption_size=1_000,
                memory_size=1_000,
                edits=5,
            )
        return cls(
            False,
            work,
            runs=5,
            startup_runs=7,
            big_runs=3,
            sizes=(1_000, 10_000, 100_000),
            scale_target_size=10_000,
            encryption_size=10_000,
            memory_size=10_000,
            edits=40,
        )

    def runs_for(self, size: int) -> int:
        return self.big_runs if size >= 100_000 else self.runs


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """(seconds, result) of one call."""
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("no values")
    return float(statistics.median(values))


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); for small samples a plain, explainable figure."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return float(ordered[rank])


def fmt_s(seconds: float) -> str:
    """Seconds for people: ms below one second, s above."""
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1.0:
        return f"{seconds * 1e3:.1f} ms" if seconds < 0.1 else f"{seconds * 1e3:.0f} ms"
    return f"{seconds:.2f} s"


def fmt_mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def fmt_n(n: int) -> str:
    return f"{n:,}"
