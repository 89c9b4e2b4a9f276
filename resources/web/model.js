// What this phone knows of the session: the participant's view from
// GET /state (or a `snapshot` event), kept up to date by `delta` events.
// Pure data, no DOM, so the rules of applying changes live in one place.

export class SessionModel {
  constructor() {
    this.clear();
  }

  clear() {
    this.session = null; // {title, language, code, current_board_id}
    this.boards = [];
    this.board = null; // the board on screen
    this.clusters = new Map(); // id -> cluster, in the server's order
    this.notes = new Map(); // id -> note, in the server's order
    this.hiddenCount = 0;
    this.myNoteIds = new Set();
    this.myVotes = null; // {board_id, remaining, on: {targetId: count}}
    this.participant = null;
    this.eventId = null;
    this.timer = null; // the shared timer, in the server's absolute times
    this.phase = null; // the agenda phase under way
    this.discussion = null; // the topic the board on screen is discussing
    this.poll = null; // the session's open thumbs poll (whatever board it is on)
    this.myAnswer = null; // {poll_id, choice}: this participant's answer to it
    this.closedPoll = null; // the poll that closed last, with its final counts
    this.handout = null; // {phase_id, board_id, notes}: ideas to build on (brainwriting)
  }

  get loaded() {
    return this.board !== null;
  }

  /** Replace everything with a full view (GET /state or a snapshot). */
  replace(view) {
    this.board = view.board || null;
    this.clusters = new Map((view.clusters || []).map((c) => [c.id, c]));
    this.notes = new Map((view.notes || []).map((n) => [n.id, n]));
    this.hiddenCount = view.hidden_count || 0;
    this.myNoteIds = new Set(view.my_note_ids || []);
    this.myVotes = view.my_votes || null;
    this.participant = view.participant || null;
    this.discussion = view.discussion || null;
    this.replaceShared(view);
  }

  /**
   * Only what is the same whichever board is on screen: the session, the
   * list of boards, the timer, the phase and the poll (from a snapshot of the
   * shown board while the participant browses another one).
   */
  replaceShared(view) {
    this.session = view.session || null;
    this.boards = view.boards || [];
    this.timer = view.timer || null;
    this.phase = view.phase || null;
    this.setPoll(view.poll && view.poll.open ? view.poll : null);
    if (Object.prototype.hasOwnProperty.call(view, "my_answer")) {
      this.myAnswer = view.my_answer || null;
    }
    this.eventId = typeof view.event_id === "number" ? view.event_id : null;
  }

  /** The open poll is now `poll` (null: none); one that ends is kept as `closedPoll`. */
  setPoll(poll) {
    const before = this.poll;
    if (before && (!poll || poll.id !== before.id)) this.closedPoll = before;
    this.poll = poll;
  }

  /** This participant's answer to the open poll, or null. */
  get pollAnswer() {
    const { poll, myAnswer } = this;
    return poll && myAnswer && myAnswer.poll_id === poll.id ? myAnswer.choice : null;
  }

  /** Whether the agenda phase asks phones to build on others' ideas on the board on screen. */
  get buildingPhase() {
    const { phase, board } = this;
    return Boolean(phase && board && phase.kind === "build_on" && phase.board_id === board.id);
  }

  /** The ideas to build on, when they are of the phase under way. */
  get currentHandout() {
    const { handout, phase } = this;
    return handout && phase && handout.phase_id === phase.id ? handout : null;
  }

  /** A note known to this phone, on the board or among the ideas to build on. */
  knownNote(id) {
    if (!id) return null;
    const note = this.notes.get(id);
    if (note) return note;
    const handout = this.handout;
    return (handout && handout.notes.find((n) => n.id === id)) || null;
  }

  /** The board the facilitator shows (as the server picks it: else the first). */
  get shownBoardId() {
    const id = this.session ? this.session.current_board_id : null;
    if (id && this.boards.some((b) => b.id === id)) return id;
    return this.boards.length ? this.boards[0].id : id;
  }

  boardTitle(id) {
    const board = this.boards.find((b) => b.id === id);
    return board ? board.title : "";
  }

  /**
   * Apply one `delta` event ({public, mine}). Returns what the page should do
   * next: `refetch` (the board or its settings changed: load GET /state
   * again), `newNotes` (notes not known as mine that just appeared),
   * `changed` (redraw), `timer` (redraw the timer only) and `shownChanged`
   * (the facilitator now shows another board).
   */
  applyDelta(event) {
    const result = {
      refetch: false,
      newNotes: [],
      changed: false,
      timer: false,
      shownChanged: false,
    };
    // Our own part first, so counts in the public part can tell our notes apart.
    for (const [part, mine] of [
      [event.mine, true],
      [event.public, false],
    ]) {
      if (part) this.applyPart(part, mine, result);
    }
    return result;
  }

