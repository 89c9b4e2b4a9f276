// Drawing the session view from the model and the page's own UI state.
//
// Lists are rebuilt whole on each change (a board has at most a few hundred
// notes, which a mid-range phone rebuilds in a few milliseconds); focus is
// kept through data-focus-key. Buttons carry data-action and are handled by
// delegation in app.js, so rebuilding needs no listener bookkeeping.

import { byId, h, rebuildKeepingFocus, show } from "./dom.js";
import { t, tn } from "./i18n.js";
import { timerDigits } from "./timer.js";

export const NOTE_MAX = 500;
export const DEFAULT_COLOUR = "yellow";

// The symbols keep colours apart for colour-blind people and in grey scale;
// they match the facilitator's display (facilitator/palette.py).
export const COLOURS = [
  { key: "yellow", symbol: "●" },
  { key: "orange", symbol: "▲" },
  { key: "blue", symbol: "■" },
  { key: "pink", symbol: "◆" },
  { key: "purple", symbol: "★" },
  { key: "teal", symbol: "✚" },
  { key: "grey", symbol: "○" },
];
const SYMBOLS = Object.fromEntries(COLOURS.map((c) => [c.key, c.symbol]));

export function knownColour(color) {
  return Object.prototype.hasOwnProperty.call(SYMBOLS, color) ? color : DEFAULT_COLOUR;
}

function colourLabel(key) {
  return `${SYMBOLS[key]} ${t(`colors.${key}`)}`;
}

export function counterText(text) {
  return t("counter", { count: text.length, limit: NOTE_MAX });
}

// Composer ------------------------------------------------------------------

/** The colour radio group: a swatch, its symbol and its name for each colour. */
export function renderColourOptions(container, selected) {
  const options = COLOURS.map(({ key, symbol }) =>
    h(
      "label",
      { class: "colour-option" },
      h("input", {
        type: "radio",
        name: "colour",
        value: key,
        class: "colour-option__input",
        checked: key === selected,
      }),
      h(
        "span",
        { class: `colour-option__chip colour--${key}` },
        h("span", { class: "colour-option__symbol", "aria-hidden": "true", text: symbol }),
        h("span", { class: "colour-option__name", text: t(`colors.${key}`) }),
      ),
    ),
  );
  container.replaceChildren(...options);
}

/**
 * The optional "which group" choice, offered when the board has clusters (not
 * while building on an idea: such a note goes below the idea).
 */
export function renderClusterChoice(model, ui) {
  const field = byId("cluster-field");
  const select = byId("note-cluster");
  const clusters = [...model.clusters.values()];
  show(field, clusters.length > 0 && !ui.buildingOn);
  // Rebuilt only when the choices change: an open picker must not close on
  // every note that arrives.
  const signature = JSON.stringify([t("noCluster"), ...clusters.map((c) => [c.id, c.title])]);
  if (select.dataset.signature === signature) return;
  select.dataset.signature = signature;
  const selected = select.value;
  select.replaceChildren(
    h("option", { value: "", text: t("noCluster") }),
    ...clusters.map((c) => h("option", { value: c.id, text: c.title || t("untitledGroup") })),
  );
  select.value = model.clusters.has(selected) ? selected : "";
}

