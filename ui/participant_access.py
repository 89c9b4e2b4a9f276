"""How participants reach the open session: the server, the link, the code and who joined.

One object per open session owns the participant server's lifecycle and
answers what the join screen and the corner badge show, so the two always
agree on the link (which network address, or the public URL for remote
people) and on the number of people who joined.

The server itself is built by a factory the app passes in, so tests can run
with a fake server, or a real one on a free port, and never bind a fixed port.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Signal

from facilitator.changes import current
from facilitator.domain import Participant
from facilitator.errors import FacilitatorError
from facilitator.join_codes import display_join_code
from facilitator.server.runner import ServerError, validate_public_url
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import ChangeEvent, WorkshopService
from ui.i18n import translate
from ui.service_bridge import ServiceBridge

PUBLIC_URL_KEY = "participants/public_url"


class JoinServer(Protocol):
    """What the UI needs of the participant server (``facilitator.server``)."""

    @property
    def running(self) -> bool: ...

    @property
    def port(self) -> int: ...

    @property
    def public_url(self) -> str | None: ...

    @public_url.setter
    def public_url(self, value: str | None) -> None: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def join_url(self, address: str | None = None) -> str: ...


class LanAddressLike(Protocol):
    @property
    def interface(self) -> str: ...

    @property
    def address(self) -> str: ...


ServerFactory = Callable[[ParticipationService, str | None], JoinServer]


def _no_addresses() -> Sequence[LanAddressLike]:
    return ()


@dataclass(frozen=True)
class ServerSetup:
    """How to start the participant server for a session, from the command line options.

    ``create`` gets the session's participation service and the public URL to
    use (``None``: links point at this machine's own address).
    """

    create: ServerFactory
    lan_addresses: Callable[[], Sequence[LanAddressLike]] = field(default=_no_addresses)
    default_address: Callable[[], str] | None = None
    public_url: str | None = None  # given on the command line: wins over the saved one


def valid_public_url(text: str) -> str | None:
    """``text`` as a usable http(s) base address for remote participants, or None.

    The server's own rule decides, so what is accepted here it also serves.
    """
    try:
        return validate_public_url(text)
    except ServerError:
        return None


def without_scheme(url: str) -> str:
    """A link as people type it: no ``http://``, which every phone browser adds by itself."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            return url[len(scheme) :]
    return url


class ParticipantAccess(QObject):
    """The participant server of one open session, and the link people join by."""

    linkChanged = Signal()
    participantCountChanged = Signal(int)

    def __init__(
        self,
        service: WorkshopService,
        bridge: ServiceBridge,
        setup: ServerSetup | None = None,
        preferences: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._setup = setup
        self._preferences = preferences
        self.participation = ParticipationService(service)
        self._server: JoinServer | None = None
        self._error = ""
        self._addresses: list[LanAddressLike] = []
        self._address: str | None = None
        self._public_url = setup.public_url if setup is not None else None
        if self._public_url is None and preferences is not None:
            saved = preferences.value(PUBLIC_URL_KEY, "")
            self._public_url = valid_public_url(saved) if isinstance(saved, str) and saved else None
        self._count = service.participant_count()
        bridge.changed.connect(self._on_change)

    # Lifecycle ------------------------------------------------------------------

    def start(self) -> bool:
        """Start the server; on failure the board still works and :meth:`error_text` says why."""
        if self._setup is None:
            self._error = self.tr("Phones cannot join: this window runs without a server.")
            return False
        try:
            server = self._setup.create(self.participation, self._public_url)
            server.start()
        except FacilitatorError as exc:
            reason = translate(exc.text)
            self._error = self.tr("Phones cannot join: {reason}").format(reason=reason)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._error = self.tr("Phones cannot join: {reason}").format(reason=reason)
        else:
            self._server = server
            self._error = ""
        self.refresh_addresses()
        return self._server is not None

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()
        self.participation.close()

    @property
    def server(self) -> JoinServer | None:
        return self._server

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    def error_text(self) -> str:
        """Why phones cannot join (empty while they can)."""
        return self._error

    # The link -------------------------------------------------------------------

    @property
    def code(self) -> str:
        return display_join_code(self._service.workshop.join_code)

    def join_url(self) -> str:
        """The link the QR code and the text show; empty while phones cannot join."""
        if self._server is None or not self._server.running:
            return ""
        return self._server.join_url(None if self._public_url else self._address)

    def short_link(self) -> str:
        return without_scheme(self.join_url())

    def addresses(self) -> list[LanAddressLike]:
        return list(self._addresses)

    @property
    def address(self) -> str | None:
        return self._address

    def set_address(self, address: str) -> None:
        if address != self._address:
            self._address = address
            self.linkChanged.emit()

    def refresh_addresses(self) -> None:
        """Look at the network again (a laptop may have moved to another network)."""
        if self._setup is not None and self._server is not None:
            self._addresses = list(self._setup.lan_addresses())
            known = [a.address for a in self._addresses]
            if self._address not in known:
                default = self._setup.default_address() if self._setup.default_address else None
                self._address = default if default in known or not known else known[0]
        self.linkChanged.emit()

    @property
    def public_url(self) -> str | None:
        return self._public_url

    def set_public_url(self, text: str | None) -> bool:
        """Use (and remember) a public address; None or "" goes back to the local network."""
        url = valid_public_url(text) if text else None
        if text and url is None:
            return False
        self._public_url = url
        if self._server is not None:
            self._server.public_url = url
        if self._preferences is not None:
            self._preferences.setValue(PUBLIC_URL_KEY, url or "")
            self._preferences.sync()
        self.linkChanged.emit()
        return True

    # Who joined -----------------------------------------------------------------

    def participant_count(self) -> int:
        return self._count

    def _on_change(self, event: ChangeEvent) -> None:
        if any(isinstance(current(c), Participant) for c in event.changeset.changes):
            count = self._service.participant_count()
            if count != self._count:
                self._count = count
                self.participantCountChanged.emit(count)
