"""The in-process participant server of ``tests/server``, for the fault tests here.

(``participation``, ``web_dir`` and ``limits`` come from tests/conftest.py.)
"""

from tests.server.conftest import (  # noqa: F401 (fixtures)
    http,
    phones,
    server,
)
