/**
 * Coalesces a room's view broadcasts. Every seat gets its own view, so if each answer re-sent every view,
 * an answer storm of N players would cost N² emits: 40,000 views and 2.2 s to the last ack for 200 players
 * (scripts/bench-rooms.ts, docs/performance.md). Here the first change after a quiet spell goes out at
 * once (a phase change reaches everyone without delay); changes within the next `intervalMs` are merged
 * into one send of the room's newest state at the end of that window.
 *
 * Real timers on purpose: this paces network output, not game rules (deadlines use the injected clock).
 */
interface Window {
  /** The newest request in this window, still to be sent (null: nothing new since the last send). */
  pending: (() => void) | null;
  timer: ReturnType<typeof setTimeout>;
}

export class BroadcastThrottle {
  private readonly windows = new Map<string, Window>();

  /** `intervalMs` 0 sends every request at once (no coalescing). */
  constructor(private readonly intervalMs: number) {}

  /** Runs `send` now, or once at the end of the room's current window (only the newest `send` runs). */
  request(code: string, send: () => void): void {
    if (this.intervalMs <= 0) return send();
    const open = this.windows.get(code);
    if (open) {
      open.pending = send;
      return;
    }
    send();
    this.windows.set(code, { pending: null, timer: this.arm(code) });
  }

  /** Sends what is pending and stops the timers (shutdown). */
  flushAll(): void {
    for (const [code, w] of this.windows) {
      clearTimeout(w.timer);
      this.windows.delete(code);
      w.pending?.();
    }
  }

  private arm(code: string): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => this.close(code), this.intervalMs);
    timer.unref?.();
    return timer;
  }

  /** End of a window: send what arrived during it and open the next, or forget the room until it changes. */
  private close(code: string): void {
    const w = this.windows.get(code);
    if (!w) return;
    if (!w.pending) {
      this.windows.delete(code);
      return;
    }
    const send = w.pending;
    w.pending = null;
    w.timer = this.arm(code);
    send();
  }
}
