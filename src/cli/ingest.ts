import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { IngestProgress, IngestSummary } from '../service/service.js';
import { errorLine, print, printError } from './format.js';
import { addDbOption, withService } from './shared.js';

/** Files at which a non-terminal stderr gets plain progress lines instead of nothing. */
const PLAIN_PROGRESS_FROM = 20;

export function registerIngest(program: Command): void {
  addDbOption(program.command('ingest'))
    .description('read articles (text, JSONL, JSON, HTML, RSS/Atom, .gz, folders, - for stdin), extract events, store them')
    .argument('<paths...>', 'files or folders')
    .option('--date <YYYY-MM-DD>', 'article date for inputs that carry none')
    .option('--no-stories', 'store every report as its own story and events (no clustering or merging)')
    .action(async (paths: string[], options: { db: string; date?: string; stories: boolean }) => {
      const summary = await withService(options.db, async (service) => {
        const progress = progressReporter();
        try {
          return await service.ingest({ paths }, { date: options.date }, progress.update);
        } finally {
          progress.stop();
        }
      }, { stories: options.stories });
      printSummary(summary);
      if (summary.failed > 0) process.exitCode = 1;
    });
}

export function printSummary(summary: IngestSummary): void {
  print(`articles: ${summary.new} new, ${summary.duplicate} duplicate, ${summary.failed} failed`);
  print(`events found: ${summary.events}`);
  if (summary.errors.length) {
    printError(`failed (${summary.errors.length}):`);
    for (const error of summary.errors) printError(`  ${errorLine(error)}`);
  }
}

/**
 * A progress bar on an interactive stderr; on a pipe or file, a plain line every 10% for long
 * runs only; nothing otherwise.
 */
function progressReporter(): { update: (p: IngestProgress) => void; stop: () => void } {
  const interactive = Boolean(process.stderr.isTTY);
  let bar: cliProgress.SingleBar | null = null;
  let lastTenth = 0; // the first line comes at 10%
  return {
    update(p) {
      if (p.total === null || p.total < 2) return;
      if (interactive) {
        if (!bar) {
          bar = new cliProgress.SingleBar({
            stream: process.stderr,
            format: 'ingest [{bar}] {value}/{total} files | {articles} articles | {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
          }, cliProgress.Presets.shades_classic);
          bar.start(p.total, 0, { articles: 0 });
        }
        bar.update(p.files, { articles: p.articles });
      } else if (p.total > PLAIN_PROGRESS_FROM) {
        const tenth = Math.floor((p.files / p.total) * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          printError(`ingest: ${p.files}/${p.total} files, ${p.articles} articles`);
        }
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
