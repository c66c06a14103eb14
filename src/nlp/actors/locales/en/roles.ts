// English role and group nouns. Titles name one person ("Foreign Minister Yoshimasa Hayashi",
// "the prime minister"); group nouns name bodies and collectives ("police", "the foreign
// ministry", "rebels"). Each entry carries a PLOVER sector and, for titles, the canonical role
// and the office class the office-holder table is searched by. Matching is case-insensitive
// over tokens; the longest entry wins.

export interface TitleEntry {
  id: string;
  words: string;
  role: string;
  sector: string;
  /** office used to look up who held it on the article's date */
  office?: string;
  /** honorifics (Mr, Dr) carry no role */
  honorific?: boolean;
  /** plural titles ("foreign ministers") mark names but name no one person */
  plural?: boolean;
  /** the one country whose office this is ("Congressman" → USA), when the phrase names none */
  home?: string;
}

export interface GroupEntry {
  id: string;
  words: string;
  sector: string;
  kind: 'organization' | 'group' | 'country';
  /** canonical head used in the actor's name ("police", "foreign ministry") */
  head: string;
  /** "the ministry" / "the government" alone refer back to the last such actor */
  refersBack?: boolean;
  /** common words ("opposition", "media", "forces") name an actor only after "the" or a country word */
  needsDeterminer?: boolean;
  /** "the bloc", "the council": only a back-reference to a body named before, matched by `backTo` */
  backTo?: RegExp;
}

const t = (words: string, role: string, sector: string, office?: string): TitleEntry => ({
  id: `title.${words.replace(/\W+/g, '-')}`, words, role, sector, office,
});
const h = (words: string): TitleEntry => ({
  id: `title.${words.replace(/\W+/g, '-')}`, words, role: '', sector: '', honorific: true,
});

