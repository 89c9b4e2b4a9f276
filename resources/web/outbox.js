// Notes that have not reached the server yet, kept in localStorage so they
// survive a lost connection, a closed tab or a dead battery.
//
// Each note gets its client_id when it is written and keeps it for every
// retry: the server stores a client_id once, so a note whose answer was lost
// is never duplicated by sending it again.

import { storage } from "./storage.js";

/** A random UUID. crypto.randomUUID needs a secure context (HTTPS), and
 * phones on the meeting room's LAN often open the page over plain HTTP. */
export function newClientId() {
  const c = window.crypto;
  if (c && typeof c.randomUUID === "function") {
    try {
      return c.randomUUID();
    } catch {
      // Not allowed here: build one below.
    }
  }
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") {
    c.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  const part = (from, to) => hex.slice(from, to);
  return `${part(0, 8)}-${part(8, 12)}-${part(12, 16)}-${part(16, 20)}-${part(20)}`;
}

export class Outbox {
  constructor(key) {
    this.key = key;
  }

  /**
   * Waiting notes, oldest first: [{client_id, text, color, board_id,
   * cluster_id, builds_on, builds_on_text, created_at}]. `builds_on` is the
   * note this one builds on (sent with every retry); `builds_on_text` is its
   * text, to show while the note waits.
   */
  items() {
    const items = storage.getJson(this.key, []);
    return Array.isArray(items) ? items.filter((item) => item && item.client_id) : [];
  }

  add(item) {
    const items = this.items();
    items.push(item);
    storage.setJson(this.key, items);
  }

  /** Change a waiting note in place (it keeps its place in the queue). */
  update(clientId, changes) {
    const items = this.items().map((item) =>
      item.client_id === clientId ? { ...item, ...changes } : item,
    );
    storage.setJson(this.key, items);
  }

  remove(clientId) {
    const items = this.items().filter((item) => item.client_id !== clientId);
    if (items.length) storage.setJson(this.key, items);
    else storage.remove(this.key);
  }

  get size() {
    return this.items().length;
  }
}
