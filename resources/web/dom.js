// Tiny DOM helpers. Text always goes in through textContent / text nodes:
// nothing a participant typed is ever parsed as HTML.

/**
 * Create an element. `props`: class, text (textContent), dataset, and any
 * other attribute (true: present, false/null: absent). Children are nodes or
 * strings (strings become text nodes).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) el.append(child);
  }
  return el;
}

export function byId(id) {
  return document.getElementById(id);
}

/** Show or hide an element (the `hidden` attribute). */
export function show(el, visible) {
  el.hidden = !visible;
}

function cssEscape(value) {
  return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/["\\]/g, "\\$&");
}

/**
 * Rebuild `container`'s content with `build()` without losing the keyboard
 * focus: the focused element is found again by its data-focus-key (with its
 * text selection), or `fallback` gets focus when it is gone.
 */
export function rebuildKeepingFocus(container, build, fallback = null) {
  const active = document.activeElement;
  const inside = active && active !== document.body && container.contains(active);
  const key = inside ? active.dataset.focusKey : undefined;
  const isText = inside && (active.tagName === "TEXTAREA" || active.tagName === "INPUT");
  const selection = isText ? [active.selectionStart, active.selectionEnd] : null;
  build();
  if (!inside) return;
  const again = key ? container.querySelector(`[data-focus-key="${cssEscape(key)}"]`) : null;
  const target = again || fallback;
  if (!target) return;
  target.focus({ preventScroll: true });
  if (again && selection && typeof again.setSelectionRange === "function") {
    try {
      again.setSelectionRange(selection[0], selection[1]);
    } catch {
      // Some input types have no selection.
    }
  }
}
