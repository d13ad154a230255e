import type { IncidentType } from '@/lib/taxonomy';
import { isCheckpointCapture, isCustodySequel, isRaidOnDwelling, isStepOfCapture } from './capture-steps';
import {
  isCustodyBeforeReturn,
  isLongHeldBackground,
  isMissingByAbduction,
  isQuestioningOfRelatives,
  isReceivedInSouth,
  isReturnByTheSouthAtOwnWish,
  isVenueOfVerdict,
} from './event-frames';
import { isActOfState } from './acts-of-state';
import { isCrowdRoundedUp, isSummonedAudience, isVerdictReadAt } from './audiences';
import { isVenueOrWorship } from './event-venues';
import { describesPlace, isFutureAfter, isHypothetical, isLongAgo, isNegated } from './factuality';
import { isKnownAsEscapee } from './known-as-escapees';
import { FAMILY_RE, TRIGGERS } from './lexicon';
import { isNonEvent } from './non-events';
import { isCaughtTogether, isRelativeNotPunished, isRelativesOfAnotherVerb } from './relative-subjects';
import { hasThingSubject } from './thing-subject';
import type { Trigger } from './types';

// When two trigger phrases overlap, the more specific reading wins ("sentenced to death" is an execution,
// "his family was arrested" is a family punishment, not an arrest).
const PRIORITY: IncidentType[] = [
  'execution',
  'family_punishment',
  'repatriation',
  'trial',
  'arrest',
  'defection',
  'crackdown',
  'indoctrination',
  'other',
];

function overlaps(a: Trigger, b: Trigger): boolean {
  return a.start < b.end && b.start < a.end;
}

// "A family of three who had been hiding in Yanji was detained by Chinese police": a family caught for its
// own escape is no family punishment. A family that vanishes at home still is one.
const OWN_FAMILY_BEFORE = /\b(?:an?|one|two|three|four|several)\s+(?:[\w-]+\s+){0,2}$/i;
// "Three families whose relatives defected": the act is someone else's, so this is a family punishment.
const WHOSE_RELATIVES = /\bwhose (?:\w+ ){0,2}?(?:relatives?|sons?|daughters?|husbands?|wives|wife|fathers?|mothers?|brothers?|sisters?|children|members?)\b/i;
const OWN_ACT = /\b(?:Chinese|Russian|Lao|Laotian|Vietnamese|Thai|Mongolian|Cambodian|hiding|escap\w*|fle(?:e|d|eing)|cross(?:ed|ing)|defect\w*|travell?ed|journey\w*)\b/i;

