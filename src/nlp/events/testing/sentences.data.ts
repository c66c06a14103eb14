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
  /** substring the attribution must contain, null when none (a source speaking of its own act); omitted = not checked */
  attribution?: string | null;
  /** "City, ISO3", ISO3 or null; omitted = not checked */
  location?: string | null;
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
  { text: 'Egypt said it is willing to mediate between Israel and Hamas.', events: [e('AGREE', 'EGY', 'ISR,PSE', { attribution: null }), e('CONSULT', 'EGY', 'ISR,PSE', { modality: 'hypothetical' })] },
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
  // a meeting of one party: an organisation's is org→org, a person's only when he convenes or chairs it; a
  // speaker or attendee meets no one
  { text: 'Leaders of the African Union held an emergency summit in Addis Ababa on Saturday.', events: [e('CONSULT', 'AU', 'AU', { date: '2024-03-09' })] },
  { text: 'Hungarian Prime Minister Viktor Orban chaired a meeting of his defence cabinet on Sunday.', events: [e('CONSULT', 'HUN', 'HUN', { date: '2024-03-10' })] },
  { text: "Argentina's president said the summit would be held in Buenos Aires in June.", events: [] },
  { text: 'Chancellor Olaf Scholz told the delegates that agreement had been reached on the second day of the three-day meeting.', events: [] },
  { text: 'Canadian Prime Minister Justin Trudeau agreed to a meeting next week.', events: [] },
  { text: "The Cuban government criticised the handling of Tuesday's meeting between the boy and his grandmothers.", events: [] },

  // SUPPORT
  { text: 'The United Nations praised Colombia for its efforts to protect former combatants.', events: [e('SUPPORT', 'UN', 'COL')] },
  { text: 'Ukraine welcomed the decision by the Netherlands to send more fighter jets.', events: [e('SUPPORT', 'UKR', 'NLD')] },
  { text: 'Bangladesh thanked India for the quick delivery of relief supplies.', events: [e('SUPPORT', 'BGD', 'IND')] },
  { text: 'Saudi Arabia and Iran restored diplomatic relations after seven years.', events: [e('SUPPORT', 'SAU', 'IRN')] },
  { text: 'Honduras established formal relations with China in March.', events: [e('SUPPORT', 'HND', 'CHN')] },
  { text: 'Finland and Sweden signed a defence agreement with the United States.', events: [e('SUPPORT', 'FIN,SWE', 'USA')] },
  { text: 'Nepal congratulated Sri Lanka on the successful election.', events: [e('SUPPORT', 'NPL', 'LKA')] },
  { text: 'Slovakia has not recognised Kosovo, the ministry said.', events: [e('SUPPORT', 'SVK', 'XKX', { negated: true })] },
  { text: 'Armenia expressed gratitude to Estonia for its support.', events: [e('SUPPORT', 'ARM', 'EST')] },
  { text: 'The African Union hailed Sudan for releasing the detained journalists.', events: [e('SUPPORT', 'AU', 'SDN'), e('RETREAT', 'SDN', 'SDN')] },

  // CONCEDE
  { text: 'Myanmar declared a ceasefire in Rakhine state on Sunday.', events: [e('CONCEDE', 'MMR', 'MMR', { date: '2024-03-10' })] },
  { text: 'China eased restrictions on imports of Australian wine.', events: [e('CONCEDE', 'CHN', 'AUS')] },
  { text: 'The United States lifted sanctions on Venezuela’s oil sector.', events: [e('CONCEDE', 'USA', 'VEN')] },
  { text: 'Pakistan apologised to Afghanistan for the shelling of a border village.', events: [e('CONCEDE', 'PAK', 'AFG')] },
  // a permission names whom it is granted to: people at home, else no one
  { text: 'The Georgian interior ministry allowed opposition parties to hold a rally in Tbilisi.', events: [e('CONCEDE', 'GEO', 'GEO'), e('PROTEST', 'GEO', 'GEO')] },
  { text: 'Kenya will allow other countries to use its airspace.', events: [] },

  // COOPERATE
  { text: 'India and France began joint naval exercises in the Arabian Sea on Monday.', events: [e('COOPERATE', 'IND', 'FRA', { date: '2024-03-11' })] },
  { text: 'Russia and China will hold joint drills in the Sea of Japan.', events: [e('COOPERATE', 'RUS', 'CHN', { modality: 'planned' })] },
  { text: 'Colombia extradited a drug trafficker to the United States.', events: [e('COOPERATE', 'COL', 'USA')] },
  { text: 'Israel shared intelligence with Jordan about the smuggling network.', events: [e('COOPERATE', 'ISR', 'JOR')] },
  { text: 'Spain and Morocco agreed to cooperate on migration.', events: [e('AGREE', 'ESP', 'MAR'), e('COOPERATE', 'ESP', 'MAR', { modality: 'planned' })] },

  // AID
  { text: 'Germany sent humanitarian aid to Turkey after the earthquake.', events: [e('AID', 'DEU', 'TUR')] },
  // a stated "will provide / will support" is also a promise (AGREE, asserted, undated)
  { text: 'The European Union will provide 50 million euros in aid to Lebanon.', events: [e('AID', 'EU', 'LBN', { modality: 'planned' }), e('AGREE', 'EU', 'LBN', { date: null })] },
  { text: 'Portugal will support Spain\'s bid for a Security Council seat.', events: [e('SUPPORT', 'PRT', 'ESP', { modality: 'planned' }), e('AGREE', 'PRT', 'ESP')] },
  { text: 'The Kenyan government will release 300 Somali prisoners next week.', events: [e('RETREAT', 'KEN', 'SOM', { modality: 'planned' }), e('AGREE', 'KEN', 'SOM', { date: null })] },
  // an act on oneself promises nothing to anyone: no AGREE beside a resignation
  { text: 'Peruvian President Dina Boluarte will resign on Friday, the speaker of Congress said.', events: [e('RETREAT', 'PER', 'PER', { modality: 'planned' })] },
  { text: 'Egypt would only welcome Qatari mediators if they dropped their conditions.', events: [e('SUPPORT', 'EGY', 'QAT', { modality: 'hypothetical' })] },
  { text: 'Japan will send rescue teams to Turkey if Ankara asks for help.', events: [e('AID', 'JPN', 'TUR', { modality: 'planned' })] },
  { text: 'Japan delivered vaccines to Vietnam on Tuesday.', events: [e('AID', 'JPN', 'VNM', { date: '2024-03-12' })] },
  { text: 'The IMF approved a loan to Sri Lanka.', events: [e('AID', 'IMF', 'LKA')] },
  { text: 'Ecuador granted asylum to a former Peruvian minister.', events: [e('AID', 'ECU', 'PER')] },
  { text: 'Moldova received military equipment from Romania.', events: [e('AID', 'ROU', 'MDA')] },
  { text: 'Britain pledged aid to Malawi after the cyclone.', events: [e('AID', 'GBR', 'MWI')] },
  // a town the knowledge base does not know is placed by the country after its comma, which receives the aid
  { text: 'Norwegian doctors delivered medicine to a clinic in Zarandiyeh, Iran.', events: [e('AID', 'NOR', 'IRN', { location: 'Zarandiyeh, IRN' })] },
  { text: 'Protesters marched in Mbweni, Tanzania, on Sunday.', events: [e('PROTEST', 'TZA', 'TZA', { location: 'Mbweni, TZA' })] },
  // a place in what the speaker adds (", citing ...") is the reason's, not the act's: the dateline stands
  { text: 'WARSAW, March 14 - Poland expelled 45 Russian diplomats on Thursday, the interior minister said, citing espionage in Gdansk.', events: [e('SANCTION', 'POL', 'RUS', { date: '2024-03-14', location: 'Warsaw, POL' })] },
  // mobilizing pressure groups, supporters or public opinion is a campaign, not a show of force
  { text: 'Kuwait mobilized pressure groups across Italy to help promote the rights of Palestinians.', events: [] },
  { text: 'Serbia mobilized its supporters in Montenegro against the government.', events: [] },
  { text: 'Azerbaijan mobilized reservists against Armenia.', events: [e('MOBILIZE', 'AZE', 'ARM')] },
  // a claim about another party's past conduct accuses it; a claim to something, a claim about the present, or about
  // both sides the speaker's own among them, does not
  { text: 'Armenian separatists published photographs of ruined houses, claiming they were hit by Azerbaijani drones.', events: [e('ACCUSE', 'ARM', 'AZE')] },
  { text: 'Nobody has claimed responsibility for the attack on the Turkish consulate.', events: [] },
  { text: 'Turkish officials claim they see signs that Syria is worried.', events: [] },
  { text: 'Lula claimed Brazil and Argentina had settled their old trade disputes.', events: [] },
  // pushing for a thing asks no one; pushing people somewhere is no request
  { text: 'Kenya pushed for a ceasefire in Sudan.', events: [] },
  { text: 'Somali troops pushed the militants into the forest.', events: [] },
  // "told / reminded Y that it must ...": the pronoun is the party addressed; a speaker's own duty asks no one
  { text: 'Germany told Iran that it must release the detained journalists.', events: [e('REQUEST', 'DEU', 'IRN')] },
  { text: 'The Dutch prime minister sent a sharp reminder to Serbia that it must hand over the suspects.', events: [e('REQUEST', 'NLD', 'SRB')] },
  { text: 'Russia said that it must defend itself.', events: [] },
  // "X said Y should ..." calls on Y; not a speaker's own duty, a possibility or a past ("should be able", "should have")
  { text: 'Japan said China should stop its military drills near Taiwan.', events: [e('REQUEST', 'JPN', 'CHN')] },
  { text: 'The Polish foreign minister said: "We should keep the door of the alliance open."', events: [] },
  { text: 'Brazil said Bolivia should be able to export more gas next year.', events: [] },
  // peacekeepers sent or deployed to a country are aid to it, not a show of force; a refusal to send them is the refusal alone
  { text: 'Chile deployed peacekeeping troops to Haiti.', events: [e('AID', 'CHL', 'HTI')] },
  { text: 'Rwanda sent peacekeepers to the Central African Republic.', events: [e('AID', 'RWA', 'CAF')] },
  { text: 'Brazil has refused to send its peacekeepers into Libya.', events: [e('REJECT', 'BRA', 'LBY')] },
  // weapons or troops sent "to" one side of the article's war by a party not at war with it are military aid
  // (a "will send" also promises it); forces sent toward a side, or by a warring side, stay a deployment
  { text: 'Russian artillery pounded Zaporizhzhia on Sunday. The Netherlands sent fighter jets to Ukraine on Monday.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-10' }), e('AID', 'NLD', 'UKR', { date: '2024-03-11' })] },
  { text: 'Sudanese troops clashed with rebels in Darfur. Egypt will send tanks to Sudan.', events: [e('ASSAULT', 'SDN', 'SDN'), e('AID', 'EGY', 'SDN', { modality: 'planned' }), e('AGREE', 'EGY', 'SDN')] },
  { text: 'Russian forces shelled Kharkiv overnight. Belarus sent troops toward Ukraine.', events: [e('ASSAULT', 'RUS', 'UKR'), e('MOBILIZE', 'BLR', 'UKR')] },
  // with no war: weapons (not jets or troops) handed "to" a country a third party then turns on over them are aid;
  // otherwise a shipment "to" a friend stays a deployment against the adversary, never against the receiver
  { text: 'Norway will send Leopard 2 battle tanks to Estonia, the defence minister said on Tuesday. Estonia thanked Norway. The Kremlin called the decision dangerous.', events: [e('AID', 'NOR', 'EST', { modality: 'planned', date: '2024-03-12' }), e('AGREE', 'NOR', 'EST'), e('SUPPORT', 'EST', 'NOR'), e('ACCUSE', 'RUS', 'EST')] },
  { text: 'Finland will send tanks to Estonia. Russia accused Estonia of using the tanks to provoke a war.', events: [e('AID', 'FIN', 'EST', { modality: 'planned' }), e('AGREE', 'FIN', 'EST'), e('ACCUSE', 'RUS', 'EST')] },
  { text: 'Denmark will send fighter jets to Latvia. Latvia thanked Denmark. Russia called the decision dangerous.', events: [e('MOBILIZE', 'DNK', 'RUS', { modality: 'planned' }), e('SUPPORT', 'LVA', 'DNK'), e('ACCUSE', 'RUS', 'LVA')] },
  { text: 'Russia sent tanks to Belarus on Monday. Ukraine accused Russia of preparing an attack.', events: [e('MOBILIZE', 'RUS', 'UKR', { date: '2024-03-11' }), e('ACCUSE', 'UKR', 'RUS')] },
  { text: 'Russian forces shelled Kharkiv overnight. Russia sent more tanks to Ukraine.', events: [e('ASSAULT', 'RUS', 'UKR'), e('MOBILIZE', 'RUS', 'UKR')] },

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
  { text: 'The United States will formally request that Brazil extradite the suspect.', events: [e('REQUEST', 'USA', 'BRA', { modality: 'planned' })] },
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
  { text: 'Mexico imposed a levy on avocados from Peru.', events: [e('SANCTION', 'MEX', 'PER')] },
  { text: 'Japan imposed anti-dumping duties on steel pipes from South Korea.', events: [e('SANCTION', 'JPN', 'KOR')] },
  { text: 'Ghana said it was the duty of Togo to protect Benin.', events: [] },
  { text: "Ghana's decision came a week after it introduced a tariff on rice from Togo.", events: [e('SANCTION', 'GHA', 'TGO')] },
  { text: 'Ghana waited until after it had raised tariffs on Togo.', events: [e('SANCTION', 'GHA', 'TGO')] },
  { text: 'Norway has tried to reconcile Sudan and Chad. Talks have made little headway so far.', events: [e('CONSULT', 'NOR', 'SDN,TCD'), e('CONSULT', 'SDN', 'TCD')] },
  { text: 'Sudan and Chad held a meeting in Oslo. The meeting lasted four hours.', events: [e('CONSULT', 'SDN', 'TCD')] },
  { text: 'Qatar mediated between Israel and Hamas. Egypt mediated between Sudan and Chad. Talks have stalled.', events: [e('CONSULT', 'QAT', 'ISR,PSE'), e('CONSULT', 'EGY', 'SDN,TCD')] },
  { text: 'Egypt, Greece and Cyprus will hold joint naval drills next week. Turkey rejected a Greek proposal on the border. The three countries will send two frigates and a submarine.', events: [e('COOPERATE', 'EGY', 'GRC,CYP', { modality: 'planned', date: '2024-W12' }), e('REJECT', 'TUR', 'GRC')] },
  { text: 'Egypt, Greece and Cyprus will hold joint naval drills next week. Turkey threatened Greece, Egypt and Cyprus over the gas field. The three countries will send two frigates and a submarine.', events: [e('COOPERATE', 'EGY', 'GRC,CYP', { modality: 'planned', date: '2024-W12' }), e('THREATEN', 'TUR', 'GRC,EGY,CYP'), e('MOBILIZE', 'EGY,GRC,CYP', 'TUR', { modality: 'planned' })] },
  { text: 'Burkina Faso closed its border with Niger.', events: [e('SANCTION', 'BFA', 'NER')] },
  { text: 'Azerbaijan cancelled a visit to France.', events: [e('SANCTION', 'AZE', 'FRA')] },
  { text: 'The Netherlands froze the assets of Russian oligarchs.', events: [e('SANCTION', 'NLD', 'RUS')] },

  // MOBILIZE
  { text: 'Venezuela deployed troops near the border with Guyana.', events: [e('MOBILIZE', 'VEN', 'GUY')] },
  { text: 'Russia massed troops along the Ukrainian border.', events: [e('MOBILIZE', 'RUS', 'UKR')] },
  { text: 'Serbia put its army on high alert near Kosovo.', events: [e('MOBILIZE', 'SRB', 'XKX')] },
  { text: 'Taiwan scrambled jets toward Chinese aircraft.', events: [e('MOBILIZE', 'TWN', 'CHN')] },
  // forces sent "there" face the place named before them in the sentence
  { text: 'Moscow recognised Donetsk and Luhansk as independent states and ordered the Russian army to deploy there.', events: [e('SUPPORT', 'RUS', 'UKR'), e('MOBILIZE', 'RUS', 'UKR')] },
  { text: 'Ethiopia recaptured the town of Mekele in Tigray on Monday and Eritrea sent troops there.', events: [e('MOBILIZE', 'ERI', 'ETH', { date: '2024-03-11' })] },
  { text: 'Serbia said there was no reason to send troops there.', events: [] },
  // each kind of force sent (ships, aircraft, ground forces) is its own deployment; "possible" makes it hypothetical;
  // two ships are one naval deployment
  { text: 'Russia massed tanks near the Finnish border. Norway was sending frigates to the North Sea, and jets to Finland.', events: [e('MOBILIZE', 'RUS', 'FIN'), e('MOBILIZE', 'NOR', 'RUS'), e('MOBILIZE', 'NOR', 'RUS')] },
  { text: 'Russia massed tanks near the Finnish border. Italy was also sending soldiers and possible warplanes to Finland.', events: [e('MOBILIZE', 'RUS', 'FIN'), e('MOBILIZE', 'ITA', 'RUS'), e('MOBILIZE', 'ITA', 'RUS', { modality: 'hypothetical' })] },
  { text: 'Russia massed tanks near the Finnish border. Sweden sent the destroyer Visby and the frigate Belos to Finland.', events: [e('MOBILIZE', 'RUS', 'FIN'), e('MOBILIZE', 'SWE', 'RUS')] },

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

  // "amounted to" a verdict or a coercion is a verdict on the act; an amount of money is none
  { text: "Greece said Turkey's drilling amounted to a violation of its waters.", events: [e('ACCUSE', 'GRC', 'TUR')] },
  { text: 'Egyptian aid to Sudan amounted to 5 million dollars.', events: [e('AID', 'EGY', 'SDN')] },
  // coordination, anaphora, relative clauses
  // a list of verbs opened by a modal shares the first verb's subject and modal, also after a comma and when
  // the tagger reads a later verb as a noun or adverb ("..., close its airspace ... and end ...")
  { text: 'Niger would expel the Belgian ambassador, close its airspace to Belgian planes and end cooperation with Belgium.', events: [e('SANCTION', 'NER', 'BEL', { modality: 'planned' }), e('SANCTION', 'NER', 'BEL', { modality: 'planned' }), e('SANCTION', 'NER', 'BEL', { modality: 'planned' })] },
  { text: 'Uganda will improve relations with Rwanda, stop supporting the rebels and cease attacks on Rwandan villages.', events: [e('CONCEDE', 'UGA', 'RWA')] },
  { text: 'Kenya arrested two Somali journalists and expelled them.', events: [e('COERCE', 'KEN', 'SOM'), e('SANCTION', 'KEN', 'SOM')] },
  { text: 'Australia, New Zealand and Canada condemned the cyberattack by China.', events: [e('ACCUSE', 'AUS,NZL,CAN', 'CHN')] },
  { text: 'Kishida and Biden met in Washington. They did not discuss a trade deal.', date: '2024-04-10', events: [e('CONSULT', 'JPN', 'USA'), e('CONSULT', 'JPN', 'USA', { negated: true })] },
  { text: 'Estonia said it would expel a Russian diplomat.', events: [e('SANCTION', 'EST', 'RUS', { modality: 'planned' })] },
  { text: 'The boycott of the Moscow forum, which Poland announced last week, angered Russia.', events: [e('SANCTION', 'POL', 'RUS', { date: '2024-W10' })] },
  { text: 'Malaysian Prime Minister Anwar Ibrahim met with Singapore\'s Lee Hsien Loong and agreed to expand trade.', events: [e('CONSULT', 'MYS', 'SGP')] },

  { text: 'Thousands rallied in Lagos against the fuel price rise.', events: [e('PROTEST', 'NGA', 'NGA', { location: 'Lagos, NGA' })] },
  { text: 'Crowds demonstrated against the Kenyan government.', events: [e('PROTEST', 'KEN', 'KEN')] },

  // appositions and unnamed attackers
  { text: 'Pakistan, a close ally of the United States, refused to deploy troops in Iraq.', events: [e('REJECT', 'PAK', 'IRQ')] },
  { text: 'Two French soldiers were killed by a roadside bomb in Mali.', events: [e('ASSAULT', 'MLI', 'FRA')] },

  { text: 'An American journalist was arrested in Russia in March.', events: [e('COERCE', 'RUS', 'USA')] },
  { text: 'Blinken said on Monday during a visit to Egypt that a truce was possible.', events: [e('CONSULT', 'USA', 'EGY', { date: '2024-03-11' })] },

  { text: 'Iran arrested two British nationals and later released them.', events: [e('COERCE', 'IRN', 'GBR'), e('RETREAT', 'IRN', 'GBR')] },

  { text: 'Serbia and Kosovo held talks in Brussels. Montenegro skipped the talks.', events: [e('CONSULT', 'SRB', 'XKX'), e('CONSULT', 'MNE', 'SRB,XKX', { negated: true })] },
  { text: 'Venezuela cut ties with Guyana, whose leaders it accuses of plotting a coup.', events: [e('SANCTION', 'VEN', 'GUY'), e('ACCUSE', 'VEN', 'GUY')] },

  { text: 'Russia announced a ceasefire with Ukraine. Germany welcomed the announcement.', events: [e('CONCEDE', 'RUS', 'UKR'), e('SUPPORT', 'DEU', 'RUS')] },

  { text: 'India and China agreed to hold talks next month.', events: [e('AGREE', 'IND', 'CHN'), e('CONSULT', 'IND', 'CHN', { modality: 'planned', date: '2024-04' })] },
  { text: 'The Egyptian president is scheduled to visit Kenya on March 20.', events: [e('CONSULT', 'EGY', 'KEN', { modality: 'planned', date: '2024-03-20' })] },
  { text: 'Norway said it may recall its ambassador from Israel.', events: [e('SANCTION', 'NOR', 'ISR', { modality: 'hypothetical', attribution: null })] },

  { text: 'Mark Dalton, the United Nations envoy, urged Libya to release the detained aid workers.', events: [e('REQUEST', 'UN', 'LBY')] },

  { text: 'Spain, which has long opposed the plan, blocked the Moroccan proposal on Monday.', events: [e('REJECT', 'ESP', 'MAR', { date: '2024-03-11' })] },

  { text: 'Turkey has occupied northern Syrian towns.', events: [e('ASSAULT', 'TUR', 'SYR')] },

  // negation forms
  { text: 'Sudan hadn\'t signed the peace agreement with South Sudan by Friday.', events: [e('SUPPORT', 'SDN', 'SSD', { negated: true })] },
  { text: 'No talks were held between Ethiopia and Eritrea last year.', events: [e('CONSULT', 'ETH', 'ERI', { negated: true })] },
  { text: 'Japan never recognized the North Korean government.', events: [e('SUPPORT', 'JPN', 'PRK', { negated: true })] },
  { text: 'Brazil refused to meet Venezuelan officials.', events: [e('REJECT', 'BRA', 'VEN')] },
  { text: 'Chile failed to reach an agreement with Bolivia.', events: [e('AGREE', 'CHL', 'BOL', { negated: true })] },

  // conditional threats
  { text: 'Nigeria said it would close its border with Benin unless smuggling stopped.', events: [e('THREATEN', 'NGA', 'BEN')] },
  { text: 'Hamas threatened on Monday to resume attacks in Israel.', events: [e('THREATEN', 'PSE', 'ISR', { date: '2024-03-11' })] },

  { text: 'Russia threatened to quit the grain deal unless Ukraine stopped drone attacks.', events: [e('THREATEN', 'RUS', 'UKR')] },

  // places
  { text: 'Russia and Ukraine held talks in Istanbul on Friday.', events: [e('CONSULT', 'RUS', 'UKR', { location: 'Istanbul, TUR', date: '2024-03-15' })] },
  { text: 'BAGHDAD (AP) — Iraq summoned the Turkish ambassador on Monday.', events: [e('ACCUSE', 'IRQ', 'TUR', { location: 'Baghdad, IRQ' })] },
  { text: 'Canada imposed new sanctions on Iran.', events: [e('SANCTION', 'CAN', 'IRN', { location: null })] },
  { text: 'Indian and Chinese officers met at the border in Ladakh.', events: [e('CONSULT', 'IND', 'CHN')] },

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
  // domestic force against unnamed people: both sides are the country
  { text: 'Georgian police arrested dozens of demonstrators outside parliament in Tbilisi.', events: [e('COERCE', 'GEO', 'GEO')] },
  { text: 'Serbian riot police beat students in Belgrade on Sunday.', events: [e('ASSAULT', 'SRB', 'SRB', { date: '2024-03-10' })] },
  { text: 'More than 30 people were detained in Armenia after the rally.', events: [e('COERCE', 'ARM', 'ARM'), e('PROTEST', 'ARM', 'ARM')] },
  // dates: an adverb of the event noun's verb dates it; a date modifying another noun does not
  // an opening time adverbial dates the scene, its simple-past relative clauses included; an adverb-only time
  // expression dates the verb phrase it ends; "the fifth X since 2021" compares, it starts nothing; an act
  // ", following" a dated one came before it
  { text: 'On Tuesday, Chilean protesters clashed with police, who fired tear gas and arrested dozens of demonstrators in Santiago.', events: [e('ASSAULT', 'CHL', 'CHL', { date: '2024-03-12' }), e('COERCE', 'CHL', 'CHL', { date: '2024-03-12' })] },
  { text: 'The ministry said Israeli jets had struck targets in southern Lebanon twice overnight with guided missiles.', events: [e('ASSAULT', 'ISR', 'LBN', { date: '2024-03-14' })] },
  { text: 'This will be the fifth joint naval exercise between Egypt and Greece since 2021.', events: [e('COOPERATE', 'EGY', 'GRC', { modality: 'planned', date: null })] },
  { text: 'Japanese Prime Minister Fumio Kishida arrived in New Delhi on his first visit to India since 2019.', events: [e('CONSULT', 'JPN', 'IND', { date: null })] },
  // "war" or "conflict" modifying a common noun names no fighting ("war reparations", "war planners", "conflict zone")
  { text: 'Iraqi troops attacked Kuwait on Monday. Kuwait is seeking war reparations from Iraq. Iraqi war planners studied the conflict zone.', events: [e('ASSAULT', 'IRQ', 'KWT', { date: '2024-03-11' })] },
  // a name or verdict after the object makes "called" a naming verb, not a phone call: ACCUSE for an insult,
  // else nothing ("a venture called ..."); a statement "released" is published, no captive freed; "battle plans",
  // "attack helicopters" are no fighting
  { text: 'Venezuelan President Nicolas Maduro called the Colombian president a liar on Tuesday.', events: [e('ACCUSE', 'VEN', 'COL', { date: '2024-03-12' })] },
  { text: 'Chile and Peru set up a mining venture called Andes Copper.', events: [] },
  { text: 'The Cuban government called the new waiting period "another concession" to the exiles.', events: [] },
  { text: 'The Russian president called Kazakhstan\'s leader to discuss gas supplies.', events: [e('CONSULT', 'RUS', 'KAZ')] },
  { text: 'In a statement released by the Kremlin, Russia said the two presidents would meet in Minsk.', events: [] },
  { text: 'Russian troops attacked Ukrainian positions on Monday. Russian battle plans were leaked to the press. The attack helicopters returned to base.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-11' })] },
  // "demonstrate" and "rally" with an object show or gather support, no protest (not a time word or a number
  // after them, nor an -ing form inside a noun phrase); "aides" are advisers, not aid
  { text: 'The Japanese prime minister visited Kyiv to demonstrate Japan\'s support for Ukraine.', events: [e('CONSULT', 'JPN', 'UKR')] },
  { text: 'Thousands of Armenians demonstrated today against the border deal.', events: [e('PROTEST', 'ARM', 'ARM', { date: '2024-03-15' })] },
  { text: 'A message was read on Wednesday to several thousand rallying Georgian students in Tbilisi.', events: [e('PROTEST', 'GEO', 'GEO', { date: '2024-03-13' })] },
  { text: 'Egypt\'s president and his aides drafted the plan for Gaza.', events: [] },
  // ("of" stays inside the named object; "dangerous" is a hostile verdict: criticism)
  { text: 'Calling the leader of Iraq ``a dangerous man,\'\' the Saudi minister said on Monday that talks would continue.', events: [e('ACCUSE', 'SAU', 'IRQ', { date: '2024-03-11' })] },
  // a rivalry, a past era or a figure of speech is no fighting ("the Cold War", "prisoners of war", "a trade war",
  // "a custody battle"); "meet the standards" satisfies them; "a demonstration of strength" shows it
  { text: 'Russian troops attacked Ukrainian positions on Monday. The Cold War ended in 1991. Prisoners of war were seen near the front. Beijing and Washington are locked in a trade war. A custody battle over the boy continues in Miami.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-11' })] },
  { text: 'Albania and North Macedonia worked hard to meet the bloc\'s standards.', events: [] },
  { text: 'The joint exercise was a demonstration of strength by Egypt and Greece.', events: [e('COOPERATE', 'EGY', 'GRC')] },
  // a meeting after "at" / "during" is where an agreement was made (asserted), and the place after it its venue, not a party
  { text: 'NATO defence ministers agreed on Monday on new air defence measures at a meeting in Brussels.', events: [e('CONSULT', 'NATO', 'NATO', { date: '2024-03-11' })] },
  { text: 'France agreed to a peacekeeping mission in Lebanon.', events: [e('AGREE', 'FRA', 'LBN')] },
  { text: 'Armenia and Azerbaijan agreed to a prisoner exchange during the three-day closed-door talks, an official said.', events: [e('AGREE', 'ARM', 'AZE'), e('RETREAT', 'ARM,AZE', 'ARM,AZE', { modality: 'planned' }), e('CONSULT', 'ARM', 'AZE', { modality: 'asserted' })] },
  // a definite event noun heading its own clause, with no party in its phrase nor a date in its clause, is an
  // act told before ("The war has killed ..."; not "The hostilities continue"), or one the main clause's
  // subject did not do ("now that the invasion was beginning")
  { text: 'Saudi-led jets struck Houthi positions in Yemen on Monday. The fighting has killed more than 150,000 civilians.', events: [e('ASSAULT', 'SAU', 'YEM', { date: '2024-03-11' })] },
  { text: 'Armenian and Azerbaijani troops fought along the border in July. The hostilities continue.', events: [e('ASSAULT', 'ARM,AZE', 'ARM,AZE', { date: '2023-07' }), e('ASSAULT', 'ARM,AZE', 'ARM,AZE')] },
  { text: 'Japanese Foreign Minister Yoko Kamikawa said she had cancelled a meeting with Chinese Foreign Minister Wang Yi planned for Thursday in Jakarta, saying it no longer made sense now that the invasion was beginning.', events: [e('SANCTION', 'JPN', 'CHN')] },
  // "it" after a sentence opening with a document ("The declaration ..., but it did not condemn ...") is that
  // document, whose author the sentence does not name, not the last party named before
  { text: 'Leaders of the Group of 20 adopted a joint declaration in New Delhi on Saturday. The African Union was admitted as a permanent member of the bloc. The declaration called on all states to refrain from the use of force, but it did not condemn Russia by name.', events: [] },
  // a verdict may follow a long object, a place inside it ("calling X's recognition of two regions in eastern
  // Ukraine the beginning of an invasion"); a second noun phrase right after the object names it
  { text: 'The French president on Tuesday announced sanctions on two Russian banks, calling Moscow\'s recognition of two breakaway regions in eastern Ukraine the beginning of an invasion.', events: [e('SANCTION', 'FRA', 'RUS', { date: '2024-03-12' }), e('ACCUSE', 'FRA', 'RUS', { date: '2024-03-12' })] },
  { text: 'The Iraqi leader called Kuwaiti soldiers massing in Saudi Arabia the real occupiers of the Gulf.', events: [e('ACCUSE', 'IRQ', 'KWT')] },
  // a gerund after "and" goes on with an "of" + gerund content: not coded again
  { text: 'Indian and Chinese troops clashed on Monday. China accused Indian forces of crossing the border twice on Monday and provoking and attacking Chinese personnel.', date: '2020-06-16', events: [e('ASSAULT', 'IND,CHN', 'IND,CHN', { date: '2020-06-15' }), e('ACCUSE', 'CHN', 'IND', { date: '2020-06-15' })] },
  // an adjective after the object judges it: naming, not a phone call ("called the comment troubling")
  { text: 'The Mexican president called Washington\'s comment troubling.', events: [] },
  { text: 'Turkish President Recep Tayyip Erdogan called Putin late on Tuesday.', events: [e('CONSULT', 'TUR', 'RUS', { date: '2024-03-12' })] },
  // a bare verb after "and" goes on with a demand's that-clause: not coded again
  { text: 'Russia attacked Ukrainian towns on Monday. The UN General Assembly voted on Wednesday to demand that Russia immediately stop its attacks on Ukraine and withdraw all its troops.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-11' }), e('REQUEST', 'UN', 'RUS', { date: '2024-03-13' })] },
  // goods named only as a modifier ("arms inspectors", "aid workers") are no aid
  { text: 'Iraq gave the U.N. arms inspectors unfettered access to all sites on Monday.', events: [] },
  // a summit's purpose ("held a summit to agree on a response") is no agreement yet
  { text: 'Leaders of the African Union held an emergency summit in Addis Ababa to agree on a response to the crisis in Niger.', events: [e('CONSULT', 'AU', 'AU')] },
  { text: 'Ethiopia and Egypt failed to agree on the dam.', events: [e('AGREE', 'ETH', 'EGY', { negated: true })] },
  // a coup is made at home, not by whoever meets or reacts over it
  { text: 'Leaders of the African Union held an emergency summit in Addis Ababa on the coup in Niger.', events: [e('CONSULT', 'AU', 'AU'), e('COERCE', 'NER', 'NER')] },
  // speaking to a news outlet is an interview, not a consultation
  { text: 'The Iranian foreign minister spoke to CNN on Sunday.', events: [] },
  { text: 'The Iranian foreign minister spoke to his Omani counterpart on Sunday.', events: [e('CONSULT', 'IRN', 'OMN', { date: '2024-03-10' })] },
  // one strikes a deal or an agreement (AGREE), strikes up a friendship: no attack
  { text: 'Turkey and Syria struck an agreement on the border.', events: [e('AGREE', 'TUR', 'SYR')] },
  { text: 'Hamas and Fatah struck a tentative accord in Cairo.', events: [] },
  { text: 'A Russian missile struck a Ukrainian hospital.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  // "a war of words" is no fighting (a pattern's notFollowedBy may name several words)
  { text: 'Serbia and Croatia are locked in a war of words over the border.', events: [] },
  // a storm, a disease or a vehicle strikes with no attacker; one executes a plan, not a prisoner
  { text: 'A Chinese train struck a Vietnamese truck near the border on Monday.', events: [] },
  { text: 'Nigerian troops will execute the Malian plan.', events: [] },
  // an act inside a "whether" clause is an open question, not an event
  { text: 'The ministry did not say whether Israel had attacked Hezbollah positions.', events: [] },
  { text: 'Officials would not say whether Kenya had arrested the two Somali suspects.', events: [] },
  // a responsibility or duty to act is a norm, not the act
  { text: 'Egypt said Israel had a duty to withdraw its troops from Gaza.', events: [] },
  // a verdict denied is a reassurance, no charge
  { text: 'Biden said the tanks were not an offensive threat to Russia.', events: [] },
  // receiving a thing (an offer, a letter) is no visit; receiving a person is
  { text: 'In March, the Kenyan government received a formal offer from a Chinese investor group.', events: [] },
  { text: 'Kenyan President William Ruto received a letter from Ethiopia\'s prime minister on Monday.', events: [] },
  { text: 'Kenyan President William Ruto received Ethiopia\'s prime minister in Nairobi on Monday.', events: [e('CONSULT', 'ETH', 'KEN', { date: '2024-03-11' })] },
  // the purpose of a gathering that police prevented or banned is no second protest
  { text: 'Georgian police prevented a rally organised by teachers outside parliament in Tbilisi on Monday to protest the new law.', events: [e('COERCE', 'GEO', 'GEO', { date: '2024-03-11' })] },
  // "for the Nth (straight) day": the nearest dated act of its category, before or after, plus N - 1 days
  { text: 'For the third straight day, thousands of Kenyans marched in Nairobi against the finance bill. The protests began on Tuesday, when Kenyan students rallied outside parliament.', date: '2024-06-27', events: [e('PROTEST', 'KEN', 'KEN', { date: '2024-06-27' }), e('PROTEST', 'KEN', 'KEN', { date: '2024-06-25' })] },
  { text: 'Kenyan students rallied outside parliament in Nairobi on Tuesday. For the second day, crowds of Kenyans marched in Mombasa against the finance bill.', date: '2024-06-27', events: [e('PROTEST', 'KEN', 'KEN', { date: '2024-06-25' }), e('PROTEST', 'KEN', 'KEN', { date: '2024-06-26' })] },
  // what an organisation's own dated summit decided, told after it, happened then (not what it "had" done)
  { text: 'Leaders of the African Union held an emergency summit in Addis Ababa on Saturday. The heads of state further demanded the release of Sudan\'s jailed ministers.', events: [e('CONSULT', 'AU', 'AU', { date: '2024-03-09' }), e('REQUEST', 'AU', 'SDN', { date: '2024-03-09' })] },
  { text: 'Leaders of the African Union held an emergency summit in Addis Ababa on Saturday. The bloc had suspended Sudan after the coup.', events: [e('CONSULT', 'AU', 'AU', { date: '2024-03-09' }), e('SANCTION', 'AU', 'SDN', { date: null })] },
  { text: 'Turkey has been fighting Kurdish militants since 1984.', events: [e('ASSAULT', 'TUR', 'TUR', { date: '1984' })] },
  { text: 'Ghana and Togo unveiled the accord on Tuesday, after a meeting between their negotiating teams in Lome.', events: [e('CONSULT', 'GHA', 'TGO', { date: null })] },
  { text: 'Earlier this week, Kenya imposed tariffs on Ethiopia, which has not recognised Kenya.', events: [e('SANCTION', 'KEN', 'ETH', { date: '2024-W11' }), e('SUPPORT', 'ETH', 'KEN', { negated: true, date: null })] },
  { text: 'Joint naval drills between Egypt and Greece will begin Monday in the Mediterranean.', events: [e('COOPERATE', 'EGY', 'GRC', { modality: 'planned', date: '2024-03-18' })] },
  { text: 'Peru accused Bolivia of interfering in its April 14 presidential election.', events: [e('ACCUSE', 'PER', 'BOL', { date: null })] },
  // threats: a warning about another party, a conditional withdrawal
  { text: 'The Turkish foreign minister warned on Tuesday that Greece would be held responsible for any escalation.', events: [e('THREATEN', 'TUR', 'GRC', { date: '2024-03-12' })] },
  { text: 'Rwanda said that it would withdraw its troops from Mozambique unless it receives more funding.', events: [e('THREATEN', 'RWA', 'MOZ')] },
  // withdrawals and deployments are against the country where the forces move
  { text: 'Ethiopia completed the withdrawal of its soldiers from the border town of Dolow in Somalia.', events: [e('RETREAT', 'ETH', 'SOM')] },
  // an apposition between the subject and the verb of an event noun
  { text: 'A senior member of the Kenyan parliament, John Mbadi, started a hunger strike on Monday.', events: [e('PROTEST', 'KEN', 'KEN', { date: '2024-03-11' })] },
  // a protest is aimed at the party named in its purpose
  { text: 'Students in Dhaka blocked roads to protest the policies of the Indian government.', events: [e('PROTEST', 'BGD', 'IND')] },
  { text: 'Armenian activists held a rally in Yerevan against the Russian peacekeepers.', events: [e('PROTEST', 'ARM', 'RUS')] },
  // a verdict on an act is aimed at its author (hostile: ACCUSE, friendly: SUPPORT); a call, a call on/for and a verdict with no act named are not
  { text: 'Serbia imposed a tariff on Kosovo. A Bosnian minister called the tariff "revenge" for the vote.', events: [e('SANCTION', 'SRB', 'XKX'), e('ACCUSE', 'BIH', 'SRB')] },
  { text: 'Israel struck a camp in Gaza on Monday. Egypt called the attack a crime.', events: [e('ASSAULT', 'ISR', 'PSE', { date: '2024-03-11' }), e('ACCUSE', 'EGY', 'ISR')] },
  { text: 'The Japanese premier called the Chinese leader on Monday.', events: [e('CONSULT', 'JPN', 'CHN', { date: '2024-03-11' })] },
  { text: 'China called on Japan to halt the provocation.', events: [e('REQUEST', 'CHN', 'JPN')] },
  { text: 'Peru called the accord historic.', events: [] },
  { text: 'Analysts described the summit as a breakthrough.', events: [] },
  { text: 'After what Lithuanian leaders called a brazen hijacking of a plane flying from Greece, they met in Vilnius.', events: [] },
  // a verdict judges one noun phrase: the clause after its comma is coded
  { text: 'Belarus forced a plane to land in Minsk. After what Lithuanian leaders called a brazen hijacking of the plane, they summoned the Belarusian ambassador.', events: [e('ACCUSE', 'LTU', 'BLR')] },
  { text: 'When Russia invaded Ukraine, it was condemned by France.', events: [e('ASSAULT', 'RUS', 'UKR'), e('ACCUSE', 'FRA', 'RUS')] },
  { text: 'The activist was arrested on Monday at the request of Turkey.', events: [] },
  // "at the request of X": X asked whoever acts (or the authorities where it happens); X is no object of the act
  { text: 'Spain arrested the businessman on Monday at the request of the United States.', events: [e('COERCE', 'ESP', 'ESP', { date: '2024-03-11' }), e('REQUEST', 'USA', 'ESP', { date: null })] },
  { text: 'Sudan declared a truce following a request from the African Union.', events: [e('CONCEDE', 'SDN', 'SDN'), e('REQUEST', 'AU', 'SDN')] },
  { text: 'The banker was detained in Canada at the request of the United States.', events: [e('REQUEST', 'USA', 'CAN')] },
  // requests: whose help is sought, a proposal's addressee or that-clause subject; "ruled out" talks with X rejects X
  { text: 'Brazil sought Argentina\'s help in the search.', events: [e('REQUEST', 'BRA', 'ARG')] },
  { text: 'Iraq asked for Iranian help.', events: [e('REQUEST', 'IRQ', 'IRN')] },
  { text: 'Egypt proposed that Israel halt the strikes.', events: [e('REQUEST', 'EGY', 'ISR')] },
  { text: 'Israel ruled out talks with Hamas.', events: [e('REJECT', 'ISR', 'PSE')] },
  { text: 'Low prices encouraged investment in Chile.', events: [] },
  // a declared future "no" to a concession is a refusal (REJECT, asserted); a past one stays the negated act
  { text: 'Russia said it would not withdraw its troops from Moldova.', events: [e('REJECT', 'RUS', 'MDA', { negated: false, modality: 'asserted' })] },
  { text: 'Hungary will not accept the proposal from the European Commission.', events: [e('REJECT', 'HUN', 'EU')] },
  { text: 'Japan will not lift its sanctions on Russia.', events: [e('REJECT', 'JPN', 'RUS')] },
  { text: 'The United States said it would never meet the demands of Iraq.', events: [e('REJECT', 'USA', 'IRQ')] },
  { text: 'Russia did not withdraw its troops from Moldova.', events: [e('RETREAT', 'RUS', 'MDA', { negated: true })] },
  // a reaction to a definite act named with its agent ("the release ... by X") is aimed at that agent
  { text: 'Kenya welcomed the release of the hostages by Somalia.', events: [e('SUPPORT', 'KEN', 'SOM')] },
  { text: 'Kenya welcomed the release of the hostages.', events: [] },
  // a breach stated by another party is its accusation (the speaker may follow the clause); a denied one is none
  { text: 'Azerbaijan violated the ceasefire, Armenian officials said.', events: [e('ACCUSE', 'ARM', 'AZE')] },
  { text: 'Seoul accused Pyongyang of violating the agreement.', events: [e('ACCUSE', 'KOR', 'PRK')] },
  { text: 'Serbia did not violate the agreement.', events: [] },
  // concern or regret over an act named before is aimed at its author, and the act is not coded again
  { text: 'Russia expelled two Estonian diplomats. Estonia expressed "regret and surprise" over the decision.', events: [e('SANCTION', 'RUS', 'EST'), e('ACCUSE', 'EST', 'RUS')] },
  { text: 'Israel struck Gaza. Jordan expressed concern about the attack.', events: [e('ASSAULT', 'ISR', 'PSE'), e('ACCUSE', 'JOR', 'ISR')] },
  // a hostile verdict on charges is a denial (REJECT) of whoever made them
  { text: 'Ukraine accused Russia of shelling the plant. Moscow called the allegations baseless.', events: [e('ACCUSE', 'UKR', 'RUS'), e('REJECT', 'RUS', 'UKR')] },
  { text: 'Russia described the claims by Ukraine as propaganda.', events: [e('REJECT', 'RUS', 'UKR')] },
  { text: 'China called the American allegations "lies".', events: [e('REJECT', 'CHN', 'USA')] },
  { text: 'Moscow called the allegations baseless.', events: [] },
  // readiness or a pledge to coerce is no agreement (the coercion stays a threat)
  { text: 'Russia is ready to impose sanctions on Moldova.', events: [e('THREATEN', 'RUS', 'MDA')] },
  { text: 'Russia is prepared to impose sanctions on Moldova.', events: [e('THREATEN', 'RUS', 'MDA')] },
  // (a pledged reprisal is itself a threat)
  { text: 'Iran pledged to retaliate against Israel.', events: [e('THREATEN', 'IRN', 'ISR', { modality: 'asserted' })] },
  { text: 'Turkey is prepared to talk with Greece.', events: [e('AGREE', 'TUR', 'GRC'), e('CONSULT', 'TUR', 'GRC', { modality: 'hypothetical' })] },
  // a reaction to an act named by its own kind finds it several sentences back
  { text: 'Moldova imposed a tariff on Romanian wine on Monday. Trade between the two countries fell in the spring. Farmers in the north complained about the weather. Exports of grain also dropped. A Romanian minister called the tariff "revenge" for the election.', events: [e('SANCTION', 'MDA', 'ROU', { date: '2024-03-11' }), e('ACCUSE', 'ROU', 'MDA')] },
  // a quoted praise with no subject is its speaker's
  { text: 'Kenya and Somalia agreed to a truce. "Congratulations to both countries," US President Joe Biden added.', events: [e('AGREE', 'KEN', 'SOM'), e('SUPPORT', 'USA', 'KEN,SOM')] },
  { text: 'The Indian president sent his congratulations to the new Kenyan president.', events: [e('SUPPORT', 'IND', 'KEN')] },
  // an expectation only with a party to meet it
  { text: 'Analysts expect Ukraine to follow suit.', events: [] },
  // a diplomatic protest note is ACCUSE; protesters rallying "to demand" stay a demonstration
  { text: 'Beijing lodged stern representations with Washington.', events: [e('ACCUSE', 'CHN', 'USA')] },
  { text: 'Thousands protested to demand the release of the activists in Minsk.', events: [e('PROTEST', 'BLR', 'BLR')] },
  // a reaction to "the <act> between X and Y" is aimed at X and Y
  { text: 'Egypt hailed the ceasefire between Israel and Hamas.', events: [e('SUPPORT', 'EGY', 'ISR,PSE')] },
  // what a request noun asks for is not coded again; a phone call stays a call
  { text: 'Ukraine submitted a request for military aid to Germany.', events: [e('REQUEST', 'UKR', 'DEU')] },
  { text: 'Egypt repeated its calls on Israel to halt the offensive.', events: [e('REQUEST', 'EGY', 'ISR')] },
  { text: 'The Japanese premier held a phone call with the Chinese leader.', events: [e('CONSULT', 'JPN', 'CHN')] },
  // a possessor's act as the subject of a passive reaction; an event noun's content ends at its clause's verb
  { text: "Israel's request was turned down by Egypt.", events: [e('REJECT', 'EGY', 'ISR')] },
  { text: "China's proposal was welcomed by Brazil.", events: [e('SUPPORT', 'BRA', 'CHN')] },
  { text: 'Argentina repeated its demand that Britain return the islands.', events: [e('REQUEST', 'ARG', 'GBR')] },
  // a request's target stands before its content, not inside it
  { text: 'Qatar called on the mediators to press Israel for a truce.', events: [] },
  // an opening adverbial ends at its comma: the name after it is the subject, not an apposition
  { text: 'Despite appeals by aid groups, the Sudanese army refused to open the crossing to Chad.', events: [e('REJECT', 'SDN', 'TCD')] },
  // "by" before a measure is no passive agent
  { text: 'President Museveni on Friday shortened by two hours the curfew imposed in Uganda.', events: [e('CONCEDE', 'UGA', 'UGA', { date: '2024-03-15' })] },
  // a demand of another actor of the same country
  { text: 'Malian rebels said President Goita must negotiate before they disarm.', events: [e('REQUEST', 'MLI', 'MLI')] },
  // the event noun a verb enacts is one act even across a quoted name
  { text: 'India hosted a "Quad" summit with Japan, Australia and the United States in New Delhi.', events: [e('CONSULT', 'JPN,AUS,USA', 'IND')] },
  // two-sided acts whose clause names no parties are between the article's warring parties
  { text: 'Israeli troops and Hezbollah fighters clashed near the border on Monday. The fighting spread to three villages on Tuesday.', events: [e('ASSAULT', 'ISR,LBN', 'ISR,LBN', { date: '2024-03-11' }), e('ASSAULT', 'ISR,LBN', 'ISR,LBN', { date: '2024-03-12' })] },
  { text: 'Colombian troops clashed with rebels in Cauca province. Clashes continued on Sunday.', events: [e('ASSAULT', 'COL', 'COL'), e('ASSAULT', 'COL', 'COL', { date: '2024-03-10' })] },
  { text: 'The fighting spread to three villages on Tuesday.', events: [] },
  { text: 'Israeli and Hezbollah forces clashed on Monday. Egypt is working to prevent conflicts in the region.', events: [e('ASSAULT', 'ISR,LBN', 'ISR,LBN')] },
  { text: 'Armenian and Azerbaijani troops fought on Monday. President Putin called for a halt to the fighting.', events: [e('ASSAULT', 'ARM,AZE', 'ARM,AZE')] },
  // one warring side named: from it to the other side
  { text: "Russian forces shelled Kharkiv on Monday. Russia's war has displaced millions.", events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-11' }), e('ASSAULT', 'RUS', 'UKR', { date: null })] },
  // a truce agreement between the warring parties; its broker mediates between them
  { text: 'Clashes between Sudan and South Sudan continued despite a pair of ceasefire agreements – brokered by Egypt, Kenya and the United States.', events: [e('ASSAULT', 'SDN,SSD', 'SDN,SSD'), e('AGREE', 'SDN,SSD', 'SDN,SSD'), e('CONSULT', 'EGY,KEN,USA', 'SDN,SSD')] },
  { text: 'Sudanese and South Sudanese troops clashed again on Monday despite a truce agreement signed on Friday.', events: [e('ASSAULT', 'SDN,SSD', 'SDN,SSD', { date: '2024-03-11' }), e('AGREE', 'SDN,SSD', 'SDN,SSD', { date: '2024-03-15' })] },
  // a gerund subject's participle phrase ", both brokered by X": its agents mediate, they are no party of the fighting or the deal
  { text: 'Fighting between Ethiopia and Eritrea dragged on despite two truce agreements, both brokered by Kenya, Egypt and the African Union.', events: [e('ASSAULT', 'ETH,ERI', 'ETH,ERI'), e('AGREE', 'ETH,ERI', 'ETH,ERI'), e('CONSULT', 'KEN,EGY,AU', 'ETH,ERI')] },
  { text: 'Clashes between Armenia and Azerbaijan flared again despite three truce agreements, all mediated by Russia, France and the United States.', events: [e('ASSAULT', 'ARM,AZE', 'ARM,AZE'), e('AGREE', 'ARM,AZE', 'ARM,AZE'), e('CONSULT', 'RUS,FRA,USA', 'ARM,AZE')] },
  { text: 'Fighting between Ethiopia and Eritrea resumed despite a peace accord – brokered by Kenya, Egypt and the African Union.', events: [e('ASSAULT', 'ETH,ERI', 'ETH,ERI'), e('CONSULT', 'KEN,EGY,AU', 'ETH,ERI')] },
  { text: 'After talks mediated by Qatar, Israel and Hamas agreed to a truce.', events: [e('CONSULT', 'QAT', 'ISR,PSE'), e('AGREE', 'ISR', 'PSE')] },
  { text: 'Qatar has acted as an honest broker between Israel and Hamas.', events: [e('CONSULT', 'QAT', 'ISR,PSE')] },
  { text: 'Turkey mediated on Monday.', events: [] },
  // a troop movement with no target in the text faces the article's adversary
  { text: 'Russian forces shelled Kharkiv on Monday. On Tuesday, Russia began pulling back its troops.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-11' }), e('RETREAT', 'RUS', 'UKR', { date: '2024-03-12' })] },
  { text: 'The United States accused Russia on Monday of massing troops near Ukraine. Denmark is sending fighter jets to the Baltic Sea.', events: [e('ACCUSE', 'USA', 'RUS', { date: '2024-03-11' }), e('MOBILIZE', 'DNK', 'RUS')] },
  { text: 'Denmark is sending fighter jets to the Baltic Sea.', events: [] },
  // "if needed" puts no condition to anyone: a possible deployment, not a threat
  { text: 'The United States accused Russia of massing troops near Ukraine. Italy could send troops to Latvia if needed.', events: [e('ACCUSE', 'USA', 'RUS'), e('MOBILIZE', 'ITA', 'RUS', { modality: 'hypothetical' })] },
  // an act inside the condition is only possible
  { text: 'Moscow will respond if NATO deploys troops in Finland.', events: [e('MOBILIZE', 'NATO', 'FIN', { modality: 'hypothetical' })] },
  // ... else the country the article is about; a weekday ending the verb phrase dates the act
  { text: 'Russia deployed troops near Ukraine in March. Russian units started pulling back to their garrisons Friday. Ukraine welcomed the move.', events: [e('MOBILIZE', 'RUS', 'UKR', { date: '2024-03' }), e('RETREAT', 'RUS', 'UKR', { date: '2024-03-15' }), e('SUPPORT', 'UKR', 'RUS')] },
  { text: "Ukraine's foreign minister met Ukrainian lawmakers in Kyiv on Thursday. Russian units started pulling back to their garrisons on Friday.", events: [e('CONSULT', 'UKR', 'UKR', { date: '2024-03-14' }), e('RETREAT', 'RUS', 'UKR', { date: '2024-03-15' })] },
  { text: 'Russian units started pulling back to their garrisons on Friday.', events: [] },
  // a participle describing a noun is no act of the sentence's subject
  { text: 'Russian troops shelled Kharkiv. Ukraine said armored vehicles deployed near the city were Russian.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  // a reaction to a definite act named before is aimed at its author
  { text: 'Russian missiles struck Odesa on Monday. France condemned the attack.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-11' }), e('ACCUSE', 'FRA', 'RUS')] },
  { text: 'Britain imposed sanctions on Iran on Monday. Iran rejected the sanctions.', events: [e('SANCTION', 'GBR', 'IRN', { date: '2024-03-11' }), e('REJECT', 'IRN', 'GBR')] },
  { text: 'Germany welcomed the sanctions.', events: [] },
  // stopping the firing is no attack
  { text: 'Israel and Hamas agreed to stop all firing on Sunday.', events: [e('AGREE', 'ISR', 'PSE')] },
  // ", meeting with ...": the main clause's subject meets
  { text: 'Kenyan Foreign Minister Musalia Mudavadi opened the conference on Monday, meeting with the African Union envoy.', events: [e('CONSULT', 'KEN', 'AU', { date: '2024-03-11' })] },
  // ... or of a definite reference to it in the next sentences ("The decision was announced ... on Sunday")
  { text: 'Mali has been suspended from the African Union. The move was made public after a summit in Addis Ababa on Sunday.', events: [e('SANCTION', 'AU', 'MLI', { date: '2024-03-10' })] },
  { text: 'Qatar and Bahrain have restored diplomatic ties. The two governments announced the decision on Wednesday.', events: [e('SUPPORT', 'QAT', 'BHR', { date: '2024-03-13' })] },
  { text: 'Mali has been suspended from the African Union. Officials met in Addis Ababa on Sunday.', events: [e('SANCTION', 'AU', 'MLI', { date: null })] },
  // "since 2015": an ongoing act takes its stated start
  { text: 'Saudi Arabia has fought the Houthis in Yemen since 2015.', events: [e('ASSAULT', 'SAU,YEM', 'SAU,YEM', { date: '2015' })] },
  // a blocked bid: against whose bid it is, not what it would join
  { text: "Greece blocked North Macedonia's bid to join NATO.", events: [e('REJECT', 'GRC', 'MKD')] },
  { text: 'Serbia, which does not recognize Kosovo, has blocked its attempts to join UNESCO.', events: [e('SUPPORT', 'SRB', 'XKX', { negated: true }), e('REJECT', 'SRB', 'XKX')] },
  // "denounced the move as a blow to X": the author of the move, not a name in the verdict
  { text: 'Kosovo raised tariffs on Serbian imports on Tuesday. Bosnia\'s trade minister denounced the move as the biggest blow to the European Union.', events: [e('SANCTION', 'XKX', 'SRB', { date: '2024-03-12' }), e('ACCUSE', 'BIH', 'XKX')] },
  // a conflict elsewhere is not the article's war
  { text: 'Iraqi gunmen kidnapped Qatari hunters. Their release was linked to the conflict in Syria.', events: [e('ASSAULT', 'IRQ', 'QAT')] },
  // "<date>, when ...": the when-clause happened at that date
  { text: 'Unrest has grown since January, when Tunisian police arrested opposition leaders.', events: [e('COERCE', 'TUN', 'TUN', { date: '2024-01' })] },
  // an agreed act "with effect from" a date starts then
  { text: 'Armenia and Azerbaijan agreed that the two armies would stop all firing along the front line from March 20.', events: [e('AGREE', 'ARM', 'AZE'), e('RETREAT', 'ARM', 'AZE', { modality: 'planned', date: '2024-03-20' })] },
  // the lead's talks are dated by "opened the session on Friday"
  { text: "Talks between Sudan and South Sudan have begun in Addis Ababa. Sudan's foreign minister opened the session on Friday, meeting the mediators.", events: [e('CONSULT', 'SDN', 'SSD', { date: '2024-03-15' })] },
  // what "they" discussed after a meeting was discussed at that meeting: one act
  { text: 'The Thai prime minister met with the Malaysian king on Monday. They also discussed border security.', events: [e('CONSULT', 'THA', 'MYS', { date: '2024-03-11' })] },
  // an agreement restated with no new date is recorded once; a newly dated one is another act
  { text: 'Russia and Ukraine agreed to a ceasefire. Officials in Kyiv said Russia and Ukraine had agreed to a ceasefire.', events: [e('AGREE', 'RUS', 'UKR')] },
  { text: 'Greece and Turkey agreed on Monday to reopen the crossing. Greece and Turkey agreed on Thursday to open a second crossing.', events: [e('AGREE', 'GRC', 'TUR', { date: '2024-03-11' }), e('AGREE', 'GRC', 'TUR', { date: '2024-03-14' })] },
  // an organisation's suspension of a member, quoted again from its statement, is one act; a state's suspensions are not merged
  { text: 'The African Union suspended Guinea on Monday. "Guinea is suspended from all activities of the Union," the bloc said in a statement.', events: [e('SANCTION', 'AU', 'GIN', { date: '2024-03-11' })] },
  // sanctions agreed against a country are no agreement with it
  { text: 'EU ministers agreed a package of sanctions against Belarus.', events: [e('SANCTION', 'EU', 'BLR', { modality: 'planned' })] },
  // the possessor of an event noun is its source, even inside "During ...'s visit"
  { text: "During the Kenyan president's state visit to Uganda, officials signed three trade deals.", events: [e('CONSULT', 'KEN', 'UGA')] },
  // "X, which said it ...": the pronoun stands for the relative clause's antecedent
  { text: 'Ankara, which said it coordinated the swap between Russia and the United States, gave no further details.', events: [e('CONSULT', 'TUR', 'RUS,USA')] },
  { text: 'Indian and Pakistani troops clashed on Monday. The region has seen flare-ups of violence in the spring of 2019.', events: [e('ASSAULT', 'IND,PAK', 'IND,PAK', { date: '2024-03-11' }), e('ASSAULT', 'IND,PAK', 'IND,PAK', { date: '2019-SP' })] },
  // a verbal lead act is the statement its speaker is then reported making on a given date
  { text: 'Uzbek President Shavkat Mirziyoyev has leveled veiled but sharp criticism against Tajikistan. Mirziyoyev said on February 20 that the railway project had stalled.', events: [e('ACCUSE', 'UZB', 'TJK', { date: '2024-02-20' })] },
  { text: 'Uzbek President Shavkat Mirziyoyev has leveled harsh criticism against Tajikistan. The railway project stalled on February 20.', events: [e('ACCUSE', 'UZB', 'TJK', { date: null })] },
  // in a war, an attack with no named target is at the other side; both sides mobilizing, against each other
  { text: 'Russian forces shelled Kharkiv on Monday. Ukrainian forces struck fuel depots three times overnight.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-11' }), e('ASSAULT', 'UKR', 'RUS')] },
  { text: 'Ukrainian forces struck fuel depots three times overnight.', events: [] },
  { text: 'Armenian and Azerbaijani troops clashed on Monday. Azerbaijan and Armenia launched mobilization efforts.', events: [e('ASSAULT', 'ARM,AZE', 'ARM,AZE', { date: '2024-03-11' }), e('MOBILIZE', 'ARM,AZE', 'ARM,AZE')] },
  // weapons a party attacks with, supplied by another country, are military aid from it
  { text: 'Russian forces shelled Kharkiv on Monday. Ukrainian forces struck ammunition depots with US-supplied missile launchers.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-11' }), e('ASSAULT', 'UKR', 'RUS'), e('AID', 'USA', 'UKR')] },
  { text: 'Russia attacked Kyiv with Iranian-made drones.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  // "The small landlocked country, whose request ...": a description of the country named before; the relative clause's date is its own
  { text: 'Kosovo raised tariffs on Serbian imports. The young Balkan state, whose bid to enter the customs union stalled on Tuesday, then raised tariffs on Bosnia.', events: [e('SANCTION', 'XKX', 'SRB'), e('SANCTION', 'XKX', 'BIH', { date: null })] },
  { text: 'Kenya met Uganda. The state of emergency was declared.', events: [e('CONSULT', 'KEN', 'UGA')] },
  // welcoming the announcement of another party's declared pullback
  { text: "Russian troops shelled Kharkiv. On Thursday, Russia's defence minister declared the maneuvers in Crimea over. Ukraine's president welcomed the announcement.", events: [e('ASSAULT', 'RUS', 'UKR'), e('CONCEDE', 'RUS', 'UKR', { date: '2024-03-14' }), e('SUPPORT', 'UKR', 'RUS')] },
  // the lead's undated act takes the date of its later restatement
  { text: 'Kenya and Uganda have signed a trade agreement. The two countries signed the agreement in Nairobi on Tuesday.', events: [e('SUPPORT', 'KEN', 'UGA', { date: '2024-03-12' }), e('SUPPORT', 'KEN', 'UGA', { date: '2024-03-12' })] },
  // "said Tuesday ... had": the report is dated, the earlier act is not
  { text: 'Greece said Tuesday that Turkish warships had harassed a Greek survey vessel.', events: [e('COERCE', 'TUR', 'GRC', { date: null })] },
  // a back-reference to the parties of a dated act continues its account; a response dates with its act
  { text: 'Chinese and Russian warships jointly sailed near Japan on Tuesday. Japan deployed destroyers in response to the patrol.', events: [e('COOPERATE', 'CHN', 'RUS', { date: '2024-03-12' }), e('MOBILIZE', 'JPN', 'CHN,RUS', { date: '2024-03-12' })] },
  { text: 'The Kenyan president met the Somali president in Nairobi on Tuesday. The two leaders agreed to reopen the border.', events: [e('CONSULT', 'KEN', 'SOM', { date: '2024-03-12' }), e('AGREE', 'KEN', 'SOM', { date: '2024-03-12' })] },
  { text: "President William Ruto met President Yoweri Museveni in Kampala on Tuesday. The two leaders discussed trade. Ruto and Museveni reiterated their opposition to Sudan's blockade of the Nile.", events: [e('CONSULT', 'KEN', 'UGA', { date: '2024-03-12' }), e('CONSULT', 'KEN', 'UGA', { date: '2024-03-12' }), e('ACCUSE', 'KEN,UGA', 'SDN', { date: '2024-03-12' })] },
  // forces sent to help are military aid; "it" after a subordinator is the nearest party before it
  { text: 'Rwanda sent troops to Mozambique to help the government fight insurgents.', events: [e('AID', 'RWA', 'MOZ')] },
  { text: "Chad sent soldiers to support Niger's government after it accused Nigeria of harboring rebels.", events: [e('AID', 'TCD', 'NER'), e('ACCUSE', 'NER', 'NGA')] },
  // relative clauses: companions join the antecedent; "neither of which" denies the act
  { text: 'Spain, which along with Greece does not recognize Kosovo, voted against the motion.', events: [e('SUPPORT', 'ESP,GRC', 'XKX', { negated: true })] },
  { text: 'Last week, Kosovo imposed tariffs on Serbia and Moldova, neither of which has recognized Kosovo.', events: [e('SANCTION', 'XKX', 'SRB,MDA', { date: '2024-W10' }), e('SUPPORT', 'SRB,MDA', 'XKX', { negated: true, date: null })] },
  // an acronym in parentheses heads "the officials (DGMO) of X"; "5 pm" is a time, not a party
  { text: 'The chiefs of general staff (CGS) of Armenia and Azerbaijan have agreed to hold fire from 6 pm on Saturday, a spokesman said.', date: '2024-03-16', events: [e('AGREE', 'ARM', 'AZE', { date: '2024-03-16' })] },
  // speakers who speak of their own act are not an attribution
  { text: 'Poland, Lithuania and Latvia have said they would close their borders to Belarus.', events: [e('SANCTION', 'POL,LTU,LVA', 'BLR', { modality: 'planned', attribution: null })] },
  { text: 'Japan pledged $50 million to Ukraine on Monday.', events: [e('AID', 'JPN', 'UKR', { date: '2024-03-11' })] },
  { text: 'Turkey deployed troops to its border with Syria.', events: [e('MOBILIZE', 'TUR', 'SYR')] },
  { text: '"We will impose new sanctions on Syria," the British Foreign Office said.', events: [e('SANCTION', 'GBR', 'SYR', { modality: 'planned' })] },
  { text: 'Canada said it plans to send medical supplies to Haiti.', events: [e('AID', 'CAN', 'HTI', { modality: 'planned' })] },
  { text: 'Australia said it is prepared to impose further sanctions on Myanmar.', events: [e('THREATEN', 'AUS', 'MMR', { modality: 'asserted' })] },
  { text: 'Kenya accused Somalia of backing the militants. Somalia denied the allegations on Tuesday.', events: [e('ACCUSE', 'KEN', 'SOM'), e('REJECT', 'SOM', 'KEN', { date: '2024-03-12' })] },
  { text: 'Officials in Baku dismissed the claims as fabricated.', events: [] },
  { text: 'Lithuania urged tougher pressure on Belarus to free political prisoners.', events: [e('REQUEST', 'LTU', 'BLR')] },
  // material categories: words that name no act
  { text: 'The company shipped its products to Germany.', events: [] },
  { text: 'She stepped down from the stage after the speech.', events: [] },
  { text: 'The Peruvian protesters demanded the resignation of the Peruvian interior minister.', events: [e('REQUEST', 'PER', 'PER')] },
  { text: 'Afghan insurgents abducted up to 12 Russian engineers.', events: [e('ASSAULT', 'AFG', 'RUS')] },
  { text: 'The city of Bogota imposed a curfew after dozens of shops were looted.', events: [e('COERCE', 'COL', 'COL')] },
  // a ban at home is COERCE, a boycott at home a PROTEST; an attack on a place hits its country
  { text: 'President Museveni banned two Ugandan opposition parties from the election.', events: [e('COERCE', 'UGA', 'UGA')] },
  { text: 'Israeli tanks fired shells at targets in Jenin.', events: [e('ASSAULT', 'ISR', 'PSE')] },
  { text: 'Sudanese rebels shelled a southern town on Sunday, killing about 20 people, officials in Nairobi said.', events: [] },
  { text: 'Nigerian teachers began a four-day strike on Thursday.', events: [e('PROTEST', 'NGA', 'NGA', { date: '2024-03-14' })] },
  { text: 'North Korean agents tried to hack into the email accounts of South Korean navy officers.', events: [e('COERCE', 'PRK', 'KOR')] },
  { text: 'Rebels in Mali blocked transport into Bamako on Tuesday.', events: [e('PROTEST', 'MLI', 'MLI', { date: '2024-03-12' })] },
  // a declared halt of fire is CONCEDE; captives released by unnamed captors were held where they were freed
  { text: 'The Azerbaijani president said his forces would stop shelling Armenian villages from Sunday.', events: [e('CONCEDE', 'AZE', 'ARM')] },
  { text: 'Twelve Turkish sailors were released in southern Nigeria on Monday.', events: [e('RETREAT', 'NGA', 'TUR', { date: '2024-03-11' })] },
  // protesters abroad protest against the country where they rally; a place after one adjective
  { text: 'Hundreds of Eritrean refugees rioted at a detention camp in northern Israel on Monday.', events: [e('PROTEST', 'ERI', 'ISR', { date: '2024-03-11' })] },
  { text: 'Hundreds of Iraqi Kurds rallied in the city of Erbil on Sunday.', events: [e('PROTEST', 'IRQ', 'IRQ', { date: '2024-03-10' })] },
  { text: 'Israeli soldiers stayed on alert in the occupied West Bank on Friday.', events: [e('MOBILIZE', 'ISR', 'PSE', { date: '2024-03-15' })] },
  // fire opened to disperse a crowd falls on the crowd at home
  { text: 'Egyptian riot police opened fire to disperse Islamist protesters in Alexandria.', events: [e('ASSAULT', 'EGY', 'EGY'), e('COERCE', 'EGY', 'EGY')] },
  // seizing a ship is COERCE, a town ASSAULT; "to" after "bowed"/"gave in" is a preposition
  { text: 'Iran seized a British tanker in the Gulf.', events: [e('COERCE', 'IRN', 'GBR')] },
  { text: 'She gave in to temptation.', events: [] },
  { text: 'Russia held military drills with Belarus.', events: [e('COOPERATE', 'RUS', 'BLR')] },
  // "to allow" after a noun is a purpose, not a concession; "will allow" is also a promise
  { text: 'The Hungarian prime minister left the hall so the remaining EU leaders could vote.', events: [] },
  { text: 'Syria will allow the return of UN inspectors.', events: [e('CONCEDE', 'SYR', 'UN', { modality: 'planned' }), e('AGREE', 'SYR', 'UN')] },
  // readiness to impose martial law is a threat; intelligence provided to a party is aid
  { text: 'The Iraqi government said it was ready to impose martial law.', events: [e('THREATEN', 'IRQ', 'IRQ')] },
  { text: 'The United States is providing military intelligence to Ukraine.', events: [e('AID', 'USA', 'UKR')] },
  // "to arrest" after a noun is that act's purpose, not the clause subject's arrest
  { text: 'European Union leaders agreed sanctions against Belarus amid anger over the diversion of a flight between two member states to arrest a blogger.', events: [e('SANCTION', 'EU', 'BLR', { modality: 'planned' })] },
  // a participle right after "X said," is X's act
  { text: '"Enough is enough," the Venezuelan president said, ordering Colombian diplomats to leave within two days.', events: [e('SANCTION', 'VEN', 'COL')] },
  // amounts inside a noun phrase; "hit by" and "returned to" are not the act; carriers sent toward X
  { text: 'The IMF approved a $3 billion loan for Egypt.', events: [e('AID', 'IMF', 'EGY')] },
  { text: 'The Ukrainian drones hit by Russian air defences fell near Kursk.', events: [] },
  { text: 'Ethiopian troops went back to the capital of Tigray.', events: [] },
  { text: 'The storm hit Bangladesh on Monday.', events: [] },
  { text: 'The United States sent two aircraft carriers toward Iran.', events: [e('MOBILIZE', 'USA', 'IRN')] },
  // restrictions imposed abroad are SANCTION; dissolving parliament is ordinary politics
  { text: 'The United States imposed visa restrictions on Ugandan officials.', events: [e('SANCTION', 'USA', 'UGA')] },
  { text: 'The Indian prime minister dissolved parliament on Monday.', events: [] },
  { text: 'Turkish troops fired at Syrian border guards.', events: [e('ASSAULT', 'TUR', 'SYR')] },
  { text: 'Russia pulled its forces back from positions in northern Ukraine.', events: [e('RETREAT', 'RUS', 'UKR')] },
  // the agent of a participle that stages the noun's act ("called by", "sent by"); scrambled jets are their side's
  { text: 'A general strike called by Colombian unions paralysed Bogota on Wednesday.', events: [e('PROTEST', 'COL', 'COL', { date: '2024-03-13' })] },
  { text: 'Humanitarian aid sent by Egypt to Gaza arrived on Sunday.', events: [e('AID', 'EGY', 'PSE')] },
  { text: 'A strike by Israeli warplanes killed five people.', events: [] },
  { text: 'Turkish F-16 jets were scrambled toward Greek fighters over the Aegean.', events: [e('MOBILIZE', 'TUR', 'GRC')] },
  // an effort or plan to overthrow is no coup
  { text: 'Insurgents in Chad kept up their campaign to topple the government.', events: [] },
  // an arrest names its target with "of"; a press release is no release
  { text: 'The arrest of two Canadians by Chinese authorities strained relations.', events: [e('COERCE', 'CHN', 'CAN')] },
  { text: 'The ministry issued a press release on Monday.', events: [] },
  // "they attempted to ...": the pronoun reaches the speaker through the catenative verb
  { text: 'Somali militants said they had tried to assassinate the Kenyan ambassador.', events: [e('ASSAULT', 'SOM', 'KEN')] },
  // "announced Wednesday it would": the pronoun is the announcer, across the date
  { text: 'The United States announced Tuesday it would prohibit any aid to Albanian militants.', events: [e('SANCTION', 'USA', 'ALB', { modality: 'planned' })] },
  { text: 'Britain announced on Friday that it would expel three Russian diplomats.', events: [e('SANCTION', 'GBR', 'RUS', { modality: 'planned' })] },
  // unnamed protesters protest where they rally, against the party they defy or name
  { text: 'Students blocked roads across Hong Kong in open defiance of the Chinese government.', events: [e('PROTEST', 'HKG', 'CHN')] },
  { text: 'Hundreds of people marched in Paris against Israel.', events: [e('PROTEST', 'FRA', 'ISR')] },
  { text: 'Farmers blocked roads in Kenya on Monday.', events: [e('PROTEST', 'KEN', 'KEN', { date: '2024-03-11' })] },
  { text: 'Azerbaijan closed the Lachin corridor to Armenian traffic.', events: [e('SANCTION', 'AZE', 'ARM')] },
  { text: 'The company shut down its factory in Ohio.', events: [] },
  // a show of force answers the party whose move prompted it ("after X crossed ...")
  { text: 'Pakistan put its air force on high alert after Indian jets crossed the border.', events: [e('MOBILIZE', 'PAK', 'IND')] },
  { text: 'Japan scrambled fighter jets after Chinese planes approached its airspace.', events: [e('MOBILIZE', 'JPN', 'CHN')] },
  // goods arriving that were already told as sent: one act
  { text: 'Norway sent generators to Moldova on Monday. The generators from Norway reached Moldova on Wednesday.', events: [e('AID', 'NOR', 'MDA', { date: '2024-03-11' })] },
  // a phone call with an ambassador stays a call; only a call "to the ministry" is a summons
  { text: 'Poland called the Russian ambassador on Monday.', events: [e('CONSULT', 'POL', 'RUS', { date: '2024-03-11' })] },
  // a vow of force is one side's threat against the other, dated by the vow, not a planned two-sided fight
  { text: 'The Houthis vowed on Tuesday to fight Saudi Arabia.', events: [e('THREATEN', 'YEM', 'SAU', { modality: 'asserted', date: '2024-03-12' })] },
  { text: 'Azerbaijan swore to attack Armenia.', events: [e('THREATEN', 'AZE', 'ARM', { modality: 'asserted' })] },
  // a vow to withdraw stays a promise
  { text: 'Russia vowed to withdraw its troops from Moldova.', events: [e('AGREE', 'RUS', 'MDA'), e('RETREAT', 'RUS', 'MDA', { modality: 'planned' })] },
  // a sentence-opening participle is a verb even when the tagger reads it as a name
  { text: "Hailing Ghana's decision, the Togolese foreign minister said trade would resume.", events: [e('SUPPORT', 'TGO', 'GHA')] },
  // (the tagger reads this "Hailing" as NNP)
  { text: "Hailing Kenya's offer, the Somali minister said talks would continue.", events: [e('SUPPORT', 'SOM', 'KEN')] },
  // "they" after an opening clause with no comma stands for both of its coordinated subjects
  { text: 'After Ghana and Togo met in Accra on Tuesday they agreed to reopen the border.', events: [e('CONSULT', 'GHA', 'TGO', { date: '2024-03-12' }), e('AGREE', 'GHA', 'TGO', { date: '2024-03-12' })] },
  // an opening participle's content ends at its comma; "its embassy" is the source's own, not a target
  { text: 'Condemning the attack on its embassy, Denmark summoned the Iranian envoy.', events: [e('ACCUSE', 'DNK', 'IRN')] },
  // retaliation told as done names no category of its own
  { text: 'Pakistan retaliated against India.', events: [] },
  { text: 'Pakistan vowed on Thursday to retaliate against India.', events: [e('THREATEN', 'PAK', 'IND', { modality: 'asserted', date: '2024-03-14' })] },
  // goods whose origin is told in a participle phrase between commas
  { text: 'As many as 20,000 tents, dispatched from Japan, reached Turkey on Monday.', events: [e('AID', 'JPN', 'TUR', { date: '2024-03-11' })] },
  // an opening participle with a long object before its comma
  { text: "Hailing Japan's gesture as proof of close ties, the Vietnamese health minister said it was a great day.", events: [e('SUPPORT', 'VNM', 'JPN')] },
  // a joint vow to fight a scourge threatens no one and attacks no one
  { text: 'Niger and Chad vowed to fight terrorism.', events: [] },
  { text: 'Uganda and Kenya vowed on Friday to fight drug trafficking together.', events: [] },

  // claims in a free relative: the claimant blames the party named in the claim; the claim is undated
  // (the date belongs to the main clause) and its content is not coded again
  { text: 'On Monday, Lithuania expelled two Belarusian diplomats over what it said were attempts by Belarus to block its power grid.', events: [e('SANCTION', 'LTU', 'BLR', { date: '2024-03-11' }), e('ACCUSE', 'LTU', 'BLR', { date: null })] },
  { text: 'Jordan welcomed what it said was a constructive proposal by Egypt.', events: [] },

  // unnamed attackers: a blast as the subject, or a passive with no agent, strikes from the country
  // of the place — also one named past a settlement noun ("the Afghan city of Kandahar")
  { text: 'A roadside bomb outside the Afghan city of Kandahar killed two Canadian soldiers on Sunday.', events: [e('ASSAULT', 'AFG', 'CAN', { date: '2024-03-10' })] },
  { text: 'An explosion at a market in Kabul wounded three Pakistani traders.', events: [e('ASSAULT', 'AFG', 'PAK', { location: 'Kabul, AFG' })] },
  { text: 'Two Canadian soldiers were killed by a roadside bomb near the town of Kandahar.', events: [e('ASSAULT', 'AFG', 'CAN')] },
  { text: 'Thousands rallied in the southern city of Basra against power cuts.', events: [e('PROTEST', 'IRQ', 'IRQ', { location: 'Basra, IRQ' })] },
  { text: 'Russia deployed more troops in the southern city of Kherson.', events: [e('MOBILIZE', 'RUS', 'UKR', { location: 'Kherson, UKR' })] },

  // a demand as a protest's purpose is that protest, not a second act
  { text: 'Thousands of students staged demonstrations in Jakarta on Saturday to demand the resignation of the education minister.', events: [e('PROTEST', 'IDN', 'IDN', { date: '2024-03-09' })] },
  { text: 'Farmers in Kenya blocked roads on Monday to push their calls for higher maize prices.', events: [e('PROTEST', 'KEN', 'KEN', { date: '2024-03-11' })] },

  // a state's own inquiry that names no one is at home; one only mentioned, or an organisation's, is not coded
  { text: 'Kenyan authorities opened an investigation into the deaths of two protesters.', events: [e('ACCUSE', 'KEN', 'KEN')] },
  { text: 'Serbia is investigating alleged abuses by Serbian police officers against migrants.', events: [e('ACCUSE', 'SRB', 'SRB')] },
  { text: 'A Peruvian judge summoned the former minister to testify in an investigation of bribery.', events: [] },
  { text: 'The United Nations sent a team to investigate the killings.', events: [] },

  // two sides of one country (a government and its rebels) acting together or fighting: X→X between
  // distinct actors; a bracketed short form after a name is the same party
  { text: 'The Revolutionary Armed Forces of Colombia (FARC) and the Colombian government signed a peace agreement in Havana.', events: [e('SUPPORT', 'COL', 'COL')] },
  { text: 'The Sudanese army and the Rapid Support Forces agreed to a 72-hour truce.', events: [e('AGREE', 'SDN', 'SDN')] },
  { text: "Ethiopia's government and the TPLF held peace talks in Pretoria.", events: [e('CONSULT', 'ETH', 'ETH')] },
  { text: 'Heavy fighting broke out between the Sudanese army and the Rapid Support Forces.', events: [e('ASSAULT', 'SDN', 'SDN')] },
  { text: 'The Sudanese army agreed to a truce.', events: [] },
  { text: "Speaking on Monday, Mohammed Salem, Iraq's ambassador to Egypt, discussed the embargo.", events: [] },

  // a call for one's own strike stages it; a call to end protests is a request
  { text: 'BOGOTA (AP) — Labour unions called for a national strike on Wednesday.', events: [e('PROTEST', 'COL', 'COL', { location: 'Bogota, COL' })] },
  { text: 'The UN called for an end to the protests in Kenya.', events: [e('REQUEST', 'UN', 'KEN')] },

  // captors the clause does not name: the country asked "at the request of" someone, else the
  // captor of the same captive's earlier coercion; "sentenced to 16 years / to death" is a passive
  { text: 'Two Britons were sentenced to death in Iran.', events: [e('COERCE', 'IRN', 'GBR')] },
  { text: 'An American reporter was arrested in Russia in March. The American reporter was sentenced to 16 years in prison.', events: [e('COERCE', 'RUS', 'USA', { date: '2024-03' }), e('COERCE', 'RUS', 'USA', { date: null })] },
  { text: 'The United States asked Chile to extradite a Peruvian banker. The Peruvian banker was detained at the request of the United States.', events: [e('REQUEST', 'USA', 'CHL'), e('REQUEST', 'USA', 'CHL'), e('COERCE', 'CHL', 'PER')] },

  // a verdict after a copula in reported speech: on the party named, else on the act's author; on
  // charges, a denial; not "there was a threat", nor an auxiliary ("were battling terrorists")
  { text: 'Russian forces shelled Kharkiv overnight. Ukraine said the attack was a war crime.', events: [e('ASSAULT', 'RUS', 'UKR'), e('ACCUSE', 'UKR', 'RUS')] },
  { text: 'Ukraine accused Russia of shelling the plant. Moscow said the accusations were baseless.', events: [e('ACCUSE', 'UKR', 'RUS'), e('REJECT', 'RUS', 'UKR')] },
  { text: 'There had been a bomb threat aimed at the flight, Latvian officials said.', events: [] },
  { text: 'Pakistan and India exchanged warning shots along the border.', events: [] },
  // a meeting named with no parties of its own: between "their" people, or of a party's members
  { text: 'Kenya and Somalia restored ties after talks between their foreign ministers.', events: [e('SUPPORT', 'KEN', 'SOM'), e('CONSULT', 'KEN', 'SOM')] },
  { text: 'An emergency meeting of European Union leaders took place in Brussels on Thursday.', events: [e('CONSULT', 'EU', 'EU', { date: '2024-03-14' })] },
  // one side agreeing to a truce in a war agrees it with the other side
  { text: 'Armenian and Azerbaijani forces clashed again on Sunday. Azerbaijan agreed to a humanitarian truce.', events: [e('ASSAULT', 'ARM,AZE', 'ARM,AZE', { date: '2024-03-10' }), e('AGREE', 'AZE', 'ARM')] },
  { text: 'Russia agreed to a ceasefire.', events: [] },
  // a diplomatic protest filed against a country is a protest note (ACCUSE), not a demonstration
  { text: 'The Philippine foreign ministry said it would file a diplomatic protest against China.', events: [e('ACCUSE', 'PHL', 'CHN', { modality: 'planned' })] },
  // an envoy recalled "to" or "in" a country was posted there
  { text: 'Algeria recalled its ambassador to France for consultations.', events: [e('SANCTION', 'DZA', 'FRA')] },
  { text: 'Mali recalled its ambassador in Algiers.', events: [e('SANCTION', 'MLI', 'DZA')] },
  // "until" a time is a time limit, not a condition put to anyone
  { text: 'Georgian opposition parties agreed to postpone a demonstration planned in Batumi until 12 November.', events: [e('AGREE', 'GEO', 'GEO'), e('PROTEST', 'GEO', 'GEO', { modality: 'planned' })] },
  // cutting ties between coordinated parties splits off the first-named; a past act after "agreed to ..." is not planned
  { text: 'Qatar and Bahrain cut diplomatic ties in 2017.', events: [e('SANCTION', 'QAT', 'BHR', { date: '2017' })] },
  { text: 'Egypt and Turkey agreed on Monday to restore relations ten years after formally severing ties.', events: [e('AGREE', 'EGY', 'TUR', { date: '2024-03-11' }), e('SUPPORT', 'EGY', 'TUR', { modality: 'planned' }), e('SANCTION', 'EGY', 'TUR')] },
  { text: 'Pakistani officials said the forces were battling terrorists in the north.', events: [] },
  // a pronoun speaker of a speaker-sourced act stands for its antecedent
  { text: "Iran's foreign minister Abbas Araghchi spoke on Monday. He said the United States must lift the sanctions.", events: [e('REQUEST', 'IRN', 'USA')] },

  // goods whose sender the sentence does not name come from the article's latest donor, unless that
  // donor already sent aid to the same receiver (the arrival of goods already told)
  { text: 'A shipment of wheat from Ukraine reached Egypt on Monday. Another shipment will arrive in Sudan on Friday.', events: [e('AID', 'UKR', 'EGY', { date: '2024-03-11' }), e('AID', 'UKR', 'SDN', { modality: 'planned' })] },
  { text: 'A shipment of wheat from Ukraine reached Egypt on Monday. The shipment arrived in Egypt after a week at sea.', events: [e('AID', 'UKR', 'EGY', { date: '2024-03-11' })] },

  // a participle after a main clause whose subject is a pronoun: the pronoun's antecedent
  { text: 'Iranian Foreign Minister Abbas Araghchi spoke to reporters on Monday. He said the talks had been useful, warning that Israel would pay a heavy price for any attack.', events: [e('THREATEN', 'IRN', 'ISR')] },

  // a pronoun with no antecedent in its sentence agrees in number and kind with the one it takes from
  // before: he/she a person, "they" not one person, "it" a state or organisation (after a person's words, his state)
  { text: 'Indian Prime Minister Narendra Modi arrived in Colombo on Monday. Sri Lankan protesters gathered outside his hotel. He urged Sri Lanka to protect the rights of Tamils.', events: [e('CONSULT', 'IND', 'LKA', { date: '2024-03-11' }), e('REQUEST', 'IND', 'LKA')] },
  { text: 'Thousands of Bangladeshi garment workers protested in Dhaka on Tuesday. She called on India to reopen the border.', events: [e('PROTEST', 'BGD', 'BGD', { date: '2024-03-12' })] },
  { text: 'Chinese fishermen clashed with the Philippine coast guard near Scarborough Shoal. He accused Manila of provoking the incident.', events: [e('ASSAULT', 'CHN,PHL', 'CHN,PHL')] },
  { text: 'Turkish President Recep Tayyip Erdogan met Kurdish rebels in Ankara. They demanded that Iraq release their prisoners.', events: [e('CONSULT', 'TUR', 'TUR'), e('REQUEST', 'TUR', 'IRQ')] },
  { text: 'Chilean Foreign Minister Alberto van Klaveren spoke in Santiago on Monday. It also urged Bolivia to return to talks.', events: [e('REQUEST', 'CHL', 'BOL')] },
  { text: 'Greek Prime Minister Kyriakos Mitsotakis visited Cyprus on Monday. It was unlikely to change anything.', events: [e('CONSULT', 'GRC', 'CYP', { date: '2024-03-11' })] },
  // a sentence with no act whose subject is a pronoun keeps the previous source: a party named after its
  // main verb is an object, not the one the next "it" stands for
  { text: 'The African Union said on Tuesday that Gabon was suspended from the bloc. However, it stopped short of the border closures that cut off landlocked Niger last year. It also did not call for General Brice Oligui Nguema to resign.', events: [e('SANCTION', 'AU', 'GAB', { date: '2024-03-12' }), e('REQUEST', 'AU', 'GAB', { negated: true })] },
  { text: 'The Arab League issued a statement on Sunday. It mentioned the refugees who have fled from Sudan into Chad. It also urged Egypt to open its border.', events: [e('REQUEST', 'LAS', 'EGY')] },
  // a definite count of parties ("the two rivals", "the two Asian giants", "both parties") stands for the
  // parties named before; "the three other states" are parties besides them, which it does not name
  { text: 'Serbia and Kosovo met in Brussels on Monday. The two rivals accused each other of stalling.', events: [e('CONSULT', 'SRB', 'XKX', { date: '2024-03-11' }), e('ACCUSE', 'SRB,XKX', 'SRB,XKX')] },
  { text: 'India and China held talks on Monday. The two Asian giants agreed to pull back troops.', events: [e('CONSULT', 'IND', 'CHN', { date: '2024-03-11' }), e('AGREE', 'IND', 'CHN')] },
  { text: 'Armenia and Azerbaijan met in Geneva on Monday. Both parties agreed to release prisoners.', events: [e('CONSULT', 'ARM', 'AZE', { date: '2024-03-11' }), e('AGREE', 'ARM', 'AZE')] },
  { text: 'Qatar and Oman held talks on Monday. The three other states rejected the plan.', events: [e('CONSULT', 'QAT', 'OMN', { date: '2024-03-11' })] },
];