export const TITLES: TitleEntry[] = [
  t('president', 'President', 'GOV', 'President'),
  t('vice president', 'Vice President', 'GOV', 'Vice President'),
  t('vice-president', 'Vice President', 'GOV', 'Vice President'),
  t('prime minister', 'Prime Minister', 'GOV', 'Prime Minister'),
  t('premier', 'Premier', 'GOV', 'Prime Minister'),
  t('pm', 'Prime Minister', 'GOV', 'Prime Minister'),
  t('chancellor', 'Chancellor', 'GOV', 'Prime Minister'),
  t('deputy prime minister', 'Deputy Prime Minister', 'GOV'),
  t('foreign minister', 'Foreign Minister', 'GOV', 'Foreign Minister'),
  t('minister of foreign affairs', 'Foreign Minister', 'GOV', 'Foreign Minister'),
  t('foreign affairs minister', 'Foreign Minister', 'GOV', 'Foreign Minister'),
  t('external affairs minister', 'External Affairs Minister', 'GOV', 'Foreign Minister'),
  t('minister of external affairs', 'External Affairs Minister', 'GOV', 'Foreign Minister'),
  t('foreign secretary', 'Foreign Secretary', 'GOV', 'Foreign Minister'),
  t('secretary of state', 'Secretary of State', 'GOV', 'Foreign Minister'),
  t('top diplomat', 'Foreign Minister', 'GOV', 'Foreign Minister'),
  t('defense minister', 'Defense Minister', 'GOV', 'Defense Minister'),
  t('defence minister', 'Defence Minister', 'GOV', 'Defense Minister'),
  t('minister of defense', 'Defense Minister', 'GOV', 'Defense Minister'),
  t('minister of defence', 'Defence Minister', 'GOV', 'Defense Minister'),
  t('minister of national defense', 'Defense Minister', 'GOV', 'Defense Minister'),
  t('defense secretary', 'Defense Secretary', 'GOV', 'Defense Minister'),
  t('defence secretary', 'Defence Secretary', 'GOV', 'Defense Minister'),
  t('secretary of defense', 'Defense Secretary', 'GOV', 'Defense Minister'),
  t('interior minister', 'Interior Minister', 'GOV'),
  t('home minister', 'Home Minister', 'GOV'),
  t('finance minister', 'Finance Minister', 'GOV'),
  t('energy minister', 'Energy Minister', 'GOV'),
  t('trade minister', 'Trade Minister', 'GOV'),
  t('justice minister', 'Justice Minister', 'GOV'),
  t('health minister', 'Health Minister', 'GOV'),
  t('information minister', 'Information Minister', 'GOV'),
  t('minister', 'Minister', 'GOV'),
  t('deputy foreign minister', 'Deputy Foreign Minister', 'GOV'),
  t('deputy minister', 'Deputy Minister', 'GOV'),
  t('foreign secretary', 'Foreign Secretary', 'GOV', 'Foreign Minister'),
  t('secretary', 'Secretary', 'GOV'),
  t('national security adviser', 'National Security Adviser', 'GOV'),
  t('national security advisor', 'National Security Adviser', 'GOV'),
  t('press secretary', 'Press Secretary', 'GOV'),
  t('spokesman', 'spokesman', 'GOV'),
  t('spokeswoman', 'spokeswoman', 'GOV'),
  t('spokesperson', 'spokesperson', 'GOV'),
  t('ambassador', 'Ambassador', 'GOV'),
  t('envoy', 'envoy', 'GOV'),
  t('special envoy', 'Special Envoy', 'GOV'),
  t('diplomat', 'diplomat', 'GOV'),
  t('official', 'official', 'GOV'),
  t('senior official', 'official', 'GOV'),
  t('governor', 'Governor', 'GOV'),
  t('mayor', 'Mayor', 'GOV'),
  t('king', 'King', 'GOV', 'King'),
  t('queen', 'Queen', 'GOV', 'King'),
  t('crown prince', 'Crown Prince', 'GOV', 'Crown Prince'),
  t('emir', 'Emir', 'GOV', 'Emir'),
  t('amir', 'Emir', 'GOV', 'Emir'),
  t('supreme leader', 'Supreme Leader', 'GOV', 'Supreme Leader'),
  t('leader', 'leader', 'GOV', 'leader'),
  t('secretary-general', 'Secretary-General', 'IGO', 'Secretary-General'),
  t('secretary general', 'Secretary-General', 'IGO', 'Secretary-General'),
  t('director-general', 'Director-General', 'IGO'),
  t('director general', 'Director-General', 'IGO'),
  t('commissioner', 'Commissioner', 'IGO'),
  t('coordinator', 'Coordinator', 'GOV'),
  t('special rapporteur', 'Special Rapporteur', 'IGO'),
  t('high representative', 'High Representative', 'IGO'),
  t('general', 'General', 'MIL'),
  t('surgeon general', 'Surgeon General', 'GOV'),
  t('solicitor general', 'Solicitor General', 'JUD'),
  t('inspector general', 'Inspector General', 'GOV'),
  t('auditor general', 'Auditor General', 'GOV'),
  t('governor general', 'Governor General', 'GOV'),
  t('governor-general', 'Governor General', 'GOV'),
  t('postmaster general', 'Postmaster General', 'GOV'),
  t('gen.', 'General', 'MIL'),
  t('gen', 'General', 'MIL'),
  t('lt gen', 'Lieutenant General', 'MIL'),
  t('maj gen', 'Major General', 'MIL'),
  t('brig gen', 'Brigadier General', 'MIL'),
  t('lt. gen.', 'Lieutenant General', 'MIL'),
  t('lieutenant general', 'Lieutenant General', 'MIL'),
  t('maj. gen.', 'Major General', 'MIL'),
  t('major general', 'Major General', 'MIL'),
  t('brig. gen.', 'Brigadier General', 'MIL'),
  t('brigadier general', 'Brigadier General', 'MIL'),
  t('colonel', 'Colonel', 'MIL'),
  t('col.', 'Colonel', 'MIL'),
  t('admiral', 'Admiral', 'MIL'),
  t('adm.', 'Admiral', 'MIL'),
  t('rear admiral', 'Rear Admiral', 'MIL'),
  t('rear - admiral', 'Rear Admiral', 'MIL'),
  t('vice admiral', 'Vice Admiral', 'MIL'),
  t('vice - admiral', 'Vice Admiral', 'MIL'),
  t('lieutenant - general', 'Lieutenant General', 'MIL'),
  t('major - general', 'Major General', 'MIL'),
  t('vice - president', 'Vice President', 'GOV', 'Vice President'),
  t('secretary - general', 'Secretary-General', 'IGO', 'Secretary-General'),
  t('commander', 'Commander', 'MIL'),
  t('army chief', 'Army Chief', 'MIL', 'Army Chief'),
  t('director general of military operations', 'Director General of Military Operations', 'MIL'),
  t('dgmo', 'Director General of Military Operations', 'MIL'),
  t('chief of army staff', 'Army Chief', 'MIL', 'Army Chief'),
  t('chief of defence staff', 'Chief of Defence Staff', 'MIL'),
  t('chief of defense staff', 'Chief of Defense Staff', 'MIL'),
  t('chief of general staff', 'Chief of General Staff', 'MIL'),
  t('chief', 'chief', 'GOV'),
  t('counterpart', 'counterpart', 'GOV', 'counterpart'),
  t('representative', 'representative', 'GOV'),
  t('negotiator', 'negotiator', 'GOV'),
  t('chief negotiator', 'chief negotiator', 'GOV'),
  t('mediator', 'mediator', 'GOV'),
  t('chief of staff', 'Chief of Staff', 'MIL'),
  t('field marshal', 'Field Marshal', 'MIL', 'Army Chief'),
  t('military spokesman', 'military spokesman', 'MIL'),
  t('senator', 'Senator', 'LEG'),
  { ...t('sen.', 'Senator', 'LEG'), home: 'USA' },
  { ...t('rep.', 'Representative', 'LEG'), home: 'USA' },
  { ...t('congressman', 'Congressman', 'LEG'), home: 'USA' },
  { ...t('congresswoman', 'Congresswoman', 'LEG'), home: 'USA' },
  t('lawmaker', 'lawmaker', 'LEG'),
  t('legislator', 'legislator', 'LEG'),
  t('mp', 'MP', 'LEG'),
  t('speaker', 'Speaker', 'LEG'),
  t('judge', 'Judge', 'JUD'),
  t('justice', 'Justice', 'JUD'),
  t('chief justice', 'Chief Justice', 'JUD'),
  t('prosecutor', 'prosecutor', 'JUD'),
  t('attorney general', 'Attorney General', 'JUD'),
  t('opposition leader', 'opposition leader', 'POL', 'Opposition leader'),
  t('party leader', 'party leader', 'POL'),
  t('candidate', 'candidate', 'POL'),
  t('rebel leader', 'rebel leader', 'REB'),
  t('rebel commander', 'rebel commander', 'REB'),
  t('pope', 'Pope', 'REL'),
  t('cardinal', 'Cardinal', 'REL'),
  t('archbishop', 'Archbishop', 'REL'),
  t('bishop', 'Bishop', 'REL'),
  t('imam', 'Imam', 'REL'),
  t('ayatollah', 'Ayatollah', 'REL'),
  t('chief executive', 'chief executive', 'BUS'),
  t('chief financial officer', 'chief financial officer', 'BUS'),
  t('ceo', 'CEO', 'BUS'),
  t('chairman', 'chairman', 'BUS'),
  t('journalist', 'journalist', 'MED'),
  t('reporter', 'reporter', 'MED'),
  t('correspondent', 'correspondent', 'MED'),
  t('activist', 'activist', 'CVL'),
  t('analyst', 'analyst', 'CVL'),
  t('professor', 'Professor', 'CVL'),
  h('mr'), h('mr.'), h('mrs'), h('mrs.'), h('ms'), h('ms.'), h('dr'), h('dr.'), h('sir'), h('dame'),
  h('sheikh'), h('prince'), h('princess'), h('lord'), h('lady'),
];

