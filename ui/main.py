"""The ``facilitator`` command: the desktop app, or a sub-command without a window."""

from __future__ import annotations

import sys

from facilitator.cli import build_parser, run_command
from facilitator.export.pictures import PictureWriter


def headless_pictures() -> PictureWriter:
    """What draws boards for ``facilitator export --format pdf|png|zip``."""
    from ui.export.headless import headless_pictures  # Qt is loaded only for these formats.

    return headless_pictures()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run_command(args, pictures=headless_pictures)
    from ui.app import run_app  # Qt is only loaded when a window is wanted.

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
