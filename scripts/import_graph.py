"""The package-level import graph of livcr_desktop as a Mermaid diagram, from grimp (as lint-imports sees it).

    .venv/bin/python scripts/import_graph.py            # print the diagram
    .venv/bin/python scripts/import_graph.py --write    # replace the diagram in docs/architecture.md
    .venv/bin/python scripts/import_graph.py --check    # exit 1 when docs/architecture.md is out of date

An arrow A --> B means some module of A imports some module of B (imports under ``TYPE_CHECKING``
included, as in the contracts). A dotted arrow is made only of the temporary exceptions listed in
``ignore_imports`` in pyproject.toml; it disappears once they are fixed.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
START, END = "<!-- import-graph:start (scripts/import_graph.py --write) -->", "<!-- import-graph:end -->"
PACKAGE = "livcr_desktop"
# Nodes, top to bottom; the platform helpers are one node.
NODES = {
    "cli": "cli.py",
    "views": "views/ (Qt)",
    "commands": "commands/",
    "services": "services/",
    "storage": "storage/",
    "reports": "reports/",
    "domain": "domain/",
    "helpers": "hygiene, paths, resources",
}
HELPERS = ("hygiene", "paths", "resources")


def node_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != PACKAGE or len(parts) < 2 or parts[1] == "__main__":
        return None
    name = parts[1]
    return "helpers" if name in HELPERS else name if name in NODES else None


def ignored_imports() -> set[tuple[str, str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pairs = set()
    for contract in config["tool"]["importlinter"]["contracts"]:
        for entry in contract.get("ignore_imports", []):
            importer, imported = (part.strip() for part in entry.split("->"))
            pairs.add((importer, imported))
    return pairs


def edges() -> dict[tuple[str, str], bool]:
    """(importer node, imported node) -> True when every import behind the arrow is a temporary exception."""
    sys.path.insert(0, str(ROOT))
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    ignored = ignored_imports()
    result: dict[tuple[str, str], bool] = {}
    for module in sorted(graph.modules):
        a = node_of(module)
        if a is None:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            b = node_of(imported)
            if b is None or b == a:
                continue
            only_ignored = (module, imported) in ignored
            result[(a, b)] = result.get((a, b), True) and only_ignored
    return result


def mermaid() -> str:
    lines = ["```mermaid", "flowchart TD"]
    lines += [f'    {key}["{label}"]' for key, label in NODES.items()]
    order = list(NODES)
    for (a, b), temporary in sorted(edges().items(), key=lambda e: (order.index(e[0][0]), order.index(e[0][1]))):
        lines.append(f"    {a} -. temporary .-> {b}" if temporary else f"    {a} --> {b}")
    lines.append("```")
    return "\n".join(lines)


def with_diagram(doc: str, diagram: str) -> str:
    head, found, rest = doc.partition(START)
    _, found_end, tail = rest.partition(END)
    if not found or not found_end:
        raise SystemExit(f"{DOC}: the markers {START!r} and {END!r} are missing")
    return f"{head}{START}\n{diagram}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="replace the diagram in docs/architecture.md")
    group.add_argument("--check", action="store_true", help="fail when docs/architecture.md is out of date")
    args = parser.parse_args(argv)
    diagram = mermaid()
    if not (args.write or args.check):
        print(diagram)
        return 0
    doc = DOC.read_text(encoding="utf-8")
    updated = with_diagram(doc, diagram)
    if args.check:
        if updated != doc:
            print(
                f"{DOC.relative_to(ROOT)} is out of date: run python scripts/import_graph.py --write", file=sys.stderr
            )
            return 1
        return 0
    if updated != doc:
        DOC.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
