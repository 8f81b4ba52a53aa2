"""Item 3: the case list at 1,000, 10,000 and 100,000 cases, in the app's own main window.

Each vault is a copy of a generated one (:mod:`bench.datagen`), opened with ``services.unlock.open_vault``.
"Load" is ``MainWindow.refresh()`` (``services.cases.list_cases`` + ``CaseTableModel.set_cases`` +
the counts) plus processing the repaint; a "keystroke" is one character typed into the window's
search field with ``QTest.keyClicks`` (``textChanged`` → ``CaseTableModel.set_filter(text=...)`` →
counts) plus processing the repaint. The model alone (``set_filter`` on each prefix) is reported too.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench import datagen
from bench.common import Config, fmt_n, fmt_s, median, percentile, timed
from bench.report import Result, Row, Status, judge
from livcr_desktop.services import cases, unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.main_window import MainWindow

KEYSTROKE_TARGET = 0.016  # one frame at 60 Hz
# A pseudonym ("Linde 48…") and an ideology label, typed one character at a time.
QUERIES: tuple[str, ...] = ("linde 48", "extreemrechts")


@dataclass(slots=True)
class SizeResult:
    size: int
    first_window: float = 0.0
    loads: list[float] = field(default_factory=list)
    lists: list[float] = field(default_factory=list)
    lists_no_gc: list[float] = field(default_factory=list)  # the same with Python's cyclic GC paused
    models: list[float] = field(default_factory=list)
    keys: list[float] = field(default_factory=list)
    model_keys: list[float] = field(default_factory=list)
    overdue: list[float] = field(default_factory=list)  # MainWindow._update_counts → model.overdue_count()
    repaints: list[float] = field(default_factory=list)  # the table's viewport repainted, nothing else
    hits: dict[str, int] = field(default_factory=dict)


def _show(ctx: ServiceContext, app: QApplication) -> MainWindow:
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    return window


def _refresh(window: MainWindow, app: QApplication) -> None:
    window.refresh()
    app.processEvents()


def _repaint(window: MainWindow, app: QApplication) -> None:
    window.table.viewport().update()
    app.processEvents()


def _keystroke(window: MainWindow, app: QApplication, ch: str) -> None:
    QTest.keyClicks(window.search, ch)
    app.processEvents()


def _type(window: MainWindow, app: QApplication, query: str, out: list[float]) -> int:
    window.search.clear()
    app.processEvents()
    for ch in query:
        out.append(timed(partial(_keystroke, window, app, ch))[0])
    return window.model.rowCount()


def measure(cfg: Config, app: QApplication, size: int) -> SizeResult:
    res = SizeResult(size)
    path = datagen.checkout(datagen.cases_vault(size), cfg.work / f"scale-{size}")
    vault = unlock.open_vault(path, datagen.PASSPHRASE)
    ctx = ServiceContext(vault, vault.unlocked_by.user)
    res.first_window, window = timed(lambda: _show(ctx, app))
    try:
        for _ in range(cfg.runs_for(size)):
            res.loads.append(timed(lambda: _refresh(window, app))[0])
            seconds, rows = timed(lambda: cases.list_cases(ctx))
            res.lists.append(seconds)
            gc.disable()
            try:
                res.lists_no_gc.append(timed(partial(cases.list_cases, ctx))[0])
            finally:
                gc.enable()
            res.models.append(timed(partial(window.model.set_cases, rows))[0])
            for query in QUERIES:
                res.hits[query] = _type(window, app, query, res.keys)
            window.search.clear()
            app.processEvents()
            for query in QUERIES:
                for i in range(1, len(query) + 1):
                    prefix = query[:i]
                    res.model_keys.append(timed(partial(window.model.set_filter, text=prefix))[0])
            window.model.set_filter(text="")
            app.processEvents()
            for _ in range(10):
                res.overdue.append(timed(window.model.overdue_count)[0])
                res.repaints.append(timed(lambda: _repaint(window, app))[0])
    finally:
        window.close()  # the app's closeEvent closes the vault
        window.deleteLater()
        app.processEvents()
    return res


def run(cfg: Config, app: QApplication) -> Result:
    result = Result()
    results = [measure(cfg, app, size) for size in cfg.sizes]
    detail = [
        "### Case list at scale",
        "",
        f"Queries typed: {', '.join(repr(q) for q in QUERIES)} ({sum(len(q) for q in QUERIES)} keystrokes per run).",
        "",
        "| cases | runs | first MainWindow | load (refresh) | list_cases (GC paused) | set_cases | keystroke median | "
        "keystroke p95 / max | set_filter alone (median / max) | overdue recount | table repaint | rows left |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for res in results:
        key = median(res.keys)
        at_target = res.size == cfg.scale_target_size
        if at_target and key >= KEYSTROKE_TARGET:
            note = _keystroke_miss_note(res)
        else:
            note = _keystroke_breakdown(res)
            if res.size > cfg.scale_target_size:
                note += (
                    f" No target at this size; the worst keystroke (an early letter, most rows still shown) "
                    f"took {fmt_s(max(res.keys))}."
                )
        load_note = (
            f"`list_cases` {fmt_s(median(res.lists))} ({fmt_s(median(res.lists_no_gc))} with Python's cyclic GC "
            f"paused), `CaseTableModel.set_cases` {fmt_s(median(res.models))} (search keys and sort); building "
            f"the window the first time {fmt_s(res.first_window)}."
        )
        gc_share = 1 - median(res.lists_no_gc) / median(res.lists)
        if gc_share >= 0.3 and res.size >= 10_000:
            load_note += (
                f" About {gc_share:.0%} of `list_cases` is Python's cyclic GC walking the new row objects: pausing "
                f"the GC while the list is built (as measured) would save about "
                f"{fmt_s(median(res.lists) - median(res.lists_no_gc))}."
            )
        result.rows.append(
            Row(
                f"3 ({fmt_n(res.size)})",
                f"Case list, {fmt_n(res.size)} cases: load (`MainWindow.refresh` + repaint)",
                fmt_s(median(res.loads)),
                note=load_note,
            )
        )
        result.rows.append(
            Row(
                f"3 ({fmt_n(res.size)})",
                f"Case list, {fmt_n(res.size)} cases: per keystroke in the search field",
                f"{fmt_s(key)} (p95 {fmt_s(percentile(res.keys, 95))})",
                "< 16 ms" if at_target else "—",
                judge(key < KEYSTROKE_TARGET) if at_target else Status.INFO,
                note,
            )
        )
        detail.append(
            f"| {fmt_n(res.size)} | {len(res.loads)} | {fmt_s(res.first_window)} | {fmt_s(median(res.loads))} | "
            f"{fmt_s(median(res.lists))} ({fmt_s(median(res.lists_no_gc))}) | {fmt_s(median(res.models))} | "
            f"{fmt_s(key)} | "
            f"{fmt_s(percentile(res.keys, 95))} / {fmt_s(max(res.keys))} | "
            f"{fmt_s(median(res.model_keys))} / {fmt_s(max(res.model_keys))} | "
            f"{fmt_s(median(res.overdue))} | {fmt_s(median(res.repaints))} | "
            f"{', '.join(f'{q!r}: {n}' for q, n in res.hits.items())} |"
        )
    result.details.append("\n".join(detail))
    return result


def _keystroke_breakdown(res: SizeResult) -> str:
    filt, overdue, paint = (median(x) for x in (res.model_keys, res.overdue, res.repaints))
    return (
        f"Per keystroke: the model's `set_filter` {fmt_s(filt)}, `MainWindow._update_counts`' overdue recount "
        f"over all rows {fmt_s(overdue)}, repainting the table {fmt_s(paint)}; "
        f"{len(res.keys)} keystrokes, max {fmt_s(max(res.keys))}."
    )


def _keystroke_miss_note(res: SizeResult) -> str:
    key, filt, overdue, paint = (median(x) for x in (res.keys, res.model_keys, res.overdue, res.repaints))
    return (
        f"Of the {fmt_s(key)} per keystroke, the model's own filtering (`set_filter`) takes {fmt_s(filt)}, "
        f"`MainWindow._update_counts` recounting the overdue reviews over all rows {fmt_s(overdue)}, and "
        f"repainting the table {fmt_s(paint)} (about the same at 1,000 cases: `CaseTableModel.data()` is "
        "called for every visible cell and role, and each label lookup builds a dict of translated strings). "
        "What would meet it: keep the overdue count from `set_cases` instead of recounting per keystroke, "
        "cache each row's display strings (or the label tables) so a repaint is cheap, and filter "
        "incrementally on the previous result when the new text extends the old one; a 100–150 ms "
        "debounce of the search field would also keep typing fluid at 100,000."
    )