const AMBIGUOUS_GROUP_WORDS = new Set(['opposition', 'media', 'forces', 'court', 'administration', 'regime', 'cabinet', 'army', 'military', 'navy', 'senate', 'congress', 'parliament', 'companies', 'businesses', 'workers', 'citizens', 'nationals', 'unions', 'units', 'coalition', 'delegation', 'prisoners']);

/** Regular plurals of the titles ("ministers", "foreign secretaries", "presidents"). */
export const PLURAL_TITLES: TitleEntry[] = TITLES.filter((x) => !x.honorific && !x.words.includes('.')).map((x) => {
  const words = x.words.split(' ');
  const last = words[words.length - 1];
  const plural = /(?:man)$/.test(last) ? last.replace(/man$/, 'men') : /[^aeiou]y$/.test(last) ? last.replace(/y$/, 'ies') : /(?:s|sh|ch)$/.test(last) ? `${last}es` : `${last}s`;
  const phrase = [...words.slice(0, -1), plural].join(' ');
  return { ...x, id: `title.${phrase.replace(/\W+/g, '-')}`, words: phrase, plural: true };
});

const g = (words: string, sector: string, kind: 'organization' | 'group', head = words, refersBack = false): GroupEntry => ({
  id: `group.${words.replace(/\W+/g, '-')}`, words, sector, kind, head, refersBack, needsDeterminer: AMBIGUOUS_GROUP_WORDS.has(words),
});