/** Text shortened to about `max` characters, on one line, cut at a word. */
export function excerpt(text, max = 80) {
  const line = String(text || "").replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?–-]+$/, "")}…`;
}

/** "Building on: “…”" above the note being written, and what describes the text box. */
export function renderBuildingOn(ui) {
  const building = ui.buildingOn;
  show(byId("building-on"), Boolean(building));
  setText(byId("building-on-excerpt"), building ? t("quoted", { text: excerpt(building.text) }) : "");
  const describedBy = building ? "building-on-text note-counter" : "note-counter";
  const textarea = byId("note-text");
  if (textarea.getAttribute("aria-describedby") !== describedBy) {
    textarea.setAttribute("aria-describedby", describedBy);
  }
}

// Small pieces of a note -------------------------------------------------------

function colourTag(color) {
  return h(
    "span",
    { class: "note__colour" },
    h("span", { class: "note__symbol", "aria-hidden": "true", text: SYMBOLS[color] }),
    h("span", { class: "visually-hidden", text: t("colourName", { name: t(`colors.${color}`) }) }),
  );
}

function tag(text, modifier = "") {
  return h("span", { class: `tag ${modifier}`.trim(), text });
}

function noteText(text, id) {
  return h("p", { class: "note__text", id, text });
}

/** "↳ builds on: …" over a note that builds on another, when that one is known here. */
function buildsOnLine(parentText) {
  if (!parentText) return null;
  return h(
    "p",
    { class: "note__builds-on" },
    h("span", { class: "note__builds-on-arrow", "aria-hidden": "true", text: "↳" }),
    h("span", { text: t("buildsOn", { text: t("quoted", { text: excerpt(parentText, 60) }) }) }),
  );
}

function parentTextOf(note, model) {
  const parent = model.knownNote(note.builds_on);
  return parent ? parent.text : null;
}

/** "✓ Discussed" / "Now discussing" on a topic: in words, not only as a colour. */
function discussionTag(note, model) {
  if (model.discussion && model.discussion.topic.id === note.id) {
    return tag(t("discussingTag"), "tag--discussing");
  }
  if (!note.discussed) return null;
  return h(
    "span",
    { class: "tag tag--discussed" },
    h("span", { "aria-hidden": "true", text: "✓ " }),
    t("discussedTag"),
  );
}

function actionButton(action, label, { id, describedBy, focusKey, variant = "", disabled } = {}) {
  return h("button", {
    type: "button",
    class: `button ${variant}`.trim(),
    text: label,
    "aria-describedby": describedBy,
    "aria-disabled": disabled ? "true" : null,
    dataset: { action, id: id ?? "", focusKey: focusKey ?? `${action}:${id}` },
  });
}

// Intro: session, board, question --------------------------------------------

export function renderIntro(model) {
  const { session, board } = model;
  byId("session-title").textContent = session.title;
  document.title = `${session.title} – ${t("appName")}`;
  byId("board-title").textContent = board.title;
  const question = byId("board-question");
  question.textContent = board.question || "";
  show(question, Boolean(board.question));
  const status = byId("board-status");
  let message = "";
  if (board.locked) message = t("boardLocked");
  else if (!board.accepts_notes && !model.votingOpen) message = t("boardNotAccepting");
  status.textContent = message;
  show(status, Boolean(message));
}

// The agenda phase under way -----------------------------------------------------

export function renderPhase(model) {
  const phase = model.phase;
  show(byId("phase"), Boolean(phase));
  if (!phase) return;
  byId("phase-number").textContent = t("phaseNumber", {
    number: phase.number,
    count: phase.count,
  });
  byId("phase-title").textContent = phase.title;
  const instruction = byId("phase-instruction");
  instruction.textContent = phase.instruction || "";
  show(instruction, Boolean(phase.instruction));
}

// The timer and the way back to the shown board (the sticky bar) -------------------

function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

const TIMER_LABELS = {
  running: "timeLeft",
  warning: "lastMinute",
  up: "timesUp",
  paused: "timerPaused",
  ready: "timerReady",
};

/** The timer as `reading` (timer.js) says, or hidden when there is none. */
export function renderTimer(reading) {
  const el = byId("timer");
  show(el, Boolean(reading));
  if (reading) {
    const stopwatch = reading.mode === "stopwatch";
    const className = `timer timer--${reading.state}${stopwatch ? " timer--stopwatch" : ""}`;
    if (el.className !== className) el.className = className;
    const label = stopwatch && reading.running ? "timeElapsed" : TIMER_LABELS[reading.state];
    setText(byId("timer-label"), t(label));
    setText(byId("timer-digits"), timerDigits(reading));
  }
  updateSessionBar();
}

/** "Back to the shown board", while the participant browses another one. */
export function renderFollow(model, ui) {
  const shown = model.shownBoardId;
  const browsing = Boolean(ui.browsing && ui.browsing !== shown);
  show(byId("follow-button"), browsing || ui.returning);
  setText(byId("follow-text"), t("backToShown", { title: model.boardTitle(shown) }));
  updateSessionBar();
}

function updateSessionBar() {
  show(byId("session-bar"), !byId("timer").hidden || !byId("follow-button").hidden);
}

// Browsing the boards ------------------------------------------------------------

function boardChoice(board, model) {
  const here = board.id === model.board.id;
  const tags = [];
  if (board.id === model.shownBoardId) tags.push(tag(t("shownNow"), "tag--shown"));
  if (here) tags.push(tag(t("youAreHere"), "tag--here"));
  return h(
    "li",
    {},
    h(
      "button",
      {
        type: "button",
        class: `board-choice${here ? " board-choice--here" : ""}`,
        "aria-current": here ? "true" : null,
        dataset: { action: "browse", id: board.id, focusKey: `browse:${board.id}` },
      },
      h("span", { class: "board-choice__title", text: board.title }),
      tags.length ? h("span", { class: "board-choice__tags" }, tags) : null,
    ),
  );
}

/** The list of boards to browse (a disclosure), when there is more than one. */
export function renderBoardNav(model, ui) {
  const boards = model.boards;
  show(byId("board-nav"), boards.length > 1);
  if (boards.length <= 1) return;
  const toggle = byId("board-picker-toggle");
  toggle.setAttribute("aria-expanded", ui.pickerOpen ? "true" : "false");
  setText(byId("board-picker-text"), t("allBoards", { n: boards.length }));
  const list = byId("board-picker");
  show(list, ui.pickerOpen);
  if (!ui.pickerOpen) return;
  rebuildKeepingFocus(
    list,
    () => list.replaceChildren(...boards.map((board) => boardChoice(board, model))),
    toggle,
  );
}

// Voting summary ---------------------------------------------------------------

export function renderVoting(model) {
  const section = byId("voting");
  show(section, model.votingOpen);
  if (!model.votingOpen) return;
  const budget = model.board.voting.budget;
  const remaining = model.votesRemaining;
  // Filled dots are the votes still to give; the text says the same in words.
  byId("vote-dots").textContent =
    "●".repeat(remaining) + "○".repeat(Math.max(0, budget - remaining));
  byId("votes-left").textContent = tn("votesLeft", remaining, { budget });
  byId("voting-how").textContent =
    model.votesOnClusters ? t("votingHowClusters") : t("votingHowNotes");
  const used = byId("votes-used");
  used.textContent = t("allVotesUsed");
  show(used, remaining === 0);
}

function voteControls(targetId, describedBy, model, ui) {
  const mine = model.myVotesOn(targetId);
  const busy = ui.busyVotes.has(targetId);
  const mineId = `my-votes-${targetId}`;
  const describe = `${describedBy} ${mineId}`;
  const button = (action, icon, label, disabled, variant) =>
    h(
      "button",
      {
        type: "button",
        class: `button vote__button ${variant}`.trim(),
        "aria-describedby": describe,
        "aria-disabled": disabled ? "true" : null,
        dataset: { action, id: targetId, focusKey: `${action}:${targetId}` },
      },
      h("span", { class: "vote__icon", "aria-hidden": "true", text: icon }),
      label,
    );
  return h(
    "div",
    { class: "vote" },
    h(
      "p",
      { class: `vote__mine${mine ? " vote__mine--some" : ""}`, id: mineId },
      h("span", { text: tn("myVotesOn", mine) }),
      h("span", { class: "vote__dots", "aria-hidden": "true", text: "●".repeat(mine) }),
    ),
    h(
      "div",
      { class: "vote__buttons" },
      button("vote", "+", t("vote"), busy || model.votesRemaining === 0, "button--primary"),
      button("unvote", "−", t("takeBack"), busy || mine === 0, ""),
    ),
  );
}

// My notes ---------------------------------------------------------------------

function editForm(note, ui) {
  const color = knownColour(ui.editing.color);
  const textarea = h("textarea", {
    id: "edit-text",
    class: "input textarea",
    rows: 4,
    maxlength: NOTE_MAX,
    "aria-describedby": "edit-counter",
    dataset: { focusKey: `edit-text:${note.id}`, role: "edit-text" },
  });
  textarea.value = ui.editing.text;
  const select = h(
    "select",
    { id: "edit-colour", class: "input select", dataset: { role: "edit-colour" } },
    COLOURS.map(({ key }) => h("option", { value: key, text: colourLabel(key) })),
  );
  select.value = color;
  return h(
    "li",
    { class: `note note--editing colour--${color}` },
    h(
      "form",
      { class: "stack", dataset: { action: "save-edit", id: note.id } },
      h("label", { for: "edit-text", class: "field__label", text: t("editLabel") }),
      textarea,
      h("p", { id: "edit-counter", class: "counter", text: counterText(ui.editing.text) }),
      h("label", { for: "edit-colour", class: "field__label", text: t("colourLegend") }),
      select,
      h(
        "div",
        { class: "actions" },
        h("button", {
          type: "submit",
          class: "button button--primary",
          text: t("save"),
          dataset: { focusKey: `save:${note.id}` },
        }),
        actionButton("cancel-edit", t("cancel"), { id: note.id }),
      ),
    ),
  );
}

function myNoteActions(note, textId, ui) {
  if (ui.confirmingDelete === note.id) {
    return h(
      "div",
      { class: "actions actions--confirm" },
      h("p", { class: "confirm", text: t("confirmDelete") }),
      actionButton("confirm-delete", t("delete"), {
        id: note.id,
        describedBy: textId,
        variant: "button--danger",
      }),
      actionButton("keep", t("keep"), { id: note.id, describedBy: textId }),
    );
  }
  return h(
    "div",
    { class: "actions" },
    actionButton("edit", t("edit"), { id: note.id, describedBy: textId }),
    actionButton("delete", t("delete"), { id: note.id, describedBy: textId }),
  );
}

function myNoteItem(note, model, ui) {
  if (ui.editing && ui.editing.id === note.id) return editForm(note, ui);
  const color = knownColour(note.color);
  const textId = `my-note-${note.id}`;
  const meta = [colourTag(color)];
  if (note.face_down) meta.push(tag(t("hiddenTag"), "tag--hidden"));
  meta.push(discussionTag(note, model));
  return h(
    "li",
    { class: `note colour--${color}` },
    buildsOnLine(parentTextOf(note, model)),
    noteText(note.text, textId),
    h(
      "div",
      { class: "note__footer" },
      h("div", { class: "note__meta" }, meta),
      model.canEditNotes ? myNoteActions(note, textId, ui) : null,
    ),
  );
}

function pendingItem(item, ui) {
  const color = knownColour(item.color);
  const textId = `pending-${item.client_id}`;
  const sending = ui.sending.has(item.client_id);
  const status = sending ? t("noteStatusSending") : t("noteStatusWaiting");
  const actions = sending
    ? null
    : h(
        "div",
        { class: "actions" },
        actionButton("discard", t("delete"), { id: item.client_id, describedBy: textId }),
      );
  return h(
    "li",
    { class: `note note--pending colour--${color}` },
    buildsOnLine(item.builds_on ? item.builds_on_text : null),
    noteText(item.text, textId),
    h(
      "div",
      { class: "note__footer" },
      h("div", { class: "note__meta" }, colourTag(color), tag(status, "tag--pending")),
      actions,
    ),
  );
}

export function renderMyNotes(model, ui) {
  const notes = model.myNotes();
  const pending = ui.outboxItems;
  const list = byId("my-notes-list");
  rebuildKeepingFocus(
    list,
    () =>
      list.replaceChildren(
        ...notes.map((note) => myNoteItem(note, model, ui)),
        ...pending.map((item) => pendingItem(item, ui)),
      ),
    byId("my-notes-heading"),
  );
  const empty = byId("my-notes-empty");
  empty.textContent = t("myNotesEmpty");
  show(empty, notes.length === 0 && pending.length === 0);
  const hints = [];
  if (notes.some((n) => n.face_down)) hints.push(t("myNotesHiddenHint"));
  if (pending.length) hints.push(t("waitingHint"));
  const hint = byId("my-notes-hint");
  hint.textContent = hints.join(" ");
  show(hint, hints.length > 0);
}

// The board --------------------------------------------------------------------

function boardNote(note, model, ui) {
  const color = knownColour(note.color);
  const textId = `note-${note.id}`;
  const meta = [colourTag(color)];
  if (note.author_name) {
    const author = t("byAuthor", { name: note.author_name });
    meta.push(h("span", { class: "note__author", text: author }));
  }
  if (model.isMine(note.id)) meta.push(tag(t("yours"), "tag--mine"));
  meta.push(discussionTag(note, model));
  if (note.stacked > 0) meta.push(tag(t("similar", { n: note.stacked }), "tag--stacked"));
  // Counts are shown for what was voted on: notes, or else their clusters.
  if (note.votes !== null && note.votes !== undefined && !model.votesOnClusters) {
    meta.push(tag(tn("votes", note.votes), "tag--votes"));
  }
  const item = h(
    "li",
    { class: `note colour--${color}` },
    buildsOnLine(parentTextOf(note, model)),
    noteText(note.text, textId),
    h("div", { class: "note__meta" }, meta),
  );
  if (model.votingOpen && !model.votesOnClusters) {
    item.append(voteControls(note.id, textId, model, ui));
  }
  return item;
}

function group({ cluster, notes }, model, ui, titled) {
  const titleId = cluster ? `cluster-${cluster.id}` : "cluster-none";
  const title = cluster ? cluster.title || t("untitledGroup") : t("otherNotes");
  if (!titled) {
    // A board without clusters: no "Other notes" heading over every note.
    return h("ul", { class: "note-list" }, notes.map((n) => boardNote(n, model, ui)));
  }
  const header = h(
    "div",
    { class: "group__header" },
    h("h3", { id: titleId, class: "group__title", text: title }),
  );
  if (cluster && cluster.votes !== null && cluster.votes !== undefined && model.votesOnClusters) {
    header.append(tag(tn("votes", cluster.votes), "tag--votes"));
  }
  const section = h("section", { class: "group", "aria-labelledby": titleId }, header);
  if (cluster && model.votingOpen && model.votesOnClusters) {
    section.append(voteControls(cluster.id, titleId, model, ui));
  }
  if (notes.length) {
    section.append(h("ul", { class: "note-list" }, notes.map((n) => boardNote(n, model, ui))));
  }
  return section;
}

export function renderBoard(model, ui) {
  const groups = model.groups().filter((g) => g.cluster || g.notes.length);
  const container = byId("board-groups");
  rebuildKeepingFocus(
    container,
    () => {
      const titled = groups.length > 1 || groups.some((g) => g.cluster);
      container.replaceChildren(...groups.map((g) => group(g, model, ui, titled)));
    },
    byId("board-heading"),
  );
  const empty = byId("board-empty");
  empty.textContent = t("boardEmpty");
  show(empty, groups.length === 0);
  const hidden = byId("hidden-count");
  hidden.textContent = tn("hiddenCount", model.hiddenCount);
  show(hidden, model.hiddenCount > 0);
}

// The topic under discussion (Lean Coffee) ----------------------------------------

export function renderDiscussion(model) {
  const discussion = model.discussion;
  show(byId("discussion"), Boolean(discussion));
  if (!discussion) return;
  const { number, count } = discussion;
  setText(byId("discussion-progress"), t("discussionTopicOf", { number, count }));
  setText(byId("discussion-topic"), discussion.topic.text);
  setText(byId("discussion-votes"), tn("votes", discussion.votes));
}

// The "continue?" poll ------------------------------------------------------------

export const THUMBS = ["up", "sideways", "down"];

/** Hide `el`; focus inside it goes to `fallback` instead of being lost. */
function hideKeepingFocus(el, fallback) {
  if (el.hidden) return;
  const focused = el.contains(document.activeElement);
  show(el, false);
  if (focused && fallback) fallback.focus({ preventScroll: true });
}

function pollQuestion(poll) {
  return poll.topic ? t("pollQuestion", { topic: poll.topic }) : t("pollQuestionNoTopic");
}

/**
 * The open poll with this phone's answer (pressed) and, once answered, the
 * counts; or, for a few seconds after it closed, its result (`ui.pollResult`).
 */
export function renderPoll(model, ui) {
  const section = byId("poll");
  const poll = model.poll;
  const closed =
    !poll && model.closedPoll && ui.pollResult === model.closedPoll.id ? model.closedPoll : null;
  const shown = poll || closed;
  if (!shown) {
    hideKeepingFocus(section, byId("session-title"));
    return;
  }
  show(section, true);
  section.classList.toggle("poll--closed", Boolean(closed));
  setText(byId("poll-kicker"), closed ? t("pollClosedHeading") : t("pollKicker"));
  setText(byId("poll-heading"), pollQuestion(shown));
  show(byId("poll-help"), !closed);
  const buttons = byId("poll-buttons");
  if (closed) hideKeepingFocus(buttons, byId("poll-heading"));
  else show(buttons, true);

  const pending = poll && ui.pollChoice && ui.pollChoice.poll_id === poll.id ? ui.pollChoice : null;
  const answered = poll ? model.pollAnswer : null;
  const chosen = pending ? pending.choice : answered;
  for (const button of buttons.querySelectorAll('button[data-action="answer"]')) {
    const pressed = button.dataset.id === chosen ? "true" : "false";
    if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
  }
  let status = "";
  if (pending) status = pending.status === "waiting" ? t("pollWaiting") : t("pollSending");
  else if (answered) status = t("pollYourAnswer", { choice: t(`thumbs.${answered}`) });
  const statusEl = byId("poll-status");
  setText(statusEl, status);
  statusEl.classList.toggle("poll__status--waiting", Boolean(pending && pending.status === "waiting"));
  show(statusEl, Boolean(status));

  // The counts once this phone has answered (no anchoring before), and in the result.
  const counts = shown.counts || {};
  show(byId("poll-counts"), Boolean(closed || answered));
  const total = THUMBS.reduce((sum, thumb) => sum + (counts[thumb] || 0), 0);
  setText(byId("poll-total"), tn(closed ? "pollFinal" : "pollTotal", total));
  for (const thumb of THUMBS) setText(byId(`poll-count-${thumb}`), String(counts[thumb] || 0));
}

// Ideas to build on (brainwriting) --------------------------------------------------

function handoutItem(note, model, ui) {
  const color = knownColour(note.color);
  const textId = `handout-${note.id}`;
  const chosen = Boolean(ui.buildingOn && ui.buildingOn.id === note.id);
  const meta = [colourTag(color)];
  if (note.author_name) meta.push(h("span", { text: t("byAuthor", { name: note.author_name }) }));
  if (chosen) meta.push(tag(t("buildingOnThisTag"), "tag--building"));
  const button = model.canAddNotes
    ? actionButton("build-on", t("buildOnThis"), {
        id: note.id,
        describedBy: textId,
        variant: chosen ? "" : "button--primary",
      })
    : null;
  return h(
    "li",
    { class: `note colour--${color}${chosen ? " note--chosen" : ""}` },
    buildsOnLine(parentTextOf(note, model)),
    noteText(note.text, textId),
    h("div", { class: "note__footer" }, h("div", { class: "note__meta" }, meta), button),
  );
}

/** What this phone received to build on, while the phase asks for it on this board. */
export function renderHandout(model, ui) {
  const section = byId("handout");
  if (!model.buildingPhase) {
    hideKeepingFocus(section, byId("composer-heading"));
    return;
  }
  show(section, true);
  const handout = model.currentHandout;
  const notes = handout ? handout.notes : [];
  const failed = !handout && ui.handoutState === "failed";
  show(byId("handout-loading"), !handout && !failed);
  if (failed) show(byId("handout-failed"), true);
  else hideKeepingFocus(byId("handout-failed"), byId("handout-heading"));
  show(byId("handout-empty"), Boolean(handout) && notes.length === 0);
  show(byId("handout-help"), notes.length > 0);
  const list = byId("handout-list");
  rebuildKeepingFocus(
    list,
    () => list.replaceChildren(...notes.map((note) => handoutItem(note, model, ui))),
    byId("handout-heading"),
  );
}

/** While voting, the board (with its vote buttons) comes right after the
 * votes left; otherwise writing comes first. The DOM order is changed, not
 * only the visual one, so keyboard and screen-reader order follow. */
function orderSections(votingFirst) {
  const board = byId("board");
  const anchor = votingFirst ? byId("voting").nextElementSibling : null;
  if (votingFirst && anchor !== board) board.parentNode.insertBefore(board, anchor);
  if (!votingFirst && board.nextElementSibling) board.parentNode.append(board);
}

export function renderSession(model, ui) {
  orderSections(model.votingOpen);
  renderPhase(model);
  renderBoardNav(model, ui);
  renderFollow(model, ui);
  renderIntro(model);
  renderDiscussion(model);
  renderPoll(model, ui);
  renderVoting(model);
  renderHandout(model, ui);
  show(byId("composer"), model.canAddNotes);
  renderBuildingOn(ui);
  renderClusterChoice(model, ui);
  renderMyNotes(model, ui);
  renderBoard(model, ui);
}
