"""SQLite persistence through SQLAlchemy, with Alembic migrations."""
