"""Every limit and default of the core, declared in one place."""

from __future__ import annotations

from typing import Final

APP_NAME: Final = "Facilitator"
DATABASE_FILENAME: Final = "facilitator.sqlite3"
DATA_DIR_ENV: Final = "FACILITATOR_DATA_DIR"

LANGUAGES: Final = ("en", "fi", "sv")
DEFAULT_LANGUAGE: Final = "en"

NOTE_TEXT_MAX: Final = 500
TITLE_MAX: Final = 200
QUESTION_MAX: Final = 500
AUTHOR_NAME_MAX: Final = 60

NOTE_DEFAULT_WIDTH: Final = 200.0
NOTE_DEFAULT_HEIGHT: Final = 150.0
NOTE_MIN_SIZE: Final = 80.0
NOTE_MAX_SIZE: Final = 1200.0
NOTE_GAP: Final = 20.0
DUPLICATE_OFFSET: Final = 30.0

CLUSTER_MIN_SIZE: Final = 120.0
CLUSTER_MAX_SIZE: Final = 20000.0
# Coordinates stay inside a generous board so that a bad value can never put
# a note where nobody will find it again.
BOARD_EXTENT: Final = 50000.0

BOARDS_PER_WORKSHOP_MAX: Final = 100

VOTE_BUDGET_DEFAULT: Final = 3
VOTE_BUDGET_MAX: Final = 20

# The participant server.
SERVER_PORT_DEFAULT: Final = 8765
SERVER_PORT_TRIES: Final = 20  # if the port is taken, the next free one of these is used
REQUEST_BODY_MAX_BYTES: Final = 16 * 1024
NOTES_PER_MINUTE_PER_PARTICIPANT: Final = 30
JOINS_PER_MINUTE_PER_ADDRESS: Final = 60
UNKNOWN_CODES_PER_MINUTE_PER_ADDRESS: Final = 10
UNKNOWN_TOKENS_PER_MINUTE_PER_ADDRESS: Final = 30
# A request's headers and body must arrive within this many seconds of the
# connection opening or of its first byte (slow clients are cut off).
REQUEST_READ_TIMEOUT_SECONDS: Final = 15.0
EVENT_HEARTBEAT_SECONDS: Final = 15.0
# Changes kept for phones resuming their event stream (Last-Event-ID); one
# resuming from further back gets a fresh snapshot instead. At 200 changes a
# second (500 busy phones) this is about half a minute, at a quiet 5 a second
# a quarter of an hour.
PHONE_EVENTS_KEPT: Final = 5000

# Undo steps kept per open session (phones' notes are undo steps too); the
# oldest is forgotten beyond this.
UNDO_STEPS_MAX: Final = 500

# The shared timer and the agenda.
TIMER_PRESETS_MINUTES: Final = (1, 2, 3, 5, 10, 15)
TIMER_MAX_SECONDS: Final = 12 * 3600
TIMER_ADJUST_SECONDS: Final = 60  # the +1 min / -1 min buttons
TIMER_WARNING_SECONDS: Final = 60  # "the last minute" is signalled
PHASES_PER_WORKSHOP_MAX: Final = 100
INSTRUCTION_MAX: Final = 500

# Retention: sessions not changed for this many days are deleted at start-up (off by default).
RETENTION_DAYS_MIN: Final = 1
RETENTION_DAYS_MAX: Final = 3650
RETENTION_DAYS_SUGGESTED: Final = 90
