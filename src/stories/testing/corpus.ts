// A small synthetic news corpus written for the story tests and the benchmark: eight distinct
// reports, two independently written second reports, and distractors that share actors (and
// dates) with a report but describe a different event. Every sentence here was written for
// annals; the places and offices are real, the events are invented.

export interface CorpusArticle {
  /** test label: `<story>` for the original, `<story>-other` for an independent report, `x-...` for distractors */
  label: string;
  /** the story this article belongs to (distractors are stories of their own) */
  story: string;
  date: string;
  text: string;
}

export const BASE_ARTICLES: CorpusArticle[] = [
  {
    label: 'fisheries', story: 'fisheries', date: '2023-03-06',
    text: `Norway and Sweden signed a ten-year fisheries agreement in Tromso on Monday, ending a dispute over cod quotas in the Skagerrak that had simmered since 2019.

The Norwegian fisheries minister said the deal would give Swedish trawlers access to the strait for eight months of the year, while Norway keeps control of the spawning grounds near the coast.

Fishing associations on both sides welcomed the accord. A Swedish industry group said boats idle since the autumn could now plan their spring season, although it warned that the quota for haddock remained too small.`,
  },
  {
    label: 'ambassador', story: 'ambassador', date: '2023-03-06',
    text: `Chile recalled its ambassador to Peru on Monday after Peruvian border guards detained four Chilean lorry drivers near the Chacalluta crossing, the foreign ministry in Santiago said.

The ministry called the detentions arbitrary and demanded the drivers' immediate release. Lima has not commented, but a Peruvian police source said the men were suspected of carrying undeclared copper concentrate.

It is the first time Santiago has withdrawn its envoy from Lima since the maritime boundary ruling at The Hague in 2014. Trade through the crossing was halted for several hours as lorries queued on both sides.`,
  },
  {
    label: 'haiti', story: 'haiti', date: '2023-03-07',
    text: `Kenya will send 400 police officers to Haiti next month to help the Caribbean nation's overstretched force fight armed gangs in Port-au-Prince, Kenyan Interior Minister Kithure Kindiki announced on Tuesday.

The deployment, funded largely by Washington, follows a request from Haiti's prime minister last year. Gangs now control most roads into the capital and have forced the closure of dozens of schools and clinics.

Human rights groups in Nairobi questioned the legal basis of the mission and said Kenyan officers had a poor record at home. Kindiki said the contingent would operate under Haitian command.`,
  },
  {
    label: 'manila', story: 'manila', date: '2023-03-08',
    text: `Thousands of jeepney drivers and commuters marched through Manila on Wednesday to protest against a sharp rise in diesel prices and a government plan to phase out the ageing minibuses.

Police said about 6,000 people joined the rally, which ended peacefully outside the transport department in Quezon City. Organisers put the number at 15,000 and said a nationwide transport strike would follow if the plan was not withdrawn.

The transport secretary said the modernisation programme would go ahead but offered to extend the deadline for cooperatives to buy new vehicles by six months.`,
  },
  {
    label: 'tokyo-talks', story: 'tokyo-talks', date: '2023-03-08',
    text: `The foreign ministers of Japan and South Korea met in Tokyo on Wednesday for their first formal talks in four years, agreeing to restart regular security dialogue and to settle a row over wartime labour compensation.

Yoshimasa Hayashi and Park Jin discussed a Seoul proposal under which a South Korean foundation would pay the former labourers, the Japanese foreign ministry said. Park called the meeting frank and forward-looking.

The two ministers also agreed to resume shuttle visits between their leaders, suspended since 2011, and to share radar data on North Korean missile launches.`,
  },
  {
    label: 'imf-ghana', story: 'imf-ghana', date: '2023-03-09',
    text: `The International Monetary Fund approved a three-year, three-billion-dollar loan for Ghana on Thursday, releasing a first tranche of 600 million dollars to the cocoa- and gold-exporting country.

Ghana defaulted on most of its external debt in December and has been negotiating with bondholders and China over a restructuring. Finance Minister Ken Ofori-Atta said the programme would restore confidence and bring inflation, above 50 percent, under control.

The fund said Accra must raise tax revenue and cut energy subsidies as conditions of the bailout.`,
  },
  {
    label: 'fishing-boats', story: 'fishing-boats', date: '2023-03-09',
    text: `Indonesia's maritime security agency seized three Vietnamese fishing boats and detained 31 crew in the North Natuna Sea on Thursday, accusing them of poaching in Indonesian waters.

An agency spokesman said the vessels were caught with about twelve tonnes of fish and would be sunk after the case goes to court in Batam. Hanoi's embassy in Jakarta said it was seeking consular access to the fishermen.

Jakarta has destroyed hundreds of foreign boats since 2014 in a campaign against illegal fishing that has strained ties with its neighbours.`,
  },
  {
    label: 'migration', story: 'migration', date: '2023-03-10',
    text: `Morocco and Spain agreed on Friday to set up joint police patrols in the Strait of Gibraltar and to speed up the return of migrants who reach the Canary Islands, after talks in Rabat between their interior ministers.

Fernando Grande-Marlaska and Abdelouafi Laftit said the plan would target smuggling networks that charge up to 4,000 euros for a seat in a rubber boat. Spain will also fund radar equipment for the Moroccan coast guard.

Arrivals on the Canaries fell by a third last year, a drop Madrid attributes to closer cooperation with Rabat.`,
  },
];

