"""Shared test helpers: pytest plugins loaded by ``tests/conftest.py`` (``pytest_plugins``).

- ``logfail``: a log record at WARNING or above fails the test that caused it, unless the test
  expected it (``with caplog.at_level(logging.WARNING):``), after qutebrowser's tests/helpers/logfail.py.
- ``markers``: every test that uses ``qtbot`` or ``qapp`` gets the ``gui`` marker.
- ``fixtures``: fixtures used by more than one test module (``demo_ctx``) and the small context
  builders (``clocked``, ``ctx_of``) that modules used to define for themselves.
"""
