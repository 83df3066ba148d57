// What every command module shares. Each module under commands/ exports `register`, which gives the
// command the CLI made for it its arguments, options and action.
import type { Command } from 'commander';
import type { Io } from './io.ts';

export const DEFAULT_BUNDLE = 'policies';

export type Register = (command: Command, io: Io, setCode: (code: number) => void) => void;
