"""The application's look: light, high contrast, large type.

The display is read from across a meeting room (about 4 m) and shared into
video calls, so text is at least 16 pt, every text colour keeps a WCAG AA
contrast of 4.5:1 or more against its background (most are above 7:1), and
keyboard focus shows as a thick orange border.
"""

from __future__ import annotations

from typing import Final

# Colours, with their contrast where text sits on them.
INK: Final = "#16191D"  # 16:1 on BACKGROUND
MUTED_INK: Final = "#4A5260"  # 7.3:1 on BACKGROUND, 7.8:1 on white
BACKGROUND: Final = "#F6F7F9"
SURFACE: Final = "#FFFFFF"
OUTLINE: Final = "#5B6472"  # 6:1 on white: control edges are easy to see
PRIMARY: Final = "#174EA6"  # white text 7.8:1
PRIMARY_DARK: Final = "#123F87"
SELECTED_TINT: Final = "#E1EFFF"  # INK 15:1
DANGER: Final = "#B3261E"  # white text 6.5:1
FOCUS: Final = "#C04A00"  # 5:1 on white
DISABLED_INK: Final = "#5A6270"  # 5.4:1 on DISABLED_FILL
DISABLED_FILL: Final = "#EEF0F3"
TOAST_INFO: Final = "#202124"  # white text 16:1
TOAST_ERROR: Final = "#8C1D18"  # white text 9:1
WARNING: Final = "#FFB000"  # INK text 9.6:1: the timer's last minute
DISCUSSION_TINT: Final = "#FFF1E6"  # INK 15:1: the discussion band
DISCUSSION_ACCENT: Final = "#C2410C"  # the ring around the topic on the board
TIMER_BACKGROUND: Final = INK  # white digits 16:1

