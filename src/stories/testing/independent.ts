// Twelve stories, each told by two or three independently written reports (different outlets:
// other lead, angle, quotes, order of facts and background; dates up to two days apart), and
// twelve hard distractors: the same countries and topic on the same or the next day, but another
// event. Written for annals to check the margin of the story link rule (link.ts) on both sides;
// the places and offices are real, every event and quote is invented.
import type { CorpusArticle } from './corpus.js';

export interface IndependentArticle extends CorpusArticle {
  /** for a distractor: the story it imitates (same countries, topic and days) */
  near?: string;
}

/** Same-story reports: label `<story>-a|b|c`, story `<story>`. */
export const INDEPENDENT_STORIES: IndependentArticle[] = [
  // ---- a summit ----------------------------------------------------------------------------
  {
    label: 'summit-a', story: 'summit', date: '2024-05-14',
    text: `ARUSHA, Tanzania — Kenya and Tanzania agreed on Tuesday to build a standard-gauge rail link between the port of Tanga and the Kenyan town of Voi and to scrap a list of 14 non-tariff barriers that have held up lorries at the Namanga border for years, after a one-day summit between their presidents.

William Ruto and Samia Suluhu Hassan signed a joint communique at the end of talks in Arusha, the seat of the East African Community. The two leaders said a feasibility study for the 230-kilometre line would be completed within a year and that they would seek financing from the African Development Bank.

"We have argued about sugar, milk and maize for too long," Hassan told reporters. "Our traders should be competing with the world, not with our customs officers."

Ruto said Kenya would drop its requirement that Tanzanian drivers carry a separate transit permit, one of the complaints most often raised by hauliers on the northern corridor.

Trade between the two countries was worth about 1.1 billion dollars last year, according to Kenyan figures, but both sides have repeatedly accused the other of blocking imports to protect local farmers.`,
  },
  {
    label: 'summit-b', story: 'summit', date: '2024-05-14',
    text: `Lorry drivers who spend days queuing at the Namanga crossing may soon move faster, after the leaders of Tanzania and Kenya promised at a meeting in northern Tanzania to remove more than a dozen trade restrictions.

President Samia Suluhu Hassan hosted her Kenyan counterpart, William Ruto, on Tuesday in Arusha. Officials said the talks covered energy, tourism and transport, and ended with a pledge to connect Tanga on the Indian Ocean to Voi on Kenya's main railway.

The Kenyan transport ministry estimated the line at 1.4 billion dollars. No funding has been agreed.

A spokesman for the Kenya Transporters Association said its members had heard similar promises before. "What matters is what happens at the border next Monday, not what is written in Arusha," he said.

The summit was the first bilateral visit by Ruto to Tanzania since a dispute in 2022 over Kenyan restrictions on Tanzanian maize, which Nairobi said contained unsafe levels of aflatoxin.`,
  },
  {
    label: 'summit-c', story: 'summit', date: '2024-05-16',
    text: `Tanzanian business groups on Thursday welcomed a pledge by President Samia Suluhu Hassan and Kenya's William Ruto to lift 14 non-tariff barriers between the two neighbours, but asked for a timetable.

The presidents met in Arusha on Tuesday and signed a communique that also commits both governments to study a railway from Tanga to Voi, which would give northern Tanzania's farmers a second route to the sea.

The Tanzania Private Sector Foundation said the list of barriers included duplicate inspections of milk and poultry, a Kenyan transit permit for foreign drivers and delays in issuing certificates of origin. "Removing them would save exporters weeks," its chairman said.

Ruto, speaking before flying back to Nairobi, said the two countries had agreed to meet every six months to check progress.

Kenyan officials said a joint technical committee would meet in Mombasa in June to agree on which barriers go first. Tanzania's finance ministry separately said it would harmonise its road tolls with Kenya's by the end of the year, a step hauliers have sought since the customs union came into force in 2005.`,
  },
  // ---- a sanctions package -----------------------------------------------------------------
  {
    label: 'sanctions-a', story: 'sanctions', date: '2024-06-24',
    text: `The European Union imposed sanctions on Monday on 28 Belarusian officials and 9 companies accused of helping Russia evade export controls, the bloc's foreign ministers decided at a meeting in Luxembourg.

The measures freeze the assets of the targets in the EU and ban the officials from travelling to the bloc. Among the companies are two machine-tool makers in Minsk and a logistics firm in Grodno which, according to the EU, forwarded European electronics to Russian arms factories.

The package also extends an existing ban on exports of dual-use goods to Belarus to cover drones, engine parts and certain chemicals.

"Minsk has become a back door for Moscow's war machine," the EU's foreign policy chief said after the meeting. "We are closing it."

Belarus's foreign ministry called the decision illegal and promised a response. The EU first sanctioned Belarus after the disputed 2020 presidential election and has broadened the measures since Minsk allowed Russian troops to use its territory to invade Ukraine in 2022.`,
  },
  {
    label: 'sanctions-b', story: 'sanctions', date: '2024-06-25',
    text: `Minsk on Tuesday condemned a new round of European Union sanctions and warned it would take "symmetrical and asymmetrical" measures in return.

EU foreign ministers agreed in Luxembourg on Monday to blacklist 28 Belarusian officials, among them two deputy ministers of industry and the head of the state customs committee, as well as nine firms said to be supplying the Russian military with components bought in Europe.

Diplomats said the package had been delayed for a month by Hungary, which objected to listing a fertiliser company before the name was dropped.

The new rules also widen a ban on selling dual-use goods to Belarus so that it covers drones, aircraft engine parts and precursor chemicals, and make it a crime in several member states to re-export such goods through third countries.

The Belarusian foreign ministry said Brussels was punishing ordinary Belarusians for its own failure in Ukraine.

Lithuania and Poland, which border Belarus, had pushed for tougher measures, including a full ban on Belarusian timber and potash transit. Officials in Vilnius said the package was a compromise and that work on the next one would begin in the autumn.`,
  },
  // ---- a border clash ----------------------------------------------------------------------
  {
    label: 'clash-a', story: 'clash', date: '2024-09-03',
    text: `Two Armenian soldiers were killed and three wounded on Tuesday in an exchange of fire with Azerbaijani forces near the village of Sotk in Armenia's Gegharkunik province, the Armenian defence ministry said.

The ministry said Azerbaijani units opened fire with mortars and large-calibre machine guns shortly after dawn and that Armenian positions returned fire. Baku said its troops had responded to an Armenian provocation and reported no losses.

It was the deadliest incident on the border since the two countries began talks on a peace treaty last year. Prime Minister Nikol Pashinyan called an emergency meeting of the security council in Yerevan.

The European Union's civilian monitoring mission said its patrols had heard shelling in the area and urged both sides to show restraint.

Armenia and Azerbaijan fought two wars over Nagorno-Karabakh, which Azerbaijan retook in a lightning offensive in September 2023, prompting almost all of its ethnic Armenian population to flee. The border between the two countries has never been demarcated, and both sides accuse each other of occupying territory.`,
  },
  {
    label: 'clash-b', story: 'clash', date: '2024-09-03',
    text: `BAKU — Azerbaijan's defence ministry accused Armenia on Tuesday of firing on its positions in the Kalbajar district and said its forces had "suppressed" the Armenian firing points in a short exchange along the border.

Armenia said two of its soldiers died in the fighting near Sotk, a gold-mining village in Gegharkunik province that has been shelled several times since 2022.

"Responsibility lies entirely with the Armenian military-political leadership," the Azerbaijani ministry said in a statement, adding that none of its servicemen had been hurt.

The clash came a week before foreign ministers of the two countries were due to meet in Almaty to continue work on a peace treaty. Diplomats said the shooting made a breakthrough at those talks less likely.

Azerbaijani state media showed footage it said was taken from a drone, showing smoke rising from a hillside. Military analysts in Baku said the Armenian army had reinforced its positions around the Sotk gold mine in recent weeks, a claim Yerevan denied. Turkey's foreign ministry expressed support for Azerbaijan.`,
  },
  {
    label: 'clash-c', story: 'clash', date: '2024-09-05',
    text: `Armenia buried two soldiers on Thursday who were killed in a firefight with Azerbaijani troops, as Yerevan asked Russia-led and Western partners to condemn what it called an unprovoked attack.

Corporal Davit Hakobyan and Private Arman Sargsyan died on Tuesday morning when mortar rounds hit their post above Sotk, the Armenian defence ministry said. Three other soldiers were treated for shrapnel wounds in the provincial hospital in Vardenis.

Azerbaijan has said its forces only responded to Armenian fire. Neither version could be independently verified; observers of the European Union mission in Armenia are not allowed near the front line.

Prime Minister Nikol Pashinyan said on Thursday that the talks on a peace treaty would continue, but that Armenia needed "clear guarantees" that the border would be respected.

In Sotk, residents said shells landed near the village school, which had been due to reopen for the new term on Monday. The Gegharkunik governor said classes would be moved to a safer building. Families of soldiers gathered outside the defence ministry in Yerevan to demand better protection for conscripts on the border.`,
  },
  // ---- an election dispute -----------------------------------------------------------------
  {
    label: 'election-a', story: 'election', date: '2024-12-02',
    text: `Honduras's main opposition candidate refused on Monday to accept the partial results of Sunday's presidential election, accusing the electoral council of tampering with tally sheets and demanding a full recount.

With 78 percent of polling stations counted, the governing party's candidate led by just under three points, according to the National Electoral Council. The opposition candidate told supporters in Tegucigalpa that sheets from more than 1,900 polling stations had been altered and that his party's observers had been expelled from counting centres in two departments.

"We will not allow our vote to be stolen as it was in 2017," he said.

The council said the count was transparent and that any disputed sheets would be reviewed in the presence of party representatives. Observers from the Organization of American States said they had received complaints and were studying them.

The vote was the first presidential election since Xiomara Castro took office in 2022. Analysts said the narrow margin and the history of disputed counts made a long standoff likely. Business groups called on all candidates to wait for the final result and avoid calling people onto the streets.`,
  },
  {
    label: 'election-b', story: 'election', date: '2024-12-03',
    text: `Protesters gathered outside the National Electoral Council in Tegucigalpa on Tuesday as the slow count of Honduras's presidential vote widened a dispute between the ruling party and the opposition.

The council stopped publishing updates for nine hours on Monday night, blaming a server failure. When the count resumed, the government's candidate had extended his lead to 3.4 points with 85 percent of tally sheets processed.

The opposition, which says about 1,900 sheets were falsified, asked for a recount of every polling station and called its supporters to the streets. Its campaign chief said the party had filed challenges in 11 of the country's 18 departments.

A European Union observer mission said the interruption in the count had "seriously damaged confidence" and asked the council to publish every tally sheet online.

Police in riot gear kept protesters away from the council's gates, and several roads out of the capital were blocked with burning tyres in the evening. The United States embassy urged calm and said it trusted the council to finish the count. The governing party's candidate declared victory on television and told the opposition to accept the voters' decision.`,
  },
  // ---- a hostage release -------------------------------------------------------------------
  {
    label: 'hostages-a', story: 'hostages', date: '2024-03-19',
    text: `Seven aid workers kidnapped three months ago in north-eastern Nigeria have been freed, the medical charity they worked for said on Tuesday.

The five Nigerians, a Kenyan nurse and a Chadian driver were seized in December on the road between Maiduguri and Monguno in Borno state by fighters of Islamic State West Africa Province. They were released on Monday near the Cameroonian border and flown to Maiduguri, where they were examined by doctors.

The charity thanked the Nigerian government and "all those who helped" but did not say whether a ransom had been paid. Nigeria's information minister said no money changed hands.

A video released by the kidnappers in January showed the workers pleading for their lives. A health worker seized with them was killed in February, the charity said.

Armed groups in Borno have increasingly targeted humanitarian staff, whom they accuse of working with the government. The United Nations says more than 20 aid workers have been killed in north-east Nigeria since the insurgency began in 2009, and several remain in captivity, including a nurse abducted in Rann in 2018.`,
  },
  {
    label: 'hostages-b', story: 'hostages', date: '2024-03-19',
    text: `MAIDUGURI, Nigeria — Family members wept and embraced at the airport in Maiduguri on Tuesday as seven humanitarian workers held for 97 days by jihadists returned to the city.

"We counted every day," said the mother of one of the freed men, a pharmacist from Kano. "Some nights we thought we would only get his body back."

The group, employees of an international medical charity, were abducted in December on the Monguno road, one of the most dangerous routes in Borno state. Security sources said their release on Monday followed weeks of contacts through local elders and an intermediary in Cameroon.

A military spokesman said troops had escorted the workers from the border town of Banki. ISWAP, the Islamic State affiliate that held them, has kidnapped dozens of aid staff in the region since 2018.

The charity said the freed workers would receive counselling and be given leave. The Borno state governor visited them in hospital and said the government would not rest until all those held by insurgents were home. Aid agencies have reduced road travel in the state and now move most staff by helicopter.`,
  },
  {
    label: 'hostages-c', story: 'hostages', date: '2024-03-21',
    text: `Nigeria: freed aid workers in good health

The seven aid workers released on Monday after three months in the hands of Islamic State militants in Borno state are in good health, the medical charity that employs them said on Thursday. The five Nigerians, a Kenyan and a Chadian were kidnapped near Monguno in December. The charity said it would not send staff back on the road until security improved, and renewed its call for the release of the other humanitarian workers still held in the north-east. Nigeria's government has denied paying a ransom. Kidnappings of aid staff have forced several agencies to suspend work in parts of Borno. The United Nations humanitarian coordinator in Nigeria welcomed their release.`,
  },
  // ---- an aid pledge -----------------------------------------------------------------------
  {
    label: 'aid-a', story: 'aid', date: '2024-04-15',
    text: `Donors pledged 2.1 billion dollars in humanitarian aid for Sudan at a conference in Geneva on Monday, a year after war broke out between the army and the Rapid Support Forces.

The United Nations had asked for 4.1 billion dollars to help 24 million people this year. Saudi Arabia, the European Union and Britain announced the largest contributions, while the United States said it would add 150 million dollars to its earlier funding.

"Half an appeal is not enough to stop a famine," the UN humanitarian chief told the meeting. He said aid convoys needed safe passage across front lines and through the Adre crossing from Chad.

Sudan's army-backed government did not attend. The conference was organised by France, Germany and the EU.

More than eight million people have fled their homes since April last year, according to the International Organization for Migration.

The EU's crisis commissioner said the bloc would also host a separate conference for Sudan's neighbours later this year. Egypt and Chad, which together have received more than a million refugees, asked donors for help to expand camps and hospitals near the border.`,
  },
  {
    label: 'aid-b', story: 'aid', date: '2024-04-15',
    text: `Britain will give 110 million pounds to Sudan this year, its development minister announced in Geneva on Monday, as governments meeting there promised a total of about 2.1 billion dollars for a country on the edge of famine.

The sum falls far short of the 4.1 billion the UN says it needs for Sudan and a further 1.4 billion for refugees in Chad, South Sudan and Egypt. Aid agencies said the money would come too late for parts of Darfur and Kordofan where people are already eating leaves.

"Money is the easy part," said the head of a Norwegian relief group. "Trucks are sitting in Port Sudan because no one will let them through."

Saudi Arabia pledged 100 million dollars and the European Commission 355 million euros. The meeting marked one year since fighting erupted in Khartoum.

The Norwegian relief official said aid agencies had lost contact with several of their local staff in El Geneina. The UN says access to the west of the country has been blocked for long periods by both warring parties, who have also looted warehouses and seized vehicles. Germany pledged 244 million euros.`,
  },
  {
    label: 'aid-c', story: 'aid', date: '2024-04-17',
    text: `GENEVA — The United Nations said on Wednesday it would release the first money from this week's pledging conference for Sudan within days, after donors committed 2.1 billion dollars to a crisis that has driven more people from their homes than any other in the world.

The pledges made on Monday cover about half of the UN's appeal. Officials said the first allocations would go to food distributions in North Darfur and to cholera treatment in Gedaref.

Germany and France, co-hosts of the conference with the European Union, said they would press both the Sudanese army and the Rapid Support Forces to open humanitarian corridors. Neither side sent a delegation to Geneva.

The World Food Programme said it could reach fewer than one in ten people facing emergency hunger.

A UN spokesman said the agencies had enough stocks in Port Sudan to feed 2 million people for a month if access were granted. The Sudanese foreign ministry criticised the conference for not inviting the government and said aid had to go through state institutions.`,
  },
  // ---- a ceasefire -------------------------------------------------------------------------
  {
    label: 'ceasefire-a', story: 'ceasefire', date: '2024-02-06',
    text: `HAVANA — Colombia's government and the National Liberation Army (ELN) agreed on Tuesday to extend their bilateral ceasefire for 180 days, the longest truce in six decades of conflict with the guerrilla group.

Negotiators signed the agreement in Havana after a week of talks, saying the truce would now run until August and would include a halt to kidnappings for ransom, a demand of President Gustavo Petro's government.

"This is a step toward the end of the war," the government's chief negotiator said. The ELN's delegation head said the group would stop "economic retentions", its term for kidnapping, but warned that the government must meet its commitments on a consultation with civil society.

Cuba, Norway, Mexico and Venezuela act as guarantors of the talks, which began in November 2022.

The previous six-month truce, which began in August 2023, was due to expire at the end of January and had been extended for a week to allow the talks to finish. The two sides also agreed to set up a fund to which the ELN's supporters could contribute, a proposal critics say could legalise extortion.`,
  },
  {
    label: 'ceasefire-b', story: 'ceasefire', date: '2024-02-07',
    text: `President Gustavo Petro on Wednesday praised a deal with the ELN rebels that commits the group to abandon kidnapping, calling it proof that his "total peace" policy was working despite criticism from the armed forces and the opposition.

Under the accord reached in Cuba on Tuesday, the ceasefire between the Colombian army and the guerrillas is extended by six months. The UN verification mission will monitor it with the Catholic Church.

Opposition senators said the ELN still held at least 30 hostages and had used the previous truce, which began in August, to recruit and expand in Arauca and Choco. The defence ministry said violations had been rare.

The ELN, founded in 1964 by students and priests inspired by the Cuban revolution, has about 5,800 fighters according to military estimates.

Petro, the first leftist president of Colombia and himself a former member of the M-19 guerrilla, has tried to negotiate with all the country's armed groups at once. Security analysts said the ELN deal was his clearest success so far but warned that the group's decentralised command made it hard to enforce.`,
  },
  // ---- an expulsion of diplomats -----------------------------------------------------------
  {
    label: 'expulsion-a', story: 'expulsion', date: '2024-05-21',
    text: `Poland ordered four Russian diplomats to leave the country on Tuesday, saying they were linked to a network that set fire to a Warsaw shopping centre last month on Moscow's orders.

Foreign Minister Radoslaw Sikorski said the four, accredited at the embassy in Warsaw, had 72 hours to leave. Prosecutors say nine people, most of them Ukrainian and Belarusian citizens recruited online, have been charged over the arson at the centre and other attacks.

"Russia's intelligence services are hiring arsonists on Telegram," Sikorski said. "We will answer every such act."

The Russian embassy called the accusations fantasy and said Moscow would respond. Poland has also restricted the movement of Russian diplomats outside the capital.

The fire in April destroyed about 900 shops, most of them run by Vietnamese and Ukrainian traders. No one was killed. Polish authorities have since raised the alert level for critical infrastructure and railways, which they say have also been targeted by Russian-recruited saboteurs.`,
  },
  {
    label: 'expulsion-b', story: 'expulsion', date: '2024-05-21',
    text: `Moscow promised a "painful" answer on Tuesday after Warsaw expelled four of its diplomats over an arson attack on one of the largest shopping centres in the Polish capital.

Russia's foreign ministry spokeswoman said Poland was inventing plots to distract voters from its economic problems. She did not say what steps Moscow would take.

The centre, in the northern district of Bialoleka, housed about 900 shops and burned down in April in a fire that took 300 firefighters a day to bring under control. Polish investigators now say the blaze was ordered by Russian military intelligence. The Polish foreign ministry gave the expelled diplomats three days to go.

Relations between the two neighbours have been in deep freeze since Russia's full-scale invasion of Ukraine, and Poland has expelled more than 50 Russian diplomats since 2022.

Prime Minister Donald Tusk said on social media that the evidence against the Russian services was overwhelming and that Poland would share it with its NATO allies. Several other European countries have expelled Russian diplomats this year after arrests of people accused of spying or planning sabotage for Moscow.`,
  },
  // ---- a protest crackdown -----------------------------------------------------------------
  {
    label: 'crackdown-a', story: 'crackdown', date: '2024-04-30',
    text: `Georgian riot police used water cannon, tear gas and rubber bullets overnight to clear thousands of protesters from outside parliament in Tbilisi, where they were demonstrating against a bill on "foreign influence".

The interior ministry said 63 people were detained and 11 police officers hurt. Opposition parties said dozens of demonstrators were beaten, among them the leader of the United National Movement, who was taken to hospital with head injuries.

President Salome Zourabichvili, who opposes the bill, accused the government of turning the police against its own people. The ruling Georgian Dream party says the law, which would force groups receiving more than 20 percent of their funding from abroad to register as foreign agents, is needed for transparency.

The European Union has warned that the law could end Georgia's bid to join the bloc.

Protests have been held every evening for two weeks, drawing some of the largest crowds seen in Tbilisi in a decade. Many demonstrators carried EU flags. A similar bill was withdrawn last year after two nights of protests.`,
  },
  {
    label: 'crackdown-b', story: 'crackdown', date: '2024-05-01',
    text: `TBILISI — Hundreds of students returned to Rustaveli Avenue on Wednesday, a day after police broke up a mass rally with tear gas and pepper spray, in the most violent night of a weeks-long standoff over a Russian-style foreign agents law.

Doctors at a city hospital said they had treated protesters for eye injuries and broken bones. Rights groups said at least 60 people had been arrested, and several journalists complained that officers seized their cameras.

"They think fear will send us home," said Nino, a 20-year-old law student, who declined to give her surname. "It has done the opposite."

Georgia's interior ministry said officers had acted lawfully after demonstrators tried to block the entrances to parliament. The United States and the EU condemned the use of force.

The standoff has split Georgia, where polls show most people support joining the European Union but where Georgian Dream remains the most popular party. The party's founder, the billionaire Bidzina Ivanishvili, addressed a government rally on Monday and accused Western-funded groups of plotting a revolution.`,
  },
  {
    label: 'crackdown-c', story: 'crackdown', date: '2024-04-30',
    text: `The European Union and Washington condemned on Tuesday the violent dispersal of a protest in Georgia's capital, where police fired tear gas and water cannon at crowds opposing a law on foreign-funded organisations.

Footage from the night showed officers in black uniforms dragging demonstrators from the steps of parliament and kicking people on the ground. The Georgian interior ministry said 63 people had been detained for disobeying police orders and that officers had been attacked with bottles and fireworks.

Prime Minister Irakli Kobakhidze said the protest had been organised by "radical opposition" and foreign-funded groups and that the law would be passed. The bill has passed a second reading and could become law in May.

The US State Department said it was "deeply concerned" and called on the government to respect the right to peaceful assembly. Germany's foreign ministry summoned Georgia's ambassador. Georgian Dream, in power since 2012, says the law copies American legislation on foreign agents, a comparison Washington rejects.`,
  },
  // ---- a trade deal ------------------------------------------------------------------------
  {
    label: 'trade-a', story: 'trade', date: '2024-10-08',
    text: `India and Chile signed a comprehensive economic partnership agreement in New Delhi on Tuesday that will remove tariffs on most goods traded between the two countries within eight years and give Indian firms easier access to Chilean copper and lithium.

The deal, negotiated over two years, widens a limited preferential trade agreement in force since 2007. India will cut duties on Chilean wine, fresh fruit and salmon, while Chile will lower tariffs on Indian pharmaceuticals, textiles and cars.

India's commerce minister said the agreement would help secure critical minerals for the country's electric vehicle industry. Chile's foreign minister said it would "open the door to a market of 1.4 billion people".

Trade between the two countries reached about 3.5 billion dollars last year, most of it Chilean copper ore.

The Indian commerce minister said the two countries would also cooperate on mining technology and that Indian state-owned firms were interested in investing in Chilean lithium projects. The agreement has chapters on services, investment, digital trade and small businesses.`,
  },
  {
    label: 'trade-b', story: 'trade', date: '2024-10-09',
    text: `Chilean fruit exporters cheered on Wednesday after Santiago and New Delhi signed a trade pact that will lower Indian tariffs on cherries, apples and avocados, which now pay duties of up to 50 percent.

The comprehensive economic partnership agreement, signed in the Indian capital on Tuesday, also contains a chapter on critical minerals under which Chile promised to give Indian companies equal treatment in tenders for lithium projects.

"India is the market we have been waiting for," said the head of Chile's fruit exporters' federation. Wine producers, who face an Indian import duty of 150 percent, will see it cut gradually to 25 percent.

The agreement must be ratified by Chile's Congress. Indian pharmaceutical firms hope it will speed up registration of generic medicines in Chile.

Chile, the world's largest copper producer, has trade agreements with more than 60 countries and has been looking for new markets in Asia beyond China, its biggest customer. India has signed similar deals with the United Arab Emirates and Australia in recent years as it seeks to diversify its supplies of raw materials.`,
  },
  // ---- a military exercise -----------------------------------------------------------------
  {
    label: 'drills-a', story: 'drills', date: '2024-10-14',
    text: `China launched large-scale military drills around Taiwan on Monday, sending warships and fighter jets to surround the island in what it called a stern warning to "separatist forces", days after Taiwan's president gave a National Day speech.

The People's Liberation Army's Eastern Theatre Command said the exercise tested its ability to blockade ports and strike key targets. State television showed a map of exercise zones encircling Taiwan.

Taiwan's defence ministry said it had tracked 118 Chinese aircraft and 14 navy ships by the evening, a single-day record, and had sent its own forces to positions. "We condemn this irrational provocation," a presidential spokeswoman said.

Beijing regards Taiwan as its territory. President Lai Ching-te said in his speech that the People's Republic had no right to represent Taiwan.

Taiwan's coast guard said four Chinese coast guard ships had entered waters near the Matsu islands. Analysts said the scale of the exercise, which came without a warning or a name, was meant to show that Beijing could choke Taiwan's trade at short notice. Taiwan's stock market fell slightly.`,
  },
  {
    label: 'drills-b', story: 'drills', date: '2024-10-14',
    text: `TAIPEI — Taiwan put its armed forces on alert on Monday as Chinese aircraft carriers, destroyers and coast guard ships moved into zones around the island for the second major drill this year.

A record 118 military aircraft were spotted near Taiwan within 25 hours, the defence ministry in Taipei said, many of them crossing the median line of the Taiwan Strait. China's coast guard said its ships had patrolled near the Matsu and Pratas islands to "inspect" vessels.

Chinese military spokesmen said the exercise, which had no announced end date, was a punishment for President Lai Ching-te's remarks about sovereignty.

Japan's top government spokesman said Tokyo was watching closely, and the United States said the drills were unwarranted.

Military officials in Taipei said Chinese ships had come within 24 nautical miles of the coast in several places. Residents of Keelung, the port closest to one of the exercise zones, said life continued as normal. The defence ministry said it would not hold its annual National Day air display.`,
  },
  {
    label: 'drills-c', story: 'drills', date: '2024-10-15',
    text: `China said on Tuesday it had ended a one-day military exercise around Taiwan, hours after Taiwan reported a record number of Chinese warplanes in the skies near the island.

The Eastern Theatre Command said the drill had "fully tested" joint operations by its army, navy, air force and rocket force. Chinese carriers and coast guard vessels took part in an exercise that analysts said rehearsed a blockade of Taiwan's main ports.

Taiwan's defence ministry said 118 Chinese aircraft had been detected on Monday and early on Tuesday. President Lai Ching-te said Taiwan would not be provoked, and called on Beijing to stop military threats.

The drill followed Lai's National Day address last Thursday, which Beijing condemned as separatist.

Taiwan's Mainland Affairs Council said the exercise had damaged peace in the region. A spokesman for China's Taiwan Affairs Office said Beijing would take further measures if Taipei continued what it called provocations. The United States, Japan and Australia had called for restraint.`,
  },
  // ---- a court ruling ----------------------------------------------------------------------
  {
    label: 'ruling-a', story: 'ruling', date: '2024-11-19',
    text: `STRASBOURG — The European Court of Human Rights ruled on Tuesday that Turkey violated the freedom of expression of a journalist jailed for more than two years over articles about the country's military operations in Syria, and ordered Ankara to pay him 25,000 euros.

The court found that Turkish prosecutors had presented no evidence that the reporter, who worked for a Kurdish-language newspaper, had supported terrorism, the charge on which he was held from 2017 to 2019.

The judges said that his pre-trial detention was "arbitrary" and intended to silence criticism. The ruling, by a seven-judge chamber, can be appealed within three months.

Turkey has been found in breach of the European Convention more often than any other member of the Council of Europe, and has ignored several high-profile rulings.

The reporter spent most of his detention in a high-security prison in Diyarbakir. An Istanbul court acquitted him in 2021. His lawyers said the ruling should help dozens of other journalists whose cases are pending in Strasbourg. Turkey's justice ministry did not immediately comment.`,
  },
  {
    label: 'ruling-b', story: 'ruling', date: '2024-11-20',
    text: `A Kurdish reporter who spent 26 months in a Turkish prison said on Wednesday he felt "vindicated" after Europe's top human rights court ruled that Ankara had broken the law by detaining him.

"For two years they called me a terrorist because I wrote about civilians killed in Afrin," he told reporters in Diyarbakir. "Now judges in Strasbourg have said what we all knew."

In Tuesday's decision, the European Court of Human Rights found violations of his rights to liberty and free expression and awarded him damages of 25,000 euros. Turkey's justice ministry said it was studying the ruling and could ask for a referral to the court's Grand Chamber.

Press freedom groups said dozens of journalists remain behind bars in Turkey.

The Council of Europe has opened infringement proceedings against Turkey for refusing to free the philanthropist Osman Kavala despite a Strasbourg ruling in 2019. Lawyers for the reporter said they did not expect Ankara to pay the damages quickly but that the judgment mattered for others still in prison.`,
  },
];