export const GROUPS: GroupEntry[] = [
  g('government', 'GOV', 'organization', 'government', true),
  g('federal government', 'GOV', 'organization', 'government', true),
  g('administration', 'GOV', 'organization', 'government', true),
  g('regime', 'GOV', 'organization', 'government', true),
  g('cabinet', 'GOV', 'organization', 'government'),
  g('authorities', 'GOV', 'organization', 'authorities', true),
  g('officials', 'GOV', 'group', 'officials'),
  g('diplomats', 'GOV', 'group', 'diplomats'),
  g('ministry', 'GOV', 'organization', 'ministry', true),
  g('foreign ministry', 'GOV', 'organization', 'foreign ministry', true),
  g('ministry of foreign affairs', 'GOV', 'organization', 'foreign ministry', true),
  g('foreign affairs ministry', 'GOV', 'organization', 'foreign ministry', true),
  g('external affairs ministry', 'GOV', 'organization', 'foreign ministry', true),
  g('ministry of external affairs', 'GOV', 'organization', 'foreign ministry', true),
  g('foreign office', 'GOV', 'organization', 'foreign ministry', true),
  g('defense ministry', 'GOV', 'organization', 'defense ministry', true),
  g('defence ministry', 'GOV', 'organization', 'defense ministry', true),
  g('ministry of defense', 'GOV', 'organization', 'defense ministry', true),
  g('ministry of defence', 'GOV', 'organization', 'defense ministry', true),
  g('ministry of national defense', 'GOV', 'organization', 'defense ministry', true),
  g('ministry of national defence', 'GOV', 'organization', 'defense ministry', true),
  g('interior ministry', 'GOV', 'organization', 'interior ministry', true),
  g('ministry of interior', 'GOV', 'organization', 'interior ministry', true),
  g('ministry of the interior', 'GOV', 'organization', 'interior ministry', true),
  g('justice ministry', 'GOV', 'organization', 'justice ministry', true),
  g('embassy', 'GOV', 'organization', 'embassy'),
  g('consulate', 'GOV', 'organization', 'consulate'),
  g('police', 'GOV', 'organization', 'police'),
  g('police forces', 'GOV', 'organization', 'police'),
  g('policemen', 'GOV', 'group', 'police'),
  g('police officers', 'GOV', 'group', 'police'),
  g('riot police', 'GOV', 'organization', 'police'),
  g('coast guard', 'MIL', 'organization', 'coast guard'),
  g('border guards', 'GOV', 'group', 'border guards'),
  g('security forces', 'GOV', 'group', 'security forces'),
  g('intelligence services', 'GOV', 'organization', 'intelligence services'),
  g('military', 'MIL', 'organization', 'military'),
  g('armed forces', 'MIL', 'organization', 'military'),
  g('army', 'MIL', 'organization', 'army'),
  g('navy', 'MIL', 'organization', 'navy'),
  g('air force', 'MIL', 'organization', 'air force'),
  g('troops', 'MIL', 'group', 'troops'),
  g('soldiers', 'MIL', 'group', 'troops'),
  g('forces', 'MIL', 'group', 'forces'),
  g('government forces', 'MIL', 'group', 'forces'),
  g('government troops', 'MIL', 'group', 'forces'),
  g('federal forces', 'MIL', 'group', 'forces'),
  g('governmental forces', 'MIL', 'group', 'forces'),
  g('pro-government forces', 'MIL', 'group', 'forces'),
  g('junta', 'MIL', 'organization', 'junta', true),
  g('military rulers', 'MIL', 'organization', 'junta', true),
  g('military leaders', 'MIL', 'organization', 'junta', true),
  g('military junta', 'MIL', 'organization', 'junta', true),
  g('rebels', 'REB', 'group', 'rebels'),
  g('rebel forces', 'REB', 'group', 'rebels'),
  g('rebel troops', 'REB', 'group', 'rebels'),
  g('militants', 'REB', 'group', 'militants'),
  g('insurgents', 'REB', 'group', 'insurgents'),
  g('separatists', 'REB', 'group', 'separatists'),
  g('jihadists', 'REB', 'group', 'jihadists'),
  g('fighters', 'REB', 'group', 'fighters'),
  g('militia', 'REB', 'group', 'militia'),
  g('militias', 'REB', 'group', 'militia'),
  g('militiamen', 'REB', 'group', 'militia'),
  g('militiaman', 'REB', 'group', 'militia'),
  g('gunmen', 'CRM', 'group', 'gunmen'),
  g('protesters', 'CVL', 'group', 'protesters'),
  g('protestors', 'CVL', 'group', 'protesters'),
  g('demonstrators', 'CVL', 'group', 'protesters'),
  g('civilians', 'CVL', 'group', 'civilians'),
  g('residents', 'CVL', 'group', 'residents'),
  g('students', 'CVL', 'group', 'students'),
  g('workers', 'CVL', 'group', 'workers'),
  g('unions', 'CVL', 'group', 'unions'),
  g('labor unions', 'CVL', 'group', 'unions'),
  g('labour unions', 'CVL', 'group', 'unions'),
  g('refugees', 'CVL', 'group', 'refugees'),
  g('migrants', 'CVL', 'group', 'migrants'),
  g('citizens', 'CVL', 'group', 'citizens'),
  g('nationals', 'CVL', 'group', 'nationals'),
  g('electoral commission', 'GOV', 'organization', 'electoral commission'),
  g('election commission', 'GOV', 'organization', 'electoral commission'),
  g('elections commission', 'GOV', 'organization', 'electoral commission'),
  g('electoral council', 'GOV', 'organization', 'electoral commission'),
  g('electoral board', 'GOV', 'organization', 'electoral commission'),
  g('elections office', 'GOV', 'organization', 'elections office'),
  g('electoral office', 'GOV', 'organization', 'elections office'),
  g('political parties', 'POL', 'group', 'parties'),
  g('parliament', 'LEG', 'organization', 'parliament', true),
  g('congress', 'LEG', 'organization', 'parliament'),
  g('senate', 'LEG', 'organization', 'senate'),
  g('lawmakers', 'LEG', 'group', 'lawmakers'),
  g('legislators', 'LEG', 'group', 'lawmakers'),
  g('mps', 'LEG', 'group', 'lawmakers'),
  g('court', 'JUD', 'organization', 'court', true),
  g('supreme court', 'JUD', 'organization', 'supreme court'),
  g('constitutional court', 'JUD', 'organization', 'constitutional court'),
  g('judges', 'JUD', 'group', 'judges'),
  g('prosecutors', 'JUD', 'group', 'prosecutors'),
  g('opposition', 'POL', 'group', 'opposition'),
  g('opposition parties', 'POL', 'group', 'opposition'),
  g('ruling party', 'POL', 'organization', 'ruling party'),
  g('ruling coalition', 'POL', 'organization', 'ruling coalition'),
  g('media', 'MED', 'group', 'media'),
  g('state media', 'MED', 'group', 'state media'),
  g('journalists', 'MED', 'group', 'journalists'),
  g('businesses', 'BUS', 'group', 'businesses'),
  g('companies', 'BUS', 'group', 'companies'),
  g('servicemen', 'MIL', 'group', 'troops'),
  g('troop units', 'MIL', 'group', 'troops'),
  g('units', 'MIL', 'group', 'troops'),
  g('delegation', 'GOV', 'group', 'delegation'),
  g('coalition', 'MIL', 'group', 'coalition'),
  g('military coalition', 'MIL', 'group', 'coalition'),
  g('defectors', 'CVL', 'group', 'defectors'),
  g('activists', 'CVL', 'group', 'activists'),
  g('hunters', 'CVL', 'group', 'hunters'),
  g('fishermen', 'CVL', 'group', 'fishermen'),
  g('prisoners', 'CVL', 'group', 'prisoners'),
  g('villagers', 'CVL', 'group', 'villagers'),
  g('warplanes', 'MIL', 'group', 'air force'),
  g('fighter jets', 'MIL', 'group', 'air force'),
  g('bombers', 'MIL', 'group', 'air force'),
  g('warships', 'MIL', 'group', 'navy'),
  g('frigates', 'MIL', 'group', 'navy'),
  // back-references to a body named before ("the bloc" after "the EU")
  { id: 'group.bloc', words: 'bloc', sector: 'IGO', kind: 'organization', head: 'bloc', backTo: /^(?:IGO)$/ },
  { id: 'group.alliance', words: 'alliance', sector: 'IGO', kind: 'organization', head: 'alliance', backTo: /^(?:IGO)$/ },
  // "the heads of state" after a summit of a regional body: its members acting together
  { id: 'group.heads-of-state', words: 'heads of state', sector: 'IGO', kind: 'organization', head: 'heads of state', backTo: /^(?:IGO)$/ },
  { id: 'group.heads-of-state-and-government', words: 'heads of state and government', sector: 'IGO', kind: 'organization', head: 'heads of state', backTo: /^(?:IGO)$/ },
  { id: 'group.world-body', words: 'world body', sector: 'IGO', kind: 'organization', head: 'world body', backTo: /^(?:IGO)$/ },
  { id: 'group.organisation', words: 'organization', sector: 'IGO', kind: 'organization', head: 'organization', backTo: /^(?:IGO|NGO)$/ },
  { id: 'group.organization', words: 'organization', sector: 'IGO', kind: 'organization', head: 'organization', backTo: /^(?:IGO|NGO)$/ },
  { id: 'group.council', words: 'council', sector: 'GOV', kind: 'organization', head: 'Council', backTo: /Council/ },
  { id: 'group.department', words: 'department', sector: 'GOV', kind: 'organization', head: 'Department', backTo: /Department/ },
  { id: 'group.commission', words: 'commission', sector: 'GOV', kind: 'organization', head: 'Commission', backTo: /Commission/ },
  { id: 'group.committee', words: 'committee', sector: 'GOV', kind: 'organization', head: 'Committee', backTo: /Committee/ },
  { id: 'group.country', words: 'country', sector: 'GOV', kind: 'country', head: 'country', backTo: /^country$/ },
  { id: 'group.nation', words: 'nation', sector: 'GOV', kind: 'country', head: 'nation', backTo: /^country$/ },
  { id: 'group.agency', words: 'agency', sector: 'GOV', kind: 'organization', head: 'Agency', backTo: /Agency/ },
  // "the rebel group" after "the National Salvation Front", "the guard" after "Venezuela's National Guard"
  { id: 'group.rebel-group', words: 'rebel group', sector: 'REB', kind: 'organization', head: 'rebel group', backTo: /^REB$/ },
  { id: 'group.armed-group', words: 'armed group', sector: 'REB', kind: 'organization', head: 'armed group', backTo: /^REB$/ },
  { id: 'group.militant-group', words: 'militant group', sector: 'REB', kind: 'organization', head: 'militant group', backTo: /^REB$/ },
  { id: 'group.guard', words: 'guard', sector: 'MIL', kind: 'organization', head: 'Guard', backTo: /Guard$/ },
  { id: 'group.guards', words: 'guards', sector: 'MIL', kind: 'organization', head: 'Guards', backTo: /Guards$/ },
];

