// The participant HTTP API (docs/participant-api.md), as small async functions.
//
// Every failure is one of two errors, so callers can decide what to do:
// ApiError (the server answered with an error code) or NetworkError (no answer
// at all: offline, timeout, server gone). Only NetworkError means "try again
// later with the same request".

const TIMEOUT_MS = 15000;

export class ApiError extends Error {
  constructor(status, code, message, params = {}, retryAfter = null) {
    super(message || code);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.params = params;
    this.retryAfter = retryAfter; // seconds, from Retry-After on 429
  }
}

export class NetworkError extends Error {
  constructor(cause) {
    super("network");
    this.name = "NetworkError";
    this.cause = cause;
  }
}

// When a server answers without our JSON error body (a proxy, a crash), the
// status still says roughly what happened.
const CODE_BY_STATUS = {
  400: "invalid",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  410: "session_closed",
  413: "too_large",
  415: "unsupported_media_type",
  422: "invalid",
  429: "rate_limited",
};

async function errorFrom(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall back to the status below.
  }
  const error = body && body.error ? body.error : {};
  const retry = Number.parseInt(response.headers.get("Retry-After") || "", 10);
  return new ApiError(
    response.status,
    error.code || CODE_BY_STATUS[response.status] || "unknown",
    error.message || "",
    error.params || {},
    Number.isFinite(retry) ? retry : null,
  );
}

/**
 * A client for one session. `getToken` returns the bearer token (or null
 * before joining); the path uses the code exactly as the page was opened with,
 * because the event-stream cookie is scoped to that path. `getLanguage`
 * returns the page's language, sent as Accept-Language so that the server's
 * error messages are in it too.
 */
export function createApi(code, getToken, getLanguage = () => null) {
  const base = `/api/v1/sessions/${encodeURIComponent(code)}`;

  async function request(method, path, body) {
    const headers = { Accept: "application/json" };
    const lang = getLanguage();
    if (lang) headers["Accept-Language"] = lang;
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    const init = { method, headers, credentials: "same-origin", cache: "no-store" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    // A request that hangs (a phone between networks) counts as a network
    // error, so the note stays queued and is resent.
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    if (controller) init.signal = controller.signal;
    const timer = controller ? setTimeout(() => controller.abort(), TIMEOUT_MS) : null;
    let response;
    try {
      response = await fetch(base + path, init);
    } catch (cause) {
      throw new NetworkError(cause);
    } finally {
      if (timer) clearTimeout(timer);
    }
    if (!response.ok) throw await errorFrom(response);
    if (response.status === 204) return null;
    try {
      return await response.json();
    } catch (cause) {
      throw new NetworkError(cause); // a body cut off in transit
    }
  }

  return {
    eventsUrl: `${base}/events`,
    join: (name) => request("POST", "/participants", name ? { name } : {}),
    state: (boardId) =>
      request("GET", boardId ? `/state?board_id=${encodeURIComponent(boardId)}` : "/state"),
    addNote: (note) => request("POST", "/notes", note),
    editNote: (id, changes) => request("PATCH", `/notes/${encodeURIComponent(id)}`, changes),
    deleteNote: (id) => request("DELETE", `/notes/${encodeURIComponent(id)}`),
    vote: (targetId, boardId) =>
      request("POST", "/votes", { target_id: targetId, board_id: boardId }),
    retractVote: (targetId, boardId) =>
      request(
        "DELETE",
        `/votes/${encodeURIComponent(targetId)}?board_id=${encodeURIComponent(boardId)}`,
      ),
    answerPoll: (pollId, choice) =>
      request("PUT", `/polls/${encodeURIComponent(pollId)}/answer`, { choice }),
    handout: () => request("GET", "/handout"),
  };
}
