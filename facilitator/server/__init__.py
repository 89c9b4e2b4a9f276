"""The participant server: the phone page and its HTTP API for one open session.

:mod:`facilitator.server.app` is the ASGI application (FastAPI);
:mod:`facilitator.server.runner` serves it with uvicorn in a background thread,
for the desktop app and for ``facilitator serve`` alike. Importing this package
stays cheap: the web framework is only loaded when a server is started.
"""

from __future__ import annotations

from facilitator.server.runner import (
    LanAddress,
    ParticipantServer,
    ServerError,
    default_address,
    lan_addresses,
    validate_public_url,
)

__all__ = [
    "LanAddress",
    "ParticipantServer",
    "ServerError",
    "default_address",
    "lan_addresses",
    "validate_public_url",
]