/** Hard distractors: label `x-...`, each its own story, `near` the story they imitate. */
export const HARD_DISTRACTORS: IndependentArticle[] = [
  {
    label: 'x-summit-sugar', story: 'x-summit-sugar', near: 'summit', date: '2024-05-15',
    text: `Kenya and Tanzania traded accusations on Wednesday over a ban on Tanzanian sugar imports, a day after their presidents vowed in Arusha to end such disputes.

Kenya's agriculture ministry said it had suspended import licences for sugar from three Tanzanian mills because of suspected re-export of cheap Brazilian sugar through Dar es Salaam. Tanzania's trade minister called the suspension a breach of East African Community rules and said his country would take the matter to the community's secretariat.

Kenyan millers have long complained that duty-free imports from the region undercut local cane growers in western Kenya. The Kenya Sugar Board said tests of recent cargoes showed the sugar had not been produced in Tanzania.

Traders at the Namanga crossing said about 40 lorries loaded with sugar had been turned back since Monday.

Kenya's sugar imports from Tanzania rose sixfold last year. A Tanzanian mill owner said Nairobi was using health and origin rules to keep out competition, just as it had done with maize in 2022.`,
  },
  {
    label: 'x-sanctions-uk', story: 'x-sanctions-uk', near: 'sanctions', date: '2024-06-24',
    text: `Britain announced sanctions on Monday against 12 Belarusian judges and prison officials it accused of mistreating political prisoners, including the Nobel Peace Prize laureate Ales Bialiatski.

The Foreign Office said the individuals would face asset freezes and travel bans. Among them are the head of a penal colony in Gomel and judges who sentenced opposition activists to long prison terms after the 2020 protests.

"The Lukashenko regime locks up those who dare to speak," Britain's minister for Europe said in London. Human rights group Viasna says about 1,400 political prisoners are held in Belarus.

Minsk has released a handful of prisoners this year, mostly those who were seriously ill, but opposition leaders in exile say arrests continue every week.

The sanctions were announced on the anniversary of the arrest of several members of Viasna. Britain has sanctioned more than 100 Belarusian individuals and entities since 2020.`,
  },
  {
    label: 'x-clash-syunik', story: 'x-clash-syunik', near: 'clash', date: '2024-09-04',
    text: `Armenian and Azerbaijani forces exchanged fire near the village of Tegh in Armenia's southern Syunik province late on Wednesday, the Armenian defence ministry said, reporting no casualties.

The ministry said Azerbaijani troops fired small arms at an Armenian position for about 20 minutes. Azerbaijan's defence ministry denied opening fire and accused Armenian soldiers of shooting at its posts in the Lachin district.

Tegh lies on the road that once led to the Lachin corridor, the route that connected Armenia to Nagorno-Karabakh until Azerbaijan took full control of the region in September 2023. Villagers say Azerbaijani positions now overlook their fields.

The governor of Syunik said a school in the village would stay closed on Thursday as a precaution.

Armenia says Azerbaijani troops occupy about 200 square kilometres of its territory taken in incursions in 2021 and 2022. Baku rejects the figure and says the border is yet to be drawn.`,
  },
  {
    label: 'x-election-explainer', story: 'x-election-explainer', near: 'election', date: '2024-12-02',
    text: `Why do Honduran elections end in disputes? Explainer

Honduras has a history of contested votes. In 2017, President Juan Orlando Hernandez was declared re-elected after a count that stopped for more than a day and then swung in his favour; protests left more than 20 people dead and observers from the Organization of American States called for a new vote.

After that crisis, Congress replaced the old electoral tribunal with two bodies: the National Electoral Council, which runs elections, and an electoral court that rules on challenges. Both are led by members chosen by the three largest parties, which critics say makes every decision a partisan fight.

Results are transmitted from polling stations by scanned tally sheets. Parties can contest sheets that show errors, but the law sets no deadline for a special count.

Voters elect the president, 128 members of Congress and nearly 300 mayors on the same day, and the winner needs only a simple majority, with no runoff.`,
  },
  {
    label: 'x-hostages-kaduna', story: 'x-hostages-kaduna', near: 'hostages', date: '2024-03-19',
    text: `Nigerian troops have rescued 137 pupils kidnapped from a school in Kaduna state this month, the army said on Tuesday, after the children were found in a forest in neighbouring Zamfara.

The pupils, some as young as eight, were taken from the Gidan Bako school on March 7 by gunmen who arrived on motorcycles. Kidnappers had demanded a ransom of one billion naira, but the government said none was paid.

The Kaduna state governor said the children would receive medical care before being reunited with their families. Parents in Gidan Bako said some pupils were still missing.

Kidnapping for ransom by armed gangs, known locally as bandits, has become a major source of insecurity in north-western Nigeria, where hundreds of students have been abducted since 2014.

President Bola Tinubu had ordered the security forces to bring the children home and had ruled out paying a ransom.`,
  },
  {
    label: 'x-aid-famine', story: 'x-aid-famine', near: 'aid', date: '2024-04-16',
    text: `The World Food Programme warned on Tuesday that famine was spreading in Sudan's Darfur region, where fighting between the army and the Rapid Support Forces has cut off supply routes for months.

The agency's country director said trucks carrying food for 250,000 people had been waiting in Chad for three weeks for permission to cross. In El Fasher, the capital of North Darfur, prices of sorghum have tripled since January.

"Children are already dying of hunger," she said. A survey by Doctors Without Borders in Zamzam camp found one child dying every two hours.

The RSF has besieged El Fasher, the last city in Darfur held by the army, and aid workers fear an assault would force hundreds of thousands more people to flee.

The United Nations has called the war in Sudan the world's largest displacement crisis.`,
  },
  {
    label: 'x-ceasefire-emc', story: 'x-ceasefire-emc', near: 'ceasefire', date: '2024-02-07',
    text: `A faction of FARC dissidents in south-western Colombia said on Wednesday it was ending its ceasefire with the government after an army offensive in Cauca, dealing a blow to President Gustavo Petro's peace plans.

The Central General Staff, known as EMC, said soldiers had attacked its camps near Argelia and killed four fighters. The army said it had acted against a unit responsible for a car bomb that injured civilians in January.

The group, made up of former FARC guerrillas who rejected the 2016 peace deal, began talks with the government in 2023, but the negotiations have stalled over its attacks on indigenous communities.

The defence minister said operations in Cauca would continue wherever civilians were threatened.

The group said it remained open to talks if the army withdrew from the area.`,
  },
  {
    label: 'x-expulsion-czech', story: 'x-expulsion-czech', near: 'expulsion', date: '2024-05-22',
    text: `The Czech Republic expelled a Russian diplomat on Wednesday over what it said was espionage, the foreign ministry in Prague said, the second such expulsion this year.

The diplomat, a second secretary at the embassy, had been gathering information on arms deliveries to Ukraine from Czech factories, according to the country's counter-intelligence service. He was given a week to leave.

Foreign Minister Jan Lipavsky wrote on social media that Russia's embassy was "a base for spies" and that Prague would not tolerate their activities.

The Czech Republic cut the staff of the Russian embassy to a minimum in 2021 after it blamed Russian agents for explosions at an ammunition depot in Vrbetice in 2014. Russia's embassy did not comment.

Several European countries have tightened rules on Russian diplomats' travel since 2022.`,
  },
  {
    label: 'x-crackdown-vote', story: 'x-crackdown-vote', near: 'crackdown', date: '2024-05-01',
    text: `Georgia's parliament approved the "foreign influence" bill in its second reading on Wednesday, voting 83 to 23 despite weeks of protests and warnings from Brussels.

The ruling Georgian Dream party says the law will make the funding of non-governmental organisations and media transparent. Under the bill, groups that receive more than a fifth of their money from abroad would have to register and file annual declarations, with fines for those that fail to do so.

Opposition lawmakers walked out before the vote. One said the party was "dragging Georgia back toward Moscow". A third reading is expected within two weeks, and President Salome Zourabichvili has said she will veto the law, although parliament can override her.

Candidate status for the European Union, granted in December, requires reforms that the EU says the bill contradicts.

Police kept a line of officers around parliament during the vote, and a few hundred protesters gathered outside.`,
  },
  {
    label: 'x-trade-peru', story: 'x-trade-peru', near: 'trade', date: '2024-10-09',
    text: `India and Peru concluded the eighth round of negotiations on a free trade agreement in Lima on Wednesday, and said they hoped to finish the talks by the middle of next year.

Peru's trade ministry said the two sides had agreed on chapters on customs procedures and technical barriers, but that differences remained on market access for Indian cars and Peruvian agricultural products.

India is already the third-largest buyer of Peruvian goods, mainly gold and copper. An Indian commerce ministry official said New Delhi was also interested in Peru's deposits of other critical minerals.

The next round is due in New Delhi in January.

Peru already has free trade agreements with China, the United States and the European Union. Indian officials said the pact with Lima would be India's second in South America after a smaller deal with the Mercosur bloc. Business groups in both countries said pharmaceuticals and mining machinery offered the biggest opportunities.`,
  },
  {
    label: 'x-drills-kinmen', story: 'x-drills-kinmen', near: 'drills', date: '2024-10-15',
    text: `Chinese coast guard vessels entered restricted waters off Taiwan's Kinmen islands on Tuesday for the fourth time this month, Taiwan's coast guard said, and ordered a Taiwanese tourist boat to leave the area.

Four Chinese ships sailed within the prohibited zone around Kinmen, which lies a few kilometres off the Chinese city of Xiamen, for about two hours. The Taiwanese coast guard said it had shadowed them and broadcast warnings.

China's coast guard said its patrols enforced "law enforcement jurisdiction" in the waters, which Beijing claims. It began regular patrols near Kinmen in February after two Chinese fishermen died while being chased by Taiwanese officers.

Residents of Kinmen, who depend on tourism from the mainland, said the patrols were frightening visitors away.

Taiwan's Mainland Affairs Council said it had protested through intermediaries.`,
  },
  {
    label: 'x-ruling-istanbul', story: 'x-ruling-istanbul', near: 'ruling', date: '2024-11-19',
    text: `An Istanbul court sentenced a Turkish journalist on Tuesday to four years and two months in prison for spreading "terrorist propaganda" in his reports on Kurdish politics, his lawyers said.

The reporter, who writes for an opposition news website, was convicted over articles and social media posts about the trial of former leaders of the pro-Kurdish HDP party. He remains free pending appeal.

Reporters Without Borders called the ruling a new attack on press freedom. "Journalism is not terrorism," its Turkey representative said outside the courthouse in Caglayan.

Turkey ranks 158th of 180 countries in the organisation's press freedom index. The government says journalists are prosecuted for crimes, not for their work.

Lawyers said they would take the case to Turkey's Constitutional Court and, if necessary, to the European Court of Human Rights.`,
  },
];
