"""Serving the participant app with uvicorn in a background thread.

The desktop app and ``facilitator serve`` both use :class:`ParticipantServer`.
Everything here that the UI needs before a server runs (addresses, URL
checks) is cheap to import: the web framework loads in :meth:`start`.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import re
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from facilitator import settings
from facilitator.errors import FacilitatorError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.join_codes import display_join_code

if TYPE_CHECKING:
    import uvicorn

    from facilitator.server.app import ServerLimits, StreamHub
    from facilitator.services.participation import ParticipationService

START_TIMEOUT_SECONDS = 15.0
STOP_TIMEOUT_SECONDS = 5.0
# Open streams are ended with ``event: closed`` first, so this only bounds
# connections that stopped reading.
GRACEFUL_SHUTDOWN_SECONDS = 2


class ServerError(FacilitatorError):
    """The participant server could not start (port taken, bad address, …)."""

    code = "server"


# Addresses ------------------------------------------------------------------------


@dataclass(frozen=True)
class LanAddress:
    """An IPv4 address of this machine that phones might reach it at.

    ``preferred`` ranks the addresses: 0 is the likeliest to be the room's
    network (a private address on a Wi-Fi or Ethernet interface); higher is
    less likely (VPNs, containers, link-local; loopback last).
    """

    interface: str
    address: str
    preferred: int


_VIRTUAL = re.compile(
    r"^(lo|tun|tap|utun|ppp|ipsec|wg|zt|tailscale|docker|veth|br-|virbr|vmnet|vboxnet|"
    r"vethernet|lxc|lxd|podman|cni|flannel|cali|kube|awdl|llw|gif|stf|anpi|bridge|dummy)"
    r"|vpn|virtual|loopback|pseudo|hyper-v|wsl",
    re.IGNORECASE,
)
_PHYSICAL = re.compile(
    r"^(wl|en|eth|wi-?fi|wlan|ethernet|wireless|local area connection)", re.IGNORECASE
)
RANK_LAN, RANK_LAN_OTHER, RANK_OTHER, RANK_VIRTUAL, RANK_LINK_LOCAL, RANK_LOOPBACK = range(6)


def _rank(interface: str, address: ipaddress.IPv4Address) -> int:
    if address.is_loopback:
        return RANK_LOOPBACK
    if address.is_link_local:
        return RANK_LINK_LOCAL
    if _VIRTUAL.search(interface):
        return RANK_VIRTUAL
    physical = bool(_PHYSICAL.match(interface))
    if address.is_private:
        return RANK_LAN if physical else RANK_LAN_OTHER
    return RANK_OTHER


def lan_addresses() -> list[LanAddress]:
    """This machine's IPv4 addresses, likeliest first; loopback only if there is nothing else.

    Reads the interface table only: no network traffic is sent.
    """
    import psutil

    try:
        interfaces = psutil.net_if_addrs()
        stats = psutil.net_if_stats()
    except OSError:
        interfaces, stats = {}, {}
    found: list[LanAddress] = []
    for name, addresses in interfaces.items():
        stat = stats.get(name)
        if stat is not None and not stat.isup:
            continue
        for entry in addresses:
            if entry.family != socket.AF_INET:
                continue
            try:
                address = ipaddress.IPv4Address(entry.address)
            except ValueError:
                continue
            if address.is_unspecified or address.is_multicast:
                continue
            found.append(LanAddress(name, str(address), _rank(name, address)))
    found.sort(key=lambda a: (a.preferred, a.interface, ipaddress.IPv4Address(a.address)))
    usable = [a for a in found if a.preferred != RANK_LOOPBACK]
    if usable:
        return usable
    return found or [LanAddress("lo", "127.0.0.1", RANK_LOOPBACK)]


def default_address() -> str:
    """The address to put in the join link when none is chosen."""
    return lan_addresses()[0].address


# URLs -----------------------------------------------------------------------------


def validate_public_url(url: str) -> str:
    """``url`` as the base of join links (no trailing slash), or ServerError if unusable."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        _ = parts.port  # a port that is not a number raises here
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The public URL must start with http:// or https:// and name a host: {url}",
            ),
            url=url,
        )
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise ServerError(
            QT_TRANSLATE_NOOP("errors", "The public URL cannot have a query or a fragment: {url}"),
            url=url,
        )
    if parts.username is not None or parts.password is not None:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "errors", "The public URL cannot contain a user name or password: {url}"
            ),
            url=url,
        )
    if any(ch.isspace() for ch in text):
        raise ServerError(
            QT_TRANSLATE_NOOP("errors", "The public URL cannot contain spaces: {url}"), url=url
        )
    return text.rstrip("/")


def _url_host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


# The server -----------------------------------------------------------------------


def _bind(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE | socket.AI_NUMERICHOST
        )
    except socket.gaierror:
        raise ServerError(
            QT_TRANSLATE_NOOP("errors", "{host} is not an address of this computer to serve on."),
            host=host,
        ) from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if sys.platform == "win32":
            # Windows lets SO_REUSEADDR take over a port in use; this forbids that.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined,unused-ignore]
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except BaseException:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _bind_first_free(host: str, port: int) -> socket.socket:
    ports = [0] if port == 0 else range(port, min(port + settings.SERVER_PORT_TRIES, 65536))
    for candidate in ports:
        try:
            return _bind(host, candidate)
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
                continue
            if exc.errno == errno.EACCES:
                raise ServerError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Not allowed to serve on port {port}; choose a port above 1023."
                    ),
                    port=candidate,
                ) from exc
            if exc.errno == errno.EADDRNOTAVAIL:
                raise ServerError(
                    QT_TRANSLATE_NOOP(
                        "errors", "{host} is not an address of this computer to serve on."
                    ),
                    host=host,
                ) from exc
            raise ServerError(
                QT_TRANSLATE_NOOP("errors", "Could not serve on {host} port {port}: {reason}"),
                host=host,
                port=candidate,
                reason=exc.strerror or str(exc),
            ) from exc
    last = ports[-1]
    raise ServerError(
        QT_TRANSLATE_NOOP(
            "errors", "Ports {first} to {last} are all in use; choose another port with --port."
        ),
        first=port,
        last=last,
    )


