// The phone page: join a session, write notes, see the board live, vote.
//
// Flow: join view → POST participants (token kept in localStorage per code,
// the cookie it sets carries the event stream) → GET state → EventSource.
// Notes go through an outbox in localStorage, so a note written offline is
// sent later with the same client_id and never duplicated.
//
// The page follows the board the facilitator shows; the participant may browse
// another board (GET /state?board_id=…) and jump back. The shared timer is
// drawn against the server's clock as estimated by clock.js, so every phone
// shows the same time whatever its own clock says.
//
// During a Lean Coffee discussion the page shows the topic under discussion
// and answers the facilitator's "continue?" poll; in a brainwriting round it
// fetches the ideas this phone received (GET /handout) and writes notes that
// build on one of them.

import { ApiError, NetworkError, createApi } from "./api.js";
import { ServerClock } from "./clock.js";
import { byId, h, show } from "./dom.js";
import { language, preferredLanguage, setLanguage, t, tn, translateStatic } from "./i18n.js";
import { SessionModel } from "./model.js";
import { Outbox, newClientId } from "./outbox.js";
import {
  DEFAULT_COLOUR,
  NOTE_MAX,
  THUMBS,
  counterText,
  excerpt,
  knownColour,
  renderColourOptions,
  renderSession,
  renderTimer,
} from "./render.js";
import { storage } from "./storage.js";
import { WARNING_MS, durationParts, msToNextChange, timerChange, timerReading } from "./timer.js";

const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 60000;
const STREAM_RETRY_MAX_MS = 30000;
const ANNOUNCE_DELAY_MS = 1500;
const ANNOUNCE_KEEP_MS = 10000;
// The timer is redrawn just after each second boundary of its digits.
const TICK_SLACK_MS = 20;
// While notes are hidden, nothing tells phones that others added some: the
// count of hidden notes is refreshed now and then instead.
const HIDDEN_REFRESH_MS = 20000;
const COLOUR_KEY = "facilitator:colour";
// `closed` is sent whenever the server stops, also when the facilitator just
// restarts the app: an ended page keeps looking, slowly, for the session.
const REVIVAL_FIRST_MS = 15000;
const REVIVAL_MAX_MS = 60000;
// A poll's result stays on screen this long after the facilitator closes it.
const POLL_RESULT_MS = 8000;
const HANDOUT_RETRY_MS = 5000;

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
const clock = new ServerClock();
const outbox = new Outbox(`${keyBase}:outbox`);
const api = createApi(code || "", () => auth().token, language);

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
  browsing: null, // id of the board browsed instead of the shown one (null: following)
  returning: false, // on the way back to the shown board
  pickerOpen: false, // the list of boards is open
  pollChoice: null, // {poll_id, choice, status: "sending" | "waiting"}: an answer on its way
  pollResult: null, // id of the closed poll whose result is shown for a moment
  buildingOn: null, // {id, text, boardId}: the idea the next note builds on
  handoutState: null, // "loading" or "failed": the ideas to build on are not here yet
};

// The timer's redraw and what it last showed (to notice the last minute and time's up).
const tick = { handle: null, remaining: null };

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
  refetchPromise: null,
  buffered: [],
  hiddenTimer: null,
  refetchTimer: null,
  revivalTimer: null,
  revivalMs: REVIVAL_FIRST_MS,
  answering: false,
  answerTimer: null,
  answerRetryMs: RETRY_FIRST_MS,
  pollResultTimer: null,
  handoutLoading: false,
  handoutAgain: false,
  handoutStale: true,
  handoutTimer: null,
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

/**
 * Say `text` to screen-reader users: politely, or at once when `urgent`.
 * Each message is a new line in the live region (so one said right after
 * another is not lost, and a repeated one is said again), removed later.
 */
