// The phone page: join a session, write notes, see the board live, vote.
//
// Flow: join view → POST participants (token kept in localStorage per code,
// the cookie it sets carries the event stream) → GET state → EventSource.
// Notes go through an outbox in localStorage, so a note written offline is
// sent later with the same client_id and never duplicated.

import { ApiError, NetworkError, createApi } from "./api.js";
import { byId, show } from "./dom.js";
import { language, preferredLanguage, setLanguage, t, tn, translateStatic } from "./i18n.js";
import { SessionModel } from "./model.js";
import { Outbox, newClientId } from "./outbox.js";
import {
  DEFAULT_COLOUR,
  NOTE_MAX,
  counterText,
  knownColour,
  renderColourOptions,
  renderSession,
} from "./render.js";
import { storage } from "./storage.js";

const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 60000;
const STREAM_RETRY_MAX_MS = 30000;
const ANNOUNCE_DELAY_MS = 1500;
// While notes are hidden, nothing tells phones that others added some: the
// count of hidden notes is refreshed now and then instead.
const HIDDEN_REFRESH_MS = 20000;
const COLOUR_KEY = "facilitator:colour";
// `closed` is sent whenever the server stops, also when the facilitator just
// restarts the app: an ended page keeps looking, slowly, for the session.
const REVIVAL_FIRST_MS = 15000;
const REVIVAL_MAX_MS = 60000;

// --- Where we are ----------------------------------------------------------

