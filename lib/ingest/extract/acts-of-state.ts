import type { Trigger } from './types';

/**
 * Control words and crossings that belong to the business of states rather than to repression or escape: a leader's
 * trip across a border, a leader's or a ministry's tour of works, another state's watch over the North, and controls
 * that traders only expect. Each test reads who does the act or what it is done to, never the article's topic.
 */

// "Kim traveled to Russia aboard his armored train, crossing the border at Khasan": a leader, a delegation or a state
// train crossing a border is a state visit, not an escape.
const VISITORS_BEFORE =
  /\b(?:Kim(?: Jong[ -]?(?:Un|Il))?(?! Chaek| Il[ -]?Sung)|(?:the|its|his|their) (?:North Korean )?leader|(?:an? |the |his )?(?:armou?red |special |private )?train|delegations?|envoys?|(?:foreign )?ministers?|premier|motorcade)\b[^.;]{0,80}$/i;

function isStateVisitCrossing(sentence: string, t: Trigger): boolean {
  if (t.type !== 'defection' || !/^cross/i.test(t.text)) return false;
  const before = sentence.slice(Math.max(0, t.start - 100), t.start);
  return VISITORS_BEFORE.test(before) && !/\b(?:defect|fled|flee|escap|smuggl|broker)/i.test(before);
}

// "Kim inspected fighter jets at a factory", "officials inspecting irrigation channels": a tour of works, weapons or
// fields checks things, not people. The thing is the verb's own object; mines and factories are left out, as police
// go through them for stolen goods and hidden phones.
// The leader's "on-the-spot" inspections: "Kim Jong Un, accompanied by officials, inspected …", "Kim inspected …".
const LEADER_BEFORE = /\b(?:Kim Jong[- ]?(?:Un|Il)|the leader)\b[^.;]{0,40}$|\bKim\s+(?:(?:also|later|then|personally|reportedly)\s+)?$/i;
const WORKS_AFTER =
  /^\s+(?:the\s+|a\s+|an\s+|new\s+|several\s+)?(?:(?!at\b|in\b|on\b|of\b)[\w-]+\s+){0,2}?(?:jets?|aircraft|planes?|missiles?|rockets?|weapons?|warships?|submarines?|tanks?|farms?|fields?|paddies|crops?|harvest|irrigation|channels?|canals?|dams?|reservoirs?|construction|building sites?|housing|roads?|bridges?|railways?|equipment|machinery|drills?|exercises?|troops|hospitals?|greenhouses?)\b/i;

function isTourOfWorks(sentence: string, t: Trigger): boolean {
  if (!/^inspect/i.test(t.text)) return false;
  if (LEADER_BEFORE.test(sentence.slice(0, t.start))) return true;
  return t.type === 'crackdown' && WORKS_AFTER.test(sentence.slice(t.end, t.end + 60));
}

// "South Korea's military said it was closely monitoring the area": another state watching the North.
const OTHER_STATE_BEFORE =
  /\b(?:South Korea(?:'s|n)?|Seoul(?:'s)?|(?:the )?(?:U\.S\.|US|United States)|Washington|Japan(?:'s|ese)?|Tokyo|(?:the )?JCS|Joint Chiefs of Staff)\b[^.;]{0,60}$/i;

function isWatchByAnotherState(sentence: string, t: Trigger): boolean {
  return t.type === 'crackdown' && /^(?:monitor|surveil|watch)/i.test(t.text) && OTHER_STATE_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start));
}

// "traders expected inspections at the port to tighten": a control foreseen, not one carried out.
const EXPECTED_BEFORE = /\b(?:expect(?:s|ed|ing)?|anticipat(?:es?|ed|ing)|predict(?:s|ed|ing)?|fear(?:s|ed)?)\s+(?:(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2})?$/i;

function isForeseenControl(sentence: string, t: Trigger): boolean {
  return t.type === 'crackdown' && EXPECTED_BEFORE.test(sentence.slice(Math.max(0, t.start - 50), t.start));
}

// "Eighty South Koreans crossed the eastern border by bus to meet relatives": people of the South crossing north are
// visitors (reunions, tours), not escapees.
const SOUTHERNERS_BEFORE = /\bSouth Koreans\b(?:(?!\b(?:North Koreans?|defectors?|escapees?)\b)[^.;]){0,60}$/i;

function isSouthernersCrossing(sentence: string, t: Trigger): boolean {
  return t.type === 'defection' && /^cross/i.test(t.text) && SOUTHERNERS_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start));
}

// "Participants were kept on managed itineraries and not allowed to leave their hotels": the watch kept on foreign
// guests (tourists, runners, delegates) is the state's hosting, not a crackdown on its people.
const GUESTS_BEFORE = /\b(?:tourists|visitors|participants|runners|foreign (?:guests|journalists|reporters)|tour groups?|delegates|foreigners)\b[^.;]{0,60}$/i;

function isWatchOnGuests(sentence: string, t: Trigger): boolean {
  return t.type === 'crackdown' && GUESTS_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start));
}

// "Seoul's presidential office convened an emergency meeting of the National Security Council": another state's
// council meets; no one is lectured.
function isMeetingOfAnotherState(sentence: string, t: Trigger): boolean {
  return t.type === 'indoctrination' && /meeting/i.test(t.text) && OTHER_STATE_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start));
}

/** Whether the trigger is an act of state business (a visit, a tour, another state's watch) or a control foreseen. */
export function isActOfState(sentence: string, t: Trigger): boolean {
  if (isSouthernersCrossing(sentence, t) || isWatchOnGuests(sentence, t) || isMeetingOfAnotherState(sentence, t)) return true;
  return isStateVisitCrossing(sentence, t) || isTourOfWorks(sentence, t) || isWatchByAnotherState(sentence, t) || isForeseenControl(sentence, t);
}