function announce(text, urgent = false) {
  if (!text) return;
  const region = byId(urgent ? "announcer-urgent" : "announcer");
  window.setTimeout(() => {
    const line = document.createElement("p");
    line.textContent = text;
    region.append(line);
    window.setTimeout(() => line.remove(), ANNOUNCE_KEEP_MS);
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
  poll: { board_closed: "pollClosed", not_found: "pollClosed" },
};

/**
 * The page's own text for an error's code (docs/participant-api.md, "Errors"),
 * with the server's parameters filled in. A code this page does not know
 * shows the server's message, which is in the page's language too (the
 * requests send it as Accept-Language).
 */
function errorText(error, context) {
  if (error instanceof NetworkError) return t("errors.network");
  const specific = CONTEXT_ERRORS[context] && CONTEXT_ERRORS[context][error.code];
  const known = t(`errors.${error.code}`) !== `errors.${error.code}`;
  if (!specific && !known && error.message && error.message !== error.code) return error.message;
  const key = specific || (known ? error.code : "unknown");
  return t(`errors.${key}`, { limit: NOTE_MAX, ...error.params });
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
  renderTimerNow();
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
  // The symbol repeats the words for the eye; screen readers say only the words.
  el.replaceChildren(h("span", { "aria-hidden": "true", text: `${symbol} ` }), t(key));
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

/** GET /state of one board (default: the shown one); its server_time sets the clock. */
async function loadState(boardId = null) {
  const view = await api.state(boardId || undefined);
  sampleClock(view && view.server_time);
  return view;
}

/**
 * The view to show: of the board being browsed, else of the shown board. A
 * browsed board that was removed meanwhile (the server answers 404) ends
 * browsing.
 */
async function fetchView() {
  for (;;) {
    const wanted = ui.browsing;
    let view;
    try {
      view = await loadState(wanted);
    } catch (error) {
      if (!(wanted && isNotFound(error))) throw error;
      view = null;
    }
    if (ui.browsing !== wanted) continue; // the participant moved on meanwhile
    if (wanted && (view === null || view.board.id !== wanted)) {
      ui.browsing = null;
      announce(t("browsedBoardGone"));
      continue;
    }
    return view;
  }
}

/** Load the view, then follow the event stream. */
async function loadSession(justJoined = false) {
  try {
    const view = await fetchView();
    net.handoutStale = true;
    applyView(view, false);
    clearError();
    showView("session", justJoined ? "session-title" : null);
    render();
    openStream();
    flushOutbox();
    syncHandout();
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

/** Say what changed on the board on screen when a whole new view arrives. */
function announceTransitions(before) {
  const after = flagsOf();
  if (!before || !after) return;
  // Which board is shown is said by announceShared; another board's settings
  // are news only where they matter now.
  const same = before.boardId === after.boardId;
  const messages = [];
  if (!before.votingOpen && after.votingOpen) {
    messages.push(tn("votingOpened", model.votesRemaining));
  }
  if (same && before.votingOpen && !after.votingOpen) messages.push(t("votingClosed"));
  if (same && !before.locked && after.locked) messages.push(t("boardLockedNow"));
  if (same && before.hidden && !after.hidden) messages.push(t("notesRevealed"));
  if (messages.length) announce(messages.join(" "));
}

function sameTimer(a, b) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** What is shared by every board: compared before and after a change. */
function sharedState() {
  return {
    loaded: model.loaded,
    shown: model.loaded ? model.shownBoardId : null,
    timer: model.timer,
    phase: model.phase,
    topicId: model.discussion ? model.discussion.topic.id : null,
    pollId: model.poll ? model.poll.id : null,
  };
}

/**
 * After the session, the phase or the timer may have changed: follow the
 * shown board (returns true when the board on screen must be loaded) and say
 * what changed, in one message.
 */
function announceShared(before, announceChanges = true) {
  if (!before.loaded || !model.loaded) {
    resetTimerWatch();
    return false;
  }
  const messages = [];
  const phase = model.phase;
  if (phase && (!before.phase || before.phase.id !== phase.id)) {
    messages.push(t("phaseNow", { number: phase.number, count: phase.count, title: phase.title }));
    if (phase.instruction) messages.push(phase.instruction);
  }
  const shown = model.shownBoardId;
  let load = false;
  if (before.shown !== shown) {
    if (ui.browsing === shown) ui.browsing = null; // the facilitator came to this board
    const title = model.boardTitle(shown);
    if (ui.browsing) {
      messages.push(t("boardShownWhileBrowsing", { title, current: model.board.title }));
    } else {
      messages.push(t("boardShown", { title }));
      load = model.board.id !== shown;
    }
  }
  messages.push(...discussionNews(before));
  if (!sameTimer(before.timer, model.timer)) {
    const change = timerChange(before.timer, model.timer);
    if (change) messages.push(timerMessage(change, model.timer));
    resetTimerWatch();
  }
  if (announceChanges && messages.length) announce(messages.join(" "));
  return load;
}

/**
 * What changed in the discussion, the poll's coming and going: messages to
 * say. A poll that closed shows its result for a moment.
 */
function discussionNews(before) {
  const messages = [];
  const poll = model.poll;
  if (before.pollId && (!poll || poll.id !== before.pollId)) {
    showPollResult(before.pollId);
    messages.push(t("pollClosedNow"));
  }
  const discussion = model.discussion;
  if (discussion && discussion.topic.id !== before.topicId) {
    const { number, count } = discussion;
    messages.push(t("topicNow", { number, count, text: excerpt(discussion.topic.text, 120) }));
  }
  if (poll && poll.id !== before.pollId) {
    messages.push(
      poll.topic
        ? t("pollAsked", { topic: excerpt(poll.topic, 120) })
        : t("pollAskedNoTopic"),
    );
  }
  return messages;
}

function applyView(view, announceChanges = true) {
  const before = flagsOf();
  const shared = sharedState();
  const boardBefore = model.board ? model.board.id : null;
  model.replace(view);
  if (boardBefore !== model.board.id) {
    ui.editing = null;
    ui.confirmingDelete = null;
    ui.buildingOn = null;
  }
  const follow = announceShared(shared, announceChanges);
  if (announceChanges) announceTransitions(before);
  scheduleHiddenRefresh();
  render();
  if (follow) refetchState();
  syncHandout();
}

// --- The shared timer -------------------------------------------------------------

function sampleClock(serverTime) {
  if (clock.sample(serverTime) && model.loaded && ui.view === "session") renderTimerNow();
}

/** A duration in words: "5 minutes", "1 minute 30 seconds". */
function spokenDuration(ms) {
  const { hours, minutes, seconds } = durationParts(ms);
  const parts = [];
  if (hours) parts.push(tn("units.hours", hours));
  if (minutes) parts.push(tn("units.minutes", minutes));
  if (seconds || !parts.length) parts.push(tn("units.seconds", seconds));
  return parts.join(" ");
}

/** "4 minutes 12 seconds left." for a countdown, "Time's up." past it, else nothing. */
function timeLeftText(reading) {
  if (!reading || reading.mode !== "countdown") return "";
  if (reading.remaining <= 0) return t("timesUpNow");
  const seconds = Math.ceil(reading.remaining / 1000);
  return t("timeLeftSpoken", { time: spokenDuration(seconds * 1000) });
}

/** What to say when the facilitator changed the timer (timer.js's timerChange). */
function timerMessage(change, timer) {
  const reading = timerReading(timer, clock.now());
  const left = timeLeftText(reading);
  const withLeft = (text) => (left ? `${text} ${left}` : text);
  switch (change.kind) {
    case "started": {
      if (timer.mode === "stopwatch") return t("stopwatchStarted");
      const started = t("timerStarted", { duration: spokenDuration(timer.duration_ms) });
      // Heard late (after a reconnection): say what is left as well.
      return reading && timer.duration_ms - reading.remaining > 2000 ? withLeft(started) : started;
    }
    case "paused":
      return withLeft(t("timerPausedNow"));
    case "resumed":
      return withLeft(t("timerResumed"));
    case "adjusted": {
      const amount = spokenDuration(Math.abs(change.by));
      return withLeft(t(change.by > 0 ? "timerAdded" : "timerTakenOff", { amount }));
    }
    case "reset":
      return withLeft(t("timerReset"));
    case "cleared":
      return t("timerCleared");
    default:
      return "";
  }
}

/** The next redraw sees a new timer as it is, not as crossing the last minute. */
function resetTimerWatch() {
  tick.remaining = null;
}

/** Say "1 minute left" and "Time's up" when a running countdown gets there. */
function watchCrossings(reading) {
  const before = tick.remaining;
  tick.remaining = reading && reading.mode === "countdown" ? reading.remaining : null;
  if (before === null || tick.remaining === null || !reading.running) return;
  if (before > 0 && reading.remaining <= 0) announce(t("timesUpNow"), true);
  else if (before > WARNING_MS && reading.remaining <= WARNING_MS) announce(t("oneMinuteLeft"));
}

/**
 * Draw the timer now and, while it runs and the page is seen, again just
 * after its digits next change (no redraw at all otherwise).
 */
function renderTimerNow() {
  window.clearTimeout(tick.handle);
  tick.handle = null;
  if (ui.view !== "session" || !model.loaded) return;
  const reading = timerReading(model.timer, clock.now());
  renderTimer(reading);
  watchCrossings(reading);
  if (reading && reading.running && document.visibilityState !== "hidden") {
    tick.handle = window.setTimeout(renderTimerNow, msToNextChange(reading) + TICK_SLACK_MS);
  }
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
  stream.addEventListener("clock", (event) => onClock(event));
  stream.addEventListener("closed", () => endSession());
  stream.addEventListener("error", () => onStreamError(stream));
}

function onStreamOpen(stream) {
  if (stream !== net.stream) return;
  const reconnected = net.everConnected;
  net.everConnected = true;
  net.streamRetryMs = 1000;
  setConnection("connected");
  flushOutbox();
  sendPollAnswer();
  // A resumed stream replays what was missed, but not the ideas to build on.
  if (reconnected) syncHandout(true);
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
  sampleClock(view.server_time);
  if (net.refetching) net.buffered = []; // the snapshot supersedes what was waiting
  net.handoutStale = true;
  const wanted = ui.browsing;
  const shown = view.session ? view.session.current_board_id : null;
  if (wanted && view.board.id !== wanted && shown !== wanted) {
    // A snapshot is of the shown board: keep what all boards share, and
    // reload the board being browsed.
    const before = sharedState();
    model.replaceShared(view);
    announceShared(before);
    render();
    refetchState();
    return;
  }
  applyView(view);
}

function onClock(event) {
  const data = parseData(event);
  if (data) sampleClock(data.server_time);
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
  const before = sharedState();
  const result = model.applyDelta(data);
  // My own note may come back on the stream before its POST answer: do not
  // announce it as someone else's.
  const mineOnTheWay = new Set(outbox.items().map((item) => item.text));
  const others = result.newNotes.filter((note) => !mineOnTheWay.has(note.text));
  if (others.length) announceNewNotes(others.length);
  const follow = announceShared(before);
  if (result.refetch || follow) refetchState();
  if (result.changed) render();
  else if (result.timer) renderTimerNow();
  syncHandout();
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
    applyView(await fetchView());
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

/**
 * Load GET /state again (board switched, its settings changed, or another
 * board chosen). Calls made meanwhile share the one in flight, which then
 * loads once more. Resolves to null once done, or to the error.
 */
function refetchState() {
  if (net.refetching) {
    net.refetchAgain = true;
    return net.refetchPromise;
  }
  net.refetching = true;
  net.refetchPromise = runRefetch();
  return net.refetchPromise;
}

async function runRefetch() {
  let leftover = [];
  let failure = null;
  try {
    do {
      net.refetchAgain = false;
      const view = await fetchView();
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
    failure = error;
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
  return failure;
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
  window.clearTimeout(tick.handle);
  window.clearTimeout(net.retryTimer);
  window.clearTimeout(net.hiddenTimer);
  window.clearTimeout(net.refetchTimer);
  window.clearTimeout(net.answerTimer);
  window.clearTimeout(net.handoutTimer);
  ui.pollChoice = null;
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
    const view = await fetchView();
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
  const building = ui.buildingOn && ui.buildingOn.boardId === model.board.id ? ui.buildingOn : null;
  // A note that builds on an idea goes below it, not into a group.
  const clusterId = building ? null : byId("note-cluster").value || null;
  outbox.add({
    client_id: newClientId(),
    text,
    color: selectedColour(),
    board_id: model.board.id,
    cluster_id: clusterId,
    builds_on: building ? building.id : null,
    builds_on_text: building ? building.text : null,
    created_at: Date.now(),
  });
  ui.buildingOn = null;
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
  if (item.builds_on) body.builds_on = item.builds_on;
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
    if (error.code === "not_found" && item.builds_on) {
      // The idea it builds on was removed meanwhile: the note is still an idea.
      outbox.update(item.client_id, { builds_on: null, builds_on_text: null });
      showError(t("errors.buildOnGone"));
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
      for (let again = 0; outcome === "again" && again < 2; again += 1) {
        const changed = outbox.items().find((i) => i.client_id === item.client_id);
        outcome = changed ? await sendOne(changed, userJustAdded) : "dropped";
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

// --- The "continue?" poll ---------------------------------------------------------------

/**
 * Answer the open poll (or change the answer). The newest choice wins: one
 * made while another is on its way is sent after it; an answer that finds no
 * connection waits and is sent when the phone is back online, as long as the
 * poll is open. Answering again with the same choice changes nothing.
 */
function answerPoll(choice) {
  const poll = model.poll;
  if (!poll || !THUMBS.includes(choice)) return;
  const pending = ui.pollChoice && ui.pollChoice.poll_id === poll.id ? ui.pollChoice : null;
  if (pending ? pending.choice === choice : model.pollAnswer === choice) return;
  ui.pollChoice = { poll_id: poll.id, choice, status: "sending" };
  renderNow();
  sendPollAnswer();
}

function nextAnswerDelay() {
  const delay = net.answerRetryMs;
  net.answerRetryMs = Math.min(net.answerRetryMs * 2, RETRY_MAX_MS);
  return delay;
}

async function sendPollAnswer() {
  if (net.answering || !ui.pollChoice || !auth().token || ui.ended) return;
  net.answering = true;
  window.clearTimeout(net.answerTimer);
  try {
    for (;;) {
      const wanted = ui.pollChoice;
      if (!wanted) break;
      if (!model.poll || model.poll.id !== wanted.poll_id) {
        ui.pollChoice = null; // the poll closed meanwhile (said when it closed)
        break;
      }
      wanted.status = "sending";
      render();
      try {
        const answer = await api.answerPoll(wanted.poll_id, wanted.choice);
        if (answer && answer.my_answer) model.myAnswer = answer.my_answer;
        net.answerRetryMs = RETRY_FIRST_MS;
        if (ui.pollChoice !== wanted) continue; // changed meanwhile: send the newer one
        ui.pollChoice = null;
        if (byId("alert-text").textContent === t("errors.network")) clearError();
        announce(t("answerSent", { choice: t(`thumbs.${wanted.choice}`) }));
        break;
      } catch (error) {
        if (ui.pollChoice !== wanted) continue;
        if (isPassing(error) && !isUnauthorized(error)) {
          if (wanted.status !== "waiting") announce(t("pollWaiting"));
          wanted.status = "waiting";
          const wait = error.retryAfter ? error.retryAfter * 1000 : nextAnswerDelay();
          net.answerTimer = window.setTimeout(sendPollAnswer, wait);
          break;
        }
        ui.pollChoice = null;
        if (!handleCommonFailure(error)) showError(errorText(error, "poll"));
        break;
      }
    }
  } finally {
    net.answering = false;
    render();
  }
}

/** The poll `pollId` closed: its result stays in sight for a moment. */
function showPollResult(pollId) {
  const unsent = ui.pollChoice && ui.pollChoice.poll_id === pollId;
  if (unsent) {
    ui.pollChoice = null;
    window.clearTimeout(net.answerTimer);
    showError(t("errors.pollClosedUnsent"));
  }
  ui.pollResult = pollId;
  window.clearTimeout(net.pollResultTimer);
  net.pollResultTimer = window.setTimeout(() => {
    ui.pollResult = null;
    render();
  }, POLL_RESULT_MS);
}

// --- Building on others' ideas (brainwriting) ------------------------------------------------

/**
 * Fetch the ideas to build on when the phase asks for them on the board on
 * screen and this phone does not have them yet (or `fresh`: they may have
 * changed, e.g. after a reconnection or the page coming back into view).
 */
function syncHandout(fresh = false) {
  if (fresh) net.handoutStale = true;
  if (!model.loaded || !model.buildingPhase || ui.view !== "session") return;
  if (!net.handoutStale && model.currentHandout) return;
  loadHandout();
}

async function loadHandout() {
  if (net.handoutLoading) {
    net.handoutAgain = true;
    return;
  }
  net.handoutLoading = true;
  window.clearTimeout(net.handoutTimer);
  if (!model.currentHandout) {
    ui.handoutState = "loading";
    render();
  }
  try {
    do {
      net.handoutAgain = false;
      net.handoutStale = false;
      const known = model.handout ? model.handout.phase_id : null;
      const handout = await api.handout();
      model.handout = handout;
      ui.handoutState = null;
      const fresh = handout.phase_id !== known && model.currentHandout === handout;
      if (fresh && handout.notes.length) announce(tn("handoutReceived", handout.notes.length));
    } while (net.handoutAgain);
  } catch (error) {
    if (!handleCommonFailure(error)) {
      ui.handoutState = "failed";
      net.handoutStale = true;
      if (isPassing(error)) net.handoutTimer = window.setTimeout(syncHandout, HANDOUT_RETRY_MS);
    }
  } finally {
    net.handoutLoading = false;
    render();
  }
}

function startBuildingOn(id) {
  const note = model.knownNote(id);
  if (!note || !model.board) return;
  if (!model.canAddNotes) {
    showError(t("errors.boardClosedNote"));
    return;
  }
  ui.buildingOn = { id, text: note.text, boardId: model.board.id };
  renderNow();
  byId("note-text").focus();
}

function stopBuildingOn() {
  ui.buildingOn = null;
  renderNow();
  byId("note-text").focus();
}

// --- Browsing the boards ------------------------------------------------------------------

/**
 * Show another board (`boardId`), or the shown one again (null: following the
 * facilitator from then on). Focus goes to the board's title once it is here.
 */
async function goToBoard(boardId) {
  if (!model.loaded) return;
  const target = boardId && boardId !== model.shownBoardId ? boardId : null;
  const previous = ui.browsing;
  ui.browsing = target;
  // The way back stays on screen (and keeps focus) until the shown board is here.
  ui.returning = target === null && previous !== null;
  renderNow();
  const failure = await refetchState();
  ui.returning = false;
  const arrived = model.loaded && model.board.id === (ui.browsing || model.shownBoardId);
  if (!failure && arrived) {
    ui.pickerOpen = false;
    clearError();
    renderNow();
    byId("board-title").focus();
    return;
  }
  if (ui.browsing === target) ui.browsing = previous;
  renderNow();
  if (failure && (isUnauthorized(failure) || isEnded(failure))) return; // already handled
  showError(failure instanceof NetworkError ? t("errors.network") : t("errors.boardLoad"));
}

function togglePicker(open = !ui.pickerOpen) {
  ui.pickerOpen = open;
  renderNow();
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
  "toggle-boards": () => togglePicker(),
  browse: (id) => goToBoard(id),
  follow: () => goToBoard(null),
  answer: (choice) => answerPoll(choice),
  "build-on": (id) => startBuildingOn(id),
  "stop-building": () => stopBuildingOn(),
  "reload-handout": () => syncHandout(true),
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
  if (event.key === "Escape" && ui.pickerOpen && event.target.closest("#board-nav")) {
    togglePicker(false);
    byId("board-picker-toggle").focus();
  }
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
  net.answerRetryMs = RETRY_FIRST_MS;
  flushOutbox();
  sendPollAnswer();
  if (!net.stream) restartStream();
}

function onOffline() {
  if (ui.view === "session") setConnection("offline");
}

function onVisible() {
  if (document.visibilityState !== "visible" || ui.view !== "session") return;
  renderTimerNow(); // it stops while the page is hidden
  // Phones suspend background tabs; on return, catch up at once.
  if (!net.stream) restartStream();
  flushOutbox();
  sendPollAnswer();
  syncHandout(true);
}

/** The sticky bar's height, so that what sticks below it and focused elements clear it. */
function watchSessionBar() {
  const bar = byId("session-bar");
  const root = document.documentElement;
  const update = () => root.style.setProperty("--bar-height", `${bar.offsetHeight}px`);
  if (typeof window.ResizeObserver === "function") new ResizeObserver(update).observe(bar);
  else window.addEventListener("resize", update);
  update();
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
  watchSessionBar();
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