STYLESHEET: Final = f"""
QWidget {{
    font-size: 16pt;
    color: {INK};
}}
QMainWindow, QDialog, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {BACKGROUND};
}}
QFrame#actionSheet {{
    background: {SURFACE};
    border: 2px solid {OUTLINE};
    border-radius: 14px;
}}
QStackedWidget#sheetPages, QWidget#sheetPage {{
    background: {SURFACE};
}}

/* Buttons ----------------------------------------------------------------- */
QPushButton {{
    background: {SURFACE};
    border: 2px solid {OUTLINE};
    border-radius: 10px;
    padding: 8px 18px;
}}
QPushButton:hover {{
    background: #EDF1F7;
}}
QPushButton:pressed {{
    background: #DCE3ED;
}}
QPushButton:focus {{
    border: 4px solid {FOCUS};
    padding: 6px 16px;
}}
QPushButton:disabled {{
    background: {DISABLED_FILL};
    color: {DISABLED_INK};
    border: 2px dashed #A2A9B4;
}}
QPushButton[role="primary"] {{
    background: {PRIMARY};
    color: white;
    border-color: {PRIMARY};
    font-weight: bold;
}}
QPushButton[role="primary"]:hover, QPushButton[role="primary"]:pressed {{
    background: {PRIMARY_DARK};
}}
QPushButton[role="primary"]:focus {{
    border: 4px solid {FOCUS};
}}
QPushButton[role="primary"]:disabled {{
    background: {DISABLED_FILL};
    color: {DISABLED_INK};
    border: 2px dashed #A2A9B4;
}}
QPushButton[role="danger"] {{
    background: {DANGER};
    color: white;
    border-color: {DANGER};
    font-weight: bold;
}}
QPushButton[role="danger"]:hover, QPushButton[role="danger"]:pressed {{
    background: #8C1D18;
}}
QPushButton[role="danger"]:focus {{
    border: 4px solid {FOCUS};
}}
QPushButton[role="tab"] {{
    border-radius: 12px;
    padding: 6px 18px;
    /* Bold only when checked would change the width and clip the label. */
    font-weight: bold;
}}
QPushButton[role="tab"]:checked {{
    background: {PRIMARY};
    color: white;
    border-color: {PRIMARY};
}}
QScrollArea#phaseTabs, QWidget#phaseTabRow {{
    background: {SURFACE};
}}
QPushButton[role="choice"]:checked {{
    background: {SELECTED_TINT};
    border: 4px solid {PRIMARY};
    font-weight: bold;
}}
QPushButton#card {{
    text-align: left;
    padding: 0;
    border-radius: 14px;
}}
QPushButton#card:checked {{
    background: {SELECTED_TINT};
    border: 4px solid {PRIMARY};
}}
QPushButton#colorSwatch {{
    color: {INK};
    font-size: 20pt;
    padding: 0;
}}
QPushButton#colorSwatch:checked {{
    border: 5px solid {INK};
    font-weight: bold;
}}

/* Text -------------------------------------------------------------------- */
QLabel {{
    background: transparent;
}}
QLabel#screenTitle {{
    font-size: 30pt;
    font-weight: bold;
}}
QLabel#sessionTitle {{
    font-size: 20pt;
    font-weight: bold;
}}
QLabel#rowTitle {{
    font-size: 20pt;
    font-weight: bold;
}}
QLabel#muted, QLabel#rowDetails, QLabel#cardDescription, QLabel#hint {{
    color: {MUTED_INK};
}}
QLabel#cardTitle {{
    font-size: 18pt;
    font-weight: bold;
}}
QLabel#question {{
    font-size: 24pt;
    font-weight: bold;
}}
QLabel#question[presenting="true"] {{
    font-size: 36pt;
}}
QLabel#emptyState {{
    font-size: 22pt;
    color: {MUTED_INK};
}}
QLabel#counter {{
    color: {MUTED_INK};
}}
QLabel#counter[full="true"] {{
    color: {DANGER};
    font-weight: bold;
}}
QLabel#sectionLabel {{
    font-weight: bold;
}}

/* Bars -------------------------------------------------------------------- */
QFrame#topBar, QFrame#toolBar {{
    background: {SURFACE};
    border: none;
}}
QFrame#topBar {{
    border-bottom: 2px solid #C9CED6;
}}
QFrame#toolBar {{
    border-top: 2px solid #C9CED6;
}}
QFrame#questionBand {{
    background: {BACKGROUND};
}}
QFrame#agendaBar {{
    background: {SELECTED_TINT};
}}
QLabel#agendaPhase {{
    font-size: 16pt;
    font-weight: bold;
}}
QLabel#agendaTime, QLabel#agendaInstruction {{
    font-size: 14pt;
}}
QFrame#discussionBar {{
    background: {DISCUSSION_TINT};
    border: none;
    border-left: 10px solid {DISCUSSION_ACCENT};
    border-bottom: 2px solid #E7C9B3;
}}
QWidget#pollRow {{
    background: transparent;
}}
QLabel#discussionProgress, QLabel#pollHeading {{
    font-size: 16pt;
    font-weight: bold;
}}
QLabel#discussionTopic {{
    font-size: 22pt;
    font-weight: bold;
}}
QLabel#discussionVotes, QLabel#pollAnswered {{
    font-size: 16pt;
}}
QFrame#thumbTally {{
    background: {SURFACE};
    border: 2px solid {OUTLINE};
    border-radius: 12px;
}}
QLabel#tallyCount {{
    font-size: 24pt;
    font-weight: bold;
}}
QLabel#tallyName {{
    font-size: 16pt;
}}
QFrame#sessionRow {{
    background: {SURFACE};
    border: 2px solid #C9CED6;
    border-radius: 14px;
}}

/* Participation ----------------------------------------------------------- */
QScrollArea#participationBar {{
    background: {SURFACE};
    border: none;
    border-bottom: 2px solid #C9CED6;
}}
QWidget#participationRow {{
    background: {SURFACE};
}}
QFrame#barSeparator {{
    background: #C9CED6;
    border: none;
    margin: 6px 4px;
}}
QLabel#barValue {{
    font-weight: bold;
    qproperty-alignment: AlignCenter;
}}
QPushButton[role="switch"] {{
    padding: 8px 14px;
}}
QPushButton[role="switch"]:checked {{
    /* Not bold: the wider text would be cut (the size is measured unchecked). */
    background: {SELECTED_TINT};
    border: 4px solid {PRIMARY};
    padding: 6px 12px;
}}
QScrollArea#participationBar QPushButton[role="choice"]:checked {{
    font-weight: normal;
}}
QPushButton#joinBadge {{
    background: {SURFACE};
    border: 3px solid {OUTLINE};
    border-radius: 14px;
    padding: 0;
}}
QPushButton#joinBadge:focus {{
    border: 4px solid {FOCUS};
}}
QLabel#badgeCaption {{
    font-size: 14pt;
    color: {MUTED_INK};
}}
QLabel#badgeCode {{
    font-size: 26pt;
    font-weight: bold;
}}
QLabel#badgeLink {{
    font-size: 14pt;
    font-weight: bold;
}}
QFrame#joinScreen {{
    background: {SURFACE};
}}
QLabel#joinHeading {{
    font-size: 44pt;
    font-weight: bold;
}}
QLabel#joinText {{
    font-size: 22pt;
    color: {MUTED_INK};
}}
QLabel#joinLink {{
    font-size: 26pt;
    font-weight: bold;
    color: {PRIMARY};
}}
QLabel#joinCount {{
    font-size: 28pt;
    font-weight: bold;
}}
QLabel#joinOffline {{
    font-size: 28pt;
    color: {DANGER};
}}
QFrame#joinSettings {{
    background: {BACKGROUND};
    border: 2px solid #C9CED6;
    border-radius: 14px;
}}
QFrame#joinSettings QLabel, QFrame#joinSettings QPushButton, QFrame#joinSettings QLineEdit {{
    font-size: 16pt;
}}
QFrame#joinSettings QPushButton[role="choice"]:checked {{
    /* Bold would widen the text past the button's size; the check mark says it. */
    font-weight: normal;
}}
QLabel#fieldError {{
    color: {DANGER};
    font-weight: bold;
}}

/* Timer ------------------------------------------------------------------- */
QFrame#timerOverlay, QFrame#timerFullScreen, QFrame#audienceTimer {{
    background: {TIMER_BACKGROUND};
    border: 4px solid {OUTLINE};
    border-radius: 18px;
}}
QFrame#timerOverlay[compact="true"] {{
    border-radius: 32px;
}}
QFrame#timerFullScreen {{
    border-width: 16px;
    border-color: {TIMER_BACKGROUND};
    border-radius: 0;
}}
QFrame#timerOverlay[alert="warning"], QFrame#timerFullScreen[alert="warning"],
QFrame#audienceTimer[alert="warning"] {{
    background: {WARNING};
    border-color: {INK};
}}
QFrame#timerOverlay[alert="up"], QFrame#timerFullScreen[alert="up"],
QFrame#audienceTimer[alert="up"] {{
    background: {DANGER};
    border-color: white;
}}
QFrame#timerOverlay[pulse="true"], QFrame#timerFullScreen[pulse="true"],
QFrame#audienceTimer[pulse="true"] {{
    /* Time's up: the border flashes once a second (dark, then white). */
    border-color: {INK};
}}
QLabel#timerStatus, QLabel#timerGlyph, QLabel#timerBigStatus {{
    color: white;
    font-weight: bold;
}}
QLabel#timerStatus {{
    font-size: 20pt;
}}
QLabel#timerGlyph {{
    font-size: 22pt;
}}
QLabel#timerBigStatus {{
    font-size: 48pt;
}}
QLabel#timerStatus[alert="warning"], QLabel#timerGlyph[alert="warning"],
QLabel#timerBigStatus[alert="warning"] {{
    color: {INK};
}}
QFrame#timerFullScreen QPushButton, QPushButton#timerIcon {{
    font-size: 22pt;
}}
QPushButton#timerIcon {{
    padding: 0;
}}
QPushButton#timerIcon:focus {{
    padding: 0;
}}
QFrame#timerPanel {{
    background: {SURFACE};
    border: 2px solid {OUTLINE};
    border-radius: 14px;
}}
QLabel#timerPanelHeading {{
    font-size: 22pt;
    font-weight: bold;
}}
QLabel#timerReadout {{
    font-size: 22pt;
    font-weight: bold;
    color: {MUTED_INK};
}}
QLabel#timerCustomValue {{
    font-size: 20pt;
    font-weight: bold;
}}

/* Audience window: read from the back of the room -------------------------- */
QWidget#audienceWindow, QFrame#audienceHeader {{
    background: {BACKGROUND};
}}
QLabel#audienceQuestion {{
    font-size: 40pt;
    font-weight: bold;
}}
QWidget#audienceWindow QLabel#agendaPhase {{
    font-size: 24pt;
}}
QWidget#audienceWindow QLabel#agendaInstruction {{
    font-size: 22pt;
}}
QWidget#audienceWindow QLabel#discussionProgress, QWidget#audienceWindow QLabel#pollHeading,
QWidget#audienceWindow QLabel#discussionVotes, QWidget#audienceWindow QLabel#pollAnswered,
QWidget#audienceWindow QLabel#tallyName {{
    font-size: 22pt;
}}
QWidget#audienceWindow QLabel#discussionTopic {{
    font-size: 32pt;
}}
QWidget#audienceWindow QLabel#tallyCount {{
    font-size: 32pt;
}}

/* Keyboard shortcuts ------------------------------------------------------ */
QFrame#shortcutHelp, QWidget#shortcutList, QScrollArea#shortcutScroll > QWidget > QWidget {{
    background: {SURFACE};
}}
QScrollArea#shortcutScroll {{
    background: {SURFACE};
    border: none;
}}
QLabel#helpSection {{
    font-size: 20pt;
    font-weight: bold;
    color: {PRIMARY};
}}
QLabel#keyCap {{
    background: {BACKGROUND};
    border: 2px solid {OUTLINE};
    border-bottom-width: 4px;
    border-radius: 8px;
    padding: 2px 10px;
    font-weight: bold;
}}

/* Toast ------------------------------------------------------------------- */
QFrame#toast {{
    background: {TOAST_INFO};
    border-radius: 14px;
}}
QFrame#toast[kind="error"] {{
    background: {TOAST_ERROR};
}}
QFrame#toast QLabel {{
    color: white;
    font-size: 18pt;
}}
QFrame#toast QPushButton {{
    background: transparent;
    color: white;
    border: 2px solid white;
}}
QFrame#toast QPushButton:focus {{
    border: 4px solid #FFB74D;
}}

/* Inputs ------------------------------------------------------------------ */
QLineEdit, QPlainTextEdit {{
    background: {SURFACE};
    border: 2px solid {OUTLINE};
    border-radius: 8px;
    padding: 8px;
    font-size: 20pt;
    selection-background-color: {PRIMARY};
    selection-color: white;
    placeholder-text-color: {MUTED_INK};
}}
QLineEdit {{
    min-height: 40px;
}}
QLineEdit:focus, QPlainTextEdit:focus {{
    border: 3px solid {PRIMARY};
}}
QPlainTextEdit#noteText {{
    font-size: 24pt;
}}

/* Scrolling, sized for fingers -------------------------------------------- */
QScrollBar:vertical {{
    width: 24px;
    background: {BACKGROUND};
}}
QScrollBar:horizontal {{
    height: 16px;
    background: {BACKGROUND};
}}
QScrollBar::handle {{
    background: #9AA1AC;
    border-radius: 6px;
    min-height: 48px;
    min-width: 48px;
}}
QScrollBar::add-line, QScrollBar::sub-line {{
    width: 0;
    height: 0;
}}

QToolTip {{
    background: {SURFACE};
    color: {INK};
    border: 2px solid {OUTLINE};
    font-size: 14pt;
    padding: 6px;
}}
"""
