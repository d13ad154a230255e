import { FAMILY_NOUN } from './lexicon';

/**
 * Tells reported events from everything else a sentence can say about a trigger word: negations ("failed to
 * arrest"), hypotheticals and law descriptions ("face up to five years in a camp", "may be expelled"),
 * instructions ("told residents to report"), background and habitual statements ("previously reported",
 * "every year since the 1990s") and generic talk about kinds of people ("those who cross the border").
 */

const NEGATION_BEFORE = /\b(?:not|never|no|none|nobody|no one|neither|cannot|\w+n['’]t|failed to|fail to|without|unable to|avoid(?:ed|ing)?|to (?:stop|halt|end)|eluded?|evaded?|escaped)\s+(?:\S+\s+){0,4}$/i;

const HYPOTHETICAL_BEFORE =
  /\b(?:may|might|could|would|will|can|should|must|shall|expects? to|expected to|(?:was|were|is|are) supposed to|expect(?:s|ed|ing)? (?:them|him|her|it|the \w+) to|likely to|threat(?:en(?:ed|s)?)? to|warn(?:ed|s|ing)? (?:that|of)|faces?|faced with|facing|await(?:s|ed|ing)?|pending|punishable|call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|press(?:es|ed|ing)? for|lobb(?:y|ies|ied|ying) for|advocat(?:e|es|ed|ing)|liable|risks?|risking|if|unless|whether|prevent(?:s|ed|ing)?|deter(?:s|red|ring)?|aimed at|desire to|attempt to stop|in order to|so as to|plans? to|planning to|prepar(?:es|ed|ing) to|intends? to|vowed to|presumably|probably|possibly|perhaps|up to|fears?|feared|fearing|afraid|worried|criticiz(?:e|ed|ing)|criticism (?:of|on|toward|against)|condemn(?:s|ed|ing)?|denounc(?:e|ed|ing)|warn(?:s|ed|ing)? (?:against|about)|against)\b(?:\s+\S+){0,8}\s*$/i;

// An instruction or request reports what someone wanted done, not that it happened (except repatriation,
// where the request to a foreign force is itself the incident).
const INSTRUCTION_BEFORE =
  /\b(?:request(?:ed|s|ing)?|ask(?:ed|s|ing)?|instruct(?:ed|s|ing)?|urg(?:ed|es|ing)|call(?:ed|s)? on|order(?:ed|s|ing)? (?:\w+ ){0,3}to|told (?:\w+ ){0,3}to)\b(?:\s+\S+){0,9}\s*$/i;

const BACKGROUND_SENTENCE =
  /\b(?:criminal (?:code|law)|article \d+|law stipulates|stipulat\w+|previously reported|(?:earlier|previous|past|other) reports (?:from [\w\s]{1,30}?)?(?:said|say|claimed|suggested)|(?:has|have|had) previously been reported|in (?:past|previous|earlier) cases|reported earlier|earlier reported|had reported|as reported|(?:Daily NK|NK Times|RFA|we) (?:previously |has |have |had )?reported|in the past(?! (?:week|month|few (?:days|weeks)|\d+ (?:days|weeks)))|in recent years|every year|each year|since the \d{4}s|since the Arduous March|over the past (?:few |\d+ |\w+ )?(?:years|decades)|(?:has|have|had) (?:\w+ ){0,2}?for decades|historically|(?:has|have|had) long|(?:is|are) known to(?! be (?:living|hiding|staying|working|in)\b)|traditionally|(?:defections|arrests|executions|crackdowns|detentions|crossings|cases|incidents)\b[^.;]{0,120}?\b(?:have |has )?(?:risen|rose|increased|decreased|fallen|fell|surged|declined|grown|dropped|jumped|doubled|soared|plummeted|been (?:rising|increasing|growing|climbing|mounting|falling|declining))|under the (?:\w+ ){0,4}?(?:law|act|decree|rules?|regulations?|code),|(?:is|are) (?:reportedly |widely |commonly |also )?(?:used|employed) (?:in|for|to))\b/i;

// "The law orders party cells to hold lectures": what a law, decree or rule prescribes is not an event.
const LAW_SUBJECT =
  /\b(?:the|this|that|new|a|its|[\w]+['’]s) (?:\w+ ){0,3}?(?:law|act|decree|regulations?|rules?|legislation|ordinance|code|directive)\b(?:,[^,.;]{1,50},)?,? (?:also |further |now |even |explicitly )?(?:orders|requires|bans|prohibits|forbids|mandates|obliges|obligates|calls for|stipulates|provides for|punishes|allows|permits|defines|lists|prescribes|demands|makes it|authori[sz]es|instructs|empowers|names|includes|counts|sets out|spells out)\b/i;

// "has repatriated more than 600 people since last October": a running count, not one event.
// "A total of 224 defectors arrived last year", "The number of defectors peaked at ...", "… arrived last year,
// according to figures released by the ministry": statistics, not one event.
const AGGREGATE =
  /\b(?:more than|over|at least|nearly|almost|some|about|around) \d[\d,]*\b[^.;]{0,60}\bsince\b|(?:^|--\s|—\s?)[^,;]{0,60}\b(?:a total of|the (?:total |cumulative |annual |monthly )?numbers? of) (?:\d|[\w-]+ )|\baccording to (?:\w+ ){0,4}?(?:figures|statistics|data|tallies|counts)\b|\b(?:figures|statistics|data) (?:released|published|compiled|issued) (?:by|on|this|last|earlier)\b/i;

// "five people who …", "two defectors who …": people counted are someone, not a class.
const NOT_COUNTED = String.raw`(?<!the |other |these |those |\d |\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of) )`;

// A sentence about kinds of people, habits, trends or policies tells how things go, not what happened. Each kind
// is matched as a whole phrase (word boundaries at both ends).
const GENERIC_KINDS: Record<string, RegExp> = {
  // "more and more residents", "a growing number of defectors"
  growingNumbers: /\b(?:more and more|a growing number of|an increasing number of|ever more)\b/i,
  // "there are cases where", "there were many who"
  thereAreCases: /\b(?:there (?:are|were|is) (?:even |also |still )?(?:cases|many|quite a few|some|people))\b/i,
  // "anyone who", "those caught", "people who sell", "defectors who reach Seoul": a class of people, not someone.
  classOfPeople:
    new RegExp(String.raw`\b(?:those who|anyone who|whoever|(?:anyone|anybody|(?<!\bof )those|whoever) (?:caught|found|arrested|detained|convicted|sentenced|jailed|imprisoned|suspected|accused|trying|attempting|carrying|holding|using|keeping|selling)|\bcan expect\b|${NOT_COUNTED}people who (?!were|had been|was)|${NOT_COUNTED}(?:North Koreans|defectors|escapees|refugees|migrants) who (?!were|had|was|have been|has)[a-z]+(?<!ed) )\b`, 'i'),
  // "residents often", "are usually sent", "in some cases", "tends to"
  habit:
    /\b(?:(?:residents|people) (?:often|usually|generally|typically|sometimes)|in (?:some|many|most|rare) cases|(?:are|is|get|gets) (?:usually|often|generally|normally|commonly|routinely)|tends? to|typically|in general)\b/i,
  // "people sent back face", "those caught in China are first questioned": what befalls a class of people.
  fateOfTheCaught:
    /\b(?:\b(?:North Koreans|defectors|escapees|refugees|returnees|those|people) (?:who are |who were )?(?:sent|returned|repatriated|forcibly returned|handed) (?:back |home )?(?:face|risk|suffer|endure|are|get)\b|\b(?:people|North Koreans|those|defectors|escapees|refugees) (?:caught|arrested|detained|found) (?:in|by|at) [^,.;]{0,30}?\b(?:are|is) (?:usually |often |typically |then |first )?\w+)\b/i,
  // "the use of public trials", "a policy of"
  policy:
    /\b(?:\b(?:the )?(?:use|practice|threat) of (?:[\w-]+ )?(?:trials|executions|lectures|inspections|arrests|crackdowns|punishments)\b|(?:a |the |its )?(?:policy|practice) of)\b/i,
  // "each time someone crosses", "any of those detained"
  everyCase: /\b(?:\b(?:each|every) time (?:a|an|the|someone|anyone|people|they|he|she|north koreans)\b|any (?:of (?:these|the|them)|\w+ who|(?:\w+ ){1,2}(?:detained|arrested|caught|held)))\b/i,
  // "is a crime", "are traitors": a judgement, not an event.
  judgement: /\b(?:is a (?:problem|betrayal|crime)|are (?:anti-national|criminals|traitors))\b/i,
  // "estimates that", "thousands of", "arrests have increased": counts and trends.
  countsAndTrends:
    // Not a crowd: "gathered thousands of residents", "in front of hundreds of people".
    /\b(?:estimates? that|(?<!\b(?:gathered|assembled|mobili[sz]ed|summoned|drew|before|front of|crowd of) )(?:hundreds|thousands) of|(?:defections|arrests|executions|crackdowns|cases|incidents) (?:\w+ ){0,10}?(?:increased|decreased|rose|fell|surged|declined|have grown|are (?:increasing|rising|growing)))\b/i,
};

// "every household with a member who defected", "a census of households whose relatives have disappeared": the escape
// or the punishment names a kind of household. Listing those households is itself a control, so a crackdown is kept.
const HOUSEHOLDS_BY_KIND =
  /\b(?:\b(?:every|each|all) (?:households?|famil(?:y|ies)|persons?|residents?) (?:with|whose|who|that)\b|\b(?:census|survey|lists?|registers?|records?) of (?:\w+ )?households (?:that|which|with|whose))\b/i;

const GERUND_SUBJECT = /^(?:using|crossing|attempting|trying|watching|fleeing|defecting|punishing|arresting|executing|sending|jailing|banishing)\b/i;

/** The part of the sentence before the trigger that belongs to the same clause. */
function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  const cut = Math.max(...[';', ':', ',', '“', '"', '(', '—'].map((mark) => before.lastIndexOf(mark)));
  return before.slice(cut + 1);
}

// "his uncle defected to South Korea eight years ago": an event years back is background to today's news.
const LONG_AGO_AFTER = /^[^.;:]{0,60}?\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|some) years (?:ago|earlier|before)|years (?:ago|earlier)|(?:long|decades) ago|(?:during|in) the (?:Korean )?[Ww]ar\b(?! (?:on|against))|in the (?:19|20)\d0s)\b/i;

// "the first such crossing since November last year, when a man climbed the fence": the when-clause recalls the
// earlier case that the news is measured against.
const RECALLED_WHEN_BEFORE = /\b(?:since|than|like|as in|as happened in)\s+[^.;]{1,50},\s*when\b[^.;]*$/i;

export function isLongAgo(sentence: string, end: number, start = end): boolean {
  return LONG_AGO_AFTER.test(sentence.slice(end)) || RECALLED_WHEN_BEFORE.test(sentence.slice(0, start));
}

// "Sinuiju, a common crossing point for defectors fleeing to China", "Liaoning, where many escapees hide after
// crossing": a clause that describes a place in general holds no event.
const DESCRIBES_PLACE =
  /^\s*(?:home to\b|(?:(?:for (?:years|decades|long)|long|once|still|now)\s+)?(?:(?:a|an|the)\s+(?:(?!(?:from|of|in|at|on|the|was|were|is|are)\b)[\w-]+\s+){0,3}?(?:point|route|hub|hotspot|spot|area|region|town|city|place|destination|gateway|base|corridor|haven|magnet)s?\b|where\s+(?:many|most|some|numerous|countless|thousands|hundreds|a lot|large numbers)\b|which\s+(?:is|has|remains)\b))/i;

// "Hoeryong, where escapes across the river were once common": a where-clause about how things were or are.
const HABITUAL_WHERE = /^\s*where\b[^,;]*\b(?:once|used to|common|commonly|often|frequent\w*|usually|popular|known)\b/i;

// "Afterwards, the city party committee held lectures": a sentence adverb before the comma is no name.
const SENTENCE_ADVERB =
  /^\s*(?:Afterwards?|Afterward|Meanwhile|However|Later|Then|Now|Still|Yet|Instead|Moreover|Also|Today|Yesterday|Recently|Previously|Earlier|Separately|Additionally|Furthermore|Nevertheless|Thus|Therefore|Since then|Subsequently|Eventually|Finally|Soon)\s*$/;

export function describesPlace(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const comma = before.lastIndexOf(',');
  // Only an aside hung on a name ("Sinuiju, a ..."), not any clause after a comma.
  if (comma <= 0 || !/[A-Z][\w'’-]+\s*$/.test(before.slice(0, comma)) || SENTENCE_ADVERB.test(before.slice(0, comma))) return false;
  const clause = sentence.slice(comma + 1).split(/[,;]/)[0];
  return DESCRIBES_PLACE.test(before.slice(comma + 1)) || HABITUAL_WHERE.test(clause);
}

// "the parents of a diplomat who fled to the South were sent to a camp": the relative's escape, told in a clause hung
// on the punished family, is the background of the punishment.
const ESCAPE_OF_RELATIVE = new RegExp(String.raw`\b${FAMILY_NOUN}\s+of\s+(?:a|an|the|their|his|her|two|three)\b[^.;]{0,60}?\bwho\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?$`, 'i');

// "calls between local families and relatives who fled to South Korea": relatives described by their escape.
const RELATIVES_WHO_BEFORE = new RegExp(String.raw`\b(?:relatives|family members|families|sons|daughters|children|husbands|wives|parents|siblings)\s+who\s+(?:had\s+|have\s+)?(?:already\s+|earlier\s+|once\s+)?$`, 'i');

// "another family was banished after it emerged that their son had crossed into China": a relative's earlier escape,
// told as the reason for the punishment.
const RELATIVE_HAD_BEFORE = new RegExp(String.raw`\b(?:their|his|her)\s+(?:[\w-]+\s+)?${FAMILY_NOUN}\s+had\s+(?:\w+ly\s+)?$`, 'i');

export function isRelativesEscape(sentence: string, start: number, type: string): boolean {
  if (type !== 'defection') return false;
  const before = sentence.slice(Math.max(0, start - 130), start);
  return ESCAPE_OF_RELATIVE.test(before) || RELATIVES_WHO_BEFORE.test(before) || RELATIVE_HAD_BEFORE.test(before);
}

// "residents who could not pay bribes were sentenced": a negation or a modal inside a relative clause on the subject
// belongs to that clause; the auxiliary after it opens the main verb.
const RELATIVE_THEN_AUX = /\b(?:who|that)\s+(?:(?!\b(?:was|were)\b)[^,;])*?\s(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?$/i;

function mainClauseBefore(sentence: string, start: number): string {
  const clause = clauseBefore(sentence, start);
  return RELATIVE_THEN_AUX.test(clause) ? '' : clause;
}

export function isNegated(sentence: string, start: number): boolean {
  return NEGATION_BEFORE.test(mainClauseBefore(sentence, start).slice(-40));
}

// "an aunt who had defected to China", "families whose relatives defected": a relative clause describes a person,
// not the news.
const RELATIVE_BACKGROUND = /\bwho (?:had|has) (?:long |once |already |previously )?(?:been )?$|\bwhose (?:\w+ ){1,2}$/i;

// "competed to arrest", "plans to defect": an infinitive names an aim. Trying to escape is an attempt, though.
const INFINITIVE_BEFORE = /\bto\s+$/i;
const ATTEMPT_BEFORE = /\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?)\s+to\s+$/i;
// "the unit heads had to organize sessions", "were made to hold meetings": what people were obliged to do, and did.
// "disappeared, prompting the managers of his crew to confiscate all phones": what an event led people to do, they did.
// The people prompted may be named at length: "prompting the overseas security officials attached to their company to".
const PROMPTED_BEFORE = /\b(?:prompt(?:ing|ed)|spurr(?:ing|ed)|forc(?:ing|ed)|driv(?:ing|en))\s+(?:[\w'’-]+\s+){1,9}?to\s+$/i;
const OBLIGED_BEFORE = /\b(?:had|were (?:made|forced|ordered|required)|was (?:made|forced|ordered|required))\s+to\s+$/i;
// "began early this month to compile a list", "started last week to search homes": an action begun is under way.
const BEGAN_TO_BEFORE = /\b(?:began|begun|started)\s+(?:[\w'’-]+\s+){0,4}?to\s+$/i;
// "sent to Kyohwaso No. 12": after a verb of moving someone, "to" leads to a place, not an aim.
const MOVED_TO_BEFORE = /\b(?:sent|taken|moved|transferred|brought|dragged|deported|banished|relocated|committed|confined)\s+(?:back\s+)?to\s+$/i;

// "who failed to report in May", "in mid-May": the month, not the modal verb.
// The preposition may open the sentence ("In May, police …"), so its first letter may be a capital.
const MONTH_MAY = /\b(?:[Ii]n|[Oo]n|[Oo]f|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext|[Dd]uring|[Tt]hroughout|[Ss]pent)\s+May\b|\b[Mm]id(?:-\s*|\s+)May\b|\bMay\s+\d/g;

// "Similar lectures are expected to be held in Haeju", "a wider sweep will follow": the event named as a noun
// is still to come. Only the trigger's own predicate counts, so "and" or a comma ends the look.
const FUTURE_AFTER =
  /^(?:\s+(?!and\b|but\b|or\b)[\w'’-]+){0,4}?\s+(?:(?:is|are|was|were) (?:also )?(?:expected|planned|scheduled|set|due|likely|about|going|to be)\b|(?:will|would|may|might|could|should|shall) (?:\w+ )?(?:be|take place|follow|begin|start|continue|resume)\b)/i;

export function isFutureAfter(sentence: string, end: number): boolean {
  return FUTURE_AFTER.test(sentence.slice(end, end + 60).split(/[,;:]/)[0]);
}

// "were likely to be held at a detention centre ... before being sent home for further investigation": a forecast
// governs its whole clause, however far the trigger sits from it. ("believed to have been shot" is a report.)
const FORECAST_BEFORE = /\b(?:(?:is|are|was|were) (?:un)?likely|(?:is|are|was|were) expected|(?:is|are|was|were) (?:set|due|about|going)) to be\b[^,;:]*$/i;

// "summoned to lectures", "ordered to attend study sessions": people made to sit through a session is the session
// held; "to" before a session noun leads to where they went, not to an aim.
const SESSION_NOUN = /^(?:lectures?|(?:study |criticism |self-criticism |ideological )?(?:sessions?|meetings?)|rall(?:y|ies)|classes)\b/i;
const ATTENDANCE_BEFORE = /\b(?:attend|hold|sit through|join|take part in|participate in|go to|come to)\s+(?:[\w'’-]+\s+){0,3}$/i;

const OWN_CLAUSE_AFTER_REQUEST = /\band (?:(?:also|then|later|since) )?(?:has|have|had|was|were)\b/i;

// "Once they are handed to North Korea, we can do nothing": what follows "once" in the present is a condition.
const ONCE_BEFORE = /\bonce\s+(?:[\w'’-]+\s+){1,2}(?:are|is|get|gets)\s+(?:\w+ly\s+)?$/i;
// "At first the managers thought he had been arrested, but nobody had him": a first guess, later dropped.
const FIRST_GUESS_BEFORE = /\b(?:at first|initially)\b[^.;]{0,40}\b(?:thought|assumed|believed|suspected|feared|guessed)\b[^.;,]{0,40}$/i;

const PRONOUNCED_WOULD_BEFORE =
  /\b(?:announced|declared|ruled|decided|decreed|pronounced|read out)\s+that\s+(?:[\w'’-]+\s+){0,4}would\s+(?:be\s+)?(?:(?:sent|taken|transferred|sentenced|given|serve|executed|shot)\s+)?(?:to\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;

export function isHypothetical(sentence: string, start: number, allowRequests: boolean, isAttemptType = false): boolean {
  if (FORECAST_BEFORE.test(clauseBefore(sentence, start))) return true;
  if (FIRST_GUESS_BEFORE.test(sentence.slice(Math.max(0, start - 90), start)) || ONCE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return true;
  const before = mainClauseBefore(sentence, start).slice(-70);
  if (RELATIVE_BACKGROUND.test(before)) return true;
  // "units were ordered to hold meetings at which residents signed pledges", "told to hold emergency meetings where
  // residents had to promise …": what was done at the session shows that it was held, however the order is worded.
  if (DONE_AT_SESSION_AFTER.test(sentence.slice(start, start + 160))) return false;
  const session = SESSION_NOUN.test(sentence.slice(start));
  if (
    !allowRequests &&
    !session &&
    INFINITIVE_BEFORE.test(before) &&
    !(isAttemptType && ATTEMPT_BEFORE.test(before)) &&
    !MOVED_TO_BEFORE.test(before) &&
    !OBLIGED_BEFORE.test(before) &&
    !PROMPTED_BEFORE.test(mainClauseBefore(sentence, start).slice(-110)) &&
    !BEGAN_TO_BEFORE.test(before)
  )
    return true;
  // "an official announced that all four would be sent to a labour training unit": a sentence pronounced, told in
  // reported speech, is handed down, not a possibility.
  if (PRONOUNCED_WOULD_BEFORE.test(before)) return false;
  if (HYPOTHETICAL_BEFORE.test(before.replace(MONTH_MAY, ' month'))) return true;
  if (MODAL_PASSIVE_JOINED_BEFORE.test(sentence.slice(Math.max(0, start - 160), start))) return true;
  if (session && (INFINITIVE_BEFORE.test(before) || ATTENDANCE_BEFORE.test(before))) return false;
  // Instructions often quote what was asked for, so look past the opening quote mark; a clause with its own finite
  // verb ("asked the police to look for them and has confiscated everyone's phones") ends the instruction.
  const raw = sentence.slice(Math.max(0, start - 90), start);
  const request = allowRequests ? null : INSTRUCTION_BEFORE.exec(raw.slice(raw.lastIndexOf(';') + 1));
  return !!request && !OWN_CLAUSE_AFTER_REQUEST.test(request[0]);
}

const DONE_AT_SESSION_AFTER =
  /^[^.;]{0,40}?\b(?:meetings?|sessions?|lectures?|gatherings?)\b,? (?:at which|where|during which|in which) [^.;]{0,40}?\b(?:signed|pledged|had to|were (?:made|forced|told|warned|required|ordered)|read out|criticized|criticised)\b/i;

// "fear that those returned will be interrogated by the Ministry of State Security and sent to prison camps": a verb
// joined by "and" to a modal passive shares its modal, however long the first verb's phrase.
const MODAL_PASSIVE_JOINED_BEFORE = /\b(?:will|would|may|might|could|can|are likely to|are expected to)\s+(?:\w+\s+)?be\s+\w+(?:ed|en|t)\b[^.;,]{0,90}\s(?:and|or)\s+(?:[\w-]+\s+){0,3}$/i;

// Analysis rather than news: "enforcement has tended to rise and fall", "it is interpreted that the state is ...",
// "makes it easier for officials to justify inspections". A tendency, a reading or an argument holds no event.
const COMMENTARY =
  /\b(?:tend(?:s|ed)? to|has tended to|have tended to)\b|\bit (?:is|was) (?:interpreted|analy[sz]ed|argued|suggested) that\b|\b(?:is|are|was|were) (?:interpreted|read|seen|viewed) as (?:an? |the )?(?:attempt|effort|sign|signal|message|warning|bid)\b|\bmakes? it (?:easier|harder|more difficult|simpler) (?:for|to)\b|\b(?:analysts|observers|experts|scholars|researchers) (?:say|said|note|noted|argue|argued|believe|suggest|suggested|point out|pointed out|attribute[sd]?)\b|\battribut(?:e|es|ed|ing) (?:the |this |that |its )?(?:[\w-]+ ){0,3}?to (?:a |an |the )?(?:combination|mix|number|range|variety|series|host) of\b/i;

export function isBackground(sentence: string): boolean {
  return BACKGROUND_SENTENCE.test(sentence) || LAW_SUBJECT.test(sentence) || AGGREGATE.test(sentence) || COMMENTARY.test(sentence);
}

// "people caught watching foreign films are often sent to camps": the clause goes on to say what usually happens.
const HABITUAL_AFTER = /^[^,;.]{0,60}?\b(?:are|is|get|gets) (?:often|usually|generally|typically|routinely|commonly|regularly|normally)\b|^(?:\s+[\w-]+)?\s+(?:regularly|routinely|usually|typically|often|normally) (?!been\b)\w+/i;

// "North Korea usually tightens border controls in winter", "authorities routinely arrest brokers": a habit, no event.
// "rivalries often play out as political campaigns", "such checks usually end in arrests": the habit's verb, then the event.
const HABITUAL_BEFORE =
  /\b(?:usually|typically|routinely|normally|generally|regularly|commonly|frequently|often|always|occasionally|sometimes)\s+(?:also\s+)?(?:\w+(?:\s+out)?\s+(?:as|into|in|with)\s+)?$/i;
// "Previous campaigns have led to waves of arrests": what earlier drives brought is the story's background.
// "We have seen crackdowns before": earlier events of a kind, counted as experience, are no news.
const SEEN_BEFORE_BEFORE = /\b(?:have|has|['’]ve) (?:all )?(?:seen|had|witnessed|lived through|been through|survived) (?:(?:many|several|such|similar|these|those|other|plenty of) )?$/i;
const BEFORE_AFTER = /^\s*(?:before|in the past)\b/i;
const EARLIER_DRIVES_SUBJECT = /^[“"]?(?:Previous|Past|Earlier|Prior|Former) (?:[\w-]+ )?(?:campaigns|crackdowns|drives|purges|sweeps|waves|rounds)\b/;

export function isHabitual(sentence: string, end: number, start = end): boolean {
  return (
    HABITUAL_AFTER.test(sentence.slice(end)) ||
    HABITUAL_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) ||
    EARLIER_DRIVES_SUBJECT.test(sentence) ||
    (SEEN_BEFORE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) && BEFORE_AFTER.test(sentence.slice(end)))
  );
}

// "If the phone has South Korean spelling, the parents are called in": a condition and what follows from it.
// "When North Koreans cross the rivers into China, they enter ...": a generic when-clause in the present.
const CONDITION_FIRST = /^(?:if|whenever|unless|should anyone|in case|when (?:north koreans|defectors|escapees|refugees|people|they|workers|residents) (?:cross|flee|are|get|try|leave|return|reach|arrive)\b)/i;

export function isGeneric(sentence: string, type?: string): boolean {
  const opening = sentence.replace(/^[“"'\s]+/, '');
  if (type !== 'crackdown' && HOUSEHOLDS_BY_KIND.test(sentence)) return true;
  return Object.values(GENERIC_KINDS).some((kind) => kind.test(sentence)) || GERUND_SUBJECT.test(opening) || CONDITION_FIRST.test(opening);
}

// "issued an order banning money changing", "announced a crackdown on ...": a rule, not yet an action.
const ANNOUNCEMENT_BEFORE = /\b(?:announc\w+|declar\w+|issu\w+|decree\w*|directives?|orders?|ordering|rules?|regulations?|notices?|proclaim\w+)\b[^,;.]{0,40}$/i;
const ANNOUNCEMENT_TRIGGER = /^(?:issued|handed down|sent down|passed down)\b/i;

export function isAnnouncement(sentence: string, start: number, text: string): boolean {
  return ANNOUNCEMENT_TRIGGER.test(text) || (/^crack/i.test(text) && ANNOUNCEMENT_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)));
}
