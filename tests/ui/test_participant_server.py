"""The participant server lives as long as its session; the app copes when it cannot start."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import QSettings

from facilitator.commands import CreateNote
from facilitator.server.runner import ParticipantServer, ServerError
from facilitator.services.participation import ParticipationService
from tests.ui.conftest import Address, FakeNetwork
from ui.board_screen import BoardScreen
from ui.main_window import MainWindow
from ui.participant_access import JoinServer, ServerSetup

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def make_window(qtbot, library, setup: ServerSetup | None, preferences: QSettings) -> MainWindow:
    window = MainWindow(library, language="en", server=setup, preferences=preferences)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    return window


def test_opening_a_session_starts_its_server_and_closing_stops_it(
    qtbot, library, network: FakeNetwork, preferences
):
    window = make_window(qtbot, library, network.setup(), preferences)
    window.open_or_create_session("Retro")
    [server] = network.servers
    assert server.running
    access = window.access
    assert access is not None and access.running
    screen = window.current_screen()
    assert isinstance(screen, BoardScreen)
    assert screen.join_badge is not None

    window.close_session()
    assert (server.stopped, server.running) == (True, False)
    assert window.access is None

    window.open_or_create_session("Retro")
    assert len(network.servers) == 2 and network.servers[1].running
    window.close_session()


def test_when_the_server_cannot_start_the_board_still_works_and_a_toast_says_why(
    qtbot, library, network: FakeNetwork, preferences
):
    network.failure = ServerError(
        "Ports {first} to {last} are all in use; choose another port with --port.",
        first=8765,
        last=8784,
    )
    window = make_window(qtbot, library, network.setup(), preferences)
    window.open_or_create_session("Retro")
    assert window.toast.isVisible() and window.toast.is_error()
    assert "Ports 8765 to 8784 are all in use" in window.toast.text()
    assert window.service is not None
    window.service.execute(CreateNote(window.service.boards()[0].id, "Still works"))
    window.close_session()


def test_without_a_server_setup_no_server_and_no_complaint(qtbot, library, preferences):
    window = make_window(qtbot, library, None, preferences)
    window.open_or_create_session("Retro")
    assert window.access is not None and not window.access.running
    assert not window.toast.isVisible()
    window.close_session()


def test_real_server_on_a_free_port_serves_the_join_link_and_counts_joins(
    qtbot, library, preferences
):
    """End to end: the QR link is served, a phone joins over HTTP, the count goes up."""
    started: list[ParticipantServer] = []

    def create(participation: ParticipationService, public_url: str | None) -> JoinServer:
        server = ParticipantServer(participation, host="127.0.0.1", port=0, public_url=public_url)
        started.append(server)
        return server

    loopback = (Address("lo", "127.0.0.1"),)
    setup = ServerSetup(
        create=create, lan_addresses=lambda: loopback, default_address=lambda: "127.0.0.1"
    )
    window = make_window(qtbot, library, setup, preferences)
    window.open_or_create_session("Retro")
    try:
        access = window.access
        assert access is not None and access.running
        [server] = started
        assert server.port != 0
        url = access.join_url()
        assert url == f"http://127.0.0.1:{server.port}/j/{access.code}"
        screen = window.current_screen()
        assert isinstance(screen, BoardScreen)
        screen.show_join_screen()
        join = screen.join_screen
        assert join is not None and join.qr.text() == url

        with httpx.Client(timeout=10) as client:
            assert client.get(url).status_code == 200
            code = access.code.replace("-", "")
            answer = client.post(
                f"http://127.0.0.1:{server.port}/api/v1/sessions/{code}/participants",
                json={"name": "Aino"},
            )
            assert answer.status_code == 201
        # The join happened on the server's thread; the screen hears of it on the GUI thread.
        qtbot.waitUntil(lambda: join.count_label.text() == "1 people joined")
    finally:
        window.close_session()
    assert not started[0].running
    with pytest.raises(httpx.TransportError), httpx.Client(timeout=2) as client:
        client.get(url)
