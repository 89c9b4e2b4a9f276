"""A real participant server on loopback, with errors it logs collected for the test."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from facilitator.server.app import ServerLimits
from facilitator.server.runner import ParticipantServer
from facilitator.services.participation import ParticipationService
from tests.server.conftest import TIMEOUT, Phone


class ServerErrors(logging.Handler):
    """Every error the participant server logs: an unexpected exception in a request."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def messages(self) -> list[str]:
        return [self.format(record) for record in self.records]


@pytest.fixture
def server_errors() -> Iterator[ServerErrors]:
    handler = ServerErrors()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    loggers = [logging.getLogger(name) for name in ("facilitator", "uvicorn")]
    for logger in loggers:
        logger.addHandler(handler)
    yield handler
    for logger in loggers:
        logger.removeHandler(handler)


@pytest.fixture
def server(
    participation: ParticipationService,
    web_dir: Path,
    limits: ServerLimits,
    server_errors: ServerErrors,
) -> Iterator[ParticipantServer]:
    server = ParticipantServer(
        participation, host="127.0.0.1", port=0, web_dir=web_dir, limits=limits
    )
    server.start()
    yield server
    server.stop()
    assert not server_errors.messages(), server_errors.messages()


@pytest.fixture
def phone(server: ParticipantServer) -> Iterator[Phone]:
    client = httpx.Client(base_url=server.base_url(), timeout=TIMEOUT)
    phone = Phone(client, server.join_code).join("Aino")
    yield phone
    phone.close()