class ParticipantServer:
    """The participant page and API for one session, served in a daemon thread."""

    def __init__(
        self,
        participation: ParticipationService,
        *,
        host: str = "0.0.0.0",
        port: int = settings.SERVER_PORT_DEFAULT,
        public_url: str | None = None,
        web_dir: Path | None = None,
        limits: ServerLimits | None = None,
    ) -> None:
        if not 0 <= port <= 65535:
            raise ServerError(
                QT_TRANSLATE_NOOP("errors", "The port must be between 0 and 65535, not {port}."),
                port=port,
            )
        self._participation = participation
        self._host = host
        self._requested_port = port
        self._port: int | None = None
        self._public_url = validate_public_url(public_url) if public_url else None
        self._web_dir = web_dir
        self._limits = limits
        self._thread: threading.Thread | None = None
        self._server: uvicorn.Server | None = None
        self._hub: StreamHub | None = None
        self._failure: BaseException | None = None
        self._lock = threading.Lock()

    # Properties ---------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        """The port served on (after :meth:`start`; before it, the port asked for)."""
        return self._requested_port if self._port is None else self._port

    @property
    def running(self) -> bool:
        server = self._server
        thread = self._thread
        return (
            server is not None
            and thread is not None
            and thread.is_alive()
            and server.started
            and not server.should_exit
        )

    @property
    def public_url(self) -> str | None:
        return self._public_url

    @public_url.setter
    def public_url(self, url: str | None) -> None:
        self._public_url = validate_public_url(url) if url else None

    @property
    def join_code(self) -> str:
        """The session's code as people read and type it (``ABCD-EFGH``)."""
        return display_join_code(self._participation.workshop.workshop.join_code)

    @property
    def stream_count(self) -> int:
        """How many phones have the event stream open."""
        return self._hub.stream_count if self._hub is not None else 0

    def base_url(self, address: str | None = None) -> str:
        if self._public_url:
            return self._public_url
        if address is None:
            address = self._host if self._host not in ("0.0.0.0", "::", "") else default_address()
        return f"http://{_url_host(address)}:{self.port}"

    def join_url(self, address: str | None = None) -> str:
        return f"{self.base_url(address)}/j/{self.join_code}"

    # Running ------------------------------------------------------------------

    def start(self) -> None:
        """Serve until :meth:`stop`; returns once listening, or raises ServerError."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            import uvicorn

            # uvicorn loads its parts by name from strings; importing them here
            # also lets PyInstaller see them.
            import uvicorn.lifespan.on

            from facilitator.resources import resource_path
            from facilitator.server.app import ServerLimits, create_app, stream_hub
            from facilitator.server.protocol import protocol_with_deadline

            web_dir = self._web_dir or resource_path("web")
            limits = self._limits or ServerLimits()
            app = create_app(self._participation, web_dir=web_dir, limits=limits)
            hub = stream_hub(app)
            sock = _bind_first_free(self._host, self._requested_port)
            self._port = sock.getsockname()[1]
            config = uvicorn.Config(
                app,
                http=protocol_with_deadline(limits.request_read_seconds),
                ws="none",
                lifespan="on",
                log_level="warning",
                log_config=None,
                access_log=False,
                server_header=False,
                timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
            )
            ready = threading.Event()
            server = _make_server(config, hub, ready)
            self._server, self._hub, self._failure = server, hub, None
            thread = threading.Thread(
                target=self._serve,
                args=(server, sock, ready),
                name=f"participant-server-{self._port}",
                daemon=True,
            )
            self._thread = thread
            thread.start()
            if not ready.wait(START_TIMEOUT_SECONDS) or not server.started:
                server.should_exit = True
                thread.join(STOP_TIMEOUT_SECONDS)
                self._thread = None
                reason = self._failure
                if not reason:
                    raise ServerError(
                        QT_TRANSLATE_NOOP("errors", "The participant server did not start in time.")
                    )
                raise ServerError(
                    QT_TRANSLATE_NOOP("errors", "The participant server did not start: {reason}"),
                    reason=str(reason),
                )

    def _serve(
        self,
        server: uvicorn.Server,
        sock: socket.socket,
        ready: threading.Event,
    ) -> None:
        try:
            with asyncio.Runner() as runner:
                runner.run(server.serve(sockets=[sock]))
        except BaseException as exc:  # uvicorn raises SystemExit when startup fails
            self._failure = exc
        finally:
            sock.close()
            ready.set()

    def stop(self) -> None:
        """End every event stream and stop serving; returns within a few seconds."""
        with self._lock:
            server, thread = self._server, self._thread
            if server is None or thread is None:
                return
            server.should_exit = True
            thread.join(GRACEFUL_SHUTDOWN_SECONDS + STOP_TIMEOUT_SECONDS)
            if thread.is_alive():
                server.force_exit = True
                thread.join(STOP_TIMEOUT_SECONDS)
            self._thread = None


def _make_server(config: uvicorn.Config, hub: StreamHub, ready: threading.Event) -> uvicorn.Server:
    import uvicorn

    class Server(uvicorn.Server):
        """Tells when it listens, and ends the streams before waiting on open responses."""

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            ready.set()

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            # uvicorn waits for open responses before the app's own shutdown
            # runs: without this, every open stream would hold it up.
            hub.close()
            await super().shutdown(sockets)

    return Server(config)
