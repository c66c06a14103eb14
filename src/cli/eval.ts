import type { Command } from 'commander';
import type { GoldScores } from '../../eval/gold.js';
import { evaluate } from '../service/evaluate.js';
import { print, printError, table } from './format.js';

interface EvalOptions { gold: string; json?: boolean; pred?: string; out?: string }

const pct = (x: number) => x.toFixed(3);

export function registerEval(program: Command): void {
  program.command('eval')
    .description('annotate gold articles and score them as ../shared/gold/score_gold.py does')
    .requiredOption('--gold <dir>', 'folder of gold <id>.json files')
    .option('--pred <dir>', 'score these <id>.json predictions instead of running the pipeline')
    .option('--out <dir>', 'also write the predictions there (for score_gold.py)')
    .option('--json', 'print the scores as JSON')
    .action(async (options: EvalOptions) => {
      const result = await evaluate(options.gold, { predictionsDir: options.pred, outDir: options.out });
      for (const e of result.errors) printError(`${e.id}: ${e.message}`);
      if (options.json) {
        print(JSON.stringify(result.scores));
        return;
      }
      print(scoreTable(result.scores));
      print();
      print(result.lines.at(-1));
      if (result.errors.length) process.exitCode = 1;
    });
}

/** One row per layer: precision, recall, F1 and the layer's extra figures. */
export function scoreTable(s: GoldScores): string {
  const rows = [
    { layer: 'times', p: s.times.p, r: s.times.r, f1: s.times.f1, gold: s.times.gold, pred: s.times.pred,
      extra: `value_f1=${pct(s.times.value_f1)} value_acc=${pct(s.times.value_acc)}` },
    { layer: 'mentions', p: s.mentions.p, r: s.mentions.r, f1: s.mentions.f1, gold: s.mentions.gold, pred: s.mentions.pred,
      extra: Object.entries(s.mentions.by_type).map(([t, f]) => `${t}=${pct(f)}`).join(' ') },
    { layer: 'events', p: s.events.p, r: s.events.r, f1: s.events.f1, gold: s.events.gold, pred: s.events.pred,
      extra: `matched=${s.events.matched} date_acc=${pct(s.events.date_acc)} negated_acc=${pct(s.events.negated_acc)} modality_acc=${pct(s.events.modality_acc)}` },
    { layer: 'stories', p: s.stories.p, r: s.stories.r, f1: s.stories.f1, gold: s.stories.gold_pairs, pred: s.stories.pred_pairs,
      extra: '(pairs)' },
  ];
  return table(rows, [
    { header: 'layer', value: (r) => r.layer },
    { header: 'P', value: (r) => pct(r.p), align: 'right' },
    { header: 'R', value: (r) => pct(r.r), align: 'right' },
    { header: 'F1', value: (r) => pct(r.f1), align: 'right' },
    { header: 'gold', value: (r) => String(r.gold), align: 'right' },
    { header: 'pred', value: (r) => String(r.pred), align: 'right' },
    { header: '', value: (r) => r.extra },
  ]);
}
