"""The discussion's settings beside its band: time per topic, what "keep going" adds, and ending it.

Like the timer, these are the facilitator's switches, not undo steps. A new
time per topic applies from the next topic on: the topic under discussion
keeps its countdown (the timer's own ±1 min changes that one).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from facilitator.discussion import EndDiscussion, SetTopicTimes
from facilitator.services.workshop import WorkshopService
from ui.action_sheet import ActionSheet
from ui.controls import TOUCH_COMFORT, plain_label, touch_button, with_glyph
from ui.timer_controller import clock_digits

# The steppers' range, in minutes: a topic needs a minute at least, and past
# an hour it is no longer a Lean Coffee topic but an agenda phase.
MOST_MINUTES = 60


def duration_text(seconds: float) -> str:
    """A topic time as people say it: "6 min", or "1:30" when not whole minutes."""
    minutes, rest = divmod(round(seconds), 60)
    if rest == 0:
        # "min" is an abbreviation in every language here: no plural forms needed.
        return QCoreApplication.translate("discussion", "{minutes} min").format(minutes=minutes)
    return clock_digits(seconds)


def stepped_minutes(seconds: float, step: int) -> float:
    """``seconds`` moved by ``step`` whole minutes, kept within 1 and :data:`MOST_MINUTES`."""
    minutes = round(seconds / 60) + step
    return float(min(max(minutes, 1), MOST_MINUTES) * 60)


class TopicTimesSheet(ActionSheet):
    """Steppers for the two times, and "End discussion"; opens beside the band's ⋯ button."""

    def __init__(self, service: WorkshopService, board_id: str, parent: QWidget) -> None:
        super().__init__(service, parent)
        self.board_id = board_id
        self.setAccessibleName(self.tr("Discussion settings"))
        page = self.add_page()
        page.addWidget(plain_label(self.tr("Discussion"), "sectionLabel"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.topic_value = plain_label("", "barValue")
        self.extend_value = plain_label("", "barValue")
        self.steppers: dict[str, QPushButton] = {}
        rows = (
            ("topic", self.tr("Time per topic"), self.topic_value),
            ("extend", self.tr("“Keep going” adds"), self.extend_value),
        )
        for row, (key, title, value) in enumerate(rows):
            label = plain_label(title)
            value.setMinimumWidth(110)
            value.setAccessibleName(title)
            less = touch_button("−", self.tr("One minute less: {what}").format(what=title))
            more = touch_button("+", self.tr("One minute more: {what}").format(what=title))
            for button, step in ((less, -1), (more, 1)):
                button.setMinimumSize(TOUCH_COMFORT, TOUCH_COMFORT)
                button.clicked.connect(lambda _=False, k=key, s=step: self._step(k, s))
            self.steppers[f"{key}-"] = less
            self.steppers[f"{key}+"] = more
            grid.addWidget(label, row, 0)
            grid.addWidget(less, row, 1)
            grid.addWidget(value, row, 2)
            grid.addWidget(more, row, 3)
        grid.setColumnStretch(0, 1)
        page.addLayout(grid)
        page.addWidget(
            plain_label(
                self.tr("A new time per topic applies from the next topic."), "hint", wrap=True
            )
        )
        self.end_button = touch_button(
            with_glyph("■", self.tr("End discussion")),
            self.tr("End discussion"),
            self.tr("The topic under discussion counts as discussed; no other topic follows"),
        )
        self.end_button.setMinimumHeight(TOUCH_COMFORT)
        self.end_button.clicked.connect(lambda: self.run(EndDiscussion(board_id), undoable=False))
        page.addWidget(self.end_button)
        self._show_times()

    def _times(self) -> tuple[float, float]:
        with self._service.lock:
            discussion = self._service.live_state.discussion(self.board_id)
        return discussion.topic_seconds, discussion.extend_seconds

    def _show_times(self) -> None:
        topic, extend = self._times()
        for value, seconds in ((self.topic_value, topic), (self.extend_value, extend)):
            value.setText(duration_text(seconds))
        self.steppers["topic-"].setEnabled(topic > 60)
        self.steppers["topic+"].setEnabled(topic < MOST_MINUTES * 60)
        self.steppers["extend-"].setEnabled(extend > 60)
        self.steppers["extend+"].setEnabled(extend < MOST_MINUTES * 60)

    def _step(self, which: str, step: int) -> None:
        topic, extend = self._times()
        if which == "topic":
            topic = stepped_minutes(topic, step)
        else:
            extend = stepped_minutes(extend, step)
        self.execute(SetTopicTimes(self.board_id, topic, extend), undoable=False)
        self._show_times()
