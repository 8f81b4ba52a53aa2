"""Benchmarks of LIVC-R Desktop: ``python -m bench`` (see ``bench/README.md``).

Deliberately empty of imports: :mod:`bench.child_startup` runs as a child process under this
package, and its baseline must not pay for anything but PySide6.
"""
