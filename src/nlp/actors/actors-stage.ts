import type { Stage } from '../stage.js';

// Placeholder until this stage is implemented: assigns nothing.
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'mentions'],
  assigns: ['actors'],
  run() {},
};
