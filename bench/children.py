"""Spawning measured child processes: wall time to a marker line, exit code and peak RSS.

Children are spawned through a small launcher process (``python -m bench.children``, standard
library only), which takes the measurement and reports it as JSON. The reason is ``ru_maxrss``: on
Linux a process started with vfork/fork + exec keeps, in its ``ru_maxrss``, the RSS high-water mark
of the address space it was exec'd from (``exec_mmap`` folds the old mm's hiwater into the
process's maxrss), so a child spawned straight from the benchmark (which holds Qt, SQLAlchemy and
100,000 cases) would report the benchmark's own size. Spawned from the launcher (about 10 MiB),
``ru_maxrss`` is the child's own peak. The child also reports ``VmHWM`` as a cross-check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.common import REPO_ROOT, cache_dir


@dataclass(slots=True)
class ChildRun:
    wall: float  # seconds from just before spawning to reading the marker line
    returncode: int
    maxrss_kib: int  # ru_maxrss of the child (os.wait4 in the launcher): its peak RSS over its whole life
    payload: dict[str, Any] = field(default_factory=dict)
    stderr: str = ""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Byte-code caches as a user's install has them, kept out of the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache_dir() / "pycache")
    return env


def _measure(args: list[str], stdin_text: str, marker: str, timeout: float) -> ChildRun:
    """In the launcher: run ``python args``; stderr goes to a file (no pipe deadlock)."""
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            cwd=REPO_ROOT,
            env=child_env(),
            text=True,
            encoding="utf-8",
        )
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            assert proc.stdin is not None and proc.stdout is not None
            if stdin_text:
                proc.stdin.write(stdin_text)
            proc.stdin.close()
            wall = -1.0
            payload: dict[str, Any] = {}
            for line in proc.stdout:
                if line.startswith(marker):
                    wall = time.perf_counter() - t0
                    payload = json.loads(line[len(marker) :].strip() or "{}")
                    break
            proc.stdout.read()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            watchdog.cancel()
        err.seek(0)
        stderr = err.read()
    return ChildRun(wall, proc.returncode, int(usage.ru_maxrss), payload, stderr)


def run_child(args: list[str], stdin_text: str = "", marker: str = "PAINTED", timeout: float = 120.0) -> ChildRun:
    """Run ``python args`` in the repository through the launcher; raise if it fails or never prints ``marker``."""
    spec = {"args": args, "stdin": stdin_text, "marker": marker, "timeout": timeout}
    done = subprocess.run(
        [sys.executable, "-m", "bench.children"],
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env=child_env(),
        timeout=timeout + 30,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"launcher failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    run = ChildRun(**json.loads(done.stdout))
    if run.returncode != 0 or run.wall < 0:
        raise RuntimeError(f"child {args} failed (exit {run.returncode}):\n{run.stderr[-2000:]}")
    return run


def startup_args(kind: str, vault: Path | None = None, python_flags: tuple[str, ...] = ()) -> list[str]:
    if kind == "baseline":
        return [*python_flags, "-m", "bench.child_startup", "baseline"]
    assert vault is not None
    return [*python_flags, "-m", "bench.child_startup", "app", "--vault", str(vault)]


def _launcher() -> int:
    spec = json.loads(sys.stdin.read())
    run = _measure(list(spec["args"]), str(spec["stdin"]), str(spec["marker"]), float(spec["timeout"]))
    sys.stdout.write(json.dumps(asdict(run)))
    return 0


if __name__ == "__main__":
    sys.exit(_launcher())
