"""Opening the database file safely.

The file is checked before anything writes to it: a file that is not SQLite,
is damaged, or was written by a newer Facilitator is refused with a message
that says so, and is never modified. A usable file is brought up to the current
schema with Alembic.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from facilitator.errors import DatabaseCorruptError, DatabaseTooNewError, StorageError
from facilitator.i18n import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
# SQLite's primary result codes (the low byte of an extended code).
SQLITE_READONLY = 8
SQLITE_CANTOPEN = 14


def _configure_connection(dbapi_connection: sqlite3.Connection, _: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN IMMEDIATE itself: taking the
    # write lock up front is what avoids "database is locked" when two
    # threads (GUI and participant server) write at once.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # WAL lets the GUI read while the server writes; it must be set outside a transaction.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _check_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the database file {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if header != SQLITE_HEADER:
        raise DatabaseCorruptError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is not a Facilitator database. It was left untouched; "
                "move it away or choose another data folder.",
            ),
            path=str(path),
        )


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def _corrupt(path: Path) -> DatabaseCorruptError:
    return DatabaseCorruptError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is damaged and cannot be opened. It was left untouched; "
            "restore it from a backup or choose another data folder.",
        ),
        path=str(path),
    )


def _migrate(engine: Engine, path: Path) -> None:
    config = _alembic_config(engine)
    scripts = ScriptDirectory.from_config(config)
    with engine.connect() as connection:
        integrity = connection.exec_driver_sql("PRAGMA quick_check").scalar()
        if integrity != "ok":
            raise _corrupt(path)
        current = MigrationContext.configure(connection).get_current_revision()
    if current is not None:
        try:
            scripts.get_revision(current)
        except CommandError as exc:
            raise DatabaseTooNewError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {path} was written by a newer version of Facilitator. "
                    "Install that version to open it; nothing was changed.",
                ),
                path=str(path),
            ) from exc
    if current != scripts.get_current_head():
        if current is not None:
            _back_up(engine, path, current)
        command.upgrade(config, "head")


def _back_up(engine: Engine, path: Path, revision: str) -> None:
    """Keep a copy of the database as it was before an upgrade changes its schema."""
    target = path.with_name(f"{path.name}.before-upgrade-from-{revision}")
    if target.exists():
        return
    with engine.connect() as connection:
        source = connection.connection.driver_connection
        assert isinstance(source, sqlite3.Connection)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()


def _is_read_only(exc: SqlDatabaseError) -> bool:
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (SQLITE_READONLY, SQLITE_CANTOPEN)


def _read_only(path: Path) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Cannot write to the database {path}: the file or its folder is read-only. "
            "Facilitator saves every change there; make it writable or choose another "
            "data folder. Nothing was changed.",
        ),
        path=str(path),
    )


def check_writable(engine: Engine, path: Path) -> None:
    """Raise StorageError now if changes could not be saved, rather than at the first note.

    SQLite opens a file it may not write read-only, and says so only when
    something is written: this writes a row as it is.
    """
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
    except SqlDatabaseError as exc:
        if _is_read_only(exc):
            raise _read_only(path) from exc
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot open the database {path}: {reason}"),
            path=str(path),
            reason=str(exc.orig) if exc.orig is not None else str(exc),
        ) from exc


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def open_database(path: Path) -> Engine:
    """An engine on an up-to-date database at ``path``, created if missing."""
    _check_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot create the data folder {path}: {reason}"),
            path=str(path.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        if mode != "wal":
            raise OperationalError("PRAGMA journal_mode=WAL", None, Exception(str(mode)))
        _migrate(engine, path)
    except StorageError:
        engine.dispose()
        raise
    except SqlDatabaseError as exc:
        engine.dispose()
        reason = str(exc.orig) if exc.orig is not None else str(exc)
        if "malformed" in reason or "not a database" in reason:
            raise _corrupt(path) from exc
        if _is_read_only(exc):
            raise _read_only(path) from exc
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot open the database {path}: {reason}"),
            path=str(path),
            reason=reason,
        ) from exc
    return engine
