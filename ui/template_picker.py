"""Choosing a board template from big cards: the template's title and what it is for.

Titles and descriptions come from the template files, in the session's
language (a Swedish session gets Swedish board titles even in a Finnish UI).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from facilitator.templates import BLANK_TEMPLATE_ID, Template, TemplateCatalog
from ui.controls import TOUCH_COMFORT, CardButton, plain_label, plain_tooltip, touch_button
from ui.dialogs import fit_to_screen

COLUMNS = 3
CARD_MIN_HEIGHT = 132


class TemplateCard(CardButton):
    def __init__(self, template: Template, language: str, parent: QWidget | None = None) -> None:
        super().__init__(template.title(language), parent)
        self.template_id = template.id
        self.setObjectName("card")
        self.setMinimumHeight(CARD_MIN_HEIGHT)
        self.title_label = plain_label(object_name="cardTitle", wrap=True)
        self.description_label = plain_label(object_name="cardDescription", wrap=True)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label, 1)
        for child in (self.title_label, self.description_label):
            self.pass_taps_through(child)
        self.show_language(template, language)

    def show_language(self, template: Template, language: str) -> None:
        title = template.title(language)
        description = template.description(language)
        self.title_label.setText(title)
        self.description_label.setText(description)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setToolTip(plain_tooltip(f"{title}\n{description}" if description else title))


class TemplatePicker(QWidget):
    """A grid of template cards. With ``selectable`` a tap marks a card; otherwise it chooses."""

    templateChosen = Signal(str)

    def __init__(
        self,
        catalog: TemplateCatalog,
        language: str,
        *,
        selectable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._cards: dict[str, TemplateCard] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        for index, template in enumerate(catalog.all()):
            card = TemplateCard(template, language)
            card.setCheckable(selectable)
            card.clicked.connect(lambda _=False, tid=template.id: self.templateChosen.emit(tid))
            self._group.addButton(card)
            self._cards[template.id] = card
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        if selectable:
            first = BLANK_TEMPLATE_ID if BLANK_TEMPLATE_ID in self._cards else ""
            self.select(first or next(iter(self._cards), ""))

    def card(self, template_id: str) -> TemplateCard:
        return self._cards[template_id]

    def template_ids(self) -> list[str]:
        return list(self._cards)

    def select(self, template_id: str) -> None:
        if template_id in self._cards:
            self._cards[template_id].setChecked(True)

    def selected_template_id(self) -> str:
        for template_id, card in self._cards.items():
            if card.isChecked():
                return template_id
        return BLANK_TEMPLATE_ID

    def set_language(self, language: str) -> None:
        for template_id, card in self._cards.items():
            template = self._catalog.get(template_id)
            if template is not None:
                card.show_language(template, language)


def scrolling(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a vertical scroll area that a finger can flick.

    The area takes keyboard focus (arrow keys and Page Up/Down scroll it), so
    it has a ``name`` for screen readers.
    """
    area = QScrollArea()
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


class TemplatePickerDialog(QDialog):
    """Add a board: one tap on a card chooses its template."""

    templateChosen = Signal(str)

    def __init__(self, parent: QWidget, catalog: TemplateCatalog, language: str) -> None:
        super().__init__(parent)
        heading = self.tr("Add a board")
        self.setWindowTitle(heading)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.finished.connect(self.deleteLater)
        self.picker = TemplatePicker(catalog, language)
        self.picker.templateChosen.connect(self._choose)
        self.cancel_button = touch_button(
            self.tr("Cancel"), self.tr("Cancel"), keeps_focus_elsewhere=False
        )
        self.cancel_button.setMinimumSize(180, TOUCH_COMFORT)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(20)
        layout.addWidget(plain_label(heading, "screenTitle"))
        layout.addWidget(plain_label(self.tr("Tap the kind of board you need."), "muted"))
        layout.addWidget(scrolling(self.picker, heading), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        fit_to_screen(self, 1280, 820)

    def _choose(self, template_id: str) -> None:
        self.accept()
        self.templateChosen.emit(template_id)
