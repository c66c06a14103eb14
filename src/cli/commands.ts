import type { Command } from 'commander';

/** Each command lives in its own file and adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

// The literal list of CLI commands. Add one import and one entry per command file.
export const COMMANDS: RegisterCommand[] = [];
