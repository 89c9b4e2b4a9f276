// The shared timer's arithmetic: what it reads at a given server time, how it
// is written, when it next changes, and what a change from the facilitator
// means. Pure functions, no DOM and no texts.
//
// A timer (GET /state's `timer`, a delta's `timer`) is in absolute times:
// elapsed = elapsed_ms + (now − started_at) while running; a countdown's
// remaining time is duration_ms − elapsed, negative once time is up.
// Rounding and states match the facilitator's display (ui/timer_controller.py),
// so that the phones and the wall read the same.

export const WARNING_MS = 60000; // the last minute is signalled (settings.TIMER_WARNING_SECONDS)

/**
 * What the timer shows at server time `now`, or null when there is none:
 * {mode, running, elapsed, remaining (countdown), state}, where state is
 * "running", "warning" (last minute), "up" (time's up), "paused", or
 * "ready" (set but not started yet, e.g. after a reset).
 */
export function timerReading(timer, now) {
  if (!timer || !timer.set) return null;
  const running = Boolean(timer.running && typeof timer.started_at === "number");
  let elapsed = timer.elapsed_ms || 0;
  if (running) elapsed += Math.max(0, now - timer.started_at);
  const stopped = elapsed > 0 ? "paused" : "ready";
  if (timer.mode === "stopwatch") {
    const state = running ? "running" : stopped;
    return { mode: "stopwatch", running, elapsed, remaining: null, state };
  }
  const remaining = (timer.duration_ms || 0) - elapsed;
  let state = "running";
  if (remaining <= 0) state = "up";
  else if (!running) state = stopped;
  else if (remaining <= WARNING_MS) state = "warning";
  return { mode: "countdown", running, elapsed, remaining, state };
}

/** "4:05", "12:00", "1:02:05". */
export function clockText(totalSeconds) {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, "0");
  if (hours) return `${hours}:${String(minutes).padStart(2, "0")}:${seconds}`;
  return `${minutes}:${seconds}`;
}

/**
 * Whole seconds as shown: a countdown rounds up (it reads 5:00 when started
 * and 0:00 only when time is up), the time over it and a stopwatch round down.
 */
export function shownSeconds(reading) {
  if (reading.mode === "countdown" && reading.remaining > 0) {
    return Math.ceil(reading.remaining / 1000);
  }
  const counted = reading.mode === "countdown" ? -reading.remaining : reading.elapsed;
  return Math.floor(counted / 1000);
}

/**
 * The digits: "4:59" left, "+0:42" over time (0:00 in its first second),
 * "12:30" on a stopwatch.
 */
export function timerDigits(reading) {
  const seconds = shownSeconds(reading);
  const over = reading.mode === "countdown" && reading.remaining <= 0 && seconds >= 1;
  return over ? `+${clockText(seconds)}` : clockText(seconds);
}

/** Milliseconds until the digits change (only meaningful while running). */
export function msToNextChange(reading) {
  if (reading.mode === "countdown" && reading.remaining > 0) {
    return ((reading.remaining - 1) % 1000) + 1;
  }
  const counted = reading.mode === "countdown" ? -reading.remaining : reading.elapsed;
  return 1000 - (counted % 1000);
}

/**
 * What the facilitator did, comparing the timer before and after a change:
 * null, or {kind} with kind one of "started", "paused", "resumed", "adjusted"
 * (with `by`, ms added to the duration, negative when taken off), "reset" or
 * "cleared".
 */
export function timerChange(before, after) {
  const wasSet = Boolean(before && before.set);
  if (!after || !after.set) return wasSet ? { kind: "cleared" } : null;
  const fresh =
    after.running &&
    !after.elapsed_ms &&
    (!wasSet || !before.running || before.started_at !== after.started_at);
  if (fresh || (wasSet && before.mode !== after.mode)) {
    return after.running ? { kind: "started" } : null;
  }
  if (!wasSet) return null;
  if (after.mode === "countdown" && after.duration_ms !== before.duration_ms) {
    return { kind: "adjusted", by: after.duration_ms - before.duration_ms };
  }
  if (before.running && !after.running) return { kind: after.elapsed_ms ? "paused" : "reset" };
  if (!before.running && after.running) return { kind: "resumed" };
  if (!after.running && !after.elapsed_ms && before.elapsed_ms) return { kind: "reset" };
  return null;
}

/** Hours, minutes and seconds of a duration, for saying it in words. */
export function durationParts(ms) {
  const whole = Math.max(0, Math.round(ms / 1000));
  return {
    hours: Math.floor(whole / 3600),
    minutes: Math.floor((whole % 3600) / 60),
    seconds: whole % 60,
  };
}