/** Second reports of a story, written independently (different structure and wording). */
export const INDEPENDENT_REPORTS: CorpusArticle[] = [
  {
    label: 'ambassador-other', story: 'ambassador', date: '2023-03-07',
    text: `Santiago pulled its envoy out of Lima in protest at the arrest of four Chilean truck drivers by Peruvian border police, Chile's foreign ministry announced late on Monday.

The drivers were stopped on Sunday at the Chacalluta border post and accused of smuggling copper concentrate, according to Peruvian police. Chile's government described their detention as arbitrary and called for them to be freed at once.

Cross-border traffic was suspended for hours. Relations between the neighbours have been tense since the 2014 ruling of the international court in The Hague on their maritime boundary, and this is the first recall of an ambassador since then.`,
  },
  {
    label: 'tokyo-talks-other', story: 'tokyo-talks', date: '2023-03-08',
    text: `Japan's Yoshimasa Hayashi hosted his South Korean counterpart Park Jin in Tokyo on Wednesday, the first such formal meeting since 2019, and the pair agreed to revive a regular security dialogue.

Officials said much of the meeting focused on compensation for Koreans forced to work for Japanese companies during the war, with Seoul proposing that a domestic foundation cover the payments. Park described the talks as frank.

Hayashi and Park also agreed that the leaders of the two countries should resume shuttle diplomacy and that Tokyo and Seoul would exchange radar data on missile launches from North Korea.`,
  },
];

/** Same actors and dates as a report above, different event: must stay out of its story. */
export const DISTRACTORS: CorpusArticle[] = [
  {
    label: 'x-customs', story: 'x-customs', date: '2023-03-07',
    text: `Chile and Peru signed a customs agreement in Arica on Tuesday that lets exporters file a single electronic declaration for goods crossing their shared border, the two trade ministries said.

The deal covers fruit, fishmeal and wine and is expected to cut waiting times for exporters by half. Officials from both countries said a pilot scheme would start with grape shipments in April.

The signing went ahead despite the diplomatic row over detained drivers, which the ministers did not mention in their statements.`,
  },
  {
    label: 'x-missile', story: 'x-missile', date: '2023-03-09',
    text: `North Korea fired a short-range ballistic missile into the sea off its east coast on Thursday, prompting condemnation from Tokyo and Seoul, which said the launch violated United Nations resolutions.

The missile flew about 300 kilometres before landing outside Japan's exclusive economic zone, the Japanese defence ministry said. South Korea's joint chiefs of staff said they had raised their readiness posture.

Pyongyang has conducted more than a dozen launches this year, saying it is responding to military exercises by its neighbours and the United States.`,
  },
  {
    label: 'x-boundary', story: 'x-boundary', date: '2023-03-10',
    text: `Indonesia and Vietnam opened a new round of negotiations in Hanoi on Friday on the boundary of their exclusive economic zones, talks that diplomats hope can conclude before the end of the year.

The two sides ratified a continental shelf treaty in 2022, but the line for fisheries and water-column rights is still unsettled. Indonesian officials said the technical teams would meet monthly.

Both governments described the session as constructive and said they shared an interest in stable relations within the Association of Southeast Asian Nations.`,
  },
];

// ---- syndicated variants ------------------------------------------------------------------

const HEADLINES = ['BREAKING: Latest developments', 'World news in brief', 'Regional roundup'];
const BOILERPLATE = [
  'Sign up for our morning newsletter to get the day\'s top stories in your inbox.',
  'Copyright 2023. All rights reserved. This material may not be published or redistributed.',
  '(Reporting by staff correspondents; editing by the international desk)',
];

/** A small deterministic generator so test corpora are the same on every run. */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
}

/** A copy of `xs` in an order fixed by `seed`, to show that clusters do not depend on input order. */
export function shuffled<T>(xs: T[], seed: number): T[] {
  const random = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Curly quotes, spaced dashes, doubled spaces: punctuation changes a reprint often has. */
function changePunctuation(text: string): string {
  return text.replace(/'/g, '\u2019').replace(/, /g, ' , ').replace(/\. /g, '.  ');
}

/** A reprint of `base` as another site would run it: new headline, cuts, boilerplate, punctuation. */
export function syndicatedVariant(base: CorpusArticle, variant: number, random = rng(variant * 7919 + base.label.length)): CorpusArticle {
  let paragraphs = base.text.split('\n\n');
  if (variant % 2 === 0 && paragraphs.length > 2) paragraphs = paragraphs.slice(0, -1); // cut the last paragraph
  const headline = `${HEADLINES[variant % HEADLINES.length]}: ${paragraphs[0].split(' ').slice(0, 6).join(' ')}`;
  const boilerplate = BOILERPLATE[Math.floor(random() * BOILERPLATE.length)];
  const body = [headline, ...paragraphs];
  body.splice(1 + Math.floor(random() * (body.length - 1)), 0, boilerplate);
  let text = body.join('\n\n');
  if (variant % 3 === 1) text = changePunctuation(text);
  const date = new Date(Date.parse(`${base.date}T00:00:00Z`) + (variant % 3) * 86_400_000).toISOString().slice(0, 10);
  return { label: `${base.label}-copy${variant}`, story: base.story, date, text };
}

/** The full test corpus: originals, two reprints of each, independent reports and distractors. */
export function testCorpus(): CorpusArticle[] {
  const copies = BASE_ARTICLES.flatMap((a) => [syndicatedVariant(a, 1), syndicatedVariant(a, 2)]);
  return [...BASE_ARTICLES, ...copies, ...INDEPENDENT_REPORTS, ...DISTRACTORS];
}
