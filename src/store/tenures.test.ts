import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './sqlite/migrations.js';
import { migrate } from './sqlite/open.js';
import { groupRoleTerms, type RoleReport } from './tenures.js';

const report = (seen: string, dates: Partial<RoleReport> = {}, articleId = `a-${seen}`): RoleReport => ({
  role: 'President', country: 'VEN', sector: 'GOV', from: null, fromKind: null, to: null, toKind: null, articleId, seen, ...dates,
});

const stated = (from: string | null, to: string | null): Partial<RoleReport> => ({
  from, fromKind: from ? 'stated' : null, to, toKind: to ? 'stated' : null,
});

describe('role terms', () => {
  it('keeps two stated terms of one role apart and files undated reports with the term they fall in', () => {
    const rows = groupRoleTerms([
      report('2019-02-01', stated('2013', '2018')),
      report('2009-06-01'),
      report('2003-01-20', stated('1999', '2002')),
      report('2014-07-07'),
    ]);
    expect(rows.map((r) => [r.statedFrom, r.statedTo, r.firstSeen, r.lastSeen, r.articles])).toEqual([
      ['1999', '2002', '2003-01-20', '2003-01-20', 1],
      // held in 2009 while the first term ended in 2002 and the second began in 2013: a third
      [null, null, '2009-06-01', '2009-06-01', 1],
      ['2013', '2018', '2014-07-07', '2019-02-01', 2],
    ]);
  });

  it('merges reports of one term, keeping the stated start and the tightest bound of the end', () => {
    const rows = groupRoleTerms([
      report('2016-03-01', stated('2015-11', null)),
      report('2017-05-05'),
      report('2021-01-09', { to: '2021-01-09', toKind: 'before' }),
      report('2020-02-02', { to: '2020-02-02', toKind: 'before' }),
    ]);
    expect(rows).toEqual([{
      role: 'President', country: 'VEN', sector: 'GOV', statedFrom: '2015-11', statedTo: null,
      fromBound: null, toBound: { kind: 'before', date: '2020-02-02' }, firstSeen: '2016-03-01', lastSeen: '2021-01-09', articles: 4,
    }]);
  });

  it('starts a new term when the role is held after a report that it had ended', () => {
    const rows = groupRoleTerms([
      report('2010-01-01'),
      report('2012-01-01', { to: '2012-01-01', toKind: 'before' }),
      report('2018-01-01', { from: '2018-01-01', fromKind: 'before' }),
    ]);
    expect(rows.map((r) => [r.firstSeen, r.toBound, r.fromBound])).toEqual([
      ['2010-01-01', { kind: 'before', date: '2012-01-01' }, null],
      ['2018-01-01', null, { kind: 'before', date: '2018-01-01' }],
    ]);
  });

  it('never merges different roles or countries', () => {
    const rows = groupRoleTerms([report('2010-01-01'), report('2010-02-01', { role: 'Prime Minister' }), report('2010-03-01', { country: 'COL' })]);
    expect(rows).toHaveLength(3);
  });
});

describe('migration 7: role dates with their kind', () => {
  it('keeps every role row, marks stated dates stated and turns the old word bounds into bounds', () => {
    const old = new Database(':memory:');
    for (const step of MIGRATIONS.slice(0, 6)) old.exec(step);
    old.pragma('user_version = 6');
    old.exec(`INSERT INTO articles (id, name, date, text) VALUES ('a1', 'a1', '2021-12-11', ''), ('a2', 'a2', '2020-05-02', '');
      INSERT INTO actors VALUES ('p', 'P', 'person', 'NOR', 'GOV');
      INSERT INTO actor_roles (actor_id, role, country, sector, stated_from, stated_to, article_id) VALUES
        ('p', 'Prime Minister', 'NOR', 'GOV', '2018-01', '2021-12-11', 'a1'),
        ('p', 'Finance Minister', 'NOR', 'GOV', '2020-05', NULL, 'a2'),
        ('p', 'Defence Minister', 'NOR', 'GOV', '2012', '2014', 'a2'),
        ('p', 'Speaker', 'NOR', 'LEG', NULL, NULL, 'a2');`);
    migrate(old);
    expect(old.prepare('SELECT role, role_from, from_kind, role_to, to_kind FROM actor_roles ORDER BY rowid').all()).toEqual([
      { role: 'Prime Minister', role_from: '2018-01', from_kind: 'stated', role_to: '2021-12-11', to_kind: 'before' },
      { role: 'Finance Minister', role_from: '2020-05-02', from_kind: 'before', role_to: null, to_kind: null },
      { role: 'Defence Minister', role_from: '2012', from_kind: 'stated', role_to: '2014', to_kind: 'stated' },
      { role: 'Speaker', role_from: null, from_kind: null, role_to: null, to_kind: null },
    ]);
    old.close();
  });
});
