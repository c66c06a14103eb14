import type { Command } from 'commander';
import { evaluateConllFile, formatEvaluation } from '../../eval/conll.js';
import { loadTagger } from '../nlp/tag/model.js';

/** annals eval-conll FILE: score the tagger on a CoNLL file (NER spans, POS, chunks). */
export const registerEvalConll = (program: Command): void => {
  program
    .command('eval-conll')
    .description('Score the tagger on a CoNLL-2003-style file: entity P/R/F1 per type (conlleval), POS accuracy, chunk F1')
    .argument('<file>', 'CoNLL file ("token POS chunk NER" or "token NER" columns, IOB1 or BIO)')
    .option('--model <path>', 'tagger model file (default: the shipped model)')
    .option('--json', 'print the scores as JSON')
    .action((file: string, options: { model?: string; json?: boolean }) => {
      const loadStarted = performance.now();
      const tagger = loadTagger(options.model);
      const loadMs = performance.now() - loadStarted;
      const result = evaluateConllFile(tagger, file);
      if (options.json) console.log(JSON.stringify({ ...result, modelLoadMs: loadMs }, null, 2));
      else console.log(`model loaded in ${loadMs.toFixed(0)} ms\n${formatEvaluation(result)}`);
    });
};
