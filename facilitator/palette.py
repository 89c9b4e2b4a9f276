"""Note colours.

Light tints chosen so that black text keeps ≥ 7:1 contrast on every one, and
each colour also has a distinct symbol, so that colour is never the only signal
(for colour-blind participants and for grey-scale prints).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class NoteColor:
    key: str
    hex: str
    symbol: str
    name: str  # English source; translate in context "colors"


PALETTE: tuple[NoteColor, ...] = (
    NoteColor("yellow", "#FFE15C", "●", QT_TRANSLATE_NOOP("colors", "Yellow")),
    NoteColor("orange", "#FFB870", "▲", QT_TRANSLATE_NOOP("colors", "Orange")),
    NoteColor("blue", "#9CCBFF", "■", QT_TRANSLATE_NOOP("colors", "Blue")),
    NoteColor("pink", "#FFB0D0", "◆", QT_TRANSLATE_NOOP("colors", "Pink")),
    NoteColor("purple", "#D2BEFF", "★", QT_TRANSLATE_NOOP("colors", "Purple")),
    NoteColor("teal", "#8EE3D0", "✚", QT_TRANSLATE_NOOP("colors", "Teal")),
    NoteColor("grey", "#DADDE2", "○", QT_TRANSLATE_NOOP("colors", "Grey")),
)

COLORS: dict[str, NoteColor] = {color.key: color for color in PALETTE}
DEFAULT_NOTE_COLOR = "yellow"

# Tints for cluster areas; lighter than notes so notes stand out on them.
CLUSTER_COLORS: dict[str, str] = {
    "none": "#F4F5F7",
    "yellow": "#FFF6CC",
    "orange": "#FFE9D2",
    "blue": "#E1EFFF",
    "pink": "#FFE4EF",
    "purple": "#EEE6FF",
    "teal": "#DDF6F0",
    "grey": "#ECEEF1",
}
DEFAULT_CLUSTER_COLOR = "none"
