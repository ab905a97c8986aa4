import type { CliIo } from './command.js';
import { sanitize } from './terminal.js';

/**
 * One progress line on stderr for a long batch: done/total, failures, what is running, an ETA.
 * On a TTY it is redrawn in place (at most every `redrawMs`); elsewhere (CI logs, pipes) a line is
 * printed only when the count crosses the next 5% or `intervalMs` has passed since the last line,
 * and at most once a second: never one line per server. Phase lines (`phase()`) are for the steps
 * around the batch (resume, classify, export, snapshot build).
 */

export interface ProgressOptions {
  /** Non-TTY: the longest gap between two lines while something changes (default 30 s). */
  intervalMs?: number;
  /** TTY: the shortest gap between two redraws (default 100 ms). */
  redrawMs?: number;
  now?: () => number;
  /** Servers already recorded (skipped on resume): shown, but not counted for the ETA. */
  skipped?: number;
  /**
   * Redraw (TTY, every second) or heartbeat (elsewhere, every interval) while nothing finishes, so
   * a long install still shows the clock; default on unless `now` is given (tests drive the clock).
   */
  ticker?: boolean;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class BatchProgress {
  private done = 0;
  private failed = 0;
  private readonly running = new Map<string, string>();
  private readonly started: number;
  private lastLine = -Infinity;
  private lastBucket = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly tty: boolean;
  private readonly intervalMs: number;
  private readonly redrawMs: number;
  private readonly now: () => number;
  private readonly skipped: number;
  /** Lines written (non-TTY) or redraws (TTY): tests check that it stays small. */
  writes = 0;

  constructor(
    private readonly io: Pick<CliIo, 'stderr'>,
    private readonly total: number,
    private readonly label = 'servers',
    options: ProgressOptions = {},
  ) {
    this.tty = io.stderr.isTTY === true;
    this.intervalMs = options.intervalMs ?? 30_000;
    this.redrawMs = options.redrawMs ?? 100;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.skipped = options.skipped ?? 0;
    if (options.ticker ?? options.now === undefined) {
      this.timer = setInterval(() => this.update(false), this.tty ? 1000 : Math.min(this.intervalMs, 5000));
      this.timer.unref();
    }
  }
  private timer: ReturnType<typeof setInterval> | undefined;

  start(name: string, phase: string): void {
    this.running.set(name, phase);
    this.update(false);
  }

  finish(name: string, ok: boolean): void {
    this.running.delete(name);
    this.done++;
    if (!ok) this.failed++;
    this.update(this.done === this.total);
  }

  /** A step outside the batch: always its own line (the counter line is cleared first on a TTY). */
  phase(text: string): void {
    this.clear();
    this.io.stderr.write(`${text}\n`);
    if (this.tty && this.done < this.total && this.done + this.running.size > 0) this.draw();
  }

  /** The counter line as it reads now. */
  line(): string {
    const elapsed = this.now() - this.started;
    const pct = this.total === 0 ? 100 : Math.floor((this.done / this.total) * 100);
    const parts = [`${this.done}/${this.total} ${this.label} (${pct}%)`];
    parts.push(`${this.failed} failed`);
    if (this.skipped > 0) parts.push(`${this.skipped} already recorded`);
    if (this.done > 0 && this.done < this.total) {
      const eta = (elapsed / this.done) * (this.total - this.done);
      parts.push(`ETA ${formatDuration(eta)}`);
    } else if (this.done === this.total) parts.push(`took ${formatDuration(elapsed)}`);
    else parts.push(`elapsed ${formatDuration(elapsed)}`);
    let text = parts.join(', ');
    if (this.running.size > 0 && this.done < this.total) {
      const current = [...this.running.entries()].map(([n, p]) => `${n} (${p})`).join(', ');
      text += ` | ${current}`;
    }
    return sanitize(text, 160);
  }

  private update(force: boolean): void {
    const t = this.now();
    if (this.tty) {
      if (force || t - this.lastDraw >= this.redrawMs) this.draw();
      return;
    }
    const bucket = this.total === 0 ? 20 : Math.floor((this.done / this.total) * 20);
    const due =
      force ||
      // the first result gives a first ETA
      (this.done === 1 && this.lastLine === -Infinity) ||
      (bucket > this.lastBucket && t - this.lastLine >= 1000) ||
      (t - Math.max(this.lastLine, this.started) >= this.intervalMs && this.done + this.running.size > 0);
    if (!due) return;
    this.lastBucket = bucket;
    this.lastLine = t;
    this.writes++;
    this.io.stderr.write(`progress: ${this.line()}\n`);
  }

  private draw(): void {
    this.lastDraw = this.now();
    this.writes++;
    const width = 24;
    const filled = Math.round((this.done / Math.max(1, this.total)) * width);
    this.io.stderr.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.line()}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.tty && this.drawn) {
      this.io.stderr.write('\r\u001b[2K');
      this.drawn = false;
    }
  }

  /** Leaves the last state on its own line. */
  end(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.tty) {
      if (this.drawn) this.io.stderr.write('\n');
      this.drawn = false;
      return;
    }
    if (this.lastBucket < 20 || this.writes === 0) {
      this.writes++;
      this.io.stderr.write(`progress: ${this.line()}\n`);
    }
  }
}
