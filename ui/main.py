"""The ``facilitator`` command: the desktop app, or a sub-command without a window."""

from __future__ import annotations

import os
import sys

from facilitator.cli import build_parser, run_command
from facilitator.export.pictures import PictureWriter


def headless_pictures() -> PictureWriter:
    """What draws boards for ``facilitator export --format pdf|png|zip``."""
    from ui.export.headless import headless_pictures  # Qt is loaded only for these formats.

    return headless_pictures()


def self_test() -> int:
    """``facilitator --self-test``: the checks live in the core; Qt only draws for them."""
    from facilitator.self_test import run_self_test

    # Without a display (CI, SSH) Qt must start offscreen, or it aborts the
    # process. A platform chosen on purpose is kept.
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return run_self_test(pictures=headless_pictures)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        return self_test()
    if args.command is not None:
        return run_command(args, pictures=headless_pictures)
    from ui.app import run_app  # Qt is only loaded when a window is wanted.

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
