// Test support: run the annals CLI in-process (the same command list main.ts registers) and
// capture what it prints and the exit code it sets.
import { Command } from 'commander';
import { vi } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';

export interface CliRun {
  out: string;
  err: string;
  code: number;
}

export async function runCli(args: string[]): Promise<CliRun> {
  const program = new Command().name('annals').exitOverride();
  program.configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  process.exitCode = 0;
  let code = 0;
  try {
    await program.parseAsync(['node', 'annals', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    err += `annals: ${error instanceof Error ? error.message : String(error)}\n`;
    code = 2;
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = 0;
  }
  return { out, err, code };
}
