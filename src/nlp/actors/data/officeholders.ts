// Heads of state and government, foreign ministers and a few other offices often named in
// news, with terms (from/to inclusive, YYYY-MM-DD; '' = still in office as of this file).
// Facts compiled for annals (roughly 2015–2026, and at the end earlier heads of state and
// government still named in news and archives). One row per term:
//   name | other names (;-separated) | country or organisation code | office | from | to
// Offices: President, Vice President, Prime Minister, Chancellor, Foreign Minister,
// Defense Minister, King, Emir, Crown Prince, Supreme Leader, Secretary-General, ...

export const OFFICEHOLDER_ROWS = `
Joe Biden|Biden;Joseph Biden;Joseph R. Biden|USA|President|2021-01-20|2025-01-20
Joe Biden|Biden|USA|Vice President|2009-01-20|2017-01-20
Donald Trump|Trump;Donald J. Trump|USA|President|2017-01-20|2021-01-20
Donald Trump|Trump;Donald J. Trump|USA|President|2025-01-20|
Barack Obama|Obama|USA|President|2009-01-20|2017-01-20
Kamala Harris|Harris|USA|Vice President|2021-01-20|2025-01-20
Mike Pence|Pence|USA|Vice President|2017-01-20|2021-01-20
JD Vance|Vance;J.D. Vance|USA|Vice President|2025-01-20|
John Kerry|Kerry|USA|Secretary of State|2013-02-01|2017-01-20
Rex Tillerson|Tillerson|USA|Secretary of State|2017-02-01|2018-03-31
Mike Pompeo|Pompeo|USA|Secretary of State|2018-04-26|2021-01-20
Antony Blinken|Blinken;Tony Blinken|USA|Secretary of State|2021-01-26|2025-01-20
Marco Rubio|Rubio|USA|Secretary of State|2025-01-21|
Jim Mattis|Mattis;James Mattis|USA|Defense Secretary|2017-01-20|2019-01-01
Mark Esper|Esper|USA|Defense Secretary|2019-07-23|2020-11-09
Lloyd Austin|Austin|USA|Defense Secretary|2021-01-22|2025-01-20
Pete Hegseth|Hegseth|USA|Defense Secretary|2025-01-25|
Vladimir Putin|Putin|RUS|President|2012-05-07|
Dmitry Medvedev|Medvedev|RUS|Prime Minister|2012-05-08|2020-01-16
Mikhail Mishustin|Mishustin|RUS|Prime Minister|2020-01-16|
Sergey Lavrov|Lavrov;Sergei Lavrov|RUS|Foreign Minister|2004-03-09|
Sergei Shoigu|Shoigu;Sergey Shoigu|RUS|Defense Minister|2012-11-06|2024-05-12
Andrei Belousov|Belousov|RUS|Defense Minister|2024-05-14|
Dmitry Peskov|Peskov|RUS|Kremlin spokesman|2012-05-22|
Maria Zakharova|Zakharova|RUS|Foreign Ministry spokeswoman|2015-08-10|
Xi Jinping|Xi|CHN|President|2013-03-14|
Li Keqiang|Li|CHN|Premier|2013-03-15|2023-03-11
Li Qiang||CHN|Premier|2023-03-11|
Wang Yi||CHN|Foreign Minister|2013-03-16|2022-12-30
Qin Gang|Qin|CHN|Foreign Minister|2022-12-30|2023-07-25
Wang Yi||CHN|Foreign Minister|2023-07-25|
Volodymyr Zelensky|Zelensky;Zelenskyy;Volodymyr Zelenskyy;Zelenskiy;Volodymyr Zelenskiy|UKR|President|2019-05-20|
Petro Poroshenko|Poroshenko|UKR|President|2014-06-07|2019-05-20
Dmytro Kuleba|Kuleba|UKR|Foreign Minister|2020-03-04|2024-09-05
Andrii Sybiha|Sybiha;Andriy Sybiha|UKR|Foreign Minister|2024-09-05|
Denys Shmyhal|Shmyhal|UKR|Prime Minister|2020-03-04|2025-07-17
Yulia Svyrydenko|Svyrydenko|UKR|Prime Minister|2025-07-17|
Oleksii Reznikov|Reznikov|UKR|Defense Minister|2021-11-04|2023-09-05
Rustem Umerov|Umerov|UKR|Defense Minister|2023-09-06|2025-07-17
Fumio Kishida|Kishida|JPN|Prime Minister|2021-10-04|2024-10-01
Shinzo Abe|Abe|JPN|Prime Minister|2012-12-26|2020-09-16
Yoshihide Suga|Suga|JPN|Prime Minister|2020-09-16|2021-10-04
Shigeru Ishiba|Ishiba|JPN|Prime Minister|2024-10-01|2025-10-21
Sanae Takaichi|Takaichi|JPN|Prime Minister|2025-10-21|
Fumio Kishida|Kishida|JPN|Foreign Minister|2012-12-26|2017-08-03
Taro Kono|Kono|JPN|Foreign Minister|2017-08-03|2019-09-11
Toshimitsu Motegi|Motegi|JPN|Foreign Minister|2019-09-11|2021-11-10
Yoshimasa Hayashi|Hayashi|JPN|Foreign Minister|2021-11-10|2023-09-13
Yoko Kamikawa|Kamikawa|JPN|Foreign Minister|2023-09-13|2024-10-01
Takeshi Iwaya|Iwaya|JPN|Foreign Minister|2024-10-01|2025-10-21
Toshimitsu Motegi|Motegi|JPN|Foreign Minister|2025-10-21|
Moon Jae-in|Moon|KOR|President|2017-05-10|2022-05-10
Park Geun-hye|Park|KOR|President|2013-02-25|2017-03-10
Yoon Suk Yeol|Yoon;Yoon Suk-yeol|KOR|President|2022-05-10|2025-04-04
Lee Jae-myung|Lee Jae Myung|KOR|President|2025-06-04|
Kang Kyung-wha|Kang|KOR|Foreign Minister|2017-06-18|2021-02-08
Chung Eui-yong|Chung|KOR|Foreign Minister|2021-02-09|2022-05-10
Park Jin||KOR|Foreign Minister|2022-05-12|2024-01-10
Cho Tae-yul||KOR|Foreign Minister|2024-01-10|2025-06-04
Kim Jong Un|Kim Jong-un;Kim Jong-Un|PRK|Supreme Leader|2011-12-17|
Kim Yo Jong|Kim Yo-jong|PRK|Workers' Party official|2014-01-01|
Ri Yong Ho|Ri Yong-ho|PRK|Foreign Minister|2016-05-01|2020-01-18
Ri Son Gwon|Ri Son-gwon|PRK|Foreign Minister|2020-01-18|2022-06-11
Choe Son Hui|Choe Son-hui|PRK|Foreign Minister|2022-06-11|
Narendra Modi|Modi|IND|Prime Minister|2014-05-26|
Subrahmanyam Jaishankar|Jaishankar;S Jaishankar;S. Jaishankar|IND|External Affairs Minister|2019-05-30|
Sushma Swaraj|Swaraj|IND|External Affairs Minister|2014-05-26|2019-05-30
Ram Nath Kovind|Kovind|IND|President|2017-07-25|2022-07-25
Droupadi Murmu|Murmu|IND|President|2022-07-25|
Imran Khan|Khan|PAK|Prime Minister|2018-08-18|2022-04-10
Shehbaz Sharif|Sharif;Shahbaz Sharif|PAK|Prime Minister|2022-04-11|2023-08-14
Shehbaz Sharif|Sharif;Shahbaz Sharif|PAK|Prime Minister|2024-03-04|
Nawaz Sharif||PAK|Prime Minister|2013-06-05|2017-07-28
Shah Mahmood Qureshi|Qureshi|PAK|Foreign Minister|2018-08-20|2022-04-10
Bilawal Bhutto Zardari|Bilawal Bhutto;Bhutto Zardari|PAK|Foreign Minister|2022-04-27|2023-08-10
Ishaq Dar|Dar|PAK|Foreign Minister|2024-03-11|
Asif Ali Zardari|Zardari|PAK|President|2024-03-10|
Asim Munir|Munir|PAK|Army Chief|2022-11-29|
Ali Khamenei|Khamenei;Ayatollah Ali Khamenei|IRN|Supreme Leader|1989-06-04|
Hassan Rouhani|Rouhani|IRN|President|2013-08-03|2021-08-03
Ebrahim Raisi|Raisi|IRN|President|2021-08-03|2024-05-19
Masoud Pezeshkian|Pezeshkian|IRN|President|2024-07-28|
Mohammad Javad Zarif|Zarif;Javad Zarif|IRN|Foreign Minister|2013-08-15|2021-08-25
Hossein Amir-Abdollahian|Amir-Abdollahian;Amirabdollahian|IRN|Foreign Minister|2021-08-25|2024-05-19
Abbas Araghchi|Araghchi|IRN|Foreign Minister|2024-08-21|
Benjamin Netanyahu|Netanyahu;Bibi Netanyahu|ISR|Prime Minister|2009-03-31|2021-06-13
Naftali Bennett|Bennett|ISR|Prime Minister|2021-06-13|2022-06-30
Yair Lapid|Lapid|ISR|Prime Minister|2022-07-01|2022-12-29
Benjamin Netanyahu|Netanyahu;Bibi Netanyahu|ISR|Prime Minister|2022-12-29|
Isaac Herzog|Herzog|ISR|President|2021-07-07|
Yair Lapid|Lapid|ISR|Foreign Minister|2021-06-13|2022-11-14
Eli Cohen||ISR|Foreign Minister|2023-01-01|2024-01-01
Israel Katz|Katz|ISR|Foreign Minister|2024-01-01|2024-11-05
Gideon Saar|Saar;Gideon Sa'ar|ISR|Foreign Minister|2024-11-05|
Recep Tayyip Erdogan|Erdogan;Tayyip Erdogan;Recep Tayyip Erdoğan;Erdoğan|TUR|President|2014-08-28|
Mevlut Cavusoglu|Cavusoglu;Mevlüt Çavuşoğlu;Çavuşoğlu|TUR|Foreign Minister|2015-11-24|2023-06-03
Hakan Fidan|Fidan|TUR|Foreign Minister|2023-06-04|
Hulusi Akar|Akar|TUR|Defense Minister|2018-07-10|2023-06-03
Emmanuel Macron|Macron|FRA|President|2017-05-14|
Francois Hollande|Hollande;François Hollande|FRA|President|2012-05-15|2017-05-14
Jean-Yves Le Drian|Le Drian|FRA|Foreign Minister|2017-05-17|2022-05-20
Catherine Colonna|Colonna|FRA|Foreign Minister|2022-05-20|2024-01-11
Stephane Sejourne|Sejourne;Stéphane Séjourné|FRA|Foreign Minister|2024-01-11|2024-09-21
Jean-Noel Barrot|Barrot;Jean-Noël Barrot|FRA|Foreign Minister|2024-09-21|
Angela Merkel|Merkel|DEU|Chancellor|2005-11-22|2021-12-08
Olaf Scholz|Scholz|DEU|Chancellor|2021-12-08|2025-05-06
Friedrich Merz|Merz|DEU|Chancellor|2025-05-06|
Heiko Maas|Maas|DEU|Foreign Minister|2018-03-14|2021-12-08
Annalena Baerbock|Baerbock|DEU|Foreign Minister|2021-12-08|2025-05-06
Johann Wadephul|Wadephul|DEU|Foreign Minister|2025-05-06|
Frank-Walter Steinmeier|Steinmeier|DEU|President|2017-03-19|
Theresa May|May|GBR|Prime Minister|2016-07-13|2019-07-24
Boris Johnson|Johnson|GBR|Prime Minister|2019-07-24|2022-09-06
Liz Truss|Truss|GBR|Prime Minister|2022-09-06|2022-10-25
Rishi Sunak|Sunak|GBR|Prime Minister|2022-10-25|2024-07-05
Keir Starmer|Starmer|GBR|Prime Minister|2024-07-05|
Boris Johnson|Johnson|GBR|Foreign Secretary|2016-07-13|2018-07-09
Jeremy Hunt|Hunt|GBR|Foreign Secretary|2018-07-09|2019-07-24
Dominic Raab|Raab|GBR|Foreign Secretary|2019-07-24|2021-09-15
Liz Truss|Truss|GBR|Foreign Secretary|2021-09-15|2022-09-06
James Cleverly|Cleverly|GBR|Foreign Secretary|2022-09-06|2023-11-13
David Cameron|Cameron|GBR|Foreign Secretary|2023-11-13|2024-07-05
David Lammy|Lammy|GBR|Foreign Secretary|2024-07-05|2025-09-05
Yvette Cooper|Cooper|GBR|Foreign Secretary|2025-09-05|
Justin Trudeau|Trudeau|CAN|Prime Minister|2015-11-04|2025-03-14
Mark Carney|Carney|CAN|Prime Minister|2025-03-14|
Chrystia Freeland|Freeland|CAN|Foreign Minister|2017-01-10|2019-11-20
Melanie Joly|Joly;Mélanie Joly|CAN|Foreign Minister|2021-10-26|2025-05-13
Scott Morrison|Morrison|AUS|Prime Minister|2018-08-24|2022-05-23
Anthony Albanese|Albanese|AUS|Prime Minister|2022-05-23|
Marise Payne|Payne|AUS|Foreign Minister|2018-08-28|2022-05-23
Penny Wong|Wong|AUS|Foreign Minister|2022-05-23|
Giuseppe Conte|Conte|ITA|Prime Minister|2018-06-01|2021-02-13
Mario Draghi|Draghi|ITA|Prime Minister|2021-02-13|2022-10-22
Giorgia Meloni|Meloni|ITA|Prime Minister|2022-10-22|
Luigi Di Maio|Di Maio|ITA|Foreign Minister|2019-09-05|2022-10-22
Antonio Tajani|Tajani|ITA|Foreign Minister|2022-10-22|
Jair Bolsonaro|Bolsonaro|BRA|President|2019-01-01|2023-01-01
Luiz Inacio Lula da Silva|Lula;Luiz Inácio Lula da Silva;Lula da Silva|BRA|President|2023-01-01|
Mohammed bin Salman|MBS;bin Salman;Mohammad bin Salman|SAU|Crown Prince|2017-06-21|
King Salman|Salman bin Abdulaziz;King Salman bin Abdulaziz|SAU|King|2015-01-23|
Faisal bin Farhan|Prince Faisal bin Farhan|SAU|Foreign Minister|2019-10-23|
Adel al-Jubeir|Jubeir;al-Jubeir|SAU|Foreign Minister|2015-04-29|2018-12-27
Tamim bin Hamad Al Thani|Sheikh Tamim;Tamim bin Hamad|QAT|Emir|2013-06-25|
Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman|QAT|Foreign Minister|2016-01-27|
Mohamed bin Zayed|MBZ;Mohammed bin Zayed;Sheikh Mohamed bin Zayed|ARE|President|2022-05-14|
Abdullah bin Zayed|Sheikh Abdullah bin Zayed|ARE|Foreign Minister|2006-02-09|
Abdel Fattah el-Sisi|Sisi;el-Sisi;al-Sisi;Abdel Fattah al-Sisi|EGY|President|2014-06-08|
Sameh Shoukry|Shoukry|EGY|Foreign Minister|2014-06-17|2024-07-03
Abiy Ahmed|Abiy|ETH|Prime Minister|2018-04-02|
Assimi Goita|Goita;Assimi Goïta|MLI|President|2021-05-24|
Abdel Fattah al-Burhan|Burhan;al-Burhan|SDN|Sovereign Council chairman|2019-08-21|
Omar al-Bashir|Bashir;al-Bashir|SDN|President|1989-06-30|2019-04-11
Alexander Lukashenko|Lukashenko;Aleksandr Lukashenko|BLR|President|1994-07-20|
Nicolas Maduro|Maduro;Nicolás Maduro|VEN|President|2013-04-19|
Juan Guaido|Guaido;Juan Guaidó|VEN|Opposition leader|2019-01-23|2023-01-05
Nikol Pashinyan|Pashinyan|ARM|Prime Minister|2018-05-08|
Zohrab Mnatsakanyan|Mnatsakanyan;Mnatsakanian;Zohrab Mnatsakanian|ARM|Foreign Minister|2018-05-12|2020-11-16
Ararat Mirzoyan|Mirzoyan|ARM|Foreign Minister|2021-08-19|
Ilham Aliyev|Aliyev|AZE|President|2003-10-31|
Jeyhun Bayramov|Bayramov|AZE|Foreign Minister|2020-07-16|
Aleksandar Vucic|Vucic;Aleksandar Vučić;Vučić|SRB|President|2017-05-31|
Ana Brnabic|Brnabic|SRB|Prime Minister|2017-06-29|2024-05-02
Hashim Thaci|Thaci;Hashim Thaçi|XKX|President|2016-04-07|2020-11-05
Vjosa Osmani|Osmani|XKX|President|2021-04-04|
Albin Kurti|Kurti|XKX|Prime Minister|2021-03-22|
Ramush Haradinaj|Haradinaj|XKX|Prime Minister|2017-09-09|2020-02-03
Viktor Orban|Orban;Viktor Orbán;Orbán|HUN|Prime Minister|2010-05-29|
Peter Szijjarto|Szijjarto;Péter Szijjártó|HUN|Foreign Minister|2014-09-23|
Mark Rutte|Rutte|NLD|Prime Minister|2010-10-14|2024-07-02
Mark Rutte|Rutte|NATO|Secretary-General|2024-10-01|
Jens Stoltenberg|Stoltenberg|NATO|Secretary-General|2014-10-01|2024-10-01
Antonio Guterres|Guterres;António Guterres|UN|Secretary-General|2017-01-01|
Ban Ki-moon|Ban|UN|Secretary-General|2007-01-01|2016-12-31
Ursula von der Leyen|von der Leyen|EU|European Commission President|2019-12-01|
Josep Borrell|Borrell|EU|High Representative|2019-12-01|2024-11-30
Kaja Kallas|Kallas|EST|Prime Minister|2021-01-26|2024-07-23
Kaja Kallas|Kallas|EU|High Representative|2024-12-01|
Charles Michel|Michel|EU|European Council President|2019-12-01|2024-11-30
Antonio Costa|Costa;António Costa|EU|European Council President|2024-12-01|
Moussa Faki Mahamat|Moussa Mahamat Faki;Faki|AU|African Union Commission chairperson|2017-03-14|2025-02-15
Rafael Grossi|Grossi|IAEA|Director General|2019-12-03|
Mauricio Macri|Macri|ARG|President|2015-12-10|2019-12-10
Alberto Fernandez|Alberto Fernández|ARG|President|2019-12-10|2023-12-10
Michel Temer|Temer|BRA|President|2016-08-31|2019-01-01
Dilma Rousseff|Rousseff|BRA|President|2011-01-01|2016-08-31
Matteo Renzi|Renzi|ITA|Prime Minister|2014-02-22|2016-12-12
Paolo Gentiloni|Gentiloni|ITA|Prime Minister|2016-12-12|2018-06-01
Sergio Mattarella|Mattarella|ITA|President|2015-02-03|
Enrique Pena Nieto|Pena Nieto;Peña Nieto;Enrique Peña Nieto|MEX|President|2012-12-01|2018-11-30
Jacob Zuma|Zuma|ZAF|President|2009-05-09|2018-02-14
Ashraf Ghani|Ghani|AFG|President|2014-09-29|2021-08-15
Hibatullah Akhundzada|Akhundzada|AFG|Supreme Leader|2021-08-15|
Haider al-Abadi|al-Abadi;Abadi|IRQ|Prime Minister|2014-09-08|2018-10-25
Adel Abdul Mahdi|Abdul Mahdi|IRQ|Prime Minister|2018-10-25|2020-05-07
Michel Aoun|Aoun|LBN|President|2016-10-31|2022-10-30
Najib Mikati|Mikati|LBN|Prime Minister|2021-09-10|2025-02-08
Saad Hariri|Hariri|LBN|Prime Minister|2016-12-18|2020-01-21
Nawaf Salam|Salam|LBN|Prime Minister|2025-02-08|
Abdrabbuh Mansur Hadi|Hadi|YEM|President|2012-02-25|2022-04-07
Rashad al-Alimi|al-Alimi;Alimi|YEM|Presidential Leadership Council chairman|2022-04-07|
Abdullah II|King Abdullah;King Abdullah II|JOR|King|1999-02-07|
Mohammed VI|King Mohammed VI|MAR|King|1999-07-23|
Abdul Hamid Dbeibah|Dbeibah|LBY|Prime Minister|2021-03-15|
Khalifa Haftar|Haftar|LBY|Libyan National Army commander|2015-03-02|
Ibrahim Boubacar Keita|Keita;Ibrahim Boubacar Keïta|MLI|President|2013-09-04|2020-08-18
Abdalla Hamdok|Hamdok|SDN|Prime Minister|2019-08-21|2022-01-02
Mohamed Hamdan Dagalo|Dagalo;Hemedti|SDN|Rapid Support Forces commander|2013-08-01|
Prayut Chan-o-cha|Prayut|THA|Prime Minister|2014-08-24|2023-08-22
Srettha Thavisin|Srettha|THA|Prime Minister|2023-08-22|2024-08-14
Paetongtarn Shinawatra|Paetongtarn|THA|Prime Minister|2024-08-16|2025-08-29
Maia Sandu|Sandu|MDA|President|2020-12-24|
Radoslaw Sikorski|Sikorski;Radosław Sikorski|POL|Foreign Minister|2023-12-13|
Jose Manuel Albares|Albares;José Manuel Albares|ESP|Foreign Minister|2021-07-12|
Ulf Kristersson|Kristersson|SWE|Prime Minister|2022-10-18|
Magdalena Andersson|Andersson|SWE|Prime Minister|2021-11-30|2022-10-18
Sanna Marin|Marin|FIN|Prime Minister|2019-12-10|2023-06-20
Petteri Orpo|Orpo|FIN|Prime Minister|2023-06-20|
Sauli Niinisto|Niinisto;Sauli Niinistö|FIN|President|2012-03-01|2024-03-01
Alexander Stubb|Stubb|FIN|President|2024-03-01|
Mette Frederiksen|Frederiksen|DNK|Prime Minister|2019-06-27|
Jonas Gahr Store|Store;Jonas Gahr Støre|NOR|Prime Minister|2021-10-14|
Dick Schoof|Schoof|NLD|Prime Minister|2024-07-02|
Alexander De Croo|De Croo|BEL|Prime Minister|2020-10-01|2025-02-03
Robert Fico|Fico|SVK|Prime Minister|2023-10-25|
Irakli Kobakhidze|Kobakhidze|GEO|Prime Minister|2024-02-08|
Salome Zourabichvili|Zourabichvili|GEO|President|2018-12-16|2024-12-29
Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman|QAT|Prime Minister|2023-03-07|
Khalifa bin Zayed|Sheikh Khalifa|ARE|President|2004-11-03|2022-05-13
Mostafa Madbouly|Madbouly|EGY|Prime Minister|2018-06-07|
Badr Abdelatty|Abdelatty|EGY|Foreign Minister|2024-07-03|
Ayman Safadi|Safadi|JOR|Foreign Minister|2017-01-15|
Hassan Sheikh Mohamud|Mohamud|SOM|President|2022-05-23|
Isaias Afwerki|Afwerki|ERI|President|1993-05-24|
Emmerson Mnangagwa|Mnangagwa|ZWE|President|2017-11-24|
Cyril Ramaphosa|Ramaphosa|ZAF|President|2018-02-15|
Gitanas Nauseda|Nauseda;Gitanas Nausėda|LTU|President|2019-07-12|
Gabrielius Landsbergis|Landsbergis|LTU|Foreign Minister|2020-12-11|2024-12-12
Pham Minh Chinh|Chinh|VNM|Prime Minister|2021-04-05|
To Lam|Tô Lâm|VNM|General Secretary|2024-08-03|
Hun Manet|Manet|KHM|Prime Minister|2023-08-22|
Hun Sen||KHM|Prime Minister|1985-01-14|2023-08-22
Nechirvan Barzani|Barzani|IRQ|Kurdistan Region President|2019-06-10|
Mahmoud Abbas|Abbas|PSE|President|2005-01-15|
Tedros Adhanom Ghebreyesus|Tedros|WHO|Director-General|2017-07-01|
Andrzej Duda|Duda|POL|President|2015-08-06|2025-08-06
Donald Tusk|Tusk|POL|Prime Minister|2023-12-13|
Mateusz Morawiecki|Morawiecki|POL|Prime Minister|2017-12-11|2023-12-13
Pedro Sanchez|Sanchez;Pedro Sánchez|ESP|Prime Minister|2018-06-02|
Andres Manuel Lopez Obrador|Lopez Obrador;López Obrador;AMLO|MEX|President|2018-12-01|2024-09-30
Claudia Sheinbaum|Sheinbaum|MEX|President|2024-10-01|
Joko Widodo|Jokowi;Widodo|IDN|President|2014-10-20|2024-10-20
Prabowo Subianto|Prabowo|IDN|President|2024-10-20|
Rodrigo Duterte|Duterte|PHL|President|2016-06-30|2022-06-30
Ferdinand Marcos Jr.|Marcos;Ferdinand Marcos Jr;Bongbong Marcos|PHL|President|2022-06-30|
Muhammadu Buhari|Buhari|NGA|President|2015-05-29|2023-05-29
Bola Tinubu|Tinubu|NGA|President|2023-05-29|
Ivan Duque|Duque;Iván Duque|COL|President|2018-08-07|2022-08-07
Gustavo Petro|Petro|COL|President|2022-08-07|
Bashar al-Assad|Assad;al-Assad|SYR|President|2000-07-17|2024-12-08
Ahmed al-Sharaa|al-Sharaa;Sharaa|SYR|President|2025-01-29|
Mustafa al-Kadhimi|Kadhimi;al-Kadhimi|IRQ|Prime Minister|2020-05-07|2022-10-27
Mohammed Shia al-Sudani|Sudani;al-Sudani|IRQ|Prime Minister|2022-10-27|
Kassym-Jomart Tokayev|Tokayev|KAZ|President|2019-03-20|
Nursultan Nazarbayev|Nazarbayev;Nazarbaev;Nursultan Nazarbaev|KAZ|President|1990-04-24|2019-03-20
Sadyr Japarov|Japarov|KGZ|President|2021-01-28|
Almazbek Atambayev|Atambayev;Atambaev;Almazbek Atambaev|KGZ|President|2011-12-01|2017-11-24
Voreqe Bainimarama|Bainimarama;Frank Bainimarama|FJI|Prime Minister|2007-01-05|2022-12-24
Salva Kiir|Kiir;Salva Kiir Mayardit|SSD|President|2011-07-09|
Shavkat Mirziyoyev|Mirziyoyev|UZB|President|2016-09-08|
Sheikh Hasina|Hasina|BGD|Prime Minister|2009-01-06|2024-08-05
Muhammad Yunus|Yunus|BGD|Chief Adviser|2024-08-08|
Min Aung Hlaing|Min Aung Hlaing|MMR|Senior General|2021-02-01|
Aung San Suu Kyi|Suu Kyi|MMR|State Counsellor|2016-04-06|2021-02-01
Lai Ching-te|Lai|TWN|President|2024-05-20|
Tsai Ing-wen|Tsai|TWN|President|2016-05-20|2024-05-20
Anwar Ibrahim|Anwar|MYS|Prime Minister|2022-11-24|
Javier Milei|Milei|ARG|President|2023-12-10|
Benjamin Netanyahu|Netanyahu|ISR|Prime Minister|1996-06-18|1999-07-06
Ismail Haniyeh|Haniyeh|PSE|Hamas leader|2017-05-06|2024-07-31
Yahya Sinwar|Sinwar|PSE|Hamas leader|2024-08-06|2024-10-16
Hassan Nasrallah|Nasrallah|LBN|Hezbollah leader|1992-02-16|2024-09-27
Joseph Aoun|Aoun|LBN|President|2025-01-09|
Kais Saied|Saied|TUN|President|2019-10-23|
Abdelmadjid Tebboune|Tebboune|DZA|President|2019-12-19|
Paul Kagame|Kagame|RWA|President|2000-03-24|
Felix Tshisekedi|Tshisekedi;Félix Tshisekedi|COD|President|2019-01-24|
William Ruto|Ruto|KEN|President|2022-09-13|
Uhuru Kenyatta|Kenyatta|KEN|President|2013-04-09|2022-09-13
Yoweri Museveni|Museveni|UGA|President|1986-01-29|
Nana Akufo-Addo|Akufo-Addo|GHA|President|2017-01-07|2025-01-07
Shirley Ayorkor Botchwey|Botchwey;Shirley Botchwey|GHA|Foreign Minister|2017-01-31|2025-01-07
Goodluck Jonathan|Jonathan|NGA|President|2010-05-06|2015-05-29
Mahamat Idriss Deby|Deby;Mahamat Déby|TCD|President|2021-04-20|
Ibrahim Traore|Traore;Ibrahim Traoré|BFA|President|2022-09-30|
Abdourahamane Tchiani|Tchiani|NER|President|2023-07-26|
George W. Bush|Bush;George Bush;George W Bush|USA|President|2001-01-20|2009-01-20
George H. W. Bush|Bush;George Bush;George H.W. Bush|USA|Vice President|1981-01-20|1989-01-20
George H. W. Bush|Bush;George Bush;George H.W. Bush|USA|President|1989-01-20|1993-01-20
Bill Clinton|Clinton;William Clinton;William Jefferson Clinton|USA|President|1993-01-20|2001-01-20
Hillary Clinton|Clinton;Hillary Rodham Clinton|USA|Secretary of State|2009-01-21|2013-02-01
Ronald Reagan|Reagan|USA|President|1981-01-20|1989-01-20
Dick Cheney|Cheney|USA|Vice President|2001-01-20|2009-01-20
Madeleine Albright|Albright|USA|Secretary of State|1997-01-23|2001-01-20
Boris Yeltsin|Yeltsin|RUS|President|1991-07-10|1999-12-31
Tony Blair|Blair|GBR|Prime Minister|1997-05-02|2007-06-27
Jacques Chirac|Chirac|FRA|President|1995-05-17|2007-05-16
Helmut Kohl|Kohl|DEU|Chancellor|1982-10-01|1998-10-27
Gerhard Schroeder|Schroeder;Gerhard Schröder;Schröder|DEU|Chancellor|1998-10-27|2005-11-22
Ehud Barak|Barak|ISR|Prime Minister|1999-07-06|2001-03-07
Ariel Sharon|Sharon|ISR|Prime Minister|2001-03-07|2006-04-14
Yasser Arafat|Arafat|PSE|President|1994-07-05|2004-11-11
Saddam Hussein|Saddam|IRQ|President|1979-07-16|2003-04-09
Hosni Mubarak|Mubarak|EGY|President|1981-10-14|2011-02-11
Nelson Mandela|Mandela|ZAF|President|1994-05-10|1999-06-14
Jose Eduardo dos Santos|dos Santos;José Eduardo dos Santos;Eduardo dos Santos|AGO|President|1979-09-21|2017-09-26
Kofi Annan|Annan|UN|Secretary-General|1997-01-01|2006-12-31
Vladimir Putin|Putin|RUS|Prime Minister|1999-08-16|1999-12-30
Vladimir Putin|Putin|RUS|President|1999-12-31|2008-05-07
Vladimir Putin|Putin|RUS|Prime Minister|2008-05-08|2012-05-07
Dmitry Medvedev|Medvedev|RUS|President|2008-05-07|2012-05-07
Francois Mitterrand|Mitterrand;François Mitterrand;Mitterand;Francois Mitterand|FRA|President|1981-05-21|1995-05-17
Hamad bin Khalifa Al Thani|Hamad bin Khalifa;Hamad bin Khalifa al-Thani;Sheikh Hamad bin Khalifa|QAT|Emir|1995-06-27|2013-06-25
Abdelaziz Bouteflika|Bouteflika|DZA|President|1999-04-27|2019-04-02
Leonid Kravchuk|Kravchuk|UKR|President|1991-12-05|1994-07-19
Leonid Kuchma|Kuchma|UKR|President|1994-07-19|2005-01-23
Margaret Thatcher|Thatcher|GBR|Prime Minister|1979-05-04|1990-11-28
John Major||GBR|Prime Minister|1990-11-28|1997-05-02
Yitzhak Rabin|Rabin|ISR|Prime Minister|1992-07-13|1995-11-04
Hafez al-Assad|Assad;al-Assad;Hafez Assad|SYR|President|1971-03-14|2000-06-10
Jiang Zemin|Jiang|CHN|President|1993-03-27|2003-03-15
Viktor Chernomyrdin|Chernomyrdin|RUS|Prime Minister|1992-12-14|1998-03-23
Yevgeny Primakov|Primakov|RUS|Foreign Minister|1996-01-09|1998-09-11
Yevgeny Primakov|Primakov|RUS|Prime Minister|1998-09-11|1999-05-12
James Baker|Baker;James A. Baker|USA|Secretary of State|1989-01-25|1992-08-23
`;
