"""uvicorn's httptools protocol with a deadline for receiving each request.

uvicorn waits for a request's headers and body as long as the client keeps
the connection open: a connection that sends nothing, or one byte now and
then (slowloris), is kept forever. The event loop serves other phones
meanwhile, but each such connection holds a socket and memory, so many of
them could still wear the server down. Here a request must arrive whole
(headers and body) within a deadline from the connection opening or from its
first byte; otherwise the connection is closed without an answer. Idle
keep-alive connections between requests are uvicorn's own business
(``timeout_keep_alive``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


def protocol_with_deadline(seconds: float) -> type[HttpToolsProtocol]:
    """The protocol class to give ``uvicorn.Config(http=…)``."""

    class DeadlineProtocol(HttpToolsProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._deadline: asyncio.TimerHandle | None = None

        def _arm(self) -> None:
            if self._deadline is None:
                self._deadline = self.loop.call_later(seconds, self._too_slow)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _too_slow(self) -> None:
            self._deadline = None
            if not self.transport.is_closing():
                self.transport.close()

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._arm()

        def on_message_complete(self) -> None:
            self._disarm()
            super().on_message_complete()

    return DeadlineProtocol
