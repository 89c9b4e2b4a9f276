from __future__ import annotations

from collections.abc import Iterator

import pytest

from facilitator.services.workshop import WorkshopService
from ui.service_bridge import ServiceBridge


@pytest.fixture
def bridge(service: WorkshopService) -> Iterator[ServiceBridge]:
    bridge = ServiceBridge(service)
    yield bridge
    bridge.detach()


@pytest.fixture
def board_id(service: WorkshopService) -> str:
    return service.boards()[0].id
