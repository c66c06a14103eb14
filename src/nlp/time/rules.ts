// The literal list of recogniser rules, in priority order: when two rules match the same
// span length at the same token, the earlier one wins.
import type { TimexRule } from './types.js';
import { explicitDateRules } from './recognisers/explicit-date.js';
import { weekdayRules } from './recognisers/weekday.js';
import { relativeRules } from './recognisers/relative.js';
import { periodRules } from './recognisers/period.js';
import { timeOfDayRules } from './recognisers/time-of-day.js';
import { durationRules } from './recognisers/duration.js';
import { setRules } from './recognisers/set.js';
import { vagueRules } from './recognisers/vague.js';

export const RULES: readonly TimexRule[] = [
  ...timeOfDayRules,
  ...explicitDateRules,
  ...weekdayRules,
  ...relativeRules,
  ...periodRules,
  ...setRules,
  ...durationRules,
  ...vagueRules,
];
