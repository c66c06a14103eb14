/**
 * Month names and abbreviations found in feed and page dates (RFC 822 dates are meant to be
 * English, but Portuguese, Spanish, French and German feeds localise them). Keys are lower-case,
 * without a trailing dot; values are month numbers 1-12.
 */
export const MONTHS: Readonly<Record<string, number>> = {
  // English
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  // Portuguese
  fev: 2, fevereiro: 2, janeiro: 1, 'março': 3, marco: 3, abr: 4, abril: 4, mai: 5, maio: 5,
  junho: 6, julho: 7, ago: 8, agosto: 8, set: 9, setembro: 9, out: 10, outubro: 10,
  novembro: 11, dez: 12, dezembro: 12,
  // Spanish
  ene: 1, enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7,
  septiembre: 9, octubre: 10, noviembre: 11, dic: 12, diciembre: 12,
  // French
  janv: 1, janvier: 1, 'févr': 2, fevr: 2, 'février': 2, mars: 3, avr: 4, avril: 4,
  juin: 6, juil: 7, juillet: 7, 'août': 8, aout: 8, 'déc': 12, 'décembre': 12,
  octobre: 10, novembre: 11, septembre: 9,
  // German
  januar: 1, 'jän': 1, februar: 2, 'mär': 3, 'märz': 3, maerz: 3, juni: 6, juli: 7,
  okt: 10, oktober: 10, dezember: 12,
};

/**
 * Zone abbreviations with a fixed meaning in RFC 822 / RFC 2822 dates (minutes east of UTC).
 * Other abbreviations (e.g. Australian "EST") are ambiguous and leave the offset unknown.
 */
export const RFC822_ZONES: Readonly<Record<string, number>> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
