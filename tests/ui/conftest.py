from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from facilitator.join_codes import display_join_code
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from ui.board_screen import BoardScreen
from ui.chime import Chime
from ui.participant_access import ParticipantAccess, ServerSetup
from ui.service_bridge import ServiceBridge


@pytest.fixture
def bridge(service: WorkshopService) -> Iterator[ServiceBridge]:
    bridge = ServiceBridge(service)
    yield bridge
    bridge.detach()


@pytest.fixture
def board_id(service: WorkshopService) -> str:
    return service.boards()[0].id


class FakeServer:
    """Stands in for the participant server: no socket, the same link rules."""

    def __init__(
        self,
        participation: ParticipationService,
        public_url: str | None,
        failure: Exception | None = None,
    ) -> None:
        self.participation = participation
        self.public_url = public_url
        self.failure = failure
        self.running = False
        self.port = 8765
        self.stopped = False

    def start(self) -> None:
        if self.failure is not None:
            raise self.failure
        self.running = True

    def stop(self) -> None:
        self.running = False
        self.stopped = True

    def join_url(self, address: str | None = None) -> str:
        base = self.public_url or f"http://{address or '127.0.0.1'}:{self.port}"
        workshop = self.participation.workshop.workshop
        return f"{base}/j/{display_join_code(workshop.join_code)}"


@dataclass(frozen=True)
class Address:
    interface: str
    address: str


ADDRESSES = (Address("wlan0", "192.168.1.20"), Address("eth0", "10.0.0.5"))


@dataclass
class FakeNetwork:
    """What the fake setup created, for tests to look at."""

    servers: list[FakeServer] = field(default_factory=list)
    failure: Exception | None = None
    addresses: tuple[Address, ...] = ADDRESSES

    def setup(self, public_url: str | None = None) -> ServerSetup:
        def create(participation: ParticipationService, url: str | None) -> FakeServer:
            server = FakeServer(participation, url, self.failure)
            self.servers.append(server)
            return server

        return ServerSetup(
            create=create,
            lan_addresses=lambda: self.addresses,
            default_address=lambda: self.addresses[0].address,
            public_url=public_url,
        )


@pytest.fixture
def network() -> FakeNetwork:
    return FakeNetwork()


@pytest.fixture
def preferences(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def access(
    qtbot, service: WorkshopService, bridge: ServiceBridge, network: FakeNetwork, preferences
) -> Iterator[ParticipantAccess]:
    participant_access = ParticipantAccess(service, bridge, network.setup(), preferences)
    assert participant_access.start()
    yield participant_access
    participant_access.stop()


class FakePlayer:
    """Stands in for the sound player: records what would have been played."""

    def __init__(self) -> None:
        self.played: list[tuple[Path, float]] = []

    def play(self, sound: Path, volume: float) -> None:
        self.played.append((sound, volume))


@pytest.fixture
def player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def chime(preferences: QSettings, player: FakePlayer) -> Chime:
    """The timer's chime, silent: tests look at ``player.played``."""
    return Chime(preferences, player)


@pytest.fixture
def open_screen(qtbot, service, bridge, access, chime) -> Callable[[], BoardScreen]:
    """Opens the board screen later in the test (e.g. after the timer was started)."""

    def make() -> BoardScreen:
        board_screen = BoardScreen(service, bridge, access=access, chime=chime)
        qtbot.addWidget(board_screen)
        board_screen.resize(1920, 1080)
        board_screen.show()
        qtbot.waitExposed(board_screen)
        return board_screen

    return make


@pytest.fixture
def screen(open_screen: Callable[[], BoardScreen]) -> BoardScreen:
    """The board screen of a session whose participants can join, at 1080p."""
    return open_screen()
