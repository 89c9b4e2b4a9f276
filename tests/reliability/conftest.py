"""The in-process participant server of ``tests/server``, for the fault tests here."""

from tests.server.conftest import (  # noqa: F401 (fixtures)
    http,
    limits,
    participation,
    phones,
    server,
    web_dir,
)
