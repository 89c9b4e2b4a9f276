"""One running Facilitator per data folder.

The database alone would cope with two programs writing at once (WAL,
``BEGIN IMMEDIATE``, a busy timeout), but a running app keeps its open session
in memory and serves it to phones. Two apps on one folder would each show and
serve their own copy of a session: a note sent to one would never appear on
the other's display, phones would join whichever server's code they scanned,
and deleting a session, removing names or upgrading the database from one
would pull the data from under the other. So the desktop app and
``facilitator serve`` hold an exclusive lock on a file in the data folder for
as long as they run, and a second one is refused with a message that says so.

The lock is the operating system's, taken through ``filelock`` (``flock`` on
POSIX, ``LockFileEx`` on Windows): it is released when the process ends,
however it ends, so a crash or a ``kill -9`` never leaves a stale lock behind.
One-shot commands (listing and exporting sessions) do not take it.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from facilitator.errors import StorageError
from facilitator.i18n import QT_TRANSLATE_NOOP

LOCK_FILENAME = "facilitator.lock"


class AlreadyRunningError(StorageError):
    """Another Facilitator already runs with this data folder."""


def _cannot_write(data_dir: Path, exc: OSError) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Cannot write in the data folder {path}: {reason}. Facilitator saves "
            "every change there; choose another data folder.",
        ),
        path=str(data_dir),
        reason=exc.strerror or str(exc),
    )


class DataFolderLock:
    """Held while this process uses a data folder; :meth:`release` (or exit) frees it."""

    def __init__(self, lock: FileLock) -> None:
        self._lock = lock

    @classmethod
    def acquire(cls, data_dir: Path) -> DataFolderLock:
        """Lock ``data_dir`` (created if missing) or raise a StorageError that says why not."""
        # Not thread-local: the app may close the library from another thread than opened it.
        lock = FileLock(data_dir / LOCK_FILENAME, blocking=False, thread_local=False)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except Timeout:
            raise AlreadyRunningError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Facilitator is already running with the data folder {path}. Use the "
                    "window that is open, or close it first.",
                ),
                path=str(data_dir),
            ) from None
        except OSError as exc:
            raise _cannot_write(data_dir, exc) from exc
        return cls(lock)

    def release(self) -> None:
        """Free the folder for another process (idempotent)."""
        self._lock.release(force=True)
