import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { annotate } from '../service/annotate.js';
import { errorLine, print, printError } from './format.js';

interface AnnotateOptions { jsonl?: boolean; out?: string; date?: string }

/** A file name from an article name: no path separators, never empty. */
const fileName = (id: string) => `${id.replace(/[/\\\0]/g, '_') || 'article'}.json`;

export function registerAnnotate(program: Command): void {
  program.command('annotate')
    .description('annotate articles without a database: one SCHEMA-shaped JSON object per article')
    .argument('<paths...>', 'files or folders (text, JSONL, gold JSON, HTML, feeds, - for stdin)')
    .option('--jsonl', 'print one JSON object per line to stdout (the default without --out)')
    .option('--out <dir>', 'write <id>.json per article into this folder')
    .option('--date <YYYY-MM-DD>', 'article date for inputs that carry none')
    .action(async (paths: string[], options: AnnotateOptions) => {
      const toStdout = options.jsonl || !options.out;
      if (options.out) mkdirSync(options.out, { recursive: true });
      let failed = 0;
      for await (const result of annotate(paths, { date: options.date })) {
        if (!result.ok) {
          failed++;
          printError(errorLine(result.error));
          continue;
        }
        if (toStdout) print(JSON.stringify(result.annotation));
        if (options.out) writeFileSync(path.join(options.out, fileName(result.annotation.id)), `${JSON.stringify(result.annotation, null, 2)}\n`);
      }
      if (failed) process.exitCode = 1;
    });
}
