// localStorage that never throws: private browsing modes and full storage
// make it fail, and the page must keep working then (for this visit only).

const memory = new Map();

function backend() {
  try {
    const probe = "facilitator:probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}

const local = backend();

export const storage = {
  get(key) {
    try {
      const value = local ? local.getItem(key) : null;
      return value ?? memory.get(key) ?? null;
    } catch {
      return memory.get(key) ?? null;
    }
  },
  set(key, value) {
    memory.set(key, value);
    try {
      if (local) local.setItem(key, value);
    } catch {
      // Full or blocked: the in-memory copy keeps this visit working.
    }
  },
  remove(key) {
    memory.delete(key);
    try {
      if (local) local.removeItem(key);
    } catch {
      // Nothing else to do.
    }
  },
  getJson(key, fallback) {
    const text = this.get(key);
    if (text == null) return fallback;
    try {
      return JSON.parse(text);
    } catch {
      return fallback;
    }
  },
  setJson(key, value) {
    this.set(key, JSON.stringify(value));
  },
};
