import { findPlaceMentions, type PlaceMention } from '@/lib/geo/gazetteer';
import type { Place } from '@/lib/geo/types';
import { readDateline } from '@/lib/ingest/dates/dateline';
import { isActiveSubject } from './clause-roles';
import { findCrossingNames } from './crossing-names';
import { FAMILY_NOUN, FAMILY_RE } from './lexicon';
import { isAncestorOf } from './place-rank';
import type { PlaceRole, RoledMention } from './types';

// "a source in X", "a Daily NK source living in X", "a source familiar with North Korean affairs in X",
// "a source in China’s Jilin province",
// "a second source in the neighbouring city of X".
const SOURCE_BEFORE =
  /\b(?:sources?|informants?|contacts?|reporting partners?)(?:,?\s+(?:\w+ly\s+)?(?:who lives|who is based|living|based|residing|located|familiar with(?: \w+){1,4}|close to(?: \w+){1,4}))?(?:,\s+from|\s+(?:in|from|inside|near))\s+(?:the\s+|[A-Z][a-z]+['’]s\s+)?(?:(?:neighbou?ring|nearby|adjacent|same)\s+)?(?:(?:city|county|town|district|province|region) of\s+)?$/i;
const TOLD_FROM_BEFORE = /\b(?:told|informed|reported to)\s+[A-Z][\w ]{1,20}?\s+(?:from|in)\s+(?:the\s+)?$/;
// "a North Hamgyong Province resident informed Daily NK": a resident who tells is a source too.
const SOURCE_AFTER =
  /^\s*(?:Province\s+|province\s+|City\s+|County\s+)?(?:(?:-based\s+|based\s+)?sources?\b|(?:residents?|informants?|contacts?|correspondents?)\s+(?:told|informed|said|says|reported|explained|added)\b)/;
// "rice from China", "an official from the consulate in Shenyang": where someone or something came from.
const ORIGIN_BEFORE = /\b(?:from|imported from|brought in from|smuggled (?:in )?from)\s+(?:the\s+)?(?:(?:an?\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:consulate|embassy|ministry|headquarters|committee|bureau|department|office|mission)\s+(?:in|of)\s+(?:the\s+)?)?$/i;
const RELATIVES_OF_PEOPLE_FROM_BEFORE = new RegExp(
  String.raw`\b${FAMILY_NOUN}\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:wom[ae]n|m[ae]n|workers?|soldiers?|defectors?|escapees?|returnees|students?|girls?|boys?|people|persons?|detainees|deserters?)\s+from\s+(?:the\s+)?$`,
  'i',
);
const DRIVEN_FROM_BEFORE = /\b(?:banish|expel|evict|exil|relocat|driv|kick|remov|forced out)\w*\s+(?:[\w'’]+\s+){0,3}?from\s+(?:the\s+)?$/i;
// "sending his parents and sister from Musan to a village in Yonsa": the home relatives are moved out of.
const FAMILY_SENT_FROM_BEFORE = new RegExp(String.raw`\b(?:sen[dt]|moved?|moving|took|tak(?:en|ing)|truck(?:ed|ing))\w*\s+(?:his|her|their|the)\s+(?:[\w'’]+\s+){0,3}?${FAMILY_NOUN}\s+(?:[\w'’]+\s+){0,2}?from\s+(?:the\s+)?$`, 'i');
// "expelled from Rason to farming villages in Kyongwon": where a banished family is sent is not where it was punished.
const SENT_TO_BEFORE = /\b(?:sent|transferred|moved|taken|committed|consigned)\s+to\s+(?:the\s+)?$/i;
const COURT_NAMED = /\b(?:court|tried|trial)\b/i;
const PRISON_WORD = /\b(?:camp|kyohwaso|kwalliso|kwan-?li-?so|prison|colony)\b/i;

function isPrisonSite(place: Place): boolean {
  return place.level === 'site' && (PRISON_WORD.test(place.name) || place.aliases.some((a) => PRISON_WORD.test(a)));
}

const BANISHED_TO_BEFORE = /\b(?:banish|expel|exil|evict)\w*\b[^.;]{0,100}?\bto\s+(?:[\w'’-]+\s+){0,3}?(?:in|near|of)\s+(?:[\w'’-]+\s+(?:and|or)\s+)?$/i;
// "taken to a farm in X", "resettled in a mountain village in X", "were resettled in X", "taken by truck to X" (but
// "taken to the Yodok camp" names the camp, which is the punishment's place).
const FAMILY_MOVED_TO_BEFORE =
  /\b(?:(?:taken|sent|moved|relocated|transferred|resettled|deported|trucked|driven)\s+(?:away\s+)?to\s+(?:live\s+(?:on|in|at)\s+)?(?:an?\s+|the\s+)(?:[\w'’-]+\s+){0,3}?(?:in|near|of)\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:part|corner|area|region|district)\s+of\s+)?|(?:resettled|relocated|rehoused)\s+in\s+(?:(?:an?\s+|the\s+)(?:[\w'’-]+\s+){0,3}?(?:in|near|of)\s+)?|(?:taken|sent|moved|driven|deported)\s+by\s+(?:truck|train|bus|car|lorry|van)\s+to\s+)(?:the\s+)?$/i;
// "they'll be sent to the kyohwaso at Jongo-ri", "are to be moved to a camp in X": where people are still to go is
// no scene of what was done to them.
const FUTURE_MOVE_BEFORE =
  /(?:\bwill|['’]ll|\b(?:is|are) (?:to|expected to|due to|set to|likely to)) (?:then |later |soon |eventually )?be (?:sent|taken|moved|transferred|deported|relocated|banished|dispatched)\s+(?:back\s+)?to\b[^.;,]{0,40}$/i;
// "escaped from a logging camp near Tynda, hoping to reach the consulate in Vladivostok", "on their way to Yanji",
// "travelling together toward the southern city of Kunming":
// where people meant to go is no scene of what happened to them.
const AIMED_AT_BEFORE =
  /\b(?:(?:hop|try|tri|attempt|plann|intend|mean|want|aim|seek)(?:ing|ed)\s+to|in order to|in a bid to|an attempt to)\s+(?:reach|get to|go to|make it to|travel to|cross into|enter|flee to|escape to|head (?:to|for)|join)\s+(?:[\w'’-]+\s+){0,4}?(?:in\s+|at\s+)?$|\b(?:on (?:their|his|her|the) way to|bound for|heading (?:for|to|towards?)|travell?(?:ing|ed) (?:together |south |north )?(?:to|towards?)|headed (?:for|to|towards?)|en route to)\s+(?:[\w'’-]+\s+){0,4}?(?:in\s+|at\s+)?$/i;
// "...and are now believed to be in China": where escapees are now is where they went, not where they crossed.
const DESTINATION_BEFORE = /\b(?:to|into|for|towards?|reach(?:ed)?|arrived in|settled in|resettled in|came to|(?:believed|thought|said|known) to be (?:hiding |living |staying )?in)\s+(?:the\s+)?$/i;
// "the Dandong border guard", "the Hoeryong people's court": a place naming an institution is where it acts.
const INSTITUTION_AFTER =
  /^(?:['’]s)?\s*(?:city |county |provincial |municipal )?(?:border guards?|police|public security|security|authorities|court|people['’]s court|party committee|branch|office|detention)/i;
// "in Ussuriysk, about 100 kilometers north of Vladivostok": a town used to measure from is no scene.
const REFERENCE_POINT_BEFORE = /\b(?:km|kilometers?|kilometres?|miles?|hours?|minutes?)\s+(?:\w+\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|upstream|downstream|away)(?:\s+of|\s+from)\s+(?:the\s+)?$/i;
// "Sunchon, a city north of Pyongyang", "Donggang, a port city in Liaoning near Dandong": the place an appositive
// measures from describes the first one; it is no scene.
const APPOSITIVE_NEAR_BEFORE =
  /,\s*an?\s+(?:[\w'’-]+\s+){0,4}?(?:city|town|county|port|village|district|area|region)\b[^,;.]{0,50}?\b(?:near|outside|close to|not far from|across from|opposite|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?$/i;
// "In Manpo, on the Yalu opposite China's Ji'an", "the riverbank across from Changbai": the town on the other side
// only says where the scene lies.
const ACROSS_FROM_BEFORE = /\b(?:opposite|across (?:the (?:river|Yalu|Tumen|border|water) )?from|facing)\s+(?:the\s+)?(?:[A-Z][\w'’-]+['’]s\s+)?(?:(?:border\s+)?(?:city|town|county|village) of\s+)?$/;
// "networks reaching as far as Hamhung": the reach of something told is no scene.
const AS_FAR_AS_BEFORE = /\b(?:as far (?:away )?as|all the way to)\s+(?:the\s+)?$/i;
// "the North Korean embassy in Beijing had asked Chinese authorities to return the seven": the seat of a mission that
// asks for a return is not where the people are held.
const MISSION_IN_BEFORE = /\b(?:embassy|consulate|mission)\s+in\s+$/i;
const ASKS_AFTER = /^\s+(?:(?:had|has|have|also|already|reportedly)\s+){0,2}(?:asked|requested|demanded|urged|called on|pressed)\b/i;
// "recalled the crew leader to Pyongyang for questioning": where someone is summoned to is no scene of the control.
const RECALLED_TO_BEFORE = /\b(?:recall(?:ed|s|ing)?|summon(?:ed|s|ing)?|ordered back|called back)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:the\s+)?$/i;
// "a security official attached to the consulate in Shenyang came to the dormitory": the post an agent belongs to
// is where he came from, not where he acted.
const AFFILIATION_BEFORE =
  /\b(?:attached to|assigned to|posted (?:to|at)|stationed at|working (?:for|at))\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:consulate|embassy|mission|company|firm|enterprise|trading company|headquarters)\s+(?:in|of)\s+(?:the\s+)?$/i;
// "her hometown of Hoeryong": where someone comes from is no scene of what happened to them elsewhere.
// "the two men, both from Rason, disappeared": an aside that says where people come from describes them.
const PEOPLE_FROM_ASIDE_BEFORE = /,\s*(?:both|all|each|all of them|originally)\s+(?:natives?\s+of|from)\s+$/i;
const HOMETOWN_BEFORE = /\b(?:home\s?town|native (?:town|city|village|county)|birthplace)\s+(?:of\s+)?$/i;
// "The lecture was arranged after a case in Manpo": the place of the case the news follows from.
const EARLIER_CASE_BEFORE = /\b(?:after|following|over|because of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:case|incident|scandal|affair|episode)s?\s+(?:in|at)\s+(?:the\s+)?$/i;
const BORDER_WITH_BEFORE = /\bborders?\s+with\s+(?:the\s+)?$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:and\s+)?$/i;
// "less watched than the areas around Sinuiju and Hyesan", "compared with Hoeryong", "unlike Musan": a place
// named as the other side of a comparison is a yardstick, not where the event happened.
const COMPARED_BEFORE =
  /\b(?:than|compared (?:with|to)|in comparison (?:with|to)|unlike)\s+(?:(?:the|in|at)\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:around|near|of|in|at)\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:,|and|or)\s+){0,3}$/;
// "calls to relatives in China", "money from agents in China": the foreign country where a contact lives is not
// where the North Korean caller or receiver was caught.
const CONTACT_ABROAD_BEFORE =
  /\b(?:relatives?|family members?|kin|contacts?|agents?|handlers?|brokers?|acquaintances?|friends?|children|sons?|daughters?|siblings?|(?:a|his|her|their) (?:sister|brother|mother|father|husband|wife|aunt|uncle|cousin|niece|nephew)s?)\s+(?:(?:living|based|staying|working|settled|who (?:live|lives|lived|work|works|worked|stay|stays|stayed))\s+)?(?:in|inside)\s+(?:the\s+)?$/i;
// "a call he made to a trader in Ji'an", "sold the copper to buyers in Dandong": the other side of a deal or a call.
const DEALT_WITH_ABROAD_BEFORE =
  /\b(?:to|with|from|for)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+)?(?:traders?|dealers?|buyers?|sellers?|merchants?|businessm[ae]n|partners?|middlem[ae]n|smugglers?|suppliers?|producers?|makers?|manufacturers?|customers?)\s+(?:in|inside)\s+(?:the\s+)?$/i;
const DEMONYM = /(?:ean|ese|ian)s?$/i;
// "the Pyongyang Cultural Language Protection Act": a place inside the name of a law is no scene.
const LAW_NAME_AFTER = /^(?:\s+[A-Z][\w'’-]*){0,6}\s+(?:Act|Law|Decree|Regulations?|Ordinance|Code)\b/;
// The capital standing for the state: "prompting Pyongyang to ...", "Pyongyang has asked Russia", "Pyongyang's law",
// "would inform Pyongyang of the matter", "protested to Beijing".
// Foreign capitals stand for their states too: "Pyongyang has asked Moscow to return the workers".
const CAPITALS = new Set(['kp-pyongyang', 'ru-moscow', 'cn-beijing', 'la-vientiane', 'vn-hanoi', 'th-bangkok', 'mn-ulaanbaatar', 'kh-phnom-penh', 'pl-warsaw']);
const STATE_BEFORE =
  /\b(?:prompt|forc|lead|led|push|caus|allow|urg|pressur|press|persuad|convinc|ask|request|call\w* on|accus|warn|inform|notif)\w*\s+$|\b(?:protest|appeal|complain|repl|respond)\w*\s+to\s+$|\b(?:by|with|against)\s+$|\b(?:request|requests|behest|orders|instructions|insistence) of\s+$/i;
const STATE_AFTER =
  /^(?:['’]s\s+(?:\w+\s+)?(?:regime|government|leadership|rulers|authorities|officials|law|laws|policy|policies|decision|demands?|requests?|behest|instructions?|orders?|insistence|response|efforts?|campaign|move|propaganda|crackdown|state media)\b|\s+(?:(?:has|have|had|is|was|will|would|may|might|could|also|then|now|recently|quickly|reportedly)\s+){0,2}(?:asked|ordered|passed|adopted|enacted|banned|announced|introduced|declared|demanded|urged|requested|sent|dispatched|wants?|insist\w*|claim\w*|den(?:y|ies|ied)|responded|decided|tried|sought|seeks|appears|seems|continues|regards|considers|sees|views|fears|blamed|accused|warned|vowed|pledged|threatened|says|said|tighten(?:s|ed)|stepp?(?:s|ed) up|maintains|maintained|handles|handled|treats|treated|refuses|refused|rejects|rejected)\b|\s+(?:regime|government|leadership|rulers)\b)/i;
// "the Tumen" is the border river; the Chinese city of that name is "Tumen" or "Tumen City".
const RIVER_NAMES = /^(?:Tumen|Yalu|Amnok|Duman)$/i;

// "A separate source in Hyesan said two families there were ordered to move": what the source tells of "there" happened
// in the source's town. ("said there were more arrests" only says that something exists.)
const THERE_AFTER = /^[^.;]{0,80}?\b(?:said|says|told|reported|added)\b[^.;]{0,80}?\bthere\b/i;
const THERE_EXISTS_AFTER = /\b(?:said|says|told \w+|reported|added)(?: that)? there (?:is|are|was|were|has been|have been|had been)\b/i;

function toldOfThere(after: string): boolean {
  return THERE_AFTER.test(after) && !THERE_EXISTS_AFTER.test(after);
}

// "were flown back to Pyongyang", "flew them back to Pyongyang via Beijing", "flown on to Pyongyang".
const FLOWN_TO_BEFORE = /\b(?:flown|flew|fly|flying)\s+(?:[\w'’-]+\s+){0,3}?(?:back\s+|home\s+|on\s+)?to\s+$/i;
// "caught in Laos have been sent back to Pyongyang": where people are sent back to is their home state, not where
// they were caught or handed over.
const SENT_BACK_TO_BEFORE = /\b(?:sent|shipped|deported|returned|repatriated|forced|brought|taken)\s+(?:[\w'’-]+\s+){0,3}?back\s+to\s+$/i;

// "ahead of the Beijing Olympic Games", "the Shanghai Expo": a city naming an event held there is no scene.
const EVENT_NAME_AFTER = /^\s+(?:(?:Winter|Summer|Asian)\s+)?(?:Expo|Olympics|Olympic Games|Games|Summit|Fair|Forum|Marathon|Festival|World Cup)\b/;

function isStateOrLaw(sentence: string, m: PlaceMention): boolean {
  const after = sentence.slice(m.end, m.end + 120);
  if (LAW_NAME_AFTER.test(after) || EVENT_NAME_AFTER.test(after)) return true;
  if (!CAPITALS.has(m.place.id)) return false;
  // "by Pyongyang police" or "from Pyongyang's Sadong District" still name the city.
  if (INSTITUTION_AFTER.test(after.slice(0, 40)) || /^(?:['’]s)?\s+(?:[A-Z]\w+\s+)?(?:District|County|Station|Airport|residents|citizens)\b/.test(after)) return false;
  return STATE_AFTER.test(after) || STATE_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start)) || isActiveSubject(sentence, m.start, m.end);
}

function isRiver(sentence: string, m: PlaceMention): boolean {
  return RIVER_NAMES.test(m.text) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, m.start - 5), m.start)) && !/^\s+City\b/i.test(sentence.slice(m.end));
}
const JOINED_TO_PREVIOUS = /^\s*,\s*$|^\s*(?:in|of|and)\s+$/;

// "Hyesan's Sinheung market", "the Sunam market in Chongjin": a place name inside a facility's name, when another
// town owns the facility, names the facility, not a county.
const FACILITY_AFTER = /^\s+(?:markets?|stations?|hospitals?|schools?|hotels?|restaurants?|factory|plant|mines?)\b/i;
const OWNER_BEFORE = /\b[A-Z][\w'’-]+['’]s\s+$/;
const OWNER_AFTER = /^\s+\w+\s+(?:in|of)\s+(?:the\s+)?[A-Z]/;
// "in North Hamgyong Province" only says where the facility's own town lies: no other owner.
const PROVINCE_AFTER = /^\s+\w+\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:[Pp]rovince|[Pp]refecture|[Rr]egion)\b/;

function isFacilityName(sentence: string, m: PlaceMention): boolean {
  const after = sentence.slice(m.end, m.end + 40);
  return FACILITY_AFTER.test(after) && (OWNER_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start)) || (OWNER_AFTER.test(after) && !PROVINCE_AFTER.test(after)));
}

// "spotted the boat 10 kilometers west of Baengnyeong Island": at sea, an island measured from is where it happened.
function isIsland(place: PlaceMention['place']): boolean {
  return place.level === 'site' && /\bIsland$/.test(place.name);
}

function roleOf(sentence: string, m: PlaceMention): PlaceRole {
  // "BANGKOK, Aug. 3 (Yonhap) --": the dateline's city is where the story was filed, like a source's town.
  const dateline = m.start < 40 ? readDateline(sentence) : null;
  if (dateline && m.end <= dateline.end) return 'source';
  if (isStateOrLaw(sentence, m) || isFacilityName(sentence, m)) return 'scope';
  const before = sentence.slice(Math.max(0, m.start - 80), m.start);
  if (INSTITUTION_AFTER.test(sentence.slice(m.end, m.end + 40))) return 'scene';
  if (SOURCE_BEFORE.test(before) || TOLD_FROM_BEFORE.test(before)) return toldOfThere(sentence.slice(m.end)) ? 'scene' : 'source';
  if (SOURCE_AFTER.test(sentence.slice(m.end, m.end + 30))) return 'source';
  // "the relatives of two women from Hoeryong": where the people whose relatives are named come from is their home.
  if (m.place.country === 'KP' && RELATIVES_OF_PEOPLE_FROM_BEFORE.test(before)) return 'scene';
  // "banished from Sariwon": the home a family is driven out of is where the punishment happened.
  if (PEOPLE_FROM_ASIDE_BEFORE.test(before)) return 'scope';
  if (ORIGIN_BEFORE.test(before)) return DRIVEN_FROM_BEFORE.test(before) || FAMILY_SENT_FROM_BEFORE.test(before) ? 'scene' : 'origin';
  if (AFFILIATION_BEFORE.test(before)) return 'origin';
  if (HOMETOWN_BEFORE.test(before)) return 'origin';
  if (EARLIER_CASE_BEFORE.test(before)) return 'scope';
  if (AS_FAR_AS_BEFORE.test(before) || (MISSION_IN_BEFORE.test(before) && ASKS_AFTER.test(sentence.slice(m.end, m.end + 40)))) return 'scope';
  if (RECALLED_TO_BEFORE.test(before)) return 'destination';
  // "was tried at the provincial court in mid-May and sent to the Chongori reeducation camp": with the court named,
  // the camp is where the convict went, not where the trial was.
  if (isPrisonSite(m.place) && SENT_TO_BEFORE.test(before) && COURT_NAMED.test(sentence)) return 'destination';
  // "were flown back to Pyongyang": where a flight home lands is not where the people were caught or handed over.
  if (FLOWN_TO_BEFORE.test(before) || SENT_BACK_TO_BEFORE.test(before)) return 'destination';
  if (BANISHED_TO_BEFORE.test(sentence.slice(Math.max(0, m.start - 160), m.start))) return 'destination';
  if (FUTURE_MOVE_BEFORE.test(before) || AIMED_AT_BEFORE.test(before)) return 'destination';
  // "The family was taken to a farm in Orang": where relatives are moved is their exile, not where they were punished.
  if (FAMILY_RE.test(sentence) && FAMILY_MOVED_TO_BEFORE.test(sentence.slice(Math.max(0, m.start - 80), m.start))) return 'destination';
  // "the border between North Korea and China" describes a line, not where something happened.
  if (BETWEEN_BEFORE.test(before) || ACROSS_FROM_BEFORE.test(before) || (REFERENCE_POINT_BEFORE.test(before) && !isIsland(m.place)) || COMPARED_BEFORE.test(before) || APPOSITIVE_NEAR_BEFORE.test(before)) return 'scope';
  // "arrested by Lao police near the border with China": the country across a border is not where it happened.
  if (m.place.level === 'country' && BORDER_WITH_BEFORE.test(before)) return 'scope';
  if (m.place.country !== 'KP' && CONTACT_ABROAD_BEFORE.test(before)) return 'scope';
  if (DEALT_WITH_ABROAD_BEFORE.test(before)) return 'scope';
  // South Korea is where escapees end up, never where a reported incident in this domain takes place.
  if (m.place.country === 'KR' && m.place.level === 'country') return 'destination';
  if (m.place.level === 'country' && DESTINATION_BEFORE.test(before)) return 'destination';
  return 'scene';
}

/** "Citizens abroad, including in China and Mongolia": a list of countries is a scope, not a scene. */
// "flown back to Pyongyang via China": a country passed through is on the route, no scene and no item of a list.
const VIA_BEFORE = /\b(?:via|through|by way of)\s+$/i;
// "flew them back to Pyongyang via Beijing": a town on the way to a named destination is passed. ("the rest via
// Dandong" or "flown out via Kunming" may be where the return happened.)
const CITY_VIA_BEFORE = /\bto\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:via|by way of)\s+$/;

// "Authorities in North Hamgyong Province have banished the family …, sending his parents from Musan": the province
// is whose authorities acted; a town of it that the sentence names is where.
const AUTHORITIES_IN_BEFORE = /\b(?:authorities|officials|police|security (?:agents|officials|officers)|prosecutors)\s+in\s+(?:the\s+)?$/i;

function isJurisdiction(sentence: string, m: RoledMention, mentions: RoledMention[]): boolean {
  if (m.role !== 'scene' || m.place.level !== 'province' || !AUTHORITIES_IN_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start))) return false;
  return mentions.some((o) => o !== m && o.role === 'scene' && isAncestorOf(m.place, o.place));
}

const LIST_GAP = /^(?:\s*,\s*|\s*,?\s+(?:and|or|as well as)\s+(?:in\s+|to\s+)?|\s*,\s*(?:and|or)\s+(?:in\s+|to\s+)?)$/;

function markScopes(sentence: string, mentions: RoledMention[]): RoledMention[] {
  const jurisdictions = new Set(mentions.filter((m) => isJurisdiction(sentence, m, mentions)));
  const via = new Set(mentions.filter((m) => (m.place.level === 'country' ? VIA_BEFORE : CITY_VIA_BEFORE).test(sentence.slice(Math.max(0, m.start - 50), m.start))));
  const abroad = mentions.filter((m) => m.role === 'scene' && m.place.level === 'country' && m.place.country !== 'KP' && !via.has(m));
  // Only countries named together ("in China and Mongolia", "China, Russia or Laos"), not two told apart.
  const together = abroad.filter((m, i) => abroad.some((o, j) => j !== i && o.place.id !== m.place.id && LIST_GAP.test(sentence.slice(Math.min(m.end, o.end), Math.max(m.start, o.start)))));
  const listed = new Set(together.map((m) => m.place.id));
  return mentions.map((m) => (via.has(m) || jurisdictions.has(m) || listed.has(m.place.id) ? { ...m, role: 'scope' } : m));
}

/** Gazetteer mentions of a sentence with their roles; "Chongjin, North Hamgyong" shares its first role. */
export function findRoledMentions(sentence: string): RoledMention[] {
  // "North Korean woman" is a demonym, not a place.
  const mentions = findPlaceMentions(sentence)
    .filter((m) => !(m.place.level === 'country' && DEMONYM.test(m.text)) && !isRiver(sentence, m))
    .sort((a, b) => a.start - b.start);
  const out: RoledMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const joined = prev && JOINED_TO_PREVIOUS.test(sentence.slice(prev.end, m.start));
    out.push({ ...m, role: joined && prev.role !== 'scene' ? prev.role : roleOf(sentence, m) });
  }
  return withCrossings(sentence, markScopes(sentence, out));
}

/** "handed over at the bridge between Tumen and Namyang": the crossing is the scene; its towns only say which one. */
function withCrossings(sentence: string, mentions: RoledMention[]): RoledMention[] {
  const found = findCrossingNames(sentence, mentions);
  if (!found.length) return mentions;
  const ends = new Set(found.flatMap((f) => f.ends));
  const out: RoledMention[] = mentions.map((m) => (ends.has(m) ? { ...m, role: 'scope' } : m));
  for (const f of found) out.push({ ...f.crossing, role: 'scene' });
  return out.sort((a, b) => a.start - b.start);
}
