"""Facilitator core: the workshop domain, its storage and its services.

Nothing in this package imports Qt; the desktop UI (``ui``) and the participant
server build on top of it.
"""

__version__ = "0.1.0"