  applyPart(part, mine, result) {
    if (!this.board) return;
    const boardId = this.board.id;
    for (const note of part.notes_upserted || []) {
      if (note.board_id !== boardId) continue; // another board: not on screen
      if (mine) this.myNoteIds.add(note.id);
      if (!this.notes.has(note.id) && !this.myNoteIds.has(note.id) && !note.face_down) {
        result.newNotes.push(note);
      }
      this.notes.set(note.id, note);
      result.changed = true;
    }
    for (const id of part.notes_removed || []) {
      result.changed = this.notes.delete(id) || result.changed;
    }
    this.applyToHandout(part, result);
    for (const cluster of part.clusters_upserted || []) {
      if (cluster.board_id !== boardId) continue;
      this.clusters.set(cluster.id, cluster);
      result.changed = true;
    }
    for (const id of part.clusters_removed || []) {
      result.changed = this.clusters.delete(id) || result.changed;
    }
    // The server counts every face-down note of the board; our own are shown
    // to us as notes, so they are not "waiting to be revealed" for us.
    const counts = part.hidden_counts;
    if (counts && Object.prototype.hasOwnProperty.call(counts, boardId)) {
      let own = 0;
      for (const note of this.notes.values()) {
        if (note.face_down && this.myNoteIds.has(note.id)) own += 1;
      }
      this.hiddenCount = Math.max(0, counts[boardId] - own);
      result.changed = true;
    }
    if (part.my_votes && part.my_votes.board_id === boardId) {
      this.myVotes = part.my_votes;
      result.changed = true;
    }
    if (part.session) {
      const before = this.shownBoardId;
      this.session = { ...this.session, ...part.session };
      if (this.shownBoardId !== before) result.shownChanged = true;
      result.changed = true;
    }
    if (Object.prototype.hasOwnProperty.call(part, "timer")) {
      this.timer = part.timer || null;
      result.timer = true;
    }
    if (Object.prototype.hasOwnProperty.call(part, "phase")) {
      this.phase = part.phase || null;
      result.changed = true;
    }
    const discussions = part.discussions;
    if (discussions && Object.prototype.hasOwnProperty.call(discussions, boardId)) {
      this.discussion = discussions[boardId] || null;
      result.changed = true;
    }
    if (part.poll) {
      const poll = part.poll;
      if (poll.open) this.setPoll(poll);
      else if (this.poll && this.poll.id === poll.id) this.setPoll(null);
      // The closing counts are the final ones.
      if (!poll.open && this.closedPoll && this.closedPoll.id === poll.id) this.closedPoll = poll;
      result.changed = true;
    }
    if (Object.prototype.hasOwnProperty.call(part, "my_answer")) {
      this.myAnswer = part.my_answer || null;
      result.changed = true;
    }
    if (part.boards_changed) result.refetch = true;
  }

  /** Ideas to build on are notes too: they follow edits and removals. */
  applyToHandout(part, result) {
    const handout = this.handout;
    if (!handout || !handout.notes.length) return;
    const removed = new Set(part.notes_removed || []);
    const upserted = new Map((part.notes_upserted || []).map((n) => [n.id, n]));
    if (!removed.size && !upserted.size) return;
    const notes = handout.notes
      .filter((n) => !removed.has(n.id))
      .map((n) => upserted.get(n.id) || n);
    if (notes.length !== handout.notes.length || notes.some((n, i) => n !== handout.notes[i])) {
      this.handout = { ...handout, notes };
      result.changed = true;
    }
  }

  /** A note this participant just created or edited (from the POST/PATCH answer). */
  putMine(note) {
    this.myNoteIds.add(note.id);
    if (this.board && note.board_id === this.board.id) this.notes.set(note.id, note);
  }

  removeNote(id) {
    this.notes.delete(id);
    this.myNoteIds.delete(id);
  }

  isMine(noteId) {
    return this.myNoteIds.has(noteId);
  }

  /** My notes on the board on screen, oldest first. */
  myNotes() {
    return [...this.notes.values()].filter((n) => this.myNoteIds.has(n.id));
  }

  /** Notes everyone can see (face-down ones are only in "My notes"). */
  publicNotes() {
    return [...this.notes.values()].filter((n) => !n.face_down);
  }

  get resultsVisible() {
    return Boolean(this.board && this.board.voting && this.board.voting.results_visible);
  }

  /** Whether dots go on clusters (else on notes). */
  get votesOnClusters() {
    return Boolean(this.board && this.board.voting && this.board.voting.target === "clusters");
  }

  get votingOpen() {
    return Boolean(this.board && this.board.voting && this.board.voting.open && !this.board.locked);
  }

  get canAddNotes() {
    return Boolean(this.board && this.board.accepts_notes && !this.board.locked);
  }

  get canEditNotes() {
    return Boolean(this.board && !this.board.locked);
  }

  myVotesOn(targetId) {
    return (this.myVotes && this.myVotes.on && this.myVotes.on[targetId]) || 0;
  }

  get votesRemaining() {
    return this.myVotes ? this.myVotes.remaining : 0;
  }

  /**
   * The board as groups for display: one per cluster (in board order), then
   * "other notes" (cluster_id null, or a cluster we do not know). When results
   * are shown, what was voted on (clusters or notes) is sorted by votes.
   */
  groups() {
    const byCluster = new Map([...this.clusters.keys()].map((id) => [id, []]));
    const loose = [];
    for (const note of this.publicNotes()) {
      const list = note.cluster_id != null ? byCluster.get(note.cluster_id) : undefined;
      (list || loose).push(note);
    }
    const byVotes = (a, b) => (b.votes || 0) - (a.votes || 0);
    const groups = [...this.clusters.values()].map((cluster) => ({
      cluster,
      notes: byCluster.get(cluster.id),
    }));
    if (this.resultsVisible && this.votesOnClusters) {
      groups.sort((a, b) => byVotes(a.cluster, b.cluster));
    } else if (this.resultsVisible) {
      for (const group of groups) group.notes.sort(byVotes);
      loose.sort(byVotes);
    }
    groups.push({ cluster: null, notes: loose });
    return groups;
  }
}
