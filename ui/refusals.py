"""Running a change from a widget: a refusal is shown to the user, never raised."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.errors import FacilitatorError


def attempt(action: Callable[[], object], report: Callable[[FacilitatorError], object]) -> bool:
    """Run ``action``; if the core refuses it, pass the error to ``report`` and return False."""
    try:
        action()
    except FacilitatorError as error:
        report(error)
        return False
    return True
