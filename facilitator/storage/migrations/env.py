"""Alembic environment: migrations run on the engine the app opened."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from facilitator.storage.models import Base

config = context.config
engine: Engine | None = config.attributes.get("engine")
if engine is None:
    # Run from the alembic command line (to write a new revision).
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite3")


class ForeignKeyViolationError(RuntimeError):
    pass


with engine.connect() as connection:
    # SQLite rebuilds a table to alter it (batch mode): with foreign keys on,
    # dropping the old copy of `workshops` would cascade into every board and
    # note. Keys are switched off for the migration (this must happen outside
    # a transaction, so on the raw connection) and checked before committing.
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ForeignKeyViolationError(f"migration broke references: {problems[:5]}")
        if connection.in_transaction():
            connection.commit()
    finally:
        # Never hand this connection (keys off) back to the pool: new ones get
        # foreign keys switched on again when they connect.
        connection.invalidate()
