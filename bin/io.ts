// The CLI's connection to the outside world, injectable so commands are tested in-process.
import { createInterface } from 'node:readline';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  lines: () => AsyncIterable<string>;
  readAll: () => Promise<string>;
  /** Colour for terminals only, never in pipes or CI logs. */
  color: boolean;
}

export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  readAll: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
};
