"""The scene that mirrors one board of the model.

The model is the truth: the scene builds one item per visible note and per
cluster when a board is shown, then applies each change the service reports,
touching only the items that changed. Notes stacked under another note get no
item of their own; their top note shows the pile.

Besides the mirror, the scene keeps what is purely about viewing: which notes
are selected, and whether the board is so far zoomed out that notes are drawn
as one overview picture (see :mod:`ui.board_overview`). It also marks the
topic under discussion and joins notes that build on each other with
connectors (see :mod:`ui.chain_links`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QGraphicsScene

from facilitator.changes import Delete, Insert, Update
from facilitator.domain import Board, Cluster, Discussion, Entity, Note, NoteSource, Vote
from facilitator.services.workshop import ChangeEvent, Origin, WorkshopService
from ui.board_overview import NoteOverviewItem
from ui.chain_links import ChainLinks
from ui.cluster_item import ClusterItem, ClusterLabelItem
from ui.note_item import TEXT_LOD, NoteItem
from ui.service_bridge import ServiceBridge

# Zoomed out further than this, notes are drawn by the overview item: their
# text is not drawn any more, so one picture of coloured blocks looks the same.
OVERVIEW_ZOOM = TEXT_LOD
BACKGROUND = QColor("#E4E7EB")
# How long a note from a phone glows after it arrives: long enough to catch
# the eye of someone looking elsewhere, short enough not to distract.
ARRIVAL_CUE_MS = 1500


def note_rect(note: Note) -> QRectF:
    return QRectF(note.x, note.y, note.width, note.height)


class BoardScene(QGraphicsScene):
    noteSelectionChanged = Signal(list)  # selected note ids, in selection order
    boardRemoved = Signal()  # the shown board was deleted
    notesArrived = Signal(list)  # ids of notes just sent from phones, now on the shown board

    def __init__(
        self, service: WorkshopService, bridge: ServiceBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._board_id: str | None = None
        self._notes: dict[str, NoteItem] = {}
        self._notes_rect: QRectF | None = None  # None: to be measured again
        self._clusters: dict[str, ClusterItem] = {}
        self._labels: dict[str, ClusterLabelItem] = {}
        self._piles: dict[str, set[str]] = {}  # top note id -> ids stacked under it
        self._selection: dict[str, None] = {}  # ordered set
        self._in_motion: set[str] = set()
        self._overview_active = False
        self._zoom = 1.0
        self._results_visible = False
        self._votes: Counter[str] = Counter()  # target id -> votes on the shown board
        self._cues: dict[str, QVariantAnimation] = {}
        self._topic_id: str | None = None  # the note under discussion on the shown board
        self._links = ChainLinks(self, self._notes.get)
        self._overview = NoteOverviewItem()
        self.addItem(self._overview)
        self._overview.setVisible(False)
        self.setBackgroundBrush(BACKGROUND)
        bridge.changed.connect(self._on_changed)

    # Showing a board ------------------------------------------------------------

    @property
    def board_id(self) -> str | None:
        return self._board_id

    def show_board(self, board_id: str | None) -> None:
        """Drop every item and build the items of ``board_id`` (``None``: show nothing)."""
        self._clear()
        self._board_id = board_id
        if board_id is None:
            return
        for cluster in self._service.clusters_on(board_id):
            self._add_cluster(cluster)
        notes = self._service.notes_on(board_id)
        for note in notes:
            if note.stack_id is not None:
                self._piles.setdefault(note.stack_id, set()).add(note.id)
        with self._service.lock:
            self._topic_id = self._service.live_state.discussion(board_id).topic_id
        for note in notes:
            if note.stack_id is None:
                self._add_note_item(note)
        self._overview.reset(item.note for item in self._notes.values())
        self._links.reset(notes)
        self._show_results(self._service.board(board_id))

    def _clear(self) -> None:
        had_selection = bool(self._selection)
        for note_id in list(self._cues):
            self._end_cue(note_id)
        self._votes.clear()
        self._results_visible = False
        self._links.clear()
        self._topic_id = None
        for item in [*self._notes.values(), *self._clusters.values(), *self._labels.values()]:
            self.removeItem(item)
        self._notes.clear()
        self._notes_rect = None
        self._clusters.clear()
        self._labels.clear()
        self._piles.clear()
        self._selection.clear()
        self._in_motion.clear()
        self._overview.reset(())
        self._overview.set_selected(())
        if had_selection:
            self.noteSelectionChanged.emit([])

    # Reading ------------------------------------------------------------------

    def note_item(self, note_id: str) -> NoteItem | None:
        return self._notes.get(note_id)

    def cluster_item(self, cluster_id: str) -> ClusterItem | None:
        return self._clusters.get(cluster_id)

    def note_items(self) -> Iterator[NoteItem]:
        return iter(self._notes.values())

    def cluster_label(self, cluster_id: str) -> ClusterLabelItem | None:
        return self._labels.get(cluster_id)

    def cluster_items(self) -> Iterator[ClusterItem]:
        return iter(self._clusters.values())

    def note_ids(self) -> list[str]:
        """Every note with an item (stacked notes are part of their top note's pile)."""
        return list(self._notes)

    def pile_size(self, note_id: str) -> int:
        return len(self._piles.get(note_id, ()))

    def notes_rect(self) -> QRectF:
        # Kept while notes only arrive: a fitted board refits as phones fill it.
        if self._notes_rect is None:
            rect = QRectF()
            for item in self._notes.values():
                rect = rect.united(note_rect(item.note))
            self._notes_rect = rect
        return QRectF(self._notes_rect)

    def content_rect(self) -> QRectF:
        """What "zoom to fit" shows: every note and every cluster."""
        rect = self.notes_rect()
        for item in self._clusters.values():
            rect = rect.united(item.scene_cluster_rect())
        return rect

    def note_at(
        self, pos: QPointF, exclude: Collection[str] = (), transform: QTransform | None = None
    ) -> str | None:
        """The topmost note shown at a scene point, whether drawn by its item or the overview."""
        for item in self.items(
            pos,
            Qt.ItemSelectionMode.IntersectsItemShape,
            Qt.SortOrder.DescendingOrder,
            transform or QTransform(),
        ):
            if isinstance(item, NoteItem) and item.isVisible() and item.note_id not in exclude:
                return item.note_id
        if not self._overview_active:
            return None
        # The overview has no items to ask: look through the notes it draws.
        best: Note | None = None
        x, y = pos.x(), pos.y()
        for note_id, item in self._notes.items():
            note = item.note
            if (
                note.x <= x <= note.x + note.width
                and note.y <= y <= note.y + note.height
                and (best is None or note.z > best.z)
                and note_id not in exclude
                and note_id not in self._in_motion
            ):
                best = note
        return best.id if best is not None else None

    def cluster_at(self, pos: QPointF) -> ClusterItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape):
            if isinstance(item, ClusterItem):
                return item
        return None

    def note_ids_in(self, rect: QRectF) -> list[str]:
        """Notes that a selection rectangle touches."""
        return [
            note_id
            for note_id, item in self._notes.items()
            if rect.intersects(note_rect(item.note))
        ]

    # Selection ----------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return list(self._selection)

    def is_selected(self, note_id: str) -> bool:
        return note_id in self._selection

    def set_selection(self, note_ids: Iterable[str]) -> None:
        wanted = dict.fromkeys(i for i in note_ids if i in self._notes)
        if list(wanted) == list(self._selection):
            return
        changed = set(wanted).symmetric_difference(self._selection)
        self._selection = wanted
        for note_id in changed:
            self._notes[note_id].set_selected_look(note_id in wanted)
        self._overview.set_selected(wanted)
        self.noteSelectionChanged.emit(list(wanted))

    def _forget_selected(self, note_id: str) -> None:
        if note_id in self._selection:
            del self._selection[note_id]
            self._overview.set_selected(self._selection)
            self.noteSelectionChanged.emit(list(self._selection))

    # Notes in motion ----------------------------------------------------------

    def set_in_motion(self, note_ids: Iterable[str]) -> None:
        """Notes a gesture is moving, resizing or dropping onto: drawn by their own items.

        Every other note, selected or not, the overview can draw when zoomed
        out (selecting a whole cluster there must not bring back hundreds of items).
        """
        wanted = {i for i in note_ids if i in self._notes}
        leaving = self._in_motion - wanted
        entering = wanted - self._in_motion
        self._in_motion = wanted
        for note_id in entering:
            self._overview.remove(note_id)
            self._notes[note_id].setVisible(True)
        for note_id in leaving:
            item = self._notes.get(note_id)
            if item is not None:
                self._overview.put(item.note)
                item.setVisible(self._drawn_by_item(note_id))

    # Level of detail ----------------------------------------------------------

    @property
    def overview_active(self) -> bool:
        return self._overview_active

    def set_zoom(self, zoom: float) -> None:
        """Switch between note items and the overview as the view's zoom crosses the threshold."""
        self._zoom = zoom
        active = zoom < OVERVIEW_ZOOM
        if active:
            for label in self._labels.values():
                label.set_zoom(zoom)
        if active == self._overview_active:
            return
        self._overview_active = active
        for note_id, item in self._notes.items():
            item.setVisible(self._drawn_by_item(note_id))
        for label in self._labels.values():
            label.setVisible(active)
        self._overview.setVisible(active)

    def _drawn_by_item(self, note_id: str) -> bool:
        """Whether a note shows as its own item: always, except in the overview.

        In the overview, notes in motion and the topic under discussion (its
        ring must show at any zoom) are still drawn by their items.
        """
        return not self._overview_active or note_id in self._in_motion or note_id == self._topic_id

    def follow_items(self, note_ids: Iterable[str]) -> None:
        """Items of these notes moved or resized on screen (a gesture): connectors follow."""
        self._links.follow(note_ids)

    # Discussion and chains -----------------------------------------------------

    def chain_links(self) -> ChainLinks:
        return self._links

    def _apply_discussion(self, discussion: Discussion | None, entity: Discussion) -> None:
        if entity.id != self._board_id:
            return
        topic_id = discussion.topic_id if discussion is not None else None
        if topic_id == self._topic_id:
            return
        previous, self._topic_id = self._topic_id, topic_id
        for note_id in (previous, topic_id):
            item = self._notes.get(note_id or "")
            if item is not None:
                item.set_topic(note_id == topic_id)
                item.setVisible(self._drawn_by_item(item.note_id))

    # Applying changes ---------------------------------------------------------

    def _on_changed(self, event: ChangeEvent) -> None:
        if self._board_id is None:
            return
        piles_touched: set[str] = set()
        arrived: list[str] = []
        for change in event.changeset.changes:
            if isinstance(change, Insert):
                self._apply(None, change.entity, piles_touched)
                entity = change.entity
                if (
                    isinstance(entity, Note)
                    and entity.source is NoteSource.PARTICIPANT
                    and event.origin is Origin.DO
                ):
                    arrived.append(entity.id)
            elif isinstance(change, Delete):
                self._apply(change.entity, None, piles_touched)
            elif isinstance(change, Update):
                self._apply(change.before, change.after, piles_touched)
        arrived = [note_id for note_id in arrived if note_id in self._notes]
        for note_id in arrived:
            self.start_arrival_cue(note_id)
        for top_id in piles_touched:
            if not self._piles.get(top_id):
                self._piles.pop(top_id, None)
            item = self._notes.get(top_id)
            if item is not None:
                item.set_stack_count(self.pile_size(top_id))
        if arrived:
            self.notesArrived.emit(arrived)

    def _apply(self, before: Entity | None, after: Entity | None, piles: set[str]) -> None:
        entity = after if after is not None else before
        if isinstance(entity, Note):
            self._apply_note(
                before if isinstance(before, Note) else None,
                after if isinstance(after, Note) else None,
                piles,
            )
        elif isinstance(entity, Cluster):
            self._apply_cluster(after if isinstance(after, Cluster) else None, entity)
        elif isinstance(entity, Vote):
            self._apply_vote(entity, added=after is not None)
        elif isinstance(entity, Discussion):
            self._apply_discussion(after if isinstance(after, Discussion) else None, entity)
        elif isinstance(entity, Board) and entity.id == self._board_id:
            if after is None:
                self.show_board(None)
                self.boardRemoved.emit()
            elif (
                isinstance(after, Board)
                and isinstance(before, Board)
                and (after.results_visible, after.vote_target)
                != (before.results_visible, before.vote_target)
            ):
                self._show_results(after)

    def _apply_note(self, before: Note | None, after: Note | None, piles: set[str]) -> None:
        self._apply_note_item(before, after, piles)
        if after is not None and after.board_id == self._board_id:
            self._links.note_changed(after.id, after.builds_on)
        elif before is not None:
            self._links.note_changed(before.id, None)

    def _apply_note_item(self, before: Note | None, after: Note | None, piles: set[str]) -> None:
        board_id = self._board_id
        if before is not None and before.board_id == board_id and before.stack_id is not None:
            self._piles.get(before.stack_id, set()).discard(before.id)
            piles.add(before.stack_id)
        if after is None or after.board_id != board_id:
            if before is not None:
                self._remove_note(before.id)
            return
        if after.stack_id is not None:
            self._piles.setdefault(after.stack_id, set()).add(after.id)
            piles.add(after.stack_id)
            self._remove_note(after.id)
            return
        item = self._notes.get(after.id)
        if item is None:
            self._add_note(after)
        else:
            if note_rect(after) != note_rect(item.note):
                self._notes_rect = None
            item.set_note(after, keep_place=after.id in self._in_motion)
            if after.id not in self._in_motion:
                self._overview.put(after)

    def _add_note(self, note: Note) -> NoteItem:
        item = self._add_note_item(note)
        self._overview.put(note)
        return item

    def _add_note_item(self, note: Note) -> NoteItem:
        item = NoteItem(note, self.pile_size(note.id))
        if self._results_visible:
            item.set_votes(self._votes.get(note.id))
        if note.id == self._topic_id:
            item.set_topic(True)
        elif self._overview_active:
            item.setVisible(False)
        self.addItem(item)
        self._notes[note.id] = item
        if self._notes_rect is not None:
            self._notes_rect = self._notes_rect.united(note_rect(note))
        return item

    def _remove_note(self, note_id: str) -> None:
        item = self._notes.pop(note_id, None)
        self._notes_rect = None
        if item is None:
            return
        self._end_cue(note_id)
        self.removeItem(item)
        self._in_motion.discard(note_id)
        self._overview.remove(note_id)
        self._forget_selected(note_id)

    def _apply_cluster(self, after: Cluster | None, entity: Cluster) -> None:
        if after is None or after.board_id != self._board_id:
            item = self._clusters.pop(entity.id, None)
            label = self._labels.pop(entity.id, None)
            for gone in (item, label):
                if gone is not None:
                    self.removeItem(gone)
            return
        existing = self._clusters.get(after.id)
        if existing is None:
            self._add_cluster(after)
        else:
            existing.set_cluster(after)
            self._labels[after.id].set_cluster(after)

    def _add_cluster(self, cluster: Cluster) -> None:
        item = ClusterItem(cluster)
        if self._results_visible:
            item.set_votes(self._votes.get(cluster.id))
        label = ClusterLabelItem(cluster)
        label.set_zoom(self._zoom)
        label.setVisible(self._overview_active)
        self.addItem(item)
        self.addItem(label)
        self._clusters[cluster.id] = item
        self._labels[cluster.id] = label

    # Votes ----------------------------------------------------------------------

    @property
    def results_visible(self) -> bool:
        return self._results_visible

    def _show_results(self, board: Board | None) -> None:
        """Count the shown board's votes once; later votes are counted one by one."""
        self._results_visible = board is not None and board.results_visible
        self._votes.clear()
        if board is not None:
            with self._service.lock:
                votes = self._service.live_state.votes.values()
                self._votes.update(v.target_id for v in votes if v.board_id == board.id)
        for note_id, item in self._notes.items():
            item.set_votes(self._votes.get(note_id) if self._results_visible else None)
        for cluster_id, cluster in self._clusters.items():
            cluster.set_votes(self._votes.get(cluster_id) if self._results_visible else None)

    def _apply_vote(self, vote: Vote, *, added: bool) -> None:
        if vote.board_id != self._board_id:
            return
        target = vote.target_id
        self._votes[target] += 1 if added else -1
        if self._votes[target] <= 0:
            del self._votes[target]
        if not self._results_visible:
            return
        count = self._votes.get(target)
        note = self._notes.get(target)
        if note is not None:
            note.set_votes(count)
        cluster = self._clusters.get(target)
        if cluster is not None:
            cluster.set_votes(count)

    def vote_count(self, target_id: str) -> int:
        return self._votes.get(target_id, 0)

    # Arrival cue ----------------------------------------------------------------

    def arrival_cues(self) -> list[str]:
        """Notes whose arrival cue is running."""
        return list(self._cues)

    def start_arrival_cue(self, note_id: str) -> None:
        """A brief glow fading from a note that just came from a phone."""
        item = self._notes.get(note_id)
        if item is None:
            return
        self._end_cue(note_id)
        cue = QVariantAnimation(self)
        cue.setStartValue(1.0)
        cue.setEndValue(0.0)
        cue.setDuration(ARRIVAL_CUE_MS)
        cue.setEasingCurve(QEasingCurve.Type.InQuad)
        cue.valueChanged.connect(item.set_glow)
        cue.finished.connect(lambda: self._end_cue(note_id))
        self._cues[note_id] = cue
        item.set_glow(1.0)
        cue.start()

    def _end_cue(self, note_id: str) -> None:
        cue = self._cues.pop(note_id, None)
        if cue is None:
            return
        cue.valueChanged.disconnect()
        # The finished handler refers back to this scene: left connected, a cue
        # ended early kept the scene alive and crashed the next event loop.
        cue.finished.disconnect()
        cue.stop()
        cue.deleteLater()
        item = self._notes.get(note_id)
        if item is not None:
            item.set_glow(0.0)