/** Words that, after "the two"/"both", stand for the persons or countries just named. */
export const PAIR_NOUNS: Record<string, 'person' | 'country'> = {
  officials: 'person', ministers: 'person', leaders: 'person', men: 'person', sides: 'country',
  presidents: 'person', diplomats: 'person', governments: 'country', countries: 'country', nations: 'country',
  neighbours: 'country', neighbors: 'country', allies: 'country', parties: 'country', states: 'country',
  delegations: 'country', armies: 'country', militaries: 'country',
};

/** Religion, ethnicity and region words tagged MISC (adjectives and group nouns). */
export const MISC_WORDS = [
  'Western', 'Eastern', 'Soviet', 'European', 'African', 'Asian', 'Arab', 'Arabs', 'Balkan', 'Baltic', 'Nordic',
  'Scandinavian', 'Latin American', 'Middle Eastern', 'Central Asian', 'West African', 'East African', 'Korean',
  'Southeast Asian', 'South Asian', 'East Asian', 'Caucasian', 'Transatlantic', 'Eurasian',
  'Muslim', 'Muslims', 'Christian', 'Christians', 'Jewish', 'Jews', 'Jew', 'Islamic', 'Buddhist', 'Buddhists',
  'Hindu', 'Hindus', 'Sikh', 'Sikhs', 'Catholic', 'Catholics', 'Orthodox', 'Protestant', 'Sunni', 'Sunnis', 'Shia',
  'Shiite', 'Shiites', 'Kurdish', 'Kurd', 'Kurds', 'Pashtun', 'Tamil', 'Rohingya', 'Uighur', 'Uighurs', 'Uyghur',
  'Uyghurs', 'Tigrayan', 'Tigrayans', 'Amharic', 'Oromo', 'Tutsi', 'Hutu', 'Druze', 'Alawite', 'Yazidi', 'Jihadist',
  'Islamist', 'Islamists', 'Zionist', 'Houthi', 'Bedouin', 'Baloch', 'Hazara', 'Sahrawi', 'Roma', 'Crimean Tatar',
  'Koran', 'Quran', 'Bible', 'Torah', 'Easter', 'Christmas', 'Ramadan', 'Eid', 'Eid al-Fitr', 'Eid al-Adha', 'Lent',
  'Passover', 'Hanukkah', 'Diwali', 'Nowruz', 'Olympics', 'Olympic', 'Paralympics', 'World Cup',
  'Republican', 'Republicans', 'Democrat', 'Democrats',
];