/**
 * One sentence per lexicon pattern that the suite above does not already exercise; the test
 * checks that the named pattern produced the first expected event.
 */
export const PATTERN_SENTENCES: Record<string, SentenceCase> = {
  'accuse.call-in': { text: 'Germany called in the Russian ambassador on Tuesday.', events: [e('ACCUSE', 'DEU', 'RUS', { date: '2024-03-12' })] },
  'accuse.lambaste': { text: 'Venezuela lambasted Guyana over the oil auction.', events: [e('ACCUSE', 'VEN', 'GUY')] },
  'accuse.castigate': { text: 'Hungary castigated the European Commission for its migration policy.', events: [e('ACCUSE', 'HUN', 'EU')] },
  'accuse.chide': { text: 'The United States chided Israel over the settlements.', events: [e('ACCUSE', 'USA', 'ISR')] },
  'accuse.assail': { text: 'Iran assailed Saudi Arabia over the executions.', events: [e('ACCUSE', 'IRN', 'SAU')] },
  'accuse.berate': { text: 'Turkey berated Greece for its treatment of migrants.', events: [e('ACCUSE', 'TUR', 'GRC')] },
  'accuse.reprimand': { text: 'China reprimanded the Philippines for the collision.', events: [e('ACCUSE', 'CHN', 'PHL')] },
  'accuse.excoriate': { text: 'Russia excoriated NATO for the exercises.', events: [e('ACCUSE', 'RUS', 'NATO')] },
  'accuse.scold': { text: 'Brazil scolded Argentina over the trade restrictions.', events: [e('ACCUSE', 'BRA', 'ARG')] },
  'reject.brush-aside': { text: 'Serbia brushed aside criticism from Kosovo.', events: [e('REJECT', 'SRB', 'XKX')] },
  'reject.shrug-off': { text: 'Pakistan shrugged off the warning from India.', events: [e('REJECT', 'PAK', 'IND')] },
  'request.plead': { text: 'Haiti pleaded with Kenya for more police officers.', events: [e('REQUEST', 'HTI', 'KEN')] },
  'request.petition': { text: 'Bolivia petitioned Chile for access to the sea.', events: [e('REQUEST', 'BOL', 'CHL')] },
  'request.exhort': { text: 'The African Union exhorted Sudan to end the fighting.', events: [e('REQUEST', 'AU', 'SDN')] },
  'support.laud': { text: 'Qatar lauded Egypt for its mediation.', events: [e('SUPPORT', 'QAT', 'EGY')] },
  'support.salute': { text: 'France saluted Morocco for its help after the earthquake.', events: [e('SUPPORT', 'FRA', 'MAR')] },
  'support.extol': { text: 'Pakistan extolled China as an iron brother.', events: [e('SUPPORT', 'PAK', 'CHN')] },
  'agree.consent': { text: 'Sudan consented to the deployment of African Union troops.', events: [e('AGREE', 'SDN', 'AU')] },
  'agree.undertake': { text: 'Iran undertook to give the IAEA access to the site.', events: [e('AGREE', 'IRN', 'IAEA')] },
  'request.call-noun': { text: 'Egypt renewed its call for Israel to withdraw from Rafah.', events: [e('REQUEST', 'EGY', 'ISR')] },
  'request.plea': { text: 'Kenya made a plea to Ethiopia for help.', events: [e('REQUEST', 'KEN', 'ETH')] },
  'request.request-noun': { text: 'Iraq sent a request to Iran for the extradition of the suspect.', events: [e('REQUEST', 'IRQ', 'IRN')] },
  'request.turn-to': { text: 'Armenia turned to Russia for help.', events: [e('REQUEST', 'ARM', 'RUS')] },
  'agree.vow': { text: 'US President Joe Biden vowed to defend Taiwan.', events: [e('AGREE', 'USA', 'TWN'), e('SUPPORT', 'USA', 'TWN', { modality: 'planned' })] },
  'accuse.protest-to': { text: 'Tokyo protested to Beijing over the incursion.', events: [e('ACCUSE', 'JPN', 'CHN')] },
  'accuse.voice-concern': { text: 'Seoul voiced regret over Tokyo\'s decision.', events: [e('ACCUSE', 'KOR', 'JPN')] },
  'reject.refute': { text: 'India refuted Pakistan\'s claims.', events: [e('REJECT', 'IND', 'PAK')] },
  'request.expect-follow-suit': { text: 'President Vladimir Putin said he expected Georgia to follow suit soon.', events: [e('REQUEST', 'RUS', 'GEO')] },
  'request.want-follow-suit': { text: 'Greece wants Turkey to reciprocate.', events: [e('REQUEST', 'GRC', 'TUR')] },
  'request.hope-follow-suit': { text: 'China hopes Japan will reciprocate.', events: [e('REQUEST', 'CHN', 'JPN')] },
  'support.congratulations': { text: '"Congratulations to Kenya and Somalia on the agreement," US President Joe Biden said.', events: [e('SUPPORT', 'USA', 'KEN,SOM')] },
  'agree.prepared': { text: 'Algeria said it was prepared to lift its ban on Moroccan flights.', events: [e('AGREE', 'DZA', 'MAR'), e('CONCEDE', 'DZA', 'MAR', { modality: 'hypothetical' })] },
  'accuse.violate': { text: 'Armenia said Azerbaijan violated the ceasefire on Sunday.', events: [e('ACCUSE', 'ARM', 'AZE', { date: '2024-03-10' })] },
  'accuse.breach': { text: 'Ukraine said Russian troops had breached the truce.', events: [e('ACCUSE', 'UKR', 'RUS')] },
  'support.voice-support': { text: 'Brazil voiced solidarity with Cuba.', events: [e('SUPPORT', 'BRA', 'CUB')] },
  'support.reaffirm-support': { text: 'Germany reaffirmed its support for Ukraine on Monday.', events: [e('SUPPORT', 'DEU', 'UKR', { date: '2024-03-11' })] },
  'support.reiterate-support': { text: 'Canada reiterated its backing for the Philippines.', events: [e('SUPPORT', 'CAN', 'PHL')] },
  'support.pledge-support': { text: 'Turkey pledged support for Azerbaijan.', events: [e('SUPPORT', 'TUR', 'AZE')] },
  'support.declare-support': { text: 'Algeria declared its solidarity with Tunisia.', events: [e('SUPPORT', 'DZA', 'TUN')] },
  'support.show-support': { text: 'Thousands of Irish citizens showed solidarity with Palestinians.', events: [e('SUPPORT', 'IRL', 'PSE')] },
  'support.extend-support': { text: 'Japan extended its full support to the Philippines.', events: [e('SUPPORT', 'JPN', 'PHL')] },
  'request.ask-for': { text: 'Iraq asked for help from Iran.', events: [e('REQUEST', 'IRQ', 'IRN')] },
  'request.propose': { text: 'Egypt proposed a truce to Israel.', events: [e('REQUEST', 'EGY', 'ISR')] },
  'request.encourage': { text: 'Norway encouraged Iran to return to the talks.', events: [e('REQUEST', 'NOR', 'IRN')] },
  'reject.rule-out': { text: 'Serbia ruled out recognizing Kosovo.', events: [e('REJECT', 'SRB', 'XKX')] },
  'reject.spurn': { text: 'Armenia spurned an offer from Turkey.', events: [e('REJECT', 'ARM', 'TUR')] },
  'accuse.call-verdict': { text: 'Russia fired a missile at Kyiv. Poland called it a provocation.', events: [e('ASSAULT', 'RUS', 'UKR'), e('ACCUSE', 'POL', 'RUS')] },
  'accuse.describe-verdict': { text: 'Serbia raised tariffs on goods from Bosnia. Bosnia described the move as an unfriendly act.', events: [e('SANCTION', 'SRB', 'BIH'), e('ACCUSE', 'BIH', 'SRB')] },
  'accuse.term-verdict': { text: 'Russia expelled two Estonian diplomats. Estonia termed the decision unjustified.', events: [e('SANCTION', 'RUS', 'EST'), e('ACCUSE', 'EST', 'RUS')] },
  'accuse.brand-verdict': { text: 'Ukraine branded Russia a terrorist state.', events: [e('ACCUSE', 'UKR', 'RUS')] },
  'accuse.label-verdict': { text: 'Taiwan labelled the Chinese drills a provocation.', events: [e('ACCUSE', 'TWN', 'CHN')] },
  'accuse.dub-verdict': { text: 'The United States imposed new sanctions on Iran. Tehran dubbed the sanctions economic terrorism.', events: [e('SANCTION', 'USA', 'IRN'), e('ACCUSE', 'IRN', 'USA')] },
  'support.call-verdict': { text: 'Japan lifted its sanctions on South Korea. Seoul called the decision "a welcome step".', events: [e('CONCEDE', 'JPN', 'KOR'), e('SUPPORT', 'KOR', 'JPN')] },
  'support.describe-verdict': { text: 'France lifted its sanctions on Iran. Germany described the move as a positive step.', events: [e('CONCEDE', 'FRA', 'IRN'), e('SUPPORT', 'DEU', 'FRA')] },
  'support.term-verdict': { text: 'Kenya and Somalia restored diplomatic ties. Ethiopia termed the decision a milestone for the region.', events: [e('SUPPORT', 'KEN', 'SOM'), e('SUPPORT', 'ETH', 'KEN')] },
  'request.at-request': { text: 'Chile extradited the banker at the request of Argentina.', events: [e('REQUEST', 'ARG', 'CHL')] },
  'agree.assure': { text: 'Qatar assured Egypt of its continued support.', events: [e('AGREE', 'QAT', 'EGY')] },
  'agree.breakthrough': { text: 'Serbia and Kosovo made a breakthrough in the talks, the EU envoy said.', events: [e('AGREE', 'SRB', 'XKX'), e('CONSULT', 'SRB', 'XKX')] },
  'agree.consensus': { text: 'Sudan and South Sudan reached a consensus on oil transit fees.', events: [e('AGREE', 'SDN', 'SSD')] },
  'agree.ready': { text: 'Ghana is ready to send election observers to Liberia.', events: [e('AGREE', 'GHA', 'LBR')] },
  'consult.meeting': { text: 'A meeting between Iraq and Kuwait took place in Baghdad.', events: [e('CONSULT', 'IRQ', 'KWT')] },
  'consult.discussion': { text: 'Cuban and Russian officials held discussions on energy supplies.', events: [e('CONSULT', 'CUB', 'RUS')] },
  'consult.negotiate': { text: 'Bolivia negotiated with Chile over access to the sea.', events: [e('CONSULT', 'BOL', 'CHL')] },
  'consult.negotiation': { text: 'Negotiations between Ethiopia and Sudan resumed on Tuesday.', events: [e('CONSULT', 'ETH', 'SDN', { date: '2024-03-12' })] },
  'consult.dialogue': { text: 'Mexico opened a dialogue with Guatemala on migration.', events: [e('CONSULT', 'MEX', 'GTM')] },
  'consult.consultation': { text: 'Latvia held consultations with Lithuania on the rail project.', events: [e('CONSULT', 'LVA', 'LTU')] },
  'consult.consult': { text: 'Rwanda consulted Burundi before closing the crossing.', events: [e('CONSULT', 'RWA', 'BDI')] },
  'consult.confer': { text: 'Jordan conferred with Iraq about water sharing.', events: [e('CONSULT', 'JOR', 'IRQ')] },
  'consult.phone-call': { text: 'Italy and Tunisia held a phone call on migration.', events: [e('CONSULT', 'ITA', 'TUN')] },
  'consult.phone': { text: 'The Estonian prime minister phoned the Finnish president on Friday.', events: [e('CONSULT', 'EST', 'FIN', { date: '2024-03-15' })] },
  'consult.visit-noun': { text: 'Peru announced a state visit to Ecuador by its president.', events: [e('CONSULT', 'PER', 'ECU')] },
  'consult.trip': { text: 'The Danish foreign minister began a trip to Greenland and Iceland.', events: [e('CONSULT', 'DNK', 'GRL,ISL')] },
  'consult.receive': { text: 'Algerian President Abdelmadjid Tebboune received the Tunisian foreign minister.', events: [e('CONSULT', 'TUN', 'DZA')] },
  'consult.conference': { text: 'Egypt hosted a peace conference on Sudan in Cairo.', events: [e('CONSULT', 'EGY', 'EGY')] },
  'consult.broker': { text: 'Turkey brokered a grain deal between Russia and Ukraine.', events: [e('CONSULT', 'TUR', 'RUS,UKR')] },
  'consult.mediation': { text: 'Kuwaiti mediation between Saudi Arabia and Qatar ended the dispute.', events: [e('CONSULT', 'KWT', 'SAU,QAT')] },
  'support.commend': { text: 'Britain commended Ghana for the peaceful transfer of power.', events: [e('SUPPORT', 'GBR', 'GHA')] },
  'support.applaud': { text: 'Canada applauded Mexico for its new labour law.', events: [e('SUPPORT', 'CAN', 'MEX')] },
  'support.endorse': { text: 'Pakistan endorsed Saudi Arabia for the Expo bid.', events: [e('SUPPORT', 'PAK', 'SAU')] },
  'support.back': { text: 'Brazil backed Argentina in its claim to the islands.', events: [e('SUPPORT', 'BRA', 'ARG')] },
  'consult.telephone': { text: 'The Greek prime minister telephoned the Turkish president after the earthquake.', events: [e('CONSULT', 'GRC', 'TUR')] },
  'consult.call': { text: 'The Polish president called the Lithuanian president on Sunday.', events: [e('CONSULT', 'POL', 'LTU', { date: '2024-03-10' })] },
  'support.upgrade': { text: 'Czechia and Albania upgraded their diplomatic ties.', events: [e('SUPPORT', 'CZE', 'ALB')] },
  'support.renew': { text: 'Iran and Egypt renewed diplomatic relations.', events: [e('SUPPORT', 'IRN', 'EGY')] },
  'support.reopen-embassy': { text: 'Britain reopened its embassy in Iran.', events: [e('SUPPORT', 'GBR', 'IRN')] },
  'sanction.tax': { text: 'Kazakhstan imposed an import tax on goods from Kyrgyzstan.', events: [e('SANCTION', 'KAZ', 'KGZ')] },
  'support.ratify': { text: 'Sweden and Hungary ratified the treaty.', events: [e('SUPPORT', 'SWE', 'HUN')] },
  'support.resume': { text: 'Egypt and Turkey resumed diplomatic relations.', events: [e('SUPPORT', 'EGY', 'TUR')] },
  'support.support': { text: 'Kenya supports Somalia in its fight against the militants.', events: [e('SUPPORT', 'KEN', 'SOM')] },
  'support.welcome-noun': { text: 'Lebanon gave a warm welcome to the Cypriot president.', events: [e('SUPPORT', 'LBN', 'CYP')] },
  'support.defend': { text: 'China defended Russia at the Security Council.', events: [e('SUPPORT', 'CHN', 'RUS')] },
  'support.approve': { text: 'The European Union approved Ukraine as a candidate for membership.', events: [e('SUPPORT', 'EU', 'UKR')] },
  'concede.announce-ceasefire': { text: 'Israel announced a ceasefire with Lebanon.', events: [e('CONCEDE', 'ISR', 'LBN')] },
  'concede.pardon': { text: 'Belarus pardoned a jailed Polish activist.', events: [e('CONCEDE', 'BLR', 'POL')] },
  'concede.accept-demands': { text: 'Mozambique accepted demands from Malawi over the border post.', events: [e('CONCEDE', 'MOZ', 'MWI')] },
  'concede.shorten-curfew': { text: 'Ecuador shortened the curfew in Guayaquil.', events: [e('CONCEDE', 'ECU', 'ECU')] },
  'cooperate.exercise-with': { text: 'Singapore conducted an exercise with Australia off Darwin.', events: [e('COOPERATE', 'SGP', 'AUS')] },
  'cooperate.drill-with': { text: 'Armenian troops held drills with American soldiers.', events: [e('COOPERATE', 'ARM', 'USA')] },
  'cooperate.cooperation': { text: 'Cooperation between Egypt and Greece on gas exports expanded.', events: [e('COOPERATE', 'EGY', 'GRC')] },
  'cooperate.war-games': { text: 'Thai and American troops began war games on Monday.', events: [e('COOPERATE', 'THA', 'USA', { date: '2024-03-11' })] },
  'aid.aid': { text: 'Saudi aid to Yemen reached the port of Aden.', events: [e('AID', 'SAU', 'YEM')] },
  'aid.assistance': { text: 'Qatar announced new assistance for Gaza.', events: [e('AID', 'QAT', 'PSE')] },
  'aid.supply': { text: 'Iran supplied Russia with drones, the report said.', events: [e('AID', 'IRN', 'RUS')] },
  'aid.donate': { text: 'South Korea donated rice to Ethiopia.', events: [e('AID', 'KOR', 'ETH')] },
  'aid.bailout': { text: 'The IMF approved a bailout for Egypt.', events: [e('AID', 'IMF', 'EGY')] },
  'aid.give': { text: 'Norway gave Mozambique 20 million dollars in relief funds.', events: [e('AID', 'NOR', 'MOZ')] },
  'aid.hand-over': { text: 'Poland handed over tanks and ammunition to Ukraine.', events: [e('AID', 'POL', 'UKR')] },
  'retreat.pull-out': { text: 'Mali asked UN peacekeepers to leave, and the United Nations pulled out of Kidal.', events: [e('REQUEST', 'MLI', 'UN'), e('RETREAT', 'UN', 'MLI')] },
  'retreat.pull-back': { text: 'Indian troops pulled back from the border with China.', events: [e('RETREAT', 'IND', 'CHN')] },
  'retreat.withdrawal': { text: 'The withdrawal of French troops from Niger was completed.', events: [e('RETREAT', 'FRA', 'NER')] },
  'retreat.retreat': { text: 'Azerbaijani forces retreated from Armenian territory.', events: [e('RETREAT', 'AZE', 'ARM')] },
  'retreat.repatriate': { text: 'Bangladesh repatriated Burmese fishermen to Myanmar.', events: [e('RETREAT', 'BGD', 'MMR')] },
  'retreat.swap-prisoners': { text: 'Armenia and Azerbaijan swapped prisoners at the border.', events: [e('RETREAT', 'ARM,AZE', 'ARM,AZE')] },
  'request.call-upon': { text: 'Uganda called upon Kenya to reopen the pipeline.', events: [e('REQUEST', 'UGA', 'KEN')] },
  'request.call-for': { text: 'Ireland called for talks with Britain on the protocol.', events: [e('REQUEST', 'IRL', 'GBR')] },
  'request.press': { text: 'Washington pressed Seoul to raise its share of defence costs.', events: [e('REQUEST', 'USA', 'KOR')] },
  'request.pressure': { text: 'Germany pressured Hungary to drop its veto.', events: [e('REQUEST', 'DEU', 'HUN')] },
  'request.implore': { text: 'Haiti implored the United States to send police.', events: [e('REQUEST', 'HTI', 'USA')] },
  'request.seek': { text: 'Ukraine sought help from Japan with demining.', events: [e('REQUEST', 'UKR', 'JPN')] },
  'request.demand-noun': { text: 'Armenia repeated its demand to Azerbaijan for the return of prisoners.', events: [e('REQUEST', 'ARM', 'AZE')] },
  'accuse.condemnation': { text: 'Saudi condemnation of Sweden followed the burning of a Koran.', events: [e('ACCUSE', 'SAU', 'SWE')] },
  'accuse.criticism': { text: 'Dutch criticism of Indonesia grew after the report.', events: [e('ACCUSE', 'NLD', 'IDN')] },
  'reject.reject': { text: 'Indonesia rejected Dutch criticism of its palm oil policy.', events: [e('REJECT', 'IDN', 'NLD')] },
  'accuse.decry': { text: 'Iraq decried the Turkish strikes in Kurdistan.', events: [e('ACCUSE', 'IRQ', 'TUR')] },
  'accuse.deplore': { text: 'The Vatican deplored the Nicaraguan crackdown on priests.', events: [e('ACCUSE', 'VAT', 'NIC')] },
  'accuse.censure': { text: 'The European Parliament censured Azerbaijan over the elections.', events: [e('ACCUSE', 'EU', 'AZE')] },
  'accuse.slam': { text: 'Beijing slammed Manila over the shoal incident.', events: [e('ACCUSE', 'CHN', 'PHL')] },
  'accuse.rebuke': { text: 'Spain rebuked Argentina for the president\'s remarks.', events: [e('ACCUSE', 'ESP', 'ARG')] },
  'accuse.allege': { text: 'Ukraine alleged that Russian troops had mined the dam.', events: [e('ACCUSE', 'UKR', 'RUS')] },
  'accuse.hit-out': { text: 'Moscow hit out at Finland over the border closure.', events: [e('ACCUSE', 'RUS', 'FIN')] },
  'accuse.opposition': { text: 'Egypt voiced its opposition to Ethiopia\'s dam plans.', events: [e('ACCUSE', 'EGY', 'ETH')] },
  'accuse.investigate': { text: 'Brazilian police investigated Paraguayan smugglers.', events: [e('ACCUSE', 'BRA', 'PRY')] },
  'accuse.investigation': { text: 'Germany opened an investigation into Chinese spies.', events: [e('ACCUSE', 'DEU', 'CHN')] },
  'accuse.indict': { text: 'A US court indicted an Iranian hacker.', events: [e('ACCUSE', 'USA', 'IRN')] },
  'accuse.charge': { text: 'French prosecutors charged a Russian national with espionage.', events: [e('ACCUSE', 'FRA', 'RUS')] },
  'accuse.complain': { text: 'Cambodia complained about Thai troops on its side of the border.', events: [e('ACCUSE', 'KHM', 'THA')] },
  'accuse.travel-advisory': { text: 'Japan issued a travel advisory for Haiti.', events: [e('ACCUSE', 'JPN', 'HTI')] },
  'reject.decline': { text: 'Switzerland declined to join the sanctions against China.', events: [e('REJECT', 'CHE', 'CHN')] },
  'reject.rebuff': { text: 'Taiwan rebuffed Chinese calls for talks.', events: [e('REJECT', 'TWN', 'CHN')] },
  'reject.oppose': { text: 'Greece opposed Turkish drilling near Crete.', events: [e('REJECT', 'GRC', 'TUR')] },
  'reject.defy': { text: 'North Korea defied the United Nations with another launch.', events: [e('REJECT', 'PRK', 'UN')] },
  'reject.refusal': { text: 'The refusal by Hungary to approve aid for Ukraine angered other members.', events: [e('REJECT', 'HUN', 'UKR')] },
  'reject.rejection': { text: 'The Israeli rejection of the French plan surprised diplomats.', events: [e('REJECT', 'ISR', 'FRA')] },
  'reject.renege': { text: 'Sudan reneged on a deal with Egypt.', events: [e('REJECT', 'SDN', 'EGY')] },
  'threaten.warning': { text: 'Russia issued a warning to Moldova about the separatist region.', events: [e('THREATEN', 'RUS', 'MDA')] },
  'protest.demonstration': { text: 'Iraqi students staged a demonstration against Turkey.', events: [e('PROTEST', 'IRQ', 'TUR')] },
  'protest.march': { text: 'Thousands of Poles marched against the government in Warsaw.', events: [e('PROTEST', 'POL', 'POL')] },
  'protest.sit-in': { text: 'Sudanese activists began a sit-in outside the army headquarters.', events: [e('PROTEST', 'SDN', 'SDN')] },
  'protest.riot': { text: 'Haitian crowds rioted in the capital.', events: [e('PROTEST', 'HTI', 'HTI')] },
  'protest.hunger-strike': { text: 'Egyptian detainees began a hunger strike.', events: [e('PROTEST', 'EGY', 'EGY')] },
  'protest.labour-strike': { text: 'Nigerian workers went on strike against the fuel price rise.', events: [e('PROTEST', 'NGA', 'NGA')] },
  'protest.walk-out': { text: 'Ukrainian diplomats walked out on the Russian envoy.', events: [e('PROTEST', 'UKR', 'RUS')] },
  'protest.leaflet': { text: 'South Korean activists sent leaflets into North Korea.', events: [e('PROTEST', 'KOR', 'PRK')] },
  'sanction.embargo': { text: 'A Turkish embargo on Armenia has lasted for decades.', events: [e('SANCTION', 'TUR', 'ARM')] },
  'sanction.tariff': { text: 'Canada slapped tariffs on Chinese electric vehicles.', events: [e('SANCTION', 'CAN', 'CHN')] },
  'sanction.duty': { text: 'Vietnam announced new duties on shrimp from Thailand.', events: [e('SANCTION', 'VNM', 'THA')] },
  'sanction.expulsion': { text: 'The expulsion of Russian diplomats from Bulgaria angered Moscow.', events: [e('SANCTION', 'BGR', 'RUS')] },
  'sanction.withdraw-diplomats': { text: 'Chad withdrew its diplomats from Sudan.', events: [e('SANCTION', 'TCD', 'SDN')] },
  'sanction.suspension': { text: 'Mali announced the suspension of French broadcasters.', events: [e('SANCTION', 'MLI', 'FRA')] },
  'sanction.sever': { text: 'Belize severed diplomatic ties with Israel.', events: [e('SANCTION', 'BLZ', 'ISR')] },
  'sanction.break-ties': { text: 'Niger broke off relations with Ukraine.', events: [e('SANCTION', 'NER', 'UKR')] },
  'sanction.downgrade': { text: 'Bahrain downgraded relations with Lebanon.', events: [e('SANCTION', 'BHR', 'LBN')] },
  'sanction.ban': { text: 'Lithuania banned Belarusian trucks from its roads.', events: [e('SANCTION', 'LTU', 'BLR')] },
  'sanction.blacklist': { text: 'The United States blacklisted Chinese drone makers.', events: [e('SANCTION', 'USA', 'CHN')] },
  'sanction.halt': { text: 'Germany halted arms exports to Saudi Arabia.', events: [e('SANCTION', 'DEU', 'SAU')] },
  'sanction.revoke': { text: 'Russia revoked the accreditation of Dutch journalists.', events: [e('SANCTION', 'RUS', 'NLD')] },
  'mobilize.deployment': { text: 'The British deployment of warships near Guyana irritated Venezuela.', events: [e('MOBILIZE', 'GBR', 'GUY')] },
  'mobilize.mobilize': { text: 'Ethiopia mobilized militias against Eritrea.', events: [e('MOBILIZE', 'ETH', 'ERI')] },
  'mobilize.mobilization': { text: 'Armenian mobilization against Azerbaijan began in September.', events: [e('MOBILIZE', 'ARM', 'AZE')] },
  'mobilize.buildup': { text: 'A Russian buildup near Finland worries Helsinki.', events: [e('MOBILIZE', 'RUS', 'FIN')] },
  'mobilize.send-forces': { text: 'Rwanda sent troops toward the Burundian border.', events: [e('MOBILIZE', 'RWA', 'BDI')] },
  'mobilize.reinforce': { text: 'Poland reinforced its units near Belarus.', events: [e('MOBILIZE', 'POL', 'BLR')] },
  'mobilize.strengthen-forces': { text: 'Israel strengthened its forces near Lebanon.', events: [e('MOBILIZE', 'ISR', 'LBN')] },
  'coerce.detention': { text: 'The Iranian detention of a Swedish diplomat drew protests.', events: [e('COERCE', 'IRN', 'SWE')] },
  'coerce.imprison': { text: 'Egypt imprisoned an Italian student.', events: [e('COERCE', 'EGY', 'ITA')] },
  'coerce.jail': { text: 'Turkey jailed a German journalist.', events: [e('COERCE', 'TUR', 'DEU')] },
  'coerce.prosecute': { text: 'Vietnam prosecuted a French blogger.', events: [e('COERCE', 'VNM', 'FRA')] },
  'coerce.custody': { text: 'Uzbek police took Tajik traders into custody.', events: [e('COERCE', 'UZB', 'TJK')] },
  'coerce.seizure': { text: 'The Iranian seizure of a Panamanian tanker alarmed shipping firms.', events: [e('COERCE', 'IRN', 'PAN')] },
  'coerce.confiscate': { text: 'Mongolia confiscated Chinese fishing boats.', events: [e('COERCE', 'MNG', 'CHN')] },
  'coerce.raid': { text: 'Kazakh police raided Kyrgyz markets.', events: [e('COERCE', 'KAZ', 'KGZ')] },
  'coerce.martial-law': { text: 'Ukraine extended martial law for another 90 days.', events: [e('COERCE', 'UKR', 'UKR')] },
  'coerce.intercept': { text: 'Greek coast guards intercepted a Libyan vessel.', events: [e('COERCE', 'GRC', 'LBY')] },
  'coerce.impede': { text: 'Chinese ships impeded Philippine supply boats.', events: [e('COERCE', 'CHN', 'PHL')] },
  'coerce.divert': { text: 'Belarus diverted a Lithuanian airliner.', events: [e('COERCE', 'BLR', 'LTU')] },
  'coerce.diversion': { text: 'The Belarusian diversion of a Lithuanian flight drew sanctions.', events: [e('COERCE', 'BLR', 'LTU')] },
  'assault.kidnap': { text: 'Nigerian gunmen kidnapped two Chinese engineers.', events: [e('ASSAULT', 'NGA', 'CHN')] },
  'coerce.outlaw': { text: 'Thailand outlawed the opposition party.', events: [e('COERCE', 'THA', 'THA')] },
  'coerce.demolish': { text: 'Israeli authorities demolished Palestinian homes.', events: [e('COERCE', 'ISR', 'PSE')] },
  'coerce.blockade': { text: 'Azerbaijan imposed a blockade on Armenian villages.', events: [e('COERCE', 'AZE', 'ARM')] },
  'coerce.evict': { text: 'Tunisia evicted Sudanese migrants from camps.', events: [e('COERCE', 'TUN', 'SDN')] },
  'coerce.censor': { text: 'Russia censored Estonian websites.', events: [e('COERCE', 'RUS', 'EST')] },
  'assault.attack-noun': { text: 'The Russian attack on Odesa killed civilians.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  'assault.airstrike': { text: 'Israeli airstrikes on Syria hit an airport.', events: [e('ASSAULT', 'ISR', 'SYR')] },
  'assault.air-strike': { text: 'A Turkish air strike on Iraqi territory was reported.', events: [e('ASSAULT', 'TUR', 'IRQ')] },
  'assault.bombing': { text: 'The Saudi bombing of Yemeni ports was condemned.', events: [e('ASSAULT', 'SAU', 'YEM')] },
  'assault.bombard': { text: 'Azerbaijani artillery bombarded Armenian villages.', events: [e('ASSAULT', 'AZE', 'ARM')] },
  'assault.shelling': { text: 'Russian shelling of Ukrainian towns continued.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  'assault.fire-at': { text: 'Lebanese militants fired rockets at Israel.', events: [e('ASSAULT', 'LBN', 'ISR')] },
  'assault.under-fire': { text: 'Russian positions came under fire from Ukrainian drones.', events: [e('ASSAULT', 'UKR', 'RUS')] },
  'assault.fire-noun': { text: 'Israeli artillery fire on Lebanon intensified.', events: [e('ASSAULT', 'ISR', 'LBN')] },
  'assault.takeover': { text: 'The takeover of Kabul by the Taliban shocked Western capitals.', events: [e('ASSAULT', 'AFG', 'AFG')] },
  'assault.conflict': { text: 'The conflict between Sudan and South Sudan flared again.', events: [e('ASSAULT', 'SDN,SSD', 'SDN,SSD')] },
  'assault.open-fire': { text: 'Indian troops opened fire on Pakistani positions.', events: [e('ASSAULT', 'IND', 'PAK')] },
  'assault.shoot': { text: 'Iranian guards shot at Afghan migrants.', events: [e('ASSAULT', 'IRN', 'AFG')] },
  'assault.invasion': { text: 'The Iraqi invasion of Kuwait began in 1990.', events: [e('ASSAULT', 'IRQ', 'KWT', { date: '1990' })] },
  'assault.occupy': { text: 'Armenian forces occupied Azerbaijani districts in 1993.', events: [e('ASSAULT', 'ARM', 'AZE', { date: '1993' })] },
  'assault.offensive': { text: 'The Ethiopian offensive against Eritrea failed.', events: [e('ASSAULT', 'ETH', 'ERI')] },
  'assault.incursion': { text: 'A Venezuelan incursion into Guyana was reported.', events: [e('ASSAULT', 'VEN', 'GUY')] },
  'assault.ambush': { text: 'Colombian guerrillas ambushed a Venezuelan patrol.', events: [e('ASSAULT', 'COL', 'VEN')] },
  'assault.wound': { text: 'Israeli troops wounded two Palestinian teenagers.', events: [e('ASSAULT', 'ISR', 'PSE')] },
  'assault.injure': { text: 'Chinese soldiers injured Indian troops in the clash.', events: [e('ASSAULT', 'CHN', 'IND')] },
  'assault.beat': { text: 'Croatian police beat Afghan migrants at the border.', events: [e('ASSAULT', 'HRV', 'AFG')] },
  'assault.torture': { text: 'Syrian jailers tortured Lebanese prisoners.', events: [e('ASSAULT', 'SYR', 'LBN')] },
  'assault.abuse': { text: 'Libyan guards abused Eritrean migrants.', events: [e('ASSAULT', 'LBY', 'ERI')] },
  'assault.massacre': { text: 'Serb forces massacred Bosnian Muslims in 1995.', events: [e('ASSAULT', 'SRB', 'BIH', { date: '1995' })] },
  'assault.capture': { text: 'Russian forces captured the Ukrainian town of Avdiivka.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  'assault.retake': { text: 'Azerbaijan retook Armenian-held territory in 2020.', events: [e('ASSAULT', 'AZE', 'ARM', { date: '2020' })] },
  'assault.overrun': { text: 'Somali militants overran a Kenyan army base.', events: [e('ASSAULT', 'SOM', 'KEN')] },
  'assault.raid-noun': { text: 'An Israeli raid in Jenin killed three Palestinians.', events: [e('ASSAULT', 'ISR', 'PSE')] },
  'assault.blow-up': { text: 'Ukrainian saboteurs blew up a Russian train.', events: [e('ASSAULT', 'UKR', 'RUS')] },
  'assault.assassinate': { text: 'Israeli agents assassinated an Iranian nuclear scientist.', events: [e('ASSAULT', 'ISR', 'IRN')] },
  'assault.execute': { text: 'Saudi Arabia executed two Pakistani citizens.', events: [e('ASSAULT', 'SAU', 'PAK')] },
  'assault.target': { text: 'Russian missiles targeted Ukrainian power plants.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  'threaten.regret': { text: 'Tehran said Israel would regret the strike on its consulate.', events: [e('THREATEN', 'IRN', 'ISR')] },
  'threaten.pay-price': { text: 'Moscow said Poland will pay a heavy price for expelling its diplomats.', events: [e('THREATEN', 'RUS', 'POL')] },
  'threaten.face-consequences': { text: 'Pyongyang said South Korea would face grave consequences for the drills.', events: [e('THREATEN', 'PRK', 'KOR')] },
  'sanction.not-send': { text: 'Canada announced a diplomatic boycott of the Beijing Olympics. Japan is considering not sending ministers to the Games.', events: [e('SANCTION', 'JPN', 'CHN', { modality: 'hypothetical' }), e('SANCTION', 'CAN', 'CHN')] },
  'cooperate.jointly': { text: 'Russian and Chinese warships jointly patrolled waters near Alaska. The United States deployed destroyers in response to the patrol.', events: [e('COOPERATE', 'RUS', 'CHN'), e('MOBILIZE', 'USA', 'RUS,CHN')] },
  'concede.order-withdrawal': { text: 'Ethiopian troops withdrew from Somalia. Ethiopia ordered the withdrawal on Monday.', events: [e('CONCEDE', 'ETH', 'SOM', { date: '2024-03-11' }), e('RETREAT', 'ETH', 'SOM')] },
  'concede.call-off': { text: 'Nigerian teachers called off their strike on Thursday.', events: [e('CONCEDE', 'NGA', 'NGA', { date: '2024-03-14' })] },
  'concede.concede-to': { text: 'President William Ruto conceded to demands from Kenyan protesters.', events: [e('CONCEDE', 'KEN', 'KEN')] },
  'retreat.demobilize': { text: 'Colombian rebels demobilized on Friday.', events: [e('RETREAT', 'COL', 'COL', { date: '2024-03-15' })] },
  'sanction.cut-aid': { text: 'Britain cut aid to Rwanda.', events: [e('SANCTION', 'GBR', 'RWA')] },
  'sanction.reduce-aid': { text: 'The United Nations reduced food supplies to refugees in Kenya.', events: [e('SANCTION', 'UN', 'KEN')] },
  'sanction.end-mediation': { text: 'Syrian officials ended their mediation efforts among feuding Lebanese factions.', events: [e('SANCTION', 'SYR', 'LBN')] },
  'coerce.force-out': { text: 'The Israeli army forced out hundreds of Palestinian families from their homes.', events: [e('COERCE', 'ISR', 'PSE')] },
  'coerce.hack': { text: 'North Korean agents hacked into South Korean defense networks.', events: [e('COERCE', 'PRK', 'KOR')] },
  'coerce.disperse': { text: 'Security forces in Peru dispersed protesters in Lima.', events: [e('COERCE', 'PER', 'PER')] },
  'assault.crackdown': { text: 'The Iranian crackdown on Kurdish protesters intensified.', events: [e('ASSAULT', 'IRN', 'IRN')] },
  'assault.battle': { text: 'Sudanese troops battled Chadian rebels near the border.', events: [e('ASSAULT', 'SDN,TCD', 'SDN,TCD')] },
  'assault.war': { text: 'The war between Ethiopia and Eritrea ended in 2000.', events: [e('ASSAULT', 'ETH,ERI', 'ETH,ERI')] },
  'assault.hostility': { text: 'Hostilities between Israel and Hezbollah resumed on Friday.', events: [e('ASSAULT', 'ISR,LBN', 'ISR,LBN')] },
  'accuse.not-uphold': { text: 'Peru said Bolivia had not upheld the border treaty.', events: [e('ACCUSE', 'PER', 'BOL')] },
  'accuse.not-respect': { text: 'The Greek foreign minister said Turkey had never respected the maritime accord.', events: [e('ACCUSE', 'GRC', 'TUR')] },
  'accuse.not-honor': { text: 'Officials in Seoul said Japan has not honored its commitments on labor compensation.', events: [e('ACCUSE', 'KOR', 'JPN')] },
  'accuse.not-honour': { text: 'Kenya said Somalia did not honour the fishing agreement.', events: [e('ACCUSE', 'KEN', 'SOM')] },
  'accuse.not-comply': { text: 'Inspectors from the IAEA said Iran had not complied with its safeguards obligations.', events: [e('ACCUSE', 'IAEA', 'IRN')] },
  'accuse.not-abide': { text: 'Armenia said Azerbaijan never abided by the truce terms.', events: [e('ACCUSE', 'ARM', 'AZE')] },
  'mobilize.warships-sail': { text: 'A Russian destroyer sailed near the coast of Norway on Friday.', events: [e('MOBILIZE', 'RUS', 'NOR', { date: '2024-03-15' })] },
  'consult.resolve-dispute': { text: "Kenya's president tried to resolve the dispute between Ethiopia and Egypt.", events: [e('CONSULT', 'KEN', 'ETH,EGY')] },
  'consult.reconcile': { text: 'Norway is working to reconcile Colombia and Venezuela.', events: [e('CONSULT', 'NOR', 'COL,VEN')] },
  'consult.coordinate': { text: 'Qatar coordinated the prisoner exchange between Armenia and Azerbaijan.', events: [e('CONSULT', 'QAT', 'ARM,AZE')] },
  'consult.co-ordinate': { text: 'The UAE co-ordinated the swap of prisoners between Russia and Ukraine.', events: [e('CONSULT', 'ARE', 'RUS,UKR')] },
  'assault.flare-up': { text: 'Fresh flare-ups between Indian and Pakistani troops erupted along the border.', events: [e('ASSAULT', 'IND,PAK', 'IND,PAK')] },
  'concede.declare-over': { text: 'Russia declared the military exercises near the Ukrainian border over on Friday.', events: [e('CONCEDE', 'RUS', 'UKR', { date: '2024-03-15' })] },
  'mobilize.warships-pass': { text: 'Three Chinese destroyers passed through the strait off northern Taiwan.', events: [e('MOBILIZE', 'CHN', 'TWN')] },
  'aid.ship': { text: 'Japan shipped two million vaccine doses to Vietnam on Tuesday.', events: [e('AID', 'JPN', 'VNM', { date: '2024-03-12' })] },
  'aid.dispatch': { text: 'Turkey dispatched rescue teams to Syria after the earthquake.', events: [e('AID', 'TUR', 'SYR')] },
  'aid.airlift': { text: 'Germany airlifted medical supplies to Ukraine.', events: [e('AID', 'DEU', 'UKR')] },
  'retreat.resign': { text: 'Sri Lankan Prime Minister Ranil Wickremesinghe resigned on Saturday.', events: [e('RETREAT', 'LKA', 'LKA', { date: '2024-03-09' })] },
  'retreat.resignation': { text: 'The Peruvian interior minister announced his resignation on Monday.', events: [e('RETREAT', 'PER', 'PER', { date: '2024-03-11' })] },
  'retreat.step-down': { text: 'The Bolivian president stepped down on Sunday.', events: [e('RETREAT', 'BOL', 'BOL', { date: '2024-03-10' })] },
  'retreat.return-captives': { text: 'Armenia returned 15 Azerbaijani soldiers to Baku.', events: [e('RETREAT', 'ARM', 'AZE')] },
  'sanction.order-leave': { text: 'Venezuela ordered Colombian diplomats to leave the country.', events: [e('SANCTION', 'VEN', 'COL')] },
  'sanction.give-leave': { text: 'Sudan gave the British ambassador 72 hours to leave Khartoum.', events: [e('SANCTION', 'SDN', 'GBR')] },
  'consult.send-envoy': { text: 'The African Union chairman sent his envoy to Khartoum on Monday to speak to all parties.', events: [e('CONSULT', 'AU', 'SDN', { date: '2024-03-11' })] },
  'consult.dispatch-envoy': { text: 'Qatar dispatched a delegation to Kabul.', events: [e('CONSULT', 'QAT', 'AFG')] },
  'sanction.persona-non-grata': { text: 'Latvia on Tuesday declared two Belarusian diplomats "persona non grata" and gave them three days to leave the country.', events: [e('SANCTION', 'LVA', 'BLR', { date: '2024-03-12' })] },
  'sanction.deny-entry': { text: 'The United States denied visas to Nicaraguan officials.', events: [e('SANCTION', 'USA', 'NIC')] },
  'sanction.prohibit': { text: 'Kenya prohibited exports of maize to Tanzania.', events: [e('SANCTION', 'KEN', 'TZA')] },
  'mobilize.amass': { text: 'Russia has amassed troops along its border with Ukraine.', events: [e('MOBILIZE', 'RUS', 'UKR')] },
  'mobilize.station': { text: 'The United States stationed missiles near the Russian border.', events: [e('MOBILIZE', 'USA', 'RUS')] },
  'mobilize.dispatch-forces': { text: 'Greece dispatched two frigates toward Libya.', events: [e('MOBILIZE', 'GRC', 'LBY')] },
  'coerce.coup': { text: 'Soldiers in Guinea staged a coup on Sunday.', events: [e('COERCE', 'GIN', 'GIN', { date: '2024-03-10' })] },
  'coerce.overthrow': { text: 'Sudanese generals overthrew President Omar al-Bashir in April 2019.', events: [e('COERCE', 'SDN', 'SDN', { date: '2019-04' })] },
  'coerce.depose': { text: 'The Burkinabe army deposed President Damiba.', events: [e('COERCE', 'BFA', 'BFA')] },
  'assault.abduct': { text: 'Militants in Mali abducted two German aid workers on Sunday.', events: [e('ASSAULT', 'MLI', 'DEU', { date: '2024-03-10' })] },
  'assault.abduction': { text: 'The abduction of Sudanese traders by Chadian militiamen angered Khartoum.', events: [e('ASSAULT', 'TCD', 'SDN')] },
  'assault.take-hostage': { text: 'Somali militants took three Kenyan teachers hostage.', events: [e('ASSAULT', 'SOM', 'KEN')] },
  'assault.hold-hostage': { text: 'Hamas is holding dozens of Israelis hostage in Gaza.', events: [e('ASSAULT', 'PSE', 'ISR')] },
  'coerce.state-of-emergency': { text: 'Ethiopia declared a state of emergency on Tuesday.', events: [e('COERCE', 'ETH', 'ETH', { date: '2024-03-12' })] },
  'coerce.bar': { text: 'Chinese authorities barred two Canadian journalists from leaving the country.', events: [e('COERCE', 'CHN', 'CAN')] },
  'assault.assault': { text: 'Ukrainian forces assaulted Russian positions near Kherson.', events: [e('ASSAULT', 'UKR', 'RUS')] },
  'assault.assassination': { text: 'The assassination of a Haitian president by Colombian mercenaries shocked the region.', events: [e('ASSAULT', 'COL', 'HTI')] },
  'assault.besiege': { text: 'Syrian troops besieged Aleppo for months.', events: [e('ASSAULT', 'SYR', 'SYR')] },
  'assault.siege': { text: 'The Russian siege of Mariupol lasted three months.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  'assault.bombardment': { text: 'The Israeli bombardment of Gaza continued overnight.', events: [e('ASSAULT', 'ISR', 'PSE')] },
  'assault.counteroffensive': { text: 'The Ukrainian counteroffensive against Russian forces began in June.', events: [e('ASSAULT', 'UKR', 'RUS')] },
  'assault.drive-out': { text: 'Rebels were driven out of Mekelle by Ethiopian government forces in November.', events: [e('ASSAULT', 'ETH', 'ETH')] },
  'assault.stab': { text: 'Israeli police said a Palestinian man stabbed two Israeli soldiers in Jerusalem.', events: [e('ASSAULT', 'PSE', 'ISR')] },
  'assault.behead': { text: 'Islamic State militants beheaded an American journalist in Syria.', events: [e('ASSAULT', 'SYR', 'USA')] },
  'assault.skirmish': { text: 'Indian and Chinese troops skirmished along the border on Friday.', events: [e('ASSAULT', 'IND,CHN', 'IND,CHN', { date: '2024-03-15' })] },
  'assault.gunbattle': { text: 'The gunbattle between Somali troops and Kenyan police lasted hours.', events: [e('ASSAULT', 'SOM,KEN', 'SOM,KEN')] },
  'assault.firefight': { text: 'A firefight between Pakistani and Afghan border guards killed two people.', events: [e('ASSAULT', 'PAK,AFG', 'PAK,AFG')] },
  'assault.ethnic-cleansing': { text: 'Azerbaijani forces carried out ethnic cleansing against Armenians in Karabakh.', events: [e('ASSAULT', 'AZE', 'ARM')] },
  'protest.take-to-streets': { text: 'Thousands of Kenyans took to the streets of Nairobi on Tuesday.', events: [e('PROTEST', 'KEN', 'KEN', { date: '2024-03-12' })] },
  'protest.walkout': { text: 'Israeli lawmakers staged a walkout from parliament.', events: [e('PROTEST', 'ISR', 'ISR')] },
  'coerce.ban-protest': { text: 'Police in Uganda banned opposition rallies.', events: [e('COERCE', 'UGA', 'UGA')] },
  'coerce.prevent-protest': { text: 'Turkish police prevented a demonstration by students in Ankara.', events: [e('COERCE', 'TUR', 'TUR')] },
  'retreat.stop-fire': { text: 'Russia stopped shelling Ukrainian towns on Friday.', events: [e('RETREAT', 'RUS', 'UKR', { date: '2024-03-15' })] },
  'retreat.cease-fire': { text: 'The two governments agreed that Indian and Pakistani troops would cease all firing along the border.', events: [e('RETREAT', 'IND', 'PAK', { modality: 'planned' })] },
  'retreat.forced-from-power': { text: 'Sudanese protesters forced President Bashir from power in April 2019.', events: [e('RETREAT', 'SDN', 'SDN', { date: '2019-04' })] },
  'concede.meet-demands': { text: 'The Kenyan government met the demands of Kenyan doctors on Friday.', events: [e('CONCEDE', 'KEN', 'KEN', { date: '2024-03-15' })] },
  'concede.give-in': { text: 'The Thai government gave in to protesters in Bangkok.', events: [e('CONCEDE', 'THA', 'THA')] },
  'concede.bow-to': { text: 'The Serbian government bowed to pressure from the European Union.', events: [e('CONCEDE', 'SRB', 'EU')] },
  'concede.back-down': { text: 'Serbia backed down over Kosovo.', events: [e('CONCEDE', 'SRB', 'XKX')] },
  'concede.amnesty': { text: 'The Myanmar junta granted amnesty to political prisoners on Monday.', events: [e('CONCEDE', 'MMR', 'MMR', { date: '2024-03-11' })] },
  'retreat.disarm': { text: 'Colombian rebels began to disarm in March.', events: [e('RETREAT', 'COL', 'COL')] },
  'retreat.evacuate-forces': { text: 'Russia evacuated troops from Kherson on Friday.', events: [e('RETREAT', 'RUS', 'UKR', { date: '2024-03-15' })] },
  'mobilize.military-drill': { text: 'China held military drills near Taiwan on Saturday.', events: [e('MOBILIZE', 'CHN', 'TWN', { date: '2024-03-09' })] },
  'mobilize.military-exercise': { text: 'Russia held large-scale military exercises near the Ukrainian border.', events: [e('MOBILIZE', 'RUS', 'UKR')] },
  'coerce.convict': { text: 'A Moscow court convicted an American journalist of espionage.', events: [e('COERCE', 'RUS', 'USA')] },
  'coerce.round-up': { text: 'Iranian police rounded up dozens of protesters in Tehran.', events: [e('COERCE', 'IRN', 'IRN')] },
  'assault.seize-territory': { text: 'Rebels seized the Malian town of Kidal on Saturday.', events: [e('ASSAULT', 'MLI', 'MLI', { date: '2024-03-09' })] },
  'assault.take-control': { text: 'Wagner fighters took control of the city of Bakhmut.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  'assault.recapture': { text: 'Ukrainian forces recaptured Kherson from Russian troops.', events: [e('ASSAULT', 'UKR', 'RUS')] },
  'assault.launch-projectiles': { text: 'Hezbollah launched rockets at northern Israel on Sunday.', events: [e('ASSAULT', 'LBN', 'ISR', { date: '2024-03-10' })] },
  'assault.pound': { text: 'Russian artillery pounded Ukrainian positions near Bakhmut.', events: [e('ASSAULT', 'RUS', 'UKR')] },
  'assault.crack-down': { text: 'The Iranian government cracked down on protesters in Tehran.', events: [e('ASSAULT', 'IRN', 'IRN')] },
  'assault.torture-noun': { text: 'The torture of Egyptian activists by police outraged rights groups.', events: [e('ASSAULT', 'EGY', 'EGY')] },
  'concede.allow': { text: 'The Pakistani interior minister allowed opposition leaders to return from exile.', events: [e('CONCEDE', 'PAK', 'PAK')] },
  'retreat.evacuate-settlements': { text: 'Israel will evacuate every settlement in the Gaza Strip by August.', events: [e('RETREAT', 'ISR', 'PSE', { modality: 'planned' }), e('AGREE', 'ISR', 'PSE')] },
  'aid.evacuate': { text: 'Turkish helicopters evacuated wounded civilians from Syria on Friday.', events: [e('AID', 'TUR', 'SYR', { date: '2024-03-15' })] },
  'coerce.impose-curfew': { text: 'The Thai government imposed a curfew on Bangkok.', events: [e('COERCE', 'THA', 'THA')] },
  'coerce.curfew': { text: 'Authorities in Ecuador announced a nighttime curfew in Quito.', events: [e('COERCE', 'ECU', 'ECU')] },
  'sanction.suspend-aid': { text: 'The World Food Programme suspended aid deliveries in Somalia on Monday.', events: [e('SANCTION', 'UN', 'SOM', { date: '2024-03-11' })] },
  'aid.deposit': { text: "Saudi Arabia deposited $3 billion in Pakistan's central bank.", events: [e('AID', 'SAU', 'PAK')] },
  'retreat.hand-over-territory': { text: 'Armenia handed over 15 villages to Azerbaijan.', events: [e('RETREAT', 'ARM', 'AZE')] },
  'retreat.return-territory': { text: 'Russia returned the district to Ukrainian control.', events: [e('RETREAT', 'RUS', 'UKR')] },
  'assault.weapon-hit': { text: 'Russian missiles hit a power plant in western Ukraine on Tuesday.', events: [e('ASSAULT', 'RUS', 'UKR', { date: '2024-03-12' })] },
  'coerce.dissolve': { text: "Myanmar's military junta dissolved the opposition party.", events: [e('COERCE', 'MMR', 'MMR')] },
  'coerce.tear-gas': { text: 'Sri Lankan police fired tear gas at protesters in Colombo.', events: [e('COERCE', 'LKA', 'LKA')] },
  'coerce.use-tear-gas': { text: 'Georgian riot police used water cannon against demonstrators in Tbilisi.', events: [e('COERCE', 'GEO', 'GEO')] },
  'coerce.block-vessel': { text: 'Chinese coast guard vessels blocked a Philippine supply boat near the Second Thomas Shoal.', events: [e('COERCE', 'CHN', 'PHL')] },
  'retreat.pull-forces': { text: 'France pulled its troops from Niger on Friday.', events: [e('RETREAT', 'FRA', 'NER', { date: '2024-03-15' })] },
  'retreat.reduce-troops': { text: 'The United States reduced its troop presence in Iraq.', events: [e('RETREAT', 'USA', 'IRQ')] },
  'protest.strike-by': { text: 'The strike by Nigerian doctors entered its third week.', events: [e('PROTEST', 'NGA', 'NGA')] },
  'coerce.deportation': { text: "Kenya's deportation of two Ugandan activists angered Kampala.", events: [e('COERCE', 'KEN', 'UGA')] },
  'coerce.strip': { text: 'Nicaragua stripped 94 opponents of their citizenship.', events: [e('COERCE', 'NIC', 'NIC')] },
  'assault.execution': { text: 'The execution of a Japanese hostage by Islamic State militants shocked Tokyo.', events: [e('ASSAULT', 'SYR', 'JPN')] },
  'retreat.release-noun': { text: 'The release of three Thai hostages by Hamas was welcomed in Bangkok.', events: [e('RETREAT', 'PSE', 'THA')] },
  'retreat.exchange-of-prisoners': { text: 'The exchange of prisoners between Russia and Ukraine took place in Istanbul.', events: [e('RETREAT', 'RUS,UKR', 'RUS,UKR')] },
  'sanction.place-on-blacklist': { text: 'The United States placed Chinese telecom firm Huawei on its trade blacklist.', events: [e('SANCTION', 'USA', 'CHN')] },
  'sanction.add-to-blacklist': { text: 'The European Union added Iranian drone makers to its blacklist.', events: [e('SANCTION', 'EU', 'IRN')] },
  'coerce.shut-down-media': { text: 'Indian authorities shut down the internet in Manipur.', events: [e('COERCE', 'IND', 'IND')] },
  'coerce.block-media': { text: 'Russia blocked access to Facebook and other social media.', events: [e('COERCE', 'RUS', 'RUS')] },
  'accuse.call-to-ministry': { text: 'Estonia called the Belarusian ambassador to the foreign ministry on Tuesday.', events: [e('ACCUSE', 'EST', 'BLR', { date: '2024-03-12' })] },
  'aid.reach': { text: 'Tents and blankets sent from Japan reached Turkey on Thursday.', events: [e('AID', 'JPN', 'TUR', { date: '2024-03-14' })] },
  'aid.arrive': { text: 'A shipment of wheat from Ukraine arrived in Egypt on Monday.', events: [e('AID', 'UKR', 'EGY', { date: '2024-03-11' })] },
  'aid.land': { text: 'A consignment of medicine from Qatar will land in Sudan on Sunday.', events: [e('AID', 'QAT', 'SDN', { modality: 'planned', date: '2024-03-17' })] },
  'threaten.vow-revenge': { text: 'Syria vowed revenge against Turkey on Saturday.', events: [e('THREATEN', 'SYR', 'TUR', { modality: 'asserted', date: '2024-03-09' })] },
  'threaten.retaliate': { text: 'Pakistan said it would retaliate against India.', events: [e('THREATEN', 'PAK', 'IND', { modality: 'asserted' })] },
  'accuse.what-say': { text: 'Armenia closed the road in response to what Prime Minister Nikol Pashinyan said was shelling by Azerbaijan.', events: [e('ACCUSE', 'ARM', 'AZE')] },
  'accuse.what-claim': { text: 'Two days later, Chad sealed its border because of what it claimed were raids by Sudanese militias.', events: [e('ACCUSE', 'TCD', 'SDN', { date: null })] },
  'protest.call-for': { text: "Kenya's opposition called for nationwide protests against the tax increases.", events: [e('PROTEST', 'KEN', 'KEN')] },
  'coerce.arrest-warrant': { text: 'The International Criminal Court issued an arrest warrant for Vladimir Putin.', events: [e('COERCE', 'ICC', 'RUS')] },
  'accuse.file-case': { text: 'South Africa filed a genocide case against Israel at the International Court of Justice.', events: [e('ACCUSE', 'ZAF', 'ISR')] },
  'cooperate.joint-patrol': { text: 'Chinese and Russian warships held joint patrols in the Pacific.', events: [e('COOPERATE', 'CHN', 'RUS')] },
  'mobilize.put-on-alert': { text: 'Serbia put its army on high alert after clashes in northern Kosovo.', events: [e('MOBILIZE', 'SRB', 'XKX')] },
  'mobilize.place-on-alert': { text: 'Armenia placed its troops on full combat alert along the border with Azerbaijan.', events: [e('MOBILIZE', 'ARM', 'AZE')] },
  'accuse.claim': { text: 'Georgia has long claimed that Russia was arming the separatists in Abkhazia.', events: [e('ACCUSE', 'GEO', 'RUS')] },
  'accuse.send-inspectors': { text: 'The United Nations sent investigators to Myanmar.', events: [e('ACCUSE', 'UN', 'MMR')] },
  'accuse.dispatch-inspectors': { text: 'The IAEA has dispatched its inspectors to an enrichment plant in central Iran.', events: [e('ACCUSE', 'IAEA', 'IRN')] },
  'request.push-for': { text: 'Japan is pushing hard for China to release the detained businessman.', events: [e('REQUEST', 'JPN', 'CHN')] },
  'request.should': { text: 'The African Union said Guinea should hold elections within a year.', events: [e('REQUEST', 'AU', 'GIN')] },
  'accuse.verdict-amount-to': { text: "Hungarian Trade Minister Peter Kovacs said Croatia's decision amounts to an embargo.", events: [e('ACCUSE', 'HUN', 'HRV')] },
  'accuse.verdict-constitute': { text: 'The Greek foreign minister said the Turkish survey constitutes a violation of Greek sovereignty.', events: [e('ACCUSE', 'GRC', 'TUR')] },
  'accuse.verdict-was': { text: '"That was a reckless provocation by Azerbaijan," the Armenian foreign ministry said.', events: [e('ACCUSE', 'ARM', 'AZE')] },
  'accuse.verdict-is': { text: "Kosovo's decision is unacceptable, Serbia's president said.", events: [e('ACCUSE', 'SRB', 'XKX')] },
  'accuse.verdict-were': { text: 'China said the sanctions imposed by the United States were illegal.', events: [e('ACCUSE', 'CHN', 'USA')] },
  'accuse.verdict-are': { text: '"These measures are hostile acts by Lithuania," the Belarusian foreign ministry said.', events: [e('ACCUSE', 'BLR', 'LTU')] },
  'accuse.trade-accusations': { text: 'Greece and Turkey traded barbs over migrants.', events: [e('ACCUSE', 'GRC,TUR', 'GRC,TUR')] },
  'accuse.exchange-accusations': { text: 'Russia and Ukraine exchanged accusations of shelling near the plant.', events: [e('ACCUSE', 'RUS,UKR', 'RUS,UKR')] },
  'assault.trade-fire': { text: 'India and Pakistan traded fire across the Line of Control on Tuesday.', events: [e('ASSAULT', 'IND,PAK', 'IND,PAK', { date: '2024-03-12' })] },
  'assault.exchange-fire': { text: 'Israel and Hezbollah exchanged fire on Sunday.', events: [e('ASSAULT', 'ISR,LBN', 'ISR,LBN', { date: '2024-03-10' })] },
  'aid.goods-sent': { text: 'Japan sent 20 tonnes of rice to Myanmar. Tents were also sent to Laos.', events: [e('AID', 'JPN', 'LAO'), e('AID', 'JPN', 'MMR')] },
  'aid.goods-delivered': { text: 'Qatar delivered food to Gaza on Monday. Blankets were delivered to Sudan on Tuesday.', events: [e('AID', 'QAT', 'SDN', { date: '2024-03-12' }), e('AID', 'QAT', 'PSE', { date: '2024-03-11' })] },
  'accuse.designate-verdict': { text: 'The United States designated the Houthis as a terrorist organisation.', events: [e('ACCUSE', 'USA', 'YEM')] },
  'accuse.what-allege': { text: 'Guyana recalled its ambassador over what it alleged was meddling by Venezuela.', events: [e('ACCUSE', 'GUY', 'VEN')] },
};
