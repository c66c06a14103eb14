import type { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerEvents } from './events.js';
import { registerActors } from './actors.js';
import { registerActor } from './actor.js';
import { registerExplain } from './explain.js';
import { registerAnnotate } from './annotate.js';
import { registerEval } from './eval.js';
import { registerDemo } from './demo.js';
import { registerServe } from './serve.js';
import { registerEvalConll } from './eval-conll.js';
import { registerEvalTimeml } from './eval-timeml.js';
import { registerStory } from './story.js';
import { registerRecluster } from './recluster.js';

/** Each command lives in its own file and adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

// The literal list of CLI commands. Add one import and one entry per command file.
export const COMMANDS: RegisterCommand[] = [
  registerIngest,
  registerSearch,
  registerEvents,
  registerActors,
  registerActor,
  registerExplain,
  registerAnnotate,
  registerEval,
  registerDemo,
  registerServe,
  registerEvalConll,
  registerEvalTimeml,
  registerStory,
  registerRecluster,
];
