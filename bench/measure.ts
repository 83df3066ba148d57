// Measuring: warm up, then several timed runs of a calibrated number of operations; the result is
// the median of the runs (and their spread), so one slow run (a GC, a noisy neighbour) does not
// move it. Time comes from process.hrtime.bigint.

export interface Rate {
  /** Median operations per second over the runs. */
  perSecond: number;
  /** Slowest and fastest run, operations per second. */
  min: number;
  max: number;
  runs: number;
}

export interface RateOptions {
  /** Seconds of warm-up before timing (JIT, caches). */
  warmup?: number;
  /** Seconds each timed run should last. */
  runSeconds?: number;
  runs?: number;
}

const DEFAULTS = { warmup: 0.5, runSeconds: 0.4, runs: 5 };

const seconds = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e9;

/** Somewhere to put results so the optimiser cannot drop the work that made them. */
let sink = 0;
export const consume = (v: unknown): void => {
  sink = (sink + (typeof v === 'string' ? v.length : v ? 1 : 0)) | 0;
};

/** Operations per second of `op(i)`, called with i = 0, 1, 2... (index your inputs with it). */
export function rate(op: (i: number) => unknown, options: RateOptions = {}): Rate {
  const o = { ...DEFAULTS, ...options };
  let i = 0;
  const batch = (n: number): void => {
    for (let k = 0; k < n; k++) consume(op(i++));
  };
  const perRun = calibrate(batch, o.warmup, o.runSeconds);
  const rates: number[] = [];
  for (let r = 0; r < o.runs; r++) {
    const start = process.hrtime.bigint();
    batch(perRun);
    rates.push(perRun / seconds(start));
  }
  return summary(rates);
}

/** The same for an asynchronous operation, awaited one at a time. */
export async function rateAsync(op: (i: number) => Promise<unknown>, options: RateOptions = {}): Promise<Rate> {
  const o = { ...DEFAULTS, ...options };
  let i = 0;
  const batch = async (n: number): Promise<void> => {
    for (let k = 0; k < n; k++) consume(await op(i++));
  };
  // Calibrate: run for the warm-up time, counting operations.
  let done = 0;
  const start = process.hrtime.bigint();
  while (seconds(start) < o.warmup || done === 0) {
    await batch(1);
    done++;
  }
  const perRun = Math.max(1, Math.round((done / seconds(start)) * o.runSeconds));
  const rates: number[] = [];
  for (let r = 0; r < o.runs; r++) {
    const t = process.hrtime.bigint();
    await batch(perRun);
    rates.push(perRun / seconds(t));
  }
  return summary(rates);
}

/** Warm up for `warmup` seconds, then return how many operations fill `runSeconds`. */
function calibrate(batch: (n: number) => void, warmup: number, runSeconds: number): number {
  let n = 1;
  let done = 0;
  const start = process.hrtime.bigint();
  while (seconds(start) < warmup || done === 0) {
    batch(n);
    done += n;
    n = Math.min(n * 2, 100_000);
  }
  return Math.max(1, Math.round((done / seconds(start)) * runSeconds));
}

/** Milliseconds one call of `op` takes: the median of `runs` calls (call it once before, to time it warm). */
export function duration(op: () => unknown, runs = 5): { ms: number; min: number; max: number } {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    consume(op());
    times.push(seconds(start) * 1000);
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times) };
}

function summary(rates: number[]): Rate {
  return { perSecond: median(rates), min: Math.min(...rates), max: Math.max(...rates), runs: rates.length };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
