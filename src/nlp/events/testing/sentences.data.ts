// Sentence-level expectations for the events stage, written for this project (wire style, real
// countries, invented events). Each case lists every event the sentence must yield — an empty list
// means the sentence states no codable event. Dates are given where the text states one.
import type { Modality } from '../../doc.js';

export interface ExpectedEvent {
  category: string;
  /** codes, comma-separated, in any order */
  source: string;
  target: string;
  negated?: boolean;
  modality?: Modality;
  /** calendar date, or null when the text gives none; omitted = not checked */
  date?: string | null;
  /** substring the attribution must contain; omitted = not checked */
  attribution?: string;
}

export interface SentenceCase {
  text: string;
  /** article date; default 2024-03-15 (a Friday) */
  date?: string;
  events: ExpectedEvent[];
}

const e = (category: string, source: string, target: string, extra: Partial<ExpectedEvent> = {}): ExpectedEvent =>
  ({ category, source, target, ...extra });

export const SENTENCES: SentenceCase[] = [
  // AGREE
  { text: 'Greece and Turkey agreed on Tuesday to reopen a border crossing closed since the pandemic.', events: [e('AGREE', 'GRC', 'TUR', { date: '2024-03-12' })] },
  { text: 'Armenia and Azerbaijan reached an agreement on the demarcation of a section of their border.', events: [e('AGREE', 'ARM', 'AZE')] },
  { text: 'Japan pledged to provide Ukraine with generators before the winter.', events: [e('AGREE', 'JPN', 'UKR'), e('AID', 'JPN', 'UKR', { modality: 'planned' })] },
  { text: 'Poland promised Lithuania more air defence units for its northern border.', events: [e('AGREE', 'POL', 'LTU')] },
  { text: 'Norway has offered to host peace talks between Colombia and Venezuela.', events: [e('AGREE', 'NOR', 'COL,VEN'), e('CONSULT', 'NOR', 'COL,VEN', { modality: 'hypothetical' })] },
  { text: 'Egypt said it is willing to mediate between Israel and Hamas.', events: [e('AGREE', 'EGY', 'ISR,PSE', { attribution: 'Egypt' }), e('CONSULT', 'EGY', 'ISR,PSE', { modality: 'hypothetical' })] },
  { text: 'Serbia accepted a proposal from the European Union on vehicle licence plates.', events: [e('AGREE', 'SRB', 'EU')] },
  { text: 'There is no agreement between Ethiopia and Egypt on the operation of the dam, Sudan said.', events: [e('AGREE', 'ETH', 'EGY', { negated: true, attribution: 'Sudan' })] },
  { text: 'Chile and Peru reached a deal on fishing rights on Thursday.', events: [e('AGREE', 'CHL', 'PER', { date: '2024-03-14' })] },
  { text: 'Kenya committed to sending police officers to Haiti.', events: [e('AGREE', 'KEN', 'HTI')] },

  // CONSULT
  { text: 'Chinese Foreign Minister Wang Yi met with his Indian counterpart in New Delhi on Monday.', events: [e('CONSULT', 'CHN', 'IND', { date: '2024-03-11' })] },
  { text: 'French President Emmanuel Macron held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia.', events: [e('CONSULT', 'FRA', 'BRA')] },
  { text: 'Canadian Prime Minister Justin Trudeau will visit Mexico next week.', events: [e('CONSULT', 'CAN', 'MEX', { modality: 'planned' })] },
  { text: 'Indonesia and Malaysia held talks on the maritime boundary in the Sulawesi Sea.', events: [e('CONSULT', 'IDN', 'MYS')] },
  { text: 'The foreign ministers of Egypt and Jordan discussed the humanitarian situation in Gaza by phone.', events: [e('CONSULT', 'EGY', 'JOR')] },
  { text: 'German Chancellor Olaf Scholz spoke with Polish Prime Minister Donald Tusk by telephone.', events: [e('CONSULT', 'DEU', 'POL')] },
  { text: 'Qatar is mediating between Israel and Hamas, officials said.', events: [e('CONSULT', 'QAT', 'ISR,PSE')] },
  { text: 'Saudi Arabia hosted Iranian Foreign Minister Hossein Amir-Abdollahian in Riyadh.', events: [e('CONSULT', 'IRN', 'SAU')] },
  { text: 'The leaders of Japan and South Korea are scheduled to meet in Tokyo on March 20.', events: [e('CONSULT', 'JPN', 'KOR', { modality: 'planned', date: '2024-03-20' })] },
  { text: 'Turkey and Greece did not discuss the maritime dispute during the meeting, a Greek official said.', events: [e('CONSULT', 'TUR', 'GRC', { negated: true, attribution: 'a Greek official' })] },
  { text: 'Vietnam and the Philippines are expected to hold talks on the South China Sea next month.', events: [e('CONSULT', 'VNM', 'PHL', { modality: 'hypothetical' })] },
  { text: 'Australian Foreign Minister Penny Wong arrived in Beijing on Wednesday for a two-day visit.', events: [e('CONSULT', 'AUS', 'CHN', { date: '2024-03-13' })] },
  { text: 'Kenyan President William Ruto visited Ethiopia, the state broadcaster reported.', events: [e('CONSULT', 'KEN', 'ETH', { attribution: 'the state broadcaster' })] },
  { text: 'Brazil and Argentina plan to hold a summit in May.', events: [e('CONSULT', 'BRA', 'ARG', { modality: 'planned' })] },
  { text: 'Morocco could host talks between the rival Libyan factions, diplomats said.', events: [e('CONSULT', 'MAR', 'LBY', { modality: 'hypothetical' })] },

  // SUPPORT
  { text: 'The United Nations praised Colombia for its efforts to protect former combatants.', events: [e('SUPPORT', 'UN', 'COL')] },
  { text: 'Ukraine welcomed the decision by the Netherlands to send more fighter jets.', events: [e('SUPPORT', 'UKR', 'NLD')] },
  { text: 'Bangladesh thanked India for the quick delivery of relief supplies.', events: [e('SUPPORT', 'BGD', 'IND')] },
  { text: 'Saudi Arabia and Iran restored diplomatic relations after seven years.', events: [e('SUPPORT', 'SAU', 'IRN')] },
  { text: 'Honduras established diplomatic ties with China in March.', events: [e('SUPPORT', 'HND', 'CHN')] },
  { text: 'Finland and Sweden signed a defence agreement with the United States.', events: [e('SUPPORT', 'FIN,SWE', 'USA')] },
  { text: 'Nepal congratulated Sri Lanka on the successful election.', events: [e('SUPPORT', 'NPL', 'LKA')] },
  { text: 'Slovakia has not recognised Kosovo, the ministry said.', events: [e('SUPPORT', 'SVK', 'XKX', { negated: true })] },
  { text: 'Armenia expressed gratitude to Estonia for its support.', events: [e('SUPPORT', 'ARM', 'EST')] },
  { text: 'The African Union hailed Sudan for releasing the detained journalists.', events: [e('SUPPORT', 'AU', 'SDN')] },

  // CONCEDE
  { text: 'Myanmar declared a ceasefire in Rakhine state on Sunday.', events: [e('CONCEDE', 'MMR', 'MMR', { date: '2024-03-10' })] },
  { text: 'China eased restrictions on imports of Australian wine.', events: [e('CONCEDE', 'CHN', 'AUS')] },
  { text: 'The United States lifted sanctions on Venezuela’s oil sector.', events: [e('CONCEDE', 'USA', 'VEN')] },
  { text: 'Pakistan apologised to Afghanistan for the shelling of a border village.', events: [e('CONCEDE', 'PAK', 'AFG')] },

  // COOPERATE
  { text: 'India and France began joint naval exercises in the Arabian Sea on Monday.', events: [e('COOPERATE', 'IND', 'FRA', { date: '2024-03-11' })] },
  { text: 'Russia and China will hold joint drills in the Sea of Japan.', events: [e('COOPERATE', 'RUS', 'CHN', { modality: 'planned' })] },
  { text: 'Colombia extradited a drug trafficker to the United States.', events: [e('COOPERATE', 'COL', 'USA')] },
  { text: 'Israel shared intelligence with Jordan about the smuggling network.', events: [e('COOPERATE', 'ISR', 'JOR')] },
  { text: 'Spain and Morocco agreed to cooperate on migration.', events: [e('AGREE', 'ESP', 'MAR'), e('COOPERATE', 'ESP', 'MAR', { modality: 'planned' })] },

  // AID
  { text: 'Germany sent humanitarian aid to Turkey after the earthquake.', events: [e('AID', 'DEU', 'TUR')] },
  { text: 'The European Union will provide 50 million euros in aid to Lebanon.', events: [e('AID', 'EU', 'LBN', { modality: 'planned' })] },
  { text: 'Japan delivered vaccines to Vietnam on Tuesday.', events: [e('AID', 'JPN', 'VNM', { date: '2024-03-12' })] },
  { text: 'The IMF approved a loan to Sri Lanka.', events: [e('AID', 'IMF', 'LKA')] },
  { text: 'Ecuador granted asylum to a former Peruvian minister.', events: [e('AID', 'ECU', 'PER')] },
  { text: 'Moldova received military equipment from Romania.', events: [e('AID', 'ROU', 'MDA')] },
  { text: 'Britain pledged aid to Malawi after the cyclone.', events: [e('AID', 'GBR', 'MWI')] },

  // RETREAT
  { text: 'Russia withdrew its troops from the Armenian border town, the defence ministry said.', events: [e('RETREAT', 'RUS', 'ARM')] },
  { text: 'Iran released two French citizens on Thursday.', events: [e('RETREAT', 'IRN', 'FRA', { date: '2024-03-14' })] },
  { text: 'Ukraine and Russia exchanged prisoners on Monday.', events: [e('RETREAT', 'UKR,RUS', 'UKR,RUS', { date: '2024-03-11' })] },
  { text: 'The United Arab Emirates mediated the prisoner swap between Ukraine and Russia.', events: [e('CONSULT', 'ARE', 'UKR,RUS'), e('RETREAT', 'UKR,RUS', 'UKR,RUS')] },
  { text: 'Venezuela freed six American detainees.', events: [e('RETREAT', 'VEN', 'USA')] },
  { text: 'Kenya and Somalia completed a prisoner exchange on Monday.', events: [e('RETREAT', 'KEN,SOM', 'KEN,SOM', { date: '2024-03-11' })] },

  // REQUEST
  { text: 'The United Nations urged Ethiopia to allow aid into the Tigray region.', events: [e('REQUEST', 'UN', 'ETH')] },
  { text: 'Germany called on Iran to release the jailed activist.', events: [e('REQUEST', 'DEU', 'IRN')] },
  { text: 'Pakistan asked China to postpone the loan repayments.', events: [e('REQUEST', 'PAK', 'CHN')] },
  { text: 'Argentina demanded that Britain return the islands.', events: [e('REQUEST', 'ARG', 'GBR')] },
  { text: 'Indonesia appealed to Australia for help in the search.', events: [e('REQUEST', 'IDN', 'AUS')] },
  { text: 'The United States will formally request the extradition of the suspect from Brazil.', events: [e('REQUEST', 'USA', 'BRA', { modality: 'planned' })] },
  { text: 'Zambia said China must lower the interest on its loans.', events: [e('REQUEST', 'ZMB', 'CHN')] },
  { text: 'Lebanon appealed to France for support, the presidency said.', events: [e('REQUEST', 'LBN', 'FRA', { attribution: 'the presidency' })] },

  // ACCUSE
  { text: 'Iran condemned the Israeli strike on its consulate.', events: [e('ACCUSE', 'IRN', 'ISR')] },
  { text: 'Guyana accused Venezuela of violating its airspace.', events: [e('ACCUSE', 'GUY', 'VEN')] },
  { text: 'Canada criticised India over the killing of a Sikh activist.', events: [e('ACCUSE', 'CAN', 'IND')] },
  { text: 'China summoned the Japanese ambassador on Wednesday.', events: [e('ACCUSE', 'CHN', 'JPN', { date: '2024-03-13' })] },
  { text: 'Mali blamed France for the attack.', events: [e('ACCUSE', 'MLI', 'FRA')] },
  { text: 'South Africa sued Israel at the International Court of Justice.', events: [e('ACCUSE', 'ZAF', 'ISR')] },
  { text: 'Armenia and Azerbaijan accused each other of violating the ceasefire.', events: [e('ACCUSE', 'ARM,AZE', 'ARM,AZE')] },
  { text: 'Thailand expressed concern to Cambodia about the border incident.', events: [e('ACCUSE', 'THA', 'KHM')] },
  { text: 'Russia denounced the new NATO bases in Finland.', events: [e('ACCUSE', 'RUS', 'NATO')] },
  { text: 'Nigeria lodged a protest with Ghana over the treatment of its traders.', events: [e('ACCUSE', 'NGA', 'GHA')] },

  // REJECT
  { text: 'Israel rejected the Egyptian proposal.', events: [e('REJECT', 'ISR', 'EGY')] },
  { text: 'Hungary vetoed the EU statement on China.', events: [e('REJECT', 'HUN', 'EU')] },
  { text: 'North Korea refused to meet South Korean officials.', events: [e('REJECT', 'PRK', 'KOR')] },
  { text: 'Russia denied Ukrainian claims that it had shelled the power plant.', events: [e('REJECT', 'RUS', 'UKR')] },
  { text: 'Turkey blocked Sweden\'s bid to join NATO for more than a year.', events: [e('REJECT', 'TUR', 'SWE')] },
  { text: 'Tunisia dismissed criticism from the European Union.', events: [e('REJECT', 'TUN', 'EU')] },
  { text: 'India turned down an offer of mediation from Pakistan.', events: [e('REJECT', 'IND', 'PAK')] },

  // THREATEN
  { text: 'China threatened to impose tariffs on Lithuanian goods.', events: [e('THREATEN', 'CHN', 'LTU')] },
  { text: 'North Korea warned the United States against deploying more bombers.', events: [e('THREATEN', 'PRK', 'USA')] },
  { text: 'Turkey issued an ultimatum to Sweden on Monday.', events: [e('THREATEN', 'TUR', 'SWE', { date: '2024-03-11' })] },
  { text: 'Algeria warned Morocco that it would respond to any provocation.', events: [e('THREATEN', 'DZA', 'MAR')] },

  // PROTEST
  { text: 'Thousands of Kenyans protested against the new taxes.', events: [e('PROTEST', 'KEN', 'KEN')] },
  { text: 'Georgian protesters rallied outside parliament on Saturday.', events: [e('PROTEST', 'GEO', 'GEO', { date: '2024-03-09' })] },
  { text: 'French farmers blocked roads around Paris.', events: [e('PROTEST', 'FRA', 'FRA')] },
  { text: 'Argentine unions called a general strike against the government.', events: [e('PROTEST', 'ARG', 'ARG')] },
  { text: 'Iraqi protesters stormed the Swedish embassy in Baghdad.', events: [e('PROTEST', 'IRQ', 'SWE')] },
  { text: 'Serbian students demonstrated against the Hungarian minority law.', events: [e('PROTEST', 'SRB', 'HUN')] },

  // SANCTION
  { text: 'The United States imposed sanctions on Nicaragua on Monday.', events: [e('SANCTION', 'USA', 'NIC', { date: '2024-03-11' })] },
  { text: 'Niger expelled the French ambassador.', events: [e('SANCTION', 'NER', 'FRA')] },
  { text: 'Israel recalled its ambassador from Turkey.', events: [e('SANCTION', 'ISR', 'TUR')] },
  { text: 'Bolivia cut diplomatic ties with Israel.', events: [e('SANCTION', 'BOL', 'ISR')] },
  { text: 'ECOWAS suspended Guinea from the bloc.', events: [e('SANCTION', 'ECOWAS', 'GIN')] },
  { text: 'Canada, Britain and Australia imposed sanctions on Russian banks.', events: [e('SANCTION', 'CAN,GBR,AUS', 'RUS')] },
  { text: 'The European Union is considering sanctions against Belarus.', events: [e('SANCTION', 'EU', 'BLR', { modality: 'hypothetical' })] },
  { text: 'Japan stopped short of imposing sanctions on Myanmar.', events: [e('SANCTION', 'JPN', 'MMR', { negated: true })] },
  { text: 'Australia will impose tariffs on Chinese steel, officials said.', events: [e('SANCTION', 'AUS', 'CHN', { modality: 'planned' })] },
  { text: 'Burkina Faso closed its border with Niger.', events: [e('SANCTION', 'BFA', 'NER')] },
  { text: 'Azerbaijan cancelled a visit to France.', events: [e('SANCTION', 'AZE', 'FRA')] },
  { text: 'The Netherlands froze the assets of Russian oligarchs.', events: [e('SANCTION', 'NLD', 'RUS')] },

  // MOBILIZE
  { text: 'Venezuela deployed troops near the border with Guyana.', events: [e('MOBILIZE', 'VEN', 'GUY')] },
  { text: 'Russia massed troops along the Ukrainian border.', events: [e('MOBILIZE', 'RUS', 'UKR')] },
  { text: 'Serbia put its army on high alert near Kosovo.', events: [e('MOBILIZE', 'SRB', 'XKX')] },
  { text: 'Taiwan scrambled jets toward Chinese aircraft.', events: [e('MOBILIZE', 'TWN', 'CHN')] },

  // COERCE
  { text: 'Russian police arrested a British journalist in Moscow.', events: [e('COERCE', 'RUS', 'GBR')] },
  { text: 'Iran seized a Greek oil tanker in the Gulf of Oman.', events: [e('COERCE', 'IRN', 'GRC')] },
  { text: 'Belarus detained two Lithuanian border guards.', events: [e('COERCE', 'BLR', 'LTU')] },
  { text: 'Algeria deported hundreds of Malian migrants.', events: [e('COERCE', 'DZA', 'MLI')] },
  { text: 'Senegal imposed a curfew in the capital.', events: [e('COERCE', 'SEN', 'SEN')] },
  { text: 'China sentenced an Australian writer to death.', events: [e('COERCE', 'CHN', 'AUS')] },
  { text: 'Two Japanese nationals were detained by Chinese authorities.', events: [e('COERCE', 'CHN', 'JPN')] },

  // ASSAULT
  { text: 'Israeli aircraft struck targets in Lebanon.', events: [e('ASSAULT', 'ISR', 'LBN')] },
  { text: 'Houthi rebels attacked a British cargo ship in the Red Sea.', events: [e('ASSAULT', 'YEM', 'GBR')] },
  { text: 'Russian forces shelled the Ukrainian city of Kharkiv on Sunday.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-10' })] },
  { text: 'Sudanese troops clashed with Ethiopian militias near the border.', events: [e('ASSAULT', 'SDN,ETH', 'SDN,ETH')] },
  { text: 'A Ukrainian drone was shot down by Russian air defences.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  { text: 'Turkish jets bombed Kurdish positions in northern Iraq.', events: [e('ASSAULT', 'TUR', 'IRQ')] },
  { text: 'Pakistani soldiers killed three Afghan fighters.', events: [e('ASSAULT', 'PAK', 'AFG')] },
  { text: 'Somalia and Kenya fought over the disputed area in 1963.', events: [e('ASSAULT', 'SOM,KEN', 'SOM,KEN', { date: '1963' })] },
  { text: 'Fighting between Armenia and Azerbaijan erupted in September.', events: [e('ASSAULT', 'ARM,AZE', 'ARM,AZE')] },
  { text: 'Russia invaded Ukraine in February 2022.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2022-02' })] },
  { text: 'The Syrian army has not attacked Turkish positions, a Syrian official said.', events: [e('ASSAULT', 'SYR', 'TUR', { negated: true, attribution: 'a Syrian official' })] },

  // coordination, anaphora, relative clauses
  { text: 'Australia, New Zealand and Canada condemned the cyberattack by China.', events: [e('ACCUSE', 'AUS,NZL,CAN', 'CHN')] },
  { text: 'Kishida and Biden met in Washington. They did not discuss a trade deal.', date: '2024-04-10', events: [e('CONSULT', 'JPN', 'USA'), e('CONSULT', 'JPN', 'USA', { negated: true })] },
  { text: 'Estonia said it would expel a Russian diplomat.', events: [e('SANCTION', 'EST', 'RUS', { modality: 'planned' })] },
  { text: 'The boycott of the Moscow forum, which Poland announced last week, angered Russia.', events: [e('SANCTION', 'POL', 'RUS', { date: '2024-W10' })] },
  { text: 'Malaysian Prime Minister Anwar Ibrahim met with Singapore\'s Lee Hsien Loong and agreed to expand trade.', events: [e('CONSULT', 'MYS', 'SGP')] },

  // reported speech
  { text: 'Kenya has sent medical teams to Uganda, according to a Kenyan health official.', events: [e('AID', 'KEN', 'UGA', { attribution: 'a Kenyan health official' })] },
  { text: '"We condemn the attack on our embassy," Egypt\'s foreign ministry said of the raid in Sudan.', events: [] },
  { text: 'Nigeria said Niger had closed its airspace to Nigerian flights.', events: [e('SANCTION', 'NER', 'NGA', { attribution: 'Nigeria' })] },
  { text: 'The Philippine coast guard said Chinese vessels had harassed Philippine fishing boats near the shoal.', events: [e('COERCE', 'CHN', 'PHL', { attribution: 'The Philippine coast guard' })] },

  // modality
  { text: 'Turkey may deploy troops near the Syrian border.', events: [e('MOBILIZE', 'TUR', 'SYR', { modality: 'hypothetical' })] },
  { text: 'Egypt is expected to host talks between Sudan and South Sudan.', events: [e('CONSULT', 'EGY', 'SDN,SSD', { modality: 'hypothetical' })] },
  { text: 'Britain plans to sanction Iranian officials.', events: [e('SANCTION', 'GBR', 'IRN', { modality: 'planned' })] },
  { text: 'Japan is set to send aid to Morocco.', events: [e('AID', 'JPN', 'MAR', { modality: 'planned' })] },
  { text: 'Thailand could reopen its border with Myanmar, the army said.', events: [] },

  // statements with no event or no recipient
  { text: 'Inflation in Brazil fell to 4 percent in February.', events: [] },
  { text: 'The Japanese government said it was monitoring the situation closely.', events: [] },
  { text: 'Chile and Argentina should cooperate more closely on energy, the report said.', events: [] },
  { text: 'Heavy rains caused flooding across Pakistan.', events: [] },
  { text: 'Portugal held a general election on Sunday.', events: [] },
  { text: 'The talks will focus on trade, a spokesman said.', events: [] },
  { text: 'The minister said the economy was recovering.', events: [] },
  { text: 'Iraqi-backed militias are active in the region.', events: [] },
  { text: 'The war games drew large crowds of spectators.', events: [] },
  { text: 'Officials released a report on the economy on Monday.', events: [] },
];
