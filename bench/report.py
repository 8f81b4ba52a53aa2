"""Result rows, the markdown table and ``bench/results.md``."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    MET = "met"
    MISSED = "**not met**"
    INFO = "—"
    NOT_YET = "not yet measurable"
    FAILED = "**benchmark failed**"


@dataclass(slots=True)
class Row:
    item: str  # "1", "3b", ... (table order)
    name: str
    measured: str
    target: str = "—"
    status: Status = Status.INFO
    note: str = ""  # why a target is missed and what would meet it; or what was measured


@dataclass(slots=True)
class Result:
    """What one benchmark module hands back: rows for the table, markdown for the details."""

    rows: list[Row] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def extend(self, other: Result) -> None:
        self.rows.extend(other.rows)
        self.details.extend(other.details)


def judge(ok: bool) -> Status:
    return Status.MET if ok else Status.MISSED


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(rows: list[Row]) -> str:
    lines = ["| # | item | measured (median) | target | met? |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.item} | {_cell(r.name)} | {_cell(r.measured)} | {_cell(r.target)} | {r.status.value} |")
    return "\n".join(lines)


def notes(rows: list[Row]) -> str:
    out: list[str] = []
    for r in rows:
        if r.note:
            mark = " (target missed)" if r.status is Status.MISSED else ""
            out.append(f"- **{r.item}. {r.name}**{mark}: {r.note}")
    return "\n".join(out)


def document(title: str, machine: list[tuple[str, str]], rows: list[Row], details: list[str], footer: list[str]) -> str:
    parts = [f"# {title}", ""]
    parts += ["## Machine", "", "| | |", "|---|---|"]
    parts += [f"| {_cell(k)} | {_cell(v)} |" for k, v in machine]
    parts += ["", "## Results", "", table(rows), ""]
    missed = [r for r in rows if r.status is Status.MISSED]
    met = [r for r in rows if r.status is Status.MET]
    parts += [
        f"Targets met: {len(met)}; not met: {len(missed)}"
        + (f" ({', '.join(r.item for r in missed)})" if missed else "")
        + ".",
        "",
    ]
    parts += ["## Notes", "", notes(rows), ""]
    if details:
        parts += ["## Details", ""]
        for block in details:
            parts += [block, ""]
    parts += footer
    return "\n".join(parts).rstrip() + "\n"
