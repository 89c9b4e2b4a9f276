"""Everything is saved as it happens, and unusable files are refused without damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from facilitator.commands import CreateCluster, CreateNote, MoveNotes, NoteMove
from facilitator.errors import DatabaseCorruptError, DatabaseTooNewError, StorageError
from facilitator.paths import database_path, resolve_data_dir
from facilitator.services.library import Library
from facilitator.storage.database import open_database
from facilitator.storage.models import Base
from tests.conftest import FakeClock


def test_every_change_is_on_disk_without_saving(data_dir: Path, clock: FakeClock) -> None:
    library = Library.open(data_dir, clock)
    workshop = library.create("Retro", "en", "start_stop_continue")
    service = library.open_workshop(workshop.id)
    board = service.boards()[0]
    cluster = CreateCluster(board.id, "Extra", 3000, 0)
    service.execute(cluster)
    note = CreateNote(board.id, "Kahvia! ☕ ääkköset", x=3100, y=100, author_name="Aino")
    service.execute(note)
    service.execute(MoveNotes((NoteMove(note.note_id, 10, 80),)))
    expected = service.snapshot()
    library.close()  # no save step: what is on disk now is what reopens

    reopened = Library.open(data_dir, clock)
    state = reopened.open_workshop(workshop.id).snapshot()
    reopened.close()
    assert state == expected
    assert state.notes[note.note_id].author_name == "Aino"


def test_database_uses_wal_and_foreign_keys(data_dir: Path) -> None:
    engine = open_database(database_path(data_dir))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_migrations_build_exactly_the_declared_schema(data_dir: Path) -> None:
    engine = open_database(database_path(data_dir))
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_file_that_is_not_a_database_is_refused_and_left_alone(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    path.write_bytes(b"my important spreadsheet\n" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorruptError) as refused:
        Library.open(data_dir)
    assert "not a Facilitator database" in str(refused.value)
    assert path.read_bytes() == before


def test_damaged_database_is_refused_and_left_alone(data_dir: Path, clock: FakeClock) -> None:
    library = Library.open(data_dir, clock)
    workshop = library.create("Precious", "en")
    service = library.open_workshop(workshop.id)
    for index in range(300):
        service.execute(CreateNote(service.boards()[0].id, f"note {index} " * 20))
    library.close()
    path = database_path(data_dir)
    raw = bytearray(path.read_bytes())
    raw[4096 * 2 : 4096 * 6] = b"\xff" * (4096 * 4)  # trash pages after the header
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseCorruptError) as refused:
        Library.open(data_dir)
    assert "damaged" in str(refused.value)
    assert path.read_bytes() == bytes(raw)


def test_database_from_a_newer_version_is_refused_and_left_alone(data_dir: Path) -> None:
    Library.open(data_dir).close()
    path = database_path(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as refused:
        Library.open(data_dir)
    assert "newer version" in str(refused.value)
    assert path.read_bytes() == before


def test_unusable_data_folder_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StorageError) as refused:
        Library.open(blocker / "data")
    assert str(blocker) in str(refused.value)


def test_failed_write_keeps_memory_and_disk_as_they_were(data_dir: Path, clock: FakeClock) -> None:
    library = Library.open(data_dir, clock)
    workshop = library.create("Retro", "en")
    service = library.open_workshop(workshop.id)
    board = service.boards()[0].id
    service.execute(CreateNote(board, "kept"))
    before = service.snapshot()
    with sqlite3.connect(database_path(data_dir)) as blocker:
        # Stands in for a disk that fills up: the database refuses the next insert.
        blocker.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON notes "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    blocker.close()
    with pytest.raises(StorageError) as refused:
        service.execute(CreateNote(board, "lost?"))
    assert "Everything saved before it is safe" in str(refused.value)
    assert service.snapshot() == before
    assert service.undo_label == "Add note"  # the failed change was not recorded
    library.close()
    reopened = Library.open(data_dir, clock)
    assert reopened.open_workshop(workshop.id).snapshot() == before
    reopened.close()


def test_data_dir_option_beats_environment(tmp_path: Path) -> None:
    env = {"FACILITATOR_DATA_DIR": str(tmp_path / "from-env")}
    assert resolve_data_dir(str(tmp_path / "opt"), env) == tmp_path / "opt"
    assert resolve_data_dir(None, env) == tmp_path / "from-env"
    assert resolve_data_dir(None, {}).name.lower() == "facilitator"


def test_upgrading_an_old_database_keeps_every_board_cluster_and_note(tmp_path: Path) -> None:
    from alembic import command

    from facilitator.storage.database import _alembic_config, create_sqlite_engine

    path = database_path(tmp_path)
    engine = create_sqlite_engine(path)
    command.upgrade(_alembic_config(engine), "0001")
    engine.dispose()
    stamp = "'2025-01-01T00:00:00.000000+00:00'"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(f"INSERT INTO workshops VALUES ('w1', 'Old', 'fi', {stamp}, {stamp})")
        connection.execute(
            f"INSERT INTO boards VALUES ('b1', 'w1', 0, 'Ideas', 'Why?', 'blank', 'open', {stamp})"
        )
        connection.execute(
            "INSERT INTO clusters VALUES ('c1', 'b1', 'Group', 0, 0, 500, 500, 'none')"
        )
        for index in range(3):
            connection.execute(
                f"INSERT INTO notes VALUES ('n{index}', 'b1', 'c1', NULL, 'idea {index}', "
                f"'yellow', 10, 80, 200, 150, {index}, NULL, 'facilitator', {stamp}, {stamp})"
            )
    connection.close()

    library = Library.open(tmp_path)
    service = library.open_workshop("w1")
    state = service.snapshot()
    library.close()
    assert [b.title for b in state.ordered_boards()] == ["Ideas"]
    assert [c.title for c in state.clusters.values()] == ["Group"]
    assert sorted(n.text for n in state.notes.values()) == ["idea 0", "idea 1", "idea 2"]
    assert all(n.cluster_id == "c1" for n in state.notes.values())
    backup = path.with_name(path.name + ".before-upgrade-from-0001")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT count(*) FROM notes").fetchone() == (3,)
    old.close()
