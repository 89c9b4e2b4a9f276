"""Join codes: short enough to type from a screen share, too many to guess.

Eight characters from 31 that cannot be mistaken for one another (no 0/O,
1/I/L) give about 8.5e11 codes; the server also limits guessing.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 8


def new_join_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalize_join_code(typed: str) -> str:
    """What someone typed ("abcd-efgh", "ABCD EFGH") as a stored code."""
    return "".join(typed.split()).replace("-", "").upper()


def display_join_code(code: str) -> str:
    """Grouped for reading aloud and typing: ``ABCD-EFGH``."""
    return f"{code[:4]}-{code[4:]}" if len(code) == LENGTH else code