/** Words in a "<demonym> <nouns>" phrase that give the group its sector ("Israeli tanks" MIL). */
export const NOUN_SECTORS: [RegExp, string][] = [
  [/^(?:rebels?|guerrillas?|insurgents?|militants?|militiam[ae]n|militias?|separatists?|jihadists?|fighters?)$/, 'REB'],
  [/^(?:army|military|troops?|soldiers?|tanks?|aircraft|jets?|warplanes?|airstrikes?|air strikes?|strikes?|raids?|shelling|coalition|helicopters?|gunships?|bombers?|warships?|frigates?|destroyers?|submarines?|missiles?|artillery|forces|navy|officers?|servicem[ae]n|paratroopers|marines|drones?|vessels?)$/, 'MIL'],
  [/^(?:police|policem[ae]n|government|officials?|ministers?|negotiators?|diplomats?|envoys?|authorities|delegation|delegates|embassy|ministry|leaders?|consulate)$/, 'GOV'],
  [/^(?:lawmakers?|legislators?|parliamentarians?|senators?)$/, 'LEG'],
  [/^(?:judges?|courts?|prosecutors?)$/, 'JUD'],
  [/^(?:opposition|parties|party|politicians?|activists?)$/, 'POL'],
  [/^(?:protesters?|demonstrators?|civilians?|workers?|students?|refugees?|immigrants?|migrants?|residents?|villagers?|doctors?|youths?|prisoners?|detainees?|hostages?|citizens?|nationals?|people|fishermen|farmers|tourists?|pilgrims?|children|women|men)$/, 'CVL'],
  [/^(?:businessm[ae]n|companies|company|firms?|banks?|investors?|exporters?)$/, 'BUS'],
  [/^(?:media|journalists?|reporters?|newspapers?|broadcasters?|press)$/, 'MED'],
  [/^(?:clerics?|priests?|monks?|church|mosques?)$/, 'REL'],
];

/**
 * Nouns after a nationality word that name a thing, not a party ("Kenyan shillings", "Japanese
 * time"). Places stay parties: "shelled Iraqi towns" targets Iraq.
 */
export const NOT_GROUP_NOUNS = /^(?:shillings?|dollars?|pounds?|euros?|rupees?|yuan|yen|roubles?|rubles?|dinars?|riyals?|rials?|pesos?|francs?|lira|won|currency|time|language|languages|culture|cuisine|food|flag|flags|stocks?|shares|origin|descent|version|style|soccer|football|team|word|words|name|names|relations|ties|policy|policies|interests|law|laws|constitution|sovereignty|independence|history|election|elections|crisis|war|conflict|broadcast|language|media|gulf|sea|ocean|peninsula|strait|river|lake|mountains)$/;
