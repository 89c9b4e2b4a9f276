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

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables.
    )
    with context.begin_transaction():
        context.run_migrations()
