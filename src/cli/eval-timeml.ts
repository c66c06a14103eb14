import type { Command } from 'commander';
import type { RegisterCommand } from './commands.js';
import {
  annalsSystem, chronoSystem, evaluateGoldTimes, evaluateTimeML, formatTimeMLTable, loadTimeMLDir,
} from '../../eval/timeml.js';

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(/\s+/g, ' ');
}

/** `annals eval-timeml DIR`: TempEval-3 Task A scores of the time tagger on TimeML files. */
export const registerEvalTimeml: RegisterCommand = (program: Command) => {
  program
    .command('eval-timeml')
    .description('score the time tagger on TimeML (.tml) files: TempEval-3 strict/relaxed span, type, value F1')
    .argument('<dir>', 'folder of .tml files (sub-folders are corpora, e.g. TimeBank, AQUAINT)')
    .option('--system <name>', 'annals | chrono | both', 'annals')
    .option('--gold <dir>', 'also score times on gold article JSON files (SCHEMA.md)')
    .option('--errors <n>', 'print up to n errors (missed, spurious, wrong value)', '0')
    .action((dir: string, opts: { system: string; gold?: string; errors: string }) => {
      const docs = loadTimeMLDir(dir);
      const systems = opts.system === 'both' ? ['annals', 'chrono'] : [opts.system];
      for (const name of systems) {
        const system = name === 'chrono' ? chronoSystem : annalsSystem;
        const report = evaluateTimeML(docs, system);
        console.log(formatTimeMLTable(name, report));
        console.log('');
        const limit = Number(opts.errors);
        for (const e of report.errors.slice(0, limit)) {
          const g = e.gold ? `${e.gold.type} ${e.gold.value}${e.gold.mod ? ' ' + e.gold.mod : ''} ${context(e.text, e.gold.start, e.gold.end)}` : '';
          const s = e.system ? `${e.system.rule ?? ''} ${e.system.type} ${e.system.value}${e.system.mod ? ' ' + e.system.mod : ''} ${context(e.text, e.system.start, e.system.end)}` : '';
          console.log(`${e.kind.padEnd(8)} gold: ${g}\n         sys:  ${s}`);
        }
        if (opts.gold) {
          const g = evaluateGoldTimes(opts.gold, system);
          console.log(`gold articles (${name}): P ${(g.p * 100).toFixed(1)} R ${(g.r * 100).toFixed(1)} F1 ${(g.f1 * 100).toFixed(1)} value-F1 ${(g.valueF1 * 100).toFixed(1)} value-acc ${(g.valueAccuracy * 100).toFixed(1)} (gold ${g.gold}, predicted ${g.predicted})`);
          for (const e of g.errors.slice(0, limit)) console.log(`  ${e.kind.padEnd(8)} ${e.id}: gold ${e.gold ?? '-'} | sys ${e.system ?? '-'}`);
          console.log('');
        }
      }
    });
};