function codeFromPath(pathname) {
  const match = /^\/j\/([^/?#]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

function normalizedCode(code) {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

function displayCode(code) {
  const plain = normalizedCode(code);
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

const code = codeFromPath(window.location.pathname);
const keyBase = code ? `facilitator:${normalizedCode(code)}` : "facilitator:none";
const authKey = `${keyBase}:auth`;

const model = new SessionModel();
const outbox = new Outbox(`${keyBase}:outbox`);
const api = createApi(code || "", () => auth().token);

// What the page itself keeps track of (not part of the session's data).
const ui = {
  view: "loading",
  joining: false,
  editing: null, // {id, text, color} of the note being edited
  confirmingDelete: null, // id of the note whose deletion awaits confirmation
  busyVotes: new Set(),
  sending: new Set(), // client_ids of notes being sent right now
  outboxItems: [],
  ended: false,
};

const net = {
  stream: null,
  streamState: null,
  everConnected: false,
  streamRetryMs: 1000,
  streamTimer: null,
  flushing: false,
  retryMs: RETRY_FIRST_MS,
  retryTimer: null,
  refetching: false,
  refetchAgain: false,
  buffered: [],
  hiddenTimer: null,
  refetchTimer: null,
  revivalTimer: null,
  revivalMs: REVIVAL_FIRST_MS,
};

function auth() {
  return storage.getJson(authKey, {}) || {};
}

function saveAuth(value) {
  storage.setJson(authKey, value);
}

function forgetAuth() {
  storage.remove(authKey);
}

// --- Messages: the alert box and the live region ----------------------------

let announceTimer = null;
let pendingNewNotes = 0;

function announce(text) {
  const region = byId("announcer");
  // Clearing first makes screen readers repeat a message equal to the last.
  region.textContent = "";
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** Notes by others arrive one by one; say "3 new notes" once, not three times. */
function announceNewNotes(count) {
  pendingNewNotes += count;
  window.clearTimeout(announceTimer);
  announceTimer = window.setTimeout(() => {
    announce(tn("newNotes", pendingNewNotes));
    pendingNewNotes = 0;
  }, ANNOUNCE_DELAY_MS);
}

function showError(text) {
  byId("alert-text").textContent = text;
  byId("alert-box").classList.remove("alert--idle");
  show(byId("alert-close"), true);
}

function clearError() {
  byId("alert-text").textContent = "";
  byId("alert-box").classList.add("alert--idle");
  show(byId("alert-close"), false);
}

// Codes whose plain-language text depends on what was being done.
const CONTEXT_ERRORS = {
  join: { invalid: "invalidName" },
  note: { invalid: "invalidNote", board_closed: "boardClosedNote", not_found: "notFoundNote" },
  edit: { invalid: "invalidNote", board_closed: "boardClosedEdit", not_found: "notFoundNote" },
  vote: { board_closed: "boardClosedVote", not_found: "notFoundVote" },
};

function errorText(error, context) {
  if (error instanceof NetworkError) return t("errors.network");
  const specific = CONTEXT_ERRORS[context] && CONTEXT_ERRORS[context][error.code];
  const known = t(`errors.${error.code}`) !== `errors.${error.code}`;
  const key = specific || (known ? error.code : "unknown");
  return t(`errors.${key}`, { limit: NOTE_MAX });
}

function isUnauthorized(error) {
  return error instanceof ApiError && (error.status === 401 || error.code === "unauthorized");
}

/** No answer, or one that says "try again later". */
function isPassing(error) {
  return error instanceof NetworkError || error.status >= 500 || error.code === "rate_limited";
}

function isNotFound(error) {
  return error instanceof ApiError && error.code === "not_found";
}

function isEnded(error) {
  return error instanceof ApiError && error.code === "session_closed";
}

/** What every failed action has in common; returns true when it was handled here. */
function handleCommonFailure(error) {
  if (isUnauthorized(error)) {
    showJoin(t("joinAgain"));
    return true;
  }
  if (isEnded(error)) {
    endSession();
    return true;
  }
  return false;
}

// --- Views -------------------------------------------------------------------

const VIEWS = {
  loading: "view-loading",
  join: "view-join",
  session: "view-session",
  ended: "view-ended",
  notFound: "view-not-found",
};

function showView(name, focusId = null) {
  ui.view = name;
  for (const [view, id] of Object.entries(VIEWS)) show(byId(id), view === name);
  if (focusId) byId(focusId).focus({ preventScroll: false });
}

function renderHeader() {
  byId("code-label").textContent = code ? t("codeLabel", { code: displayCode(code) }) : "";
  const select = byId("language-select");
  select.value = language();
  renderConnection();
}

function renderJoin() {
  const title = model.session ? model.session.title : "";
  byId("join-heading").textContent = title || t("joinHeading");
  const subtitle = byId("join-subtitle");
  subtitle.textContent = t("joinHeading");
  show(subtitle, Boolean(title));
  byId("join-button").textContent = ui.joining ? t("joining") : t("joinButton");
}

let renderQueued = false;

/** Redraw the session view on the next frame (many events may arrive at once). */
function render() {
  if (renderQueued) return;
  renderQueued = true;
  window.requestAnimationFrame(() => {
    renderQueued = false;
    renderNow();
  });
}

function renderNow() {
  renderHeader();
  if (ui.view === "join") renderJoin();
  if (ui.view !== "session" || !model.loaded) return;
  if (!model.canEditNotes) {
    ui.editing = null;
    ui.confirmingDelete = null;
  }
  ui.outboxItems = outbox.items();
  renderSession(model, ui);
  updateCounter();
}

function renderConnection() {
  const el = byId("connection");
  const state = ui.view === "session" ? net.streamState : null;
  show(el, Boolean(state));
  if (!state) return;
  const texts = {
    connecting: ["…", "statusConnecting"],
    connected: ["✓", "statusConnected"],
    reconnecting: ["↻", "statusReconnecting"],
    offline: ["✕", "statusOffline"],
  };
  const [symbol, key] = texts[state];
  el.className = `connection connection--${state}`;
  el.textContent = `${symbol} ${t(key)}`;
}

function setConnection(state) {
  if (net.streamState === state) return;
  net.streamState = state;
  renderConnection();
}

// --- Joining and loading -------------------------------------------------------

function showJoin(message = null) {
  closeStream();
  forgetAuth();
  showView("join");
  renderJoin();
  if (message) showError(message);
}

async function onJoin(event) {
  event.preventDefault();
  if (ui.joining) return;
  ui.joining = true;
  renderJoin();
  const name = byId("join-name").value.trim();
  try {
    const joined = await api.join(name || null);
    saveAuth({ token: joined.token, participant_id: joined.participant_id, name: joined.name });
    clearError();
    await loadSession(true);
  } catch (error) {
    if (isNotFound(error)) showView("notFound", "not-found-heading");
    else if (isEnded(error)) endSession();
    else showError(errorText(error, "join"));
  } finally {
    ui.joining = false;
    renderJoin();
  }
}

/** Load the view, then follow the event stream. */
async function loadSession(justJoined = false) {
  try {
    const view = await api.state();
    applyView(view, false);
    clearError();
    showView("session", justJoined ? "session-title" : null);
    render();
    openStream();
    flushOutbox();
  } catch (error) {
    if (handleCommonFailure(error)) return;
    if (isNotFound(error)) {
      showView("notFound", "not-found-heading");
      return;
    }
    // Unreachable or a passing server error: keep trying, the note outbox is safe.
    showError(error instanceof NetworkError ? t("unreachable") : errorText(error));
    window.setTimeout(() => loadSession(justJoined), nextRetryDelay());
  }
}

function flagsOf() {
  const board = model.board;
  if (!board) return null;
  return {
    boardId: board.id,
    votingOpen: model.votingOpen,
    locked: board.locked,
    hidden: board.hidden_mode,
  };
}

/** Say what changed for the participant when a whole new view arrives. */
function announceTransitions(before) {
  const after = flagsOf();
  if (!before || !after) return;
  const messages = [];
  if (before.boardId !== after.boardId) {
    messages.push(t("boardShown", { title: model.board.title }));
  }
  if (!before.votingOpen && after.votingOpen) {
    messages.push(tn("votingOpened", model.votesRemaining));
  }
  if (before.votingOpen && !after.votingOpen) messages.push(t("votingClosed"));
  if (!before.locked && after.locked) messages.push(t("boardLockedNow"));
  if (before.hidden && !after.hidden && before.boardId === after.boardId) {
    messages.push(t("notesRevealed"));
  }
  if (messages.length) announce(messages.join(" "));
}

function applyView(view, announceChanges = true) {
  const before = flagsOf();
  const boardBefore = model.board ? model.board.id : null;
  model.replace(view);
  if (boardBefore !== model.board.id) {
    ui.editing = null;
    ui.confirmingDelete = null;
  }
  if (announceChanges) announceTransitions(before);
  scheduleHiddenRefresh();
  render();
}

// --- The event stream ------------------------------------------------------------

function closeStream() {
  if (net.stream) net.stream.close();
  net.stream = null;
  window.clearTimeout(net.streamTimer);
}

function openStream() {
  closeStream();
  if (ui.ended || typeof window.EventSource !== "function") return;
  const stream = new EventSource(api.eventsUrl);
  net.stream = stream;
  setConnection(net.everConnected ? "reconnecting" : "connecting");
  stream.addEventListener("open", () => onStreamOpen(stream));
  stream.addEventListener("snapshot", (event) => onSnapshot(event));
  stream.addEventListener("delta", (event) => onDelta(event));
  stream.addEventListener("closed", () => endSession());
  stream.addEventListener("error", () => onStreamError(stream));
}

function onStreamOpen(stream) {
  if (stream !== net.stream) return;
  net.everConnected = true;
  net.streamRetryMs = 1000;
  setConnection("connected");
  flushOutbox();
}

function parseData(event) {
  try {
    return JSON.parse(event.data);
  } catch {
    return null;
  }
}

function onSnapshot(event) {
  const view = parseData(event);
  if (!view || !view.board) return;
  if (net.refetching) net.buffered = []; // the snapshot supersedes what was waiting
  applyView(view);
}

function onDelta(event) {
  const data = parseData(event);
  if (!data) return;
  const id = Number.parseInt(event.lastEventId, 10);
  // While GET /state is on its way, keep deltas to apply after it (those it
  // already includes are skipped by event id).
  if (net.refetching) {
    net.buffered.push({ id, data });
    return;
  }
  applyDelta(data, id);
}

function applyDelta(data, id) {
  if (Number.isFinite(id)) model.eventId = Math.max(model.eventId ?? id, id);
  const result = model.applyDelta(data);
  // My own note may come back on the stream before its POST answer: do not
  // announce it as someone else's.
  const mineOnTheWay = new Set(outbox.items().map((item) => item.text));
  const others = result.newNotes.filter((note) => !mineOnTheWay.has(note.text));
  if (others.length) announceNewNotes(others.length);
  if (result.refetch) refetchState();
  if (result.changed) render();
}

function onStreamError(stream) {
  if (stream !== net.stream || ui.ended) return;
  setConnection(navigator.onLine === false ? "offline" : "reconnecting");
  // CONNECTING: the browser retries by itself (sending Last-Event-ID).
  // CLOSED: it gave up (an error answer, or no network): we start again.
  if (stream.readyState === EventSource.CLOSED) {
    net.stream = null;
    window.clearTimeout(net.streamTimer);
    net.streamTimer = window.setTimeout(restartStream, net.streamRetryMs);
    net.streamRetryMs = Math.min(net.streamRetryMs * 2, STREAM_RETRY_MAX_MS);
  }
}

/** After the stream failed for good: a plain request tells why (401, 404, …). */
async function restartStream() {
  if (ui.ended || ui.view !== "session") return;
  try {
    applyView(await api.state());
    // The session answers, so the stream should too. If it keeps failing
    // anyway (e.g. the browser dropped the stream's cookie but kept the
    // token), these retries keep the board fresh every few seconds.
    net.streamRetryMs = Math.min(net.streamRetryMs, 5000);
    openStream();
  } catch (error) {
    if (handleCommonFailure(error)) return;
    if (isNotFound(error)) {
      showView("notFound", "not-found-heading");
      return;
    }
    net.streamTimer = window.setTimeout(restartStream, net.streamRetryMs);
    net.streamRetryMs = Math.min(net.streamRetryMs * 2, STREAM_RETRY_MAX_MS);
  }
}

/** Load GET /state again (board switched or its settings changed). */
async function refetchState() {
  if (net.refetching) {
    net.refetchAgain = true;
    return;
  }
  net.refetching = true;
  let leftover = [];
  try {
    do {
      net.refetchAgain = false;
      const view = await api.state();
      const buffered = net.buffered;
      net.buffered = [];
      const seen = typeof view.event_id === "number" ? view.event_id : -1;
      // A snapshot that came in meanwhile may be newer than this answer.
      if (!(seen >= 0 && model.eventId !== null && seen < model.eventId)) applyView(view);
      for (const { id, data } of buffered) {
        if (!(id <= seen)) applyDelta(data, id);
      }
    } while (net.refetchAgain);
  } catch (error) {
    leftover = net.buffered;
    net.buffered = [];
    if (handleCommonFailure(error)) leftover = [];
    else if (isPassing(error)) {
      // The board on screen may be out of date until this succeeds.
      window.clearTimeout(net.refetchTimer);
      net.refetchTimer = window.setTimeout(refetchState, nextRetryDelay());
    }
  } finally {
    net.refetching = false;
  }
  for (const { id, data } of leftover) applyDelta(data, id);
}

function scheduleHiddenRefresh() {
  window.clearTimeout(net.hiddenTimer);
  if (!model.board || !model.board.hidden_mode || ui.ended) return;
  net.hiddenTimer = window.setTimeout(() => {
    if (document.visibilityState !== "hidden" && net.streamState === "connected") refetchState();
    else scheduleHiddenRefresh();
  }, HIDDEN_REFRESH_MS);
}

function endSession() {
  ui.ended = true;
  closeStream();
  window.clearTimeout(net.retryTimer);
  window.clearTimeout(net.hiddenTimer);
  window.clearTimeout(net.refetchTimer);
  clearError();
  showView("ended", "ended-heading");
  renderConnection();
  net.revivalMs = REVIVAL_FIRST_MS;
  scheduleRevivalCheck();
}

function scheduleRevivalCheck() {
  window.clearTimeout(net.revivalTimer);
  net.revivalTimer = window.setTimeout(checkRevival, net.revivalMs);
  net.revivalMs = Math.min(net.revivalMs * 2, REVIVAL_MAX_MS);
}

async function checkRevival() {
  if (!ui.ended || !auth().token) return;
  try {
    const view = await api.state();
    ui.ended = false;
    net.everConnected = false;
    applyView(view, false);
    showView("session");
    announce(t("sessionBack"));
    openStream();
    flushOutbox();
  } catch (error) {
    if (!isUnauthorized(error) && !isNotFound(error)) scheduleRevivalCheck();
  }
}

// --- Writing notes: the outbox ------------------------------------------------------

function selectedColour() {
  const checked = document.querySelector('input[name="colour"]:checked');
  return knownColour(checked ? checked.value : DEFAULT_COLOUR);
}

function updateCounter() {
  const text = byId("note-text").value;
  const counter = byId("note-counter");
  counter.textContent = counterText(text);
  counter.classList.toggle("counter--near", text.length >= NOTE_MAX - 50);
}

function onAddNote(event) {
  event.preventDefault();
  const textarea = byId("note-text");
  const text = textarea.value.trim();
  if (!text) {
    showError(t("writeSomething"));
    textarea.focus();
    return;
  }
  if (!model.canAddNotes) {
    showError(t("errors.boardClosedNote"));
    return;
  }
  const clusterId = byId("note-cluster").value || null;
  outbox.add({
    client_id: newClientId(),
    text,
    color: selectedColour(),
    board_id: model.board.id,
    cluster_id: clusterId,
    created_at: Date.now(),
  });
  textarea.value = "";
  clearError();
  render();
  if (navigator.onLine === false) announce(t("noteQueued"));
  flushOutbox(true);
}

function nextRetryDelay() {
  const delay = net.retryMs;
  net.retryMs = Math.min(net.retryMs * 2, RETRY_MAX_MS);
  return delay;
}

function scheduleFlush(delayMs) {
  window.clearTimeout(net.retryTimer);
  net.retryTimer = window.setTimeout(() => flushOutbox(), delayMs);
}

function noteBody(item) {
  const body = { text: item.text, client_id: item.client_id, color: item.color };
  if (item.board_id) body.board_id = item.board_id;
  if (item.cluster_id) body.cluster_id = item.cluster_id;
  return body;
}

/** Send one waiting note. Returns "sent", "kept" (try later) or "dropped". */
async function sendOne(item, userJustAdded) {
  ui.sending.add(item.client_id);
  render();
  try {
    const answer = await api.addNote(noteBody(item));
    outbox.remove(item.client_id);
    model.putMine(answer.note);
    return "sent";
  } catch (error) {
    if (error instanceof NetworkError) {
      if (userJustAdded) announce(t("noteQueued"));
      scheduleFlush(nextRetryDelay());
      return "kept";
    }
    if (error.code === "rate_limited") {
      showError(t("errors.rate_limited"));
      scheduleFlush(error.retryAfter ? error.retryAfter * 1000 : nextRetryDelay());
      return "kept";
    }
    if (handleCommonFailure(error)) return "kept"; // sent again after joining
    if (error.code === "storage" || error.status >= 500) {
      scheduleFlush(nextRetryDelay());
      return "kept";
    }
    if (error.code === "not_found" && item.cluster_id) {
      // Its group was removed meanwhile: the note still belongs on the board.
      outbox.update(item.client_id, { cluster_id: null });
      return "again";
    }
    // Refused for good (board closed, invalid…): say why and give the text back.
    outbox.remove(item.client_id);
    showError(errorText(error, "note"));
    const textarea = byId("note-text");
    if (!textarea.value) textarea.value = item.text;
    return "dropped";
  } finally {
    ui.sending.delete(item.client_id);
    render();
  }
}

/** Send every waiting note, oldest first, one at a time. */
async function flushOutbox(userJustAdded = false) {
  if (net.flushing || !auth().token || ui.ended) return;
  net.flushing = true;
  window.clearTimeout(net.retryTimer);
  let sent = 0;
  const tried = new Set();
  try {
    // The queue is read again on each turn, so a note added while an
    // earlier one is on its way is sent in the same pass.
    for (;;) {
      const item = outbox.items().find((i) => !tried.has(i.client_id));
      if (!item) break;
      tried.add(item.client_id);
      let outcome = await sendOne(item, userJustAdded);
      if (outcome === "again") {
        outcome = await sendOne({ ...item, cluster_id: null }, userJustAdded);
      }
      if (outcome === "sent") sent += 1;
      if (outcome !== "sent" && outcome !== "dropped") break; // try later, in order
    }
  } finally {
    net.flushing = false;
  }
  if (sent) {
    net.retryMs = RETRY_FIRST_MS;
    announce(userJustAdded && sent === 1 ? t("noteAdded") : tn("queuedSent", sent));
    if (byId("alert-text").textContent === t("errors.rate_limited")) clearError();
  }
}

// --- My notes: edit and delete ---------------------------------------------------------

/** Focus an element of the freshly drawn view (after renderNow). */
function focusOn(selector) {
  const el = document.querySelector(selector);
  if (el) el.focus();
}

function startEdit(id) {
  const note = model.notes.get(id);
  if (!note) return;
  ui.editing = { id, text: note.text, color: knownColour(note.color) };
  ui.confirmingDelete = null;
  renderNow();
  const textarea = byId("edit-text");
  if (textarea) {
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }
}

function cancelEdit() {
  const id = ui.editing && ui.editing.id;
  ui.editing = null;
  renderNow();
  if (id) focusOn(`[data-focus-key="edit:${id}"]`);
}

async function saveEdit(id) {
  const editing = ui.editing;
  if (!editing || editing.id !== id) return;
  const text = editing.text.trim();
  if (!text) {
    showError(t("writeSomething"));
    return;
  }
  try {
    const answer = await api.editNote(id, { text, color: editing.color });
    model.putMine(answer.note);
    ui.editing = null;
    clearError();
    announce(t("noteSaved"));
    renderNow();
    focusOn(`[data-focus-key="edit:${id}"]`);
  } catch (error) {
    if (!handleCommonFailure(error)) showError(errorText(error, "edit"));
  }
}

async function deleteNote(id) {
  try {
    await api.deleteNote(id);
    model.removeNote(id);
    ui.confirmingDelete = null;
    clearError();
    announce(t("noteDeleted"));
    renderNow();
    byId("my-notes-heading").focus();
  } catch (error) {
    if (!handleCommonFailure(error)) showError(errorText(error, "edit"));
  }
}

function discardPending(clientId) {
  if (ui.sending.has(clientId)) return;
  outbox.remove(clientId);
  announce(t("noteDeleted"));
  renderNow();
  byId("my-notes-heading").focus();
}

// --- Voting ------------------------------------------------------------------------------

async function changeVote(targetId, add) {
  if (ui.busyVotes.has(targetId) || !model.board) return;
  if (add && model.votesRemaining === 0) {
    showError(t("errors.no_votes_left"));
    return;
  }
  if (!add && model.myVotesOn(targetId) === 0) return;
  ui.busyVotes.add(targetId);
  render();
  try {
    const answer = add
      ? await api.vote(targetId, model.board.id)
      : await api.retractVote(targetId, model.board.id);
    if (answer && answer.my_votes) model.myVotes = answer.my_votes;
    clearError();
    announce(tn(add ? "voteAdded" : "voteRemoved", model.votesRemaining));
  } catch (error) {
    if (!handleCommonFailure(error)) showError(errorText(error, "vote"));
  } finally {
    ui.busyVotes.delete(targetId);
    render();
  }
}

// --- Wiring ------------------------------------------------------------------------------

const ACTIONS = {
  vote: (id) => changeVote(id, true),
  unvote: (id) => changeVote(id, false),
  edit: (id) => startEdit(id),
  "cancel-edit": () => cancelEdit(),
  delete: (id) => {
    ui.confirmingDelete = id;
    renderNow();
    focusOn(`[data-focus-key="confirm-delete:${id}"]`);
  },
  keep: (id) => {
    ui.confirmingDelete = null;
    renderNow();
    focusOn(`[data-focus-key="delete:${id}"]`);
  },
  "confirm-delete": (id) => deleteNote(id),
  discard: (id) => discardPending(id),
};

function onSessionClick(event) {
  const button = event.target.closest("button[data-action]");
  if (!button || !ACTIONS[button.dataset.action]) return;
  // Buttons stay focusable when unavailable (aria-disabled); each action
  // checks the current state itself and explains a refusal.
  ACTIONS[button.dataset.action](button.dataset.id);
}

function onSessionSubmit(event) {
  const form = event.target.closest('form[data-action="save-edit"]');
  if (!form) return;
  event.preventDefault();
  saveEdit(form.dataset.id);
}

function onSessionInput(event) {
  const role = event.target.dataset.role;
  if (!ui.editing || !role) return;
  if (role === "edit-text") {
    ui.editing.text = event.target.value;
    byId("edit-counter").textContent = counterText(event.target.value);
  } else if (role === "edit-colour") {
    ui.editing.color = knownColour(event.target.value);
    event.target.closest(".note").className = `note note--editing colour--${ui.editing.color}`;
  }
}

function onSessionKeydown(event) {
  if (event.key === "Escape" && event.target.dataset.role === "edit-text") cancelEdit();
  // Ctrl/Cmd+Enter sends from a text box, as on the facilitator's display.
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    if (event.target.id === "note-text") onAddNote(event);
    if (event.target.dataset.role === "edit-text") saveEdit(ui.editing.id);
  }
}

function onLanguageChange(event) {
  setLanguage(event.target.value, true);
  translateStatic(document);
  renderColourOptions(byId("colour-options"), selectedColour());
  renderJoin();
  renderNow();
}

function onOnline() {
  if (ui.view !== "session") return;
  const open = net.stream && net.stream.readyState === EventSource.OPEN;
  setConnection(open ? "connected" : "reconnecting");
  net.retryMs = RETRY_FIRST_MS;
  flushOutbox();
  if (!net.stream) restartStream();
}

function onOffline() {
  if (ui.view === "session") setConnection("offline");
}

function onVisible() {
  if (document.visibilityState !== "visible" || ui.view !== "session") return;
  // Phones suspend background tabs; on return, catch up at once.
  if (!net.stream) restartStream();
  flushOutbox();
}

function wire() {
  byId("join-form").addEventListener("submit", onJoin);
  byId("note-form").addEventListener("submit", onAddNote);
  byId("note-text").addEventListener("input", updateCounter);
  byId("colour-options").addEventListener("change", () => {
    storage.set(COLOUR_KEY, selectedColour());
  });
  byId("language-select").addEventListener("change", onLanguageChange);
  byId("alert-close").addEventListener("click", clearError);
  const session = byId("view-session");
  session.addEventListener("click", onSessionClick);
  session.addEventListener("submit", onSessionSubmit);
  session.addEventListener("input", onSessionInput);
  session.addEventListener("change", onSessionInput);
  session.addEventListener("keydown", onSessionKeydown);
  window.addEventListener("online", onOnline);
  window.addEventListener("offline", onOffline);
  document.addEventListener("visibilitychange", onVisible);
}

function start() {
  setLanguage(preferredLanguage());
  translateStatic(document);
  renderColourOptions(byId("colour-options"), knownColour(storage.get(COLOUR_KEY)));
  wire();
  renderHeader();
  if (!code) {
    showView("notFound");
    return;
  }
  if (auth().token) loadSession();
  else showJoin();
}

start();