// "inmates of Kyohwaso No. 12", "executed at Camp No. 25": a numbered camp after a locative word is a place
// named, not a term handed down ("sent to Kyohwaso No. 12" still is one).
const NUMBERED_AFTER = /^\s+(?:No\.?\s*)?\d/i;
const LOCATIVE_BEFORE = /\b(?:at|in|inside|from|of|near|within|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// "their labour camp in Dubai": a camp someone belongs to is where workers live, not a term handed down.
const POSSESSED_BEFORE = /\b(?:their|his|her|its|the workers['’]?)\s+$/i;

function isNamedCamp(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (!/camp|kyohwaso|prison/i.test(sentence.slice(start, end))) return false;
  return (NUMBERED_AFTER.test(sentence.slice(end, end + 8)) && LOCATIVE_BEFORE.test(before)) || POSSESSED_BEFORE.test(before);
}

// "caught calling her daughter in Seoul": a relative someone contacted is no subject of a punishment.
const CONTACT_BEFORE = /\b(?:call\w*|phon\w*|contact\w*|visit\w*|meet\w*|met|help\w*|sen(?:d|t|ding) money to)\s+(?:her|his|their|a|the)\s+$/i;

function isObjectOfContact(sentence: string, start: number): boolean {
  return CONTACT_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
}

// "The camp holds thousands of prisoners", "inmates died at a labour camp", "returnees face forced labour": a camp
// or labour term named as a thing is no verdict. It reports one only when someone is put there or given it, or a
// judge announces it ("a judge announced sentences of five to fifteen years in reform labour camps").
const FACILITY_TRIAL = /camp|kyohwaso|labou?r|rodong|prison/i;
const COMMITTAL_BEFORE =
  /\b(?:sent|send(?:s|ing)?|sentenced|taken|transferred|moved|committed|consigned|dispatched|packed off|shipped|thrown|put|locked|confined|imprisoned|jailed|banished|held|detained|given|gave|received|got|handed|serv(?:e|es|ed|ing)|condemned|ordered|announced|pronounced|read out|imposed|meted out|sentences? of|terms? of)\b[^.;]{0,60}$/i;

function isCommittal(sentence: string, start: number, text: string): boolean {
  if (!FACILITY_TRIAL.test(text) || /sentence|term|years?\b/i.test(text)) return true;
  return COMMITTAL_BEFORE.test(sentence.slice(Math.max(0, start - 80), start));
}

function collectMatches(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  for (const type of PRIORITY) {
    for (const re of TRIGGERS[type]) {
      for (const m of sentence.matchAll(re)) {
        const start = m.index ?? 0;
        const ownFamily =
          /^famil/i.test(m[0]) && OWN_FAMILY_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) && OWN_ACT.test(sentence) && !WHOSE_RELATIVES.test(sentence);
        if (type === 'family_punishment' && (ownFamily || isObjectOfContact(sentence, start))) continue;
        if (type === 'trial' && (isNamedCamp(sentence, start, start + m[0].length) || !isCommittal(sentence, start, m[0]))) continue;
        found.push({ type, start, end: start + m[0].length, text: m[0] });
      }
    }
  }
  return found;
}

/**
 * "people caught with phones were sentenced", "a trial of students who were caught sharing songs": the participle
 * or relative clause describes who was tried or lectured, not a separate arrest.
 */
const REDUCED_RELATIVE = /\b(?!was\b|were\b|been\b|be\b|being\b|got\b|get\b|is\b|are\b)\w+ (?:arrested|detained|caught) (?:for|with|in|on|at|after|during|while|[a-z]+ing)\b/gi;
const RELATIVE_CLAUSE = /\b(?:who|that) (?:had |have |has )?(?:was |were |been )(?:arrested|detained|caught) (?:for|with|in|on|at|after|during|while|[a-z]+ing)\b/gi;
/** The events a description of their people can belong to. */
const DESCRIBES_WHO = new Set(['trial', 'execution', 'indoctrination']);

// "sent to reform camps after being caught", "had been caught with files and was executed": the capture is the
// first step of the punishment the same sentence reports about the same person, not an incident of its own.
// "study sessions have been held since, after a student was caught imitating Seoul speech": likewise the cause of
// a campaign told before it.
const AFTER_BEING_BEFORE =
  /\bafter (?:(?:having been|(?:he|she|they) (?:was|were|had been)|(?:a|an|the|one|two|three|four|five|several|some) (?:[\w'’-]+ ){0,3}?[\w'’-]+(?: (?:was|were|had been))?)\s+)?$/i;
const COORDINATED_AFTER = /^[^.;]{0,80}?\band (?:was|were|then|later|subsequently|eventually)\b/i;

function isStepOfPunishment(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  const punish = (o: Trigger) => o.type === 'trial' || o.type === 'execution';
  if (AFTER_BEING_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start))) return triggers.some((o) => DESCRIBES_WHO.has(o.type) && o.end <= t.start);
  const next = triggers.find((o) => o.start >= t.end);
  return !!next && punish(next) && COORDINATED_AFTER.test(sentence.slice(t.end, next.start + 1));
}

function reducedRelativeStarts(sentence: string, triggers: Trigger[]): Set<number> {
  const starts = new Set<number>();
  for (const t of triggers) if (t.type === 'arrest' && isStepOfPunishment(sentence, t, triggers)) starts.add(t.start);
  if (!triggers.some((t) => DESCRIBES_WHO.has(t.type))) return starts;
  for (const m of [...sentence.matchAll(REDUCED_RELATIVE), ...sentence.matchAll(RELATIVE_CLAUSE)]) {
    const verb = (m.index ?? 0) + m[0].search(/(?:arrested|detained|caught) /);
    starts.add(verb);
  }
  return starts;
}

// A long family phrase can hold its own negation or hedge: "my parents weren't relocated", "the family is
// likely to be sent to a village".
// "May" the month is no hedge ("asked police in early May to find him"): the modal is matched in lower case only.
const ASIDE = /,\s*(?:who|whose|which)\b[^,]*,/g;
const NEGATED_INSIDE = /\b(?:[Nn]ot|[Nn]ever|may|[Mm]ight|[Cc]ould|[Ww]ould|[Ww]ill|[Cc]an|[Ss]hould|[Mm]ust|[Ll]ikely|[Uu]nlikely|[Ee]xpected|[Pp]robably|[Pp]ossibly|set to|about to|going to|due to|fac(?:e|es|ing))\b|n['’]t\b/;

// Triggers whose own words are the negation: "has not been heard from since", "did not return to the dormitory",
// "not allowed to leave".
const NEGATIVE_FORM = /^(?:(?:has|have|had) not (?:been|returned|come back)\b|(?:failed to|did not|didn['’]t|never) (?:return|come back|report back)\b|(?:not|no longer) (?:allowed|permitted) to\b)/i;

// A meeting is an ideological session only when people are told, warned or criticised at it.
// "weekly meetings at which they must name neighbors who wear jeans": a duty laid on those at the meeting is a cue too.
const SESSION_CUE =
  /\bat which\b[^.;]{0,30}?\b(?:must|had to|have to|were (?:made|required|forced|told) to)\b|\b(?:told|warn\w*|critici[sz]\w*|lectur\w*|urg\w+|emphasi[sz]\w*|ideolog\w*|loyalty|denounc\w*|condemn\w*|self-critic\w*|pledge\w*|study|read (?:out|aloud)|banned|forbidden|prohibit\w*|instruct\w*|explain\w*|taught|remind\w*|same subject)\b/i;
// "picked up by a South Korean navy patrol": the South's forces rescue or receive; they do not arrest or raid.
const SOUTH_FORCE =
  /\b(?:South Korean?|ROK|Seoul['’]s)\s+(?:[\w-]+\s+){0,2}?(?:navy|coast guard|military|troops|soldiers|army|marines|patrols?|guard posts?|forces|authorities|investigators|intelligence|officials|police)\b|\bby (?:the )?(?:NIS|National Intelligence Service)\b/i;
// "Marines guided the boat to shore and took the pair into custody", "picked up by a navy patrol": the North's
// people are not arrested by a navy or marines; unnamed, those are the South's, receiving a crossing.
const BARE_SEA_FORCE = /\b(?:navy|naval|marines?|coast ?guard)\b/gi;
const OTHER_STATE_BEFORE = /\b(?:North(?: Korean?|['’]s)?|Chinese|China['’]s|Russian|Russia['’]s|Japanese|Japan['’]s|KPA|Korean People['’]s)\s+(?:[\w-]+\s+)?$/i;

// Only as the one who acts, the sentence's subject or the agent after "by": "the political officer of the coast guard
// post" was arrested, not arresting.
const SUBJECT_BEFORE = /^\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;
const AGENT_BEFORE = /\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;

function hasBareSeaForce(sentence: string): boolean {
  return [...sentence.matchAll(BARE_SEA_FORCE)].some((m) => {
    const before = sentence.slice(0, m.index);
    return (SUBJECT_BEFORE.test(before) || AGENT_BEFORE.test(before)) && !OTHER_STATE_BEFORE.test(before.slice(-30));
  });
}

// The South's Joint Chiefs of Staff speak of their own troops: "our military identified the man and secured him".
const SOUTH_MILITARY_VOICE = /\b(?:JCS|Joint Chiefs of Staff|our military|our troops|our soldiers)\b/;

function isOutOfDomain(sentence: string, t: Trigger): boolean {
  if (/meeting/i.test(t.text) && t.type === 'indoctrination') return !SESSION_CUE.test(sentence);
  // An inspection is never the South's forces at work; the leader's own are read in acts-of-state.
  if (/^inspect/i.test(t.text)) return false;
  if (t.type === 'arrest' || t.type === 'crackdown') {
    return SOUTH_MILITARY_VOICE.test(sentence) || SOUTH_FORCE.test(sentence.slice(Math.max(0, t.start - 30), t.end + 40)) || (t.type === 'arrest' && hasBareSeaForce(sentence));
  }
  return false;
}

// "Two men convicted of selling drugs were publicly executed": a conviction told as who the executed were is the
// execution's verdict, one event with it (as "sentenced to death" is). So is one told as the execution's reason.
function isVerdictOfExecuted(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'trial' || !/^(?:convicted|found (?:\w+ )?guilty)\b/i.test(t.text)) return false;
  // "was executed by firing squad in late June after being convicted of selling copper": the verdict it carried out.
  const executedBefore = triggers.some((o) => o.type === 'execution' && o.end <= t.start && !/[;]/.test(sentence.slice(o.end, t.start)));
  if (executedBefore && /\bafter (?:being|he was|she was|they were|having been)\s+$/i.test(sentence.slice(Math.max(0, t.start - 30), t.start))) return true;
  if (/\b(?:was|were|been|being|is|are|be|had|has|have)\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, t.start - 25), t.start))) return false;
  // "publicly executed a man convicted of smuggling copper": the conviction says who was executed.
  if (executedBefore && /^convicted\b/i.test(t.text)) return true;
  return triggers.some((o) => o.type === 'execution' && o.start > t.end && !/[;]/.test(sentence.slice(t.end, o.start)));
}

// "his wife and sons were taken from their home and have not been seen since": people not seen since they were
// taken are held, not escaped.
function isUnseenSinceTaken(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'defection' || !/\bnot been (?:seen|heard from)\b/i.test(t.text)) return false;
  // "The detained workers were taken across the border ... and have not been heard from since": held people.
  if (/\b(?:detained|arrested|jailed|imprisoned|taken away|taken across|sent back|handed (?:over|back))\b/i.test(sentence.slice(0, t.start))) return true;
  return triggers.some((o) => (o.type === 'arrest' || o.type === 'family_punishment' || o.type === 'trial' || o.type === 'repatriation') && o.end <= t.start);
}

// "Relatives of the detained have since disappeared, and neighbours believe they were sent to a political prison
// camp": relatives sent to a camp with no court, trial or sentence named are punished for another's act, not tried.
// A person's age ("the 20-year-old") names no term.
const JUDICIAL = /\b(?:court|trials?|tried|sentenc\w*|verdict|judge|convicted|terms?|years?(?![-‐‑]old))\b/i;

function isCampForRelatives(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'trial' || !/camp|kyohwaso|prison/i.test(t.text)) return false;
  const before = sentence.slice(0, t.start);
  return FAMILY_RE.test(before) && !JUDICIAL.test(sentence) && triggers.some((o) => o.type === 'family_punishment' && o.end <= t.start);
}

// "a rights group said, citing witnesses who later fled the country": the flight says who the sources are.
const SOURCES_WHO_BEFORE =
  /\b(?:citing|according to|interviews? with|spoke (?:to|with)|talked (?:to|with))\s+(?:\w+\s+){0,3}?(?:witnesses|sources?|informants?|people|residents|defectors|refugees|escapees)\s+who\s+(?:(?:later|since|have|had|also|eventually)\s+){0,2}$/i;

function isFlightOfSources(sentence: string, t: Trigger): boolean {
  return t.type === 'defection' && SOURCES_WHO_BEFORE.test(sentence.slice(Math.max(0, t.start - 100), t.start));
}

// "were driven across the bridge to Namyang and taken into custody by state security officers waiting on the North
// Korean side": custody told with the return, in its sentence, is how the return ends, not a new arrest.
function isCustodyOnReturn(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'arrest') return false;
  return triggers.some((o) => o.type === 'repatriation' && o.end <= t.start && !/[;]/.test(sentence.slice(o.end, t.start)) && /\b(?:and|then|where)\b/i.test(sentence.slice(o.end, t.start)));
}

// "neighbors believe they have been sent to a political prison camp", "people say they were sent to a camp": where
// unnamed people think someone was sent, with no court or term named, is hearsay of a term, not a term reported.
const HEARSAY_BEFORE = /\b(?:residents|neighbou?rs|people|locals|villagers|some|many|others|relatives)\s+(?:\w+\s+)?(?:believe|say|suspect|think|assume|presume|guess|fear)\b[^.;]*$/i;

function isHearsayOfCamp(sentence: string, t: Trigger): boolean {
  return t.type === 'trial' && /camp|kyohwaso|prison/i.test(t.text) && !JUDICIAL.test(sentence) && HEARSAY_BEFORE.test(sentence.slice(0, t.start));
}

// "made to stand before their classmates and criticize themselves at a meeting": the shaming is the session's own.
const SHAMING = /^(?:made|forced|ordered) to (?:stand|kneel|confess|apologi[sz]e|bow)\b|^paraded\b|^publicly (?:humiliated|shamed)\b/i;

function isShamingAtSession(t: Trigger, kept: Trigger[]): boolean {
  return t.type === 'other' && SHAMING.test(t.text) && kept.some((o) => o.type === 'indoctrination');
}

// "fences that make smuggling and defections far more difficult": acts named as what a measure makes hard or easy are
// a kind of act, not one that happened.
const MADE_BEFORE = /\bmak(?:e|es|ing)\s+(?:[\w-]+\s+){0,4}$/i;
const HARDER_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:far |much |even |increasingly )?(?:more |less )?(?:difficult|harder|easier|rarer|riskier|dangerous|impossible)\b/i;

function isActMadeHard(sentence: string, t: Trigger): boolean {
  return MADE_BEFORE.test(sentence.slice(Math.max(0, t.start - 50), t.start)) && HARDER_AFTER.test(sentence.slice(t.end, t.end + 50));
}

/** Every factual event trigger in a sentence, one per phrase, in reading order. */
export function findTriggers(sentence: string): Trigger[] {
  const kept: Trigger[] = [];
  for (const t of collectMatches(sentence)) {
    if (isRelativesOfAnotherVerb(sentence, t) || kept.some((k) => overlaps(k, t))) continue;
    kept.push(t);
  }
  const relatives = reducedRelativeStarts(sentence, kept);
  const family = kept.filter((t) => t.type === 'family_punishment');
  const read = kept
    .filter((t) => t.type !== 'arrest' || ![...relatives].some((at) => at >= t.start && at < t.end))
    // A camp or arrest right after a family punishment phrase is that same punishment.
    .filter((t) => !(t.type === 'trial' || t.type === 'arrest') || !family.some((f) => t.start >= f.end && t.start - f.end < 60))
    // "inmates ... were moved to Kyohwaso No. 1": the camp is where a transfer ended, not a new term.
    .filter((t) => !(t.type === 'trial' && /camp|kyohwaso|prison/i.test(t.text)) || !kept.some((o) => o.type === 'other' && t.start >= o.end && t.start - o.end < 30))
    // "has not been heard from since" carries its own "not": it is the event, whatever negation precedes it.
    // "His wife, who was not accused of any crime, was ordered to leave": a negation inside an aside is the aside's.
    .filter((t) => NEGATIVE_FORM.test(t.text) || (!isNegated(sentence, t.start) && !NEGATED_INSIDE.test(t.text.replace(ASIDE, ','))))
    .filter((t) => !describesPlace(sentence, t.start))
    .filter((t) => !isOutOfDomain(sentence, t) && !isLongAgo(sentence, t.end, t.start))
    .filter((t) => t.type !== 'defection' || !hasThingSubject(sentence, t.start))
    // "arrested ... and is being investigated": the custody goes on, so the questioning reads as that arrest; people
    // stopped at a checkpoint are caught there.
    .map((t) => (isCustodySequel(sentence, t, kept) || isCheckpointCapture(sentence, t) || isRaidOnDwelling(sentence, t) ? { ...t, type: 'arrest' as const } : t))
    .filter((t) => !isStepOfCapture(sentence, t, kept) && !isNonEvent(sentence, t) && !isActOfState(sentence, t) && !isKnownAsEscapee(sentence, t) && !isVenueOrWorship(sentence, t))
    .filter((t) => !isSummonedAudience(sentence, t.type, t.text) && !isCrowdRoundedUp(sentence, t) && !isVerdictReadAt(sentence, t) && !isVenueOfVerdict(t, kept) && !isVerdictOfExecuted(sentence, t, kept) && !isUnseenSinceTaken(sentence, t, kept) && !isCampForRelatives(sentence, t, kept))
    .filter((t) => !isLongHeldBackground(sentence, t) && !isCustodyBeforeReturn(sentence, t, kept) && !isQuestioningOfRelatives(sentence, t) && !isCustodyOnReturn(sentence, t, kept) && !isReceivedInSouth(sentence, t) && !isFlightOfSources(sentence, t))
    .filter((t) => !isHearsayOfCamp(sentence, t) && !isRelativeNotPunished(sentence, t) && !isMissingByAbduction(t, kept) && !isActMadeHard(sentence, t))
    .map((t) => (isCaughtTogether(sentence, t) ? { ...t, type: 'arrest' as const } : t))
    .map((t) => (isReturnByTheSouthAtOwnWish(sentence, t) ? { ...t, type: 'other' as const } : t))
    .filter((t) => !isHypothetical(sentence, t.start, t.type === 'repatriation', t.type === 'defection') && !isFutureAfter(sentence, t.end))
    .sort((a, b) => a.start - b.start);
  return read.filter((t) => !isShamingAtSession(t, read));
}
