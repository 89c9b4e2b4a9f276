// The server's clock as seen from this phone.
//
// Phones' clocks are often wrong by seconds, sometimes by minutes; the shared
// timer is sent in the server's absolute times, so each phone estimates the
// offset between the two clocks from the server's timestamps (`server_time` in
// GET /state and the snapshot, and every `clock` event: on connect and then
// every 15 s).
//
// A timestamp received now was taken before now, so each sample
// (server_time − local time at receipt) is a lower bound of the true offset:
// the best estimate is the highest of the recent samples (the one that was
// delayed least). A sample far from the estimate is either a message held up
// in the network or a real clock change (the phone's clock set, the server's
// corrected): it is ignored once, and adopted when the next sample agrees
// with it.

const WINDOW = 8; // recent samples kept: two minutes of heartbeats
export const JUMP_MS = 2000; // farther than this from the estimate: confirm first

export class ServerClock {
  /** `localNow` is the phone's clock (tests pass their own). */
  constructor(localNow = () => Date.now()) {
    this.localNow = localNow;
    this.samples = [];
    this.pending = null;
    this.offset = 0;
    this.known = false;
  }

  /**
   * Take a server timestamp received at `receivedAt` (phone time). Returns
   * true when the estimate may have changed.
   */
  sample(serverTime, receivedAt = this.localNow()) {
    if (typeof serverTime !== "number" || !Number.isFinite(serverTime) || serverTime <= 0) {
      return false;
    }
    const offset = serverTime - receivedAt;
    if (!this.known) {
      this.samples = [offset];
    } else if (Math.abs(offset - this.offset) <= JUMP_MS) {
      this.samples.push(offset);
      if (this.samples.length > WINDOW) this.samples.shift();
      this.pending = null;
    } else if (this.pending !== null && Math.abs(offset - this.pending) <= JUMP_MS) {
      // Two samples agree on a new offset: one of the clocks really changed.
      this.samples = [this.pending, offset];
      this.pending = null;
    } else {
      this.pending = offset; // an outlier until the next sample says otherwise
      return false;
    }
    const before = this.offset;
    this.offset = Math.max(...this.samples);
    this.known = true;
    return this.offset !== before || this.samples.length === 1;
  }

  /** The server's time now (epoch ms), as well as this phone can tell. */
  now() {
    return this.localNow() + this.offset;
  }
}
