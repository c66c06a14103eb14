// End to end: stated role dates go from article text through the pipeline, the store and the
// service to `annals actor`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeActor } from '../../cli/actor.js';
import { AnnalsService } from '../../service/service.js';
import { openSqliteStore } from '../../store/sqlite/open.js';
import { Pipeline } from '../pipeline.js';

const BUDGET = `date 2019-05-14
Norwegian Finance Minister Ingrid Haugland presented the spring budget in Oslo on Tuesday.
Haugland, who took office in January 2018, said defence spending would rise by four percent next year.
`;

const ELECTION = `date 2021-11-20
Norway's new prime minister, Ingrid Haugland, met Swedish Prime Minister Magnus Lindqvist in Stockholm on Friday.
Haugland was sworn in on October 14 after her Labour Party won the September election, and she promised closer ties with Sweden.
`;

describe('stated role dates across articles (service layer)', () => {
  let service: AnnalsService;
  beforeEach(() => {
    service = new AnnalsService({ store: openSqliteStore(':memory:'), pipeline: new Pipeline() });
  });
  afterEach(async () => {
    await service.close();
  });

  it('keeps each role with the dates its article states, and shows them as stated', async () => {
    await service.ingest({ payload: BUDGET, name: 'budget.txt' });
    await service.ingest({ payload: ELECTION, name: 'election.txt' });
    const actor = await service.getActor('Ingrid Haugland');
    expect(actor).not.toBeNull();
    expect(actor!.roles.map((r) => ({ role: r.role, country: r.country, from: r.statedFrom, to: r.statedTo, seen: r.firstSeen }))).toEqual([
      { role: 'Finance Minister', country: 'NOR', from: '2018-01', to: null, seen: '2019-05-14' },
      { role: 'Prime Minister', country: 'NOR', from: '2021-10-14', to: null, seen: '2021-11-20' },
    ]);
    const shown = describeActor(actor!);
    expect(shown).toContain('Finance Minister of Norway [NOR GOV] (from 2018-01, stated) — reported 2019-05-14 in 1 article');
    expect(shown).toContain('Prime Minister of Norway [NOR GOV] (from 2021-10-14, stated) — reported 2021-11-20 in 1 article');
  });

  it('shows a role the articles only report without stated dates', async () => {
    await service.ingest({ payload: BUDGET.replace(', who took office in January 2018,', ''), name: 'budget.txt' });
    const actor = await service.getActor('Ingrid Haugland');
    expect(actor!.roles).toMatchObject([{ role: 'Finance Minister', statedFrom: null, statedTo: null }]);
    expect(describeActor(actor!)).toContain('Finance Minister of Norway [NOR GOV] — reported 2019-05-14 in 1 article');
  });
});
