"""Command-line parsing and the commands that need no window.

The GUI entry point (``ui.main``) parses with :func:`build_parser` too, and
hands every sub-command (``sessions`` …) to :func:`run_command`, so the same
options mean the same thing everywhere.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from facilitator import __version__, settings
from facilitator.domain import utc_now
from facilitator.errors import FacilitatorError, NotFoundError
from facilitator.export.exporter import ExportFormat, export_session
from facilitator.export.pictures import PictureWriter
from facilitator.export.selection import Selection
from facilitator.export.session_json import read_session_file
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.paths import resolve_data_dir
from facilitator.server.runner import ServerError, validate_public_url
from facilitator.services.library import Library
from facilitator.storage.store import WorkshopSummary

Confirm = Callable[[str], bool]
RETENTION_OFF = "Retention is off: sessions are kept until you delete them.\n"


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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works, without a window: serve a temporary "
        "session, post a note to it over HTTP and export it in every format; exit 0 if "
        "all is well, 1 if not",
    )
    _add_server_options(parser, defaults=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sessions = commands.add_parser("sessions", help="list the stored sessions")
    sessions.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sessions.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    serve = commands.add_parser(
        "serve",
        help="let participants join a session from their phones, without a window",
        description="Serve the phone page and participant API of one session until "
        "interrupted (Ctrl+C or SIGTERM). Prints the join link as 'Join URL: <url>'.",
    )
    serve.add_argument(
        "--session",
        metavar="TITLE",
        default=argparse.SUPPRESS,
        help="the session to serve, created if needed (required)",
    )
    serve.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    _add_server_options(serve, defaults=False)
    export = commands.add_parser(
        "export",
        help="write a session to a file (JSON, CSV, XLSX, Markdown, DOCX minutes, PDF report, "
        "PNG pictures, or all of them in a ZIP)",
        description="Write a session's boards, notes, votes and agenda to a file. Hidden "
        "and moderated notes are left out unless --include-hidden is given. PNG draws one "
        "picture per board: with several boards, --output is a folder, or a .zip file.",
    )
    export.add_argument(
        "--session", metavar="TITLE", default=argparse.SUPPRESS, help="the session (required)"
    )
    export.add_argument(
        "--format",
        required=True,
        choices=[f.value for f in ExportFormat],
        help="the file format",
    )
    export.add_argument(
        "--output",
        required=True,
        metavar="PATH",
        help="the file to write (PNG of several boards: a folder, or a .zip file)",
    )
    export.add_argument(
        "--board",
        action="append",
        default=[],
        metavar="TITLE",
        help="only this board (may be given more than once)",
    )
    export.add_argument(
        "--include-hidden",
        action="store_true",
        help="include notes that are moderated or not revealed yet",
    )
    export.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    import_ = commands.add_parser(
        "import",
        help="add a session from a JSON export",
        description="Add a new session from a file made by 'facilitator export --format json'.",
    )
    import_.add_argument("file", metavar="FILE.json")
    import_.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    retention = commands.add_parser(
        "retention",
        help="show or set how long sessions are kept",
        description="Sessions not changed for the given number of days are deleted each time "
        "Facilitator starts. Off by default. Setting it deletes the sessions already that old, "
        "after asking.",
    )
    choice = retention.add_mutually_exclusive_group()
    choice.add_argument(
        "--days",
        type=int,
        metavar="N",
        help=f"delete sessions not changed for N days ({settings.RETENTION_DAYS_MIN}–"
        f"{settings.RETENTION_DAYS_MAX})",
    )
    choice.add_argument("--off", action="store_true", help="keep sessions until deleted")
    retention.add_argument("--yes", action="store_true", help="do not ask before deleting")
    retention.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    remove_names = commands.add_parser(
        "remove-names",
        help="remove participant names from a session (e.g. for a GDPR request)",
        description="Remove names from a session's participants and notes. The notes stay, "
        "without a name. Files exported before are not changed. Lists the names and asks "
        "first.",
    )
    remove_names.add_argument(
        "--session", metavar="TITLE", default=argparse.SUPPRESS, help="the session (required)"
    )
    remove_names.add_argument(
        "--name",
        action="append",
        default=[],
        metavar="NAME",
        help="only this name (may be given more than once; default: every name)",
    )
    remove_names.add_argument("--yes", action="store_true", help="do not ask first")
    remove_names.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    return parser


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {port}")
    return port


def _bind_address(text: str) -> str:
    if text == "localhost":
        return "127.0.0.1"
    try:
        return str(ipaddress.ip_address(text.strip("[]")))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an IP address: {text!r} (e.g. 0.0.0.0 for every network, 127.0.0.1 for this "
            "computer only)"
        ) from None


def _public_url(text: str) -> str:
    try:
        return validate_public_url(text)
    except ServerError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_server_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """The participant server's options, on the app and again on ``serve``.

    On the sub-command they default to "not given", so that a value given
    before the sub-command is kept (as ``--data-dir`` does).
    """

    def default(value: Any) -> Any:
        return value if defaults else argparse.SUPPRESS

    parser.add_argument(
        "--port",
        type=_port,
        metavar="N",
        default=default(settings.SERVER_PORT_DEFAULT),
        help=f"port for participants' phones (default: {settings.SERVER_PORT_DEFAULT}, "
        "or the next free one; 0: any free port)",
    )
    parser.add_argument(
        "--bind",
        type=_bind_address,
        metavar="ADDR",
        default=default("0.0.0.0"),
        help="address to serve participants on (default: 0.0.0.0, every network)",
    )
    parser.add_argument(
        "--public-url",
        type=_public_url,
        metavar="URL",
        default=default(None),
        help="the address participants use when the server is reached through a reverse "
        "proxy or tunnel, e.g. https://workshop.example.org (used in the join link)",
    )


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
        boards, notes = _count(s.board_count, "board"), _count(s.note_count, "note")
        out.write(f"{s.title:<{width}}  {created}  {boards:>10}  {notes:>11}\n")


def _serve(library: Library, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from facilitator.server.runner import ParticipantServer
    from facilitator.services.participation import ParticipationService

    title: str = args.session
    found = library.find_by_title(title)
    workshop_id = (
        found.id if found else library.create(title, args.lang or settings.DEFAULT_LANGUAGE).id
    )
    service = library.open_workshop(workshop_id)
    participation = ParticipationService(service)
    stop = threading.Event()
    server = ParticipantServer(
        participation, host=args.bind, port=args.port, public_url=args.public_url
    )
    with _stopped_by_signals(stop):
        try:
            server.start()
            out.write(f"Join URL: {server.join_url()}\n")
            out.flush()
            # Waiting in steps lets Ctrl+C through on Windows too.
            while not stop.wait(0.5):
                pass
        finally:
            server.stop()
            participation.close()
    return 0


def _export(
    library: Library,
    args: argparse.Namespace,
    out: TextIO,
    pictures: Callable[[], PictureWriter] | None,
) -> int:
    found = _found_session(library, args.session)
    state = library.load(found.id)
    selection = Selection.of_titles(state, args.board, args.include_hidden)
    export_format = ExportFormat(args.format)
    # Only the formats that draw boards pay for starting Qt.
    writer = pictures() if pictures is not None and export_format.needs_pictures else None
    target = export_session(
        state, export_format, Path(args.output), selection, utc_now(), pictures=writer
    )
    out.write(f"Exported “{found.title}” to {target}\n")
    return 0


def _import(library: Library, args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    workshop = library.import_session(read_session_file(path))
    out.write(f"Imported “{workshop.title}” from {path}\n")
    return 0


def _found_session(library: Library, title: str) -> WorkshopSummary:
    found = library.find_by_title(title)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no session called “{title}”."), title=title
        )
    return found


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"


def _day(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def _retention(library: Library, args: argparse.Namespace, out: TextIO, confirm: Confirm) -> int:
    if args.off:
        library.set_retention_days(None)
        out.write(RETENTION_OFF)
        return 0
    if args.days is None:
        days = library.retention_days
        if days is None:
            out.write(RETENTION_OFF)
        else:
            out.write(
                f"Sessions not changed for {days} days are deleted when Facilitator starts.\n"
            )
            for summary in library.past_retention():
                out.write(f"  due: {summary.title} (last changed {_day(summary.updated_at)})\n")
        return 0
    expired = library.past_retention(args.days)
    out.write(
        f"From now on, sessions not changed for {args.days} days are deleted when "
        "Facilitator starts.\n"
    )
    if expired:
        out.write(f"These sessions are that old and are deleted now ({len(expired)}):\n")
        for summary in expired:
            out.write(f"  {summary.title} (last changed {_day(summary.updated_at)})\n")
        out.write("Deleted sessions cannot be recovered.\n")
    else:
        out.write("No session is that old now.\n")
    if not (args.yes or confirm("Turn this on?")):
        out.write("Nothing was changed.\n")
        return 1
    library.set_retention_days(args.days)
    deleted = library.apply_retention()
    out.write(f"Retention set to {args.days} days; {_count(len(deleted), 'session')} deleted.\n")
    return 0


def _remove_names(library: Library, args: argparse.Namespace, out: TextIO, confirm: Confirm) -> int:
    found = _found_session(library, args.session)
    people = library.participant_names(found.id)
    if not people:
        out.write(f"“{found.title}” holds no participant names.\n")
        return 0
    known = {person.name for person in people}
    if unknown := [name for name in args.name if name not in known]:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "“{session}” holds no name “{name}”. It holds: {names}."),
            session=found.title,
            name=unknown[0],
            names=", ".join(sorted(known, key=str.casefold)),
        )
    chosen = [p for p in people if not args.name or p.name in args.name]
    out.write(f"These names are removed from “{found.title}”, from participants and notes:\n")
    for person in chosen:
        out.write(f"  {person.name} ({_count(person.note_count, 'note')})\n")
    out.write(
        "The notes stay, without a name. Files exported before are not changed. "
        "This cannot be undone.\n"
    )
    if not (args.yes or confirm("Remove them?")):
        out.write("Nothing was changed.\n")
        return 1
    removed = library.remove_participant_names(found.id, [p.name for p in chosen])
    out.write(f"Removed {_count(removed, 'name')} from “{found.title}”.\n")
    return 0


def ask_on_terminal(question: str) -> bool:
    """Ask yes/no on the terminal; without one (a script), the answer is no."""
    if not sys.stdin.isatty():
        sys.stdout.write(f"{question} Not asked: no terminal. Add --yes to confirm.\n")
        return False
    return input(f"{question} [y/N] ").strip().casefold() in ("y", "yes", "k", "kyllä", "j", "ja")


@contextmanager
def _stopped_by_signals(event: threading.Event) -> Iterator[None]:
    """Inside the block, SIGINT and SIGTERM set ``event`` instead of killing the process."""
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, lambda _signum, _frame: event.set())
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)


def run_command(
    args: argparse.Namespace,
    out: TextIO | None = None,
    err: TextIO | None = None,
    *,
    pictures: Callable[[], PictureWriter] | None = None,
    confirm: Confirm = ask_on_terminal,
) -> int:
    """Run a sub-command; returns the process exit code.

    ``pictures`` makes what draws boards for the PDF and PNG exports; it is
    called only when one is asked for (the core cannot draw: it has no Qt).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    if args.command in ("serve", "export", "remove-names") and not getattr(args, "session", None):
        err.write(f"facilitator {args.command}: error: --session TITLE is required\n")
        return 2
    try:
        # A server holds the data folder, like the app: one of them per folder.
        exclusive = args.command == "serve"
        library = Library.open(resolve_data_dir(args.data_dir), exclusive=exclusive)
    except FacilitatorError as exc:
        err.write(f"facilitator: {exc}\n")
        return 1
    try:
        if args.command == "sessions":
            _list_sessions(library, args.json, out)
            return 0
        if args.command == "serve":
            return _serve(library, args, out, err)
        if args.command == "export":
            return _export(library, args, out, pictures)
        if args.command == "import":
            return _import(library, args, out)
        if args.command == "retention":
            return _retention(library, args, out, confirm)
        if args.command == "remove-names":
            return _remove_names(library, args, out, confirm)
        err.write(f"facilitator: unknown command {args.command!r}\n")
        return 2
    except FacilitatorError as exc:
        err.write(f"facilitator: {exc}\n")
        return 1
    finally:
        library.close()
