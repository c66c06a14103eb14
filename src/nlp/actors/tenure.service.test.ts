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

const FORMER = `date 2023-03-02
Former Norwegian finance minister Ingrid Haugland criticised the new budget in Oslo on Thursday.
`;

const HANDOVER = `date 2022-10-05
Norway's new defence minister, Erik Solheim-Vik, met outgoing Defence Minister Kari Lunde in Oslo on Wednesday.
`;

const FIRST_TERM = `date 2008-04-10
Mikkel Dahl, Denmark's prime minister from 2006 to 2007, opened a trade fair in Aarhus on Thursday.
`;

const IN_SECOND_TERM = `date 2016-06-01
Danish Prime Minister Mikkel Dahl met farmers in Odense on Wednesday to discuss export rules.
`;

const SECOND_TERM = `date 2021-03-05
Mikkel Dahl, Denmark's prime minister from 2012 to 2020, said on Friday he would write a book.
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

  it('shows "former" as a bound by the article date, never as a stated end, and keeps the stated start', async () => {
    await service.ingest({ payload: BUDGET, name: 'budget.txt' });
    await service.ingest({ payload: FORMER, name: 'former.txt' });
    const actor = await service.getActor('Ingrid Haugland');
    expect(actor!.roles).toMatchObject([{
      role: 'Finance Minister', statedFrom: '2018-01', statedTo: null, toBound: { kind: 'before', date: '2023-03-02' }, articles: 2,
    }]);
    expect(describeActor(actor!)).toContain(
      'Finance Minister of Norway [NOR GOV] (from 2018-01, stated; until before 2023-03-02) — reported 2019-05-14 to 2023-03-02 in 2 articles');
  });

  it('shows "new" and "outgoing" as bounds when no article states a date', async () => {
    await service.ingest({ payload: HANDOVER, name: 'handover.txt' });
    const shown = describeActor((await service.getActor('Erik Solheim-Vik'))!);
    expect(shown).toContain('Defence Minister of Norway [NOR GOV] (from before 2022-10-05) — reported 2022-10-05 in 1 article');
    const outgoing = describeActor((await service.getActor('Kari Lunde'))!);
    expect(outgoing).toContain('Defence Minister of Norway [NOR GOV] (until after 2022-10-05)');
    expect(outgoing).not.toContain('stated');
  });

  it('keeps a role held twice as two terms, and files a report between them with the term it falls in', async () => {
    for (const [payload, name] of [[FIRST_TERM, 'first.txt'], [SECOND_TERM, 'second.txt'], [IN_SECOND_TERM, 'visit.txt']]) {
      await service.ingest({ payload, name });
    }
    const actor = await service.getActor('Mikkel Dahl');
    expect(actor!.roles.map((r) => ({ role: r.role, from: r.statedFrom, to: r.statedTo, seen: [r.firstSeen, r.lastSeen], articles: r.articles }))).toEqual([
      { role: 'Prime Minister', from: '2006', to: '2007', seen: ['2008-04-10', '2008-04-10'], articles: 1 },
      { role: 'Prime Minister', from: '2012', to: '2020', seen: ['2016-06-01', '2021-03-05'], articles: 2 },
    ]);
  });

  it('shows a role the articles only report without stated dates', async () => {
    await service.ingest({ payload: BUDGET.replace(', who took office in January 2018,', ''), name: 'budget.txt' });
    const actor = await service.getActor('Ingrid Haugland');
    expect(actor!.roles).toMatchObject([{ role: 'Finance Minister', statedFrom: null, statedTo: null }]);
    expect(describeActor(actor!)).toContain('Finance Minister of Norway [NOR GOV] — reported 2019-05-14 in 1 article');
  });
});
