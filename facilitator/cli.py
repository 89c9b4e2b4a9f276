"""Command-line parsing and the commands that need no window.

The GUI entry point (``ui.main``) parses with :func:`build_parser` too, and
hands every sub-command (``sessions`` …) to :func:`run_command`, so the same
options mean the same thing everywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from facilitator import __version__, settings
from facilitator.errors import FacilitatorError
from facilitator.paths import resolve_data_dir
from facilitator.services.library import Library


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run hybrid workshops on a touch display.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where sessions are stored (default: ${settings.DATA_DIR_ENV} "
        "or the platform's user data folder)",
    )
    parser.add_argument(
        "--session", metavar="TITLE", help="open this session, creating it if needed"
    )
    parser.add_argument(
        "--lang",
        choices=settings.LANGUAGES,
        help="language of the app (default: the system language)",
    )
    parser.add_argument("--fullscreen", action="store_true", help="start full screen")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sessions = commands.add_parser("sessions", help="list the stored sessions")
    sessions.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sessions.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    return parser


def _list_sessions(library: Library, as_json: bool, out: TextIO) -> None:
    summaries = library.summaries()
    if as_json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "language": s.language,
                "created_at": s.created_at.isoformat(),
                "updated_at": s.updated_at.isoformat(),
                "boards": s.board_count,
                "notes": s.note_count,
            }
            for s in summaries
        ]
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if not summaries:
        out.write("No sessions yet.\n")
        return
    width = max(len(s.title) for s in summaries)
    for s in summaries:
        created = s.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        out.write(
            f"{s.title:<{width}}  {created}  {s.board_count:>3} boards  {s.note_count:>5} notes\n"
        )


def run_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run a sub-command; returns the process exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        library = Library.open(resolve_data_dir(args.data_dir))
    except FacilitatorError as exc:
        err.write(f"facilitator: {exc}\n")
        return 1
    try:
        if args.command == "sessions":
            _list_sessions(library, args.json, out)
            return 0
        err.write(f"facilitator: unknown command {args.command!r}\n")
        return 2
    except FacilitatorError as exc:
        err.write(f"facilitator: {exc}\n")
        return 1
    finally:
        library.close()
