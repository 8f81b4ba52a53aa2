"""A log record at WARNING or above fails the test, unless the test expected it.

After qutebrowser's ``tests/helpers/logfail.py``. A test expects records by raising the level
around the code that logs them::

    with caplog.at_level(logging.WARNING):
        backup.restore(...)
    assert "restored over" in caplog.text

How "expected" is told apart: the suite runs with the root logger at INFO (``log_level`` in
pyproject.toml); ``caplog.at_level(WARNING)`` (or higher) raises the level of the root logger (or of
the named logger) for the block, so a record whose logger's effective level is WARNING or more was
logged inside such a block. Unlike qutebrowser's handler this one does not raise inside
``logging`` (the code under test could swallow that, or Qt could print it from a slot): it collects
the records and fails the setup, call or teardown phase that produced them.
"""

from __future__ import annotations

import logging
from collections.abc import Generator

import pytest

MIN_LEVEL = logging.WARNING


class LogFailHandler(logging.Handler):
    """Collects the unexpected records of the current test phase."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.unexpected: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno < MIN_LEVEL:
            return
        if logging.getLogger(record.name).getEffectiveLevel() >= MIN_LEVEL:
            return  # inside caplog.at_level(WARNING or higher): the test asked for it
        self.unexpected.append(record)

    def report(self) -> str:
        lines = [
            f"{len(self.unexpected)} unexpected log record(s) at WARNING or above "
            "(expect them inside `with caplog.at_level(logging.WARNING):`):"
        ]
        for record in self.unexpected:
            lines.append(
                f"  {record.levelname} {record.name}: {record.getMessage()}"
                + (f" [{record.exc_info[0].__name__}]" if record.exc_info and record.exc_info[0] else "")
            )
        return "\n".join(lines)


_handler = LogFailHandler()


@pytest.fixture(scope="session", autouse=True)
def fail_on_logging() -> Generator[None]:
    root = logging.getLogger()
    root.addHandler(_handler)
    yield
    root.removeHandler(_handler)


def _checked_phase() -> Generator[None, object, object]:
    _handler.unexpected = []
    result = yield
    if _handler.unexpected:
        message = _handler.report()
        _handler.unexpected = []
        pytest.fail(message, pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _checked_phase())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _checked_phase())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, object, object]:
    return (yield from _checked_phase())
