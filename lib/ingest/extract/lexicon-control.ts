import type { IncidentType } from '@/lib/taxonomy';

/** The control types, crackdowns and sessions: measures that go on for a while, not events of one moment. */
export const LASTING_TYPES: readonly IncidentType[] = ['crackdown', 'indoctrination'];

/** What follows a measure's noun when the text says it was done: "had been carried out", "took place", "began". */
export const MEASURE_DONE_AFTER = String.raw`\s+(?:had |has |was |were |have )?(?:also )?(?:been )?(?:carried out|began|begun|started|took place|under ?way|launched|held|conducted|introduced|imposed)`;

/** Trigger phrases for the state's control of residents: searches and surveillance, and ideological sessions. */
export const CRACKDOWN_TRIGGERS: RegExp[] = [
  /\b(?:issued|handed down|sent down|passed down) (?:an? )?(?:\w+ ){0,3}?(?:order|directive|decree|instruction)s? (?:to (?:crack down|intensify|tighten|step up|ban)|banning|prohibiting)\b/gi,
  /\bcrack(?:ed|ing|s)? down\b/gi,
  /\bcrackdowns?\b/gi,
  /\binspect(?:ions?|ed|ing|ors)\b/gi,
  /\b(?:house |home |door-to-door )?search(?:es|ed| operations?| teams?)\b(?! for (?:food|work|jobs|a job))/gi,
  /\bsearch(?:ing|ed) (?:the |their |people's |residents' )?(?:[\w-]+ (?:and )?){0,3}?(?:homes?|houses?|apartments?|dormitor(?:y|ies)|bags|belongings|phones|stations?|guesthouses?|hotels?|markets?|trains?|buses|vehicles?|ports?|rooms?)\b/gi,
  /\bstopp(?:ed|ing) (?:\w+ ){0,2}?(?:residents|people|passers-by|pedestrians|travell?ers|students)\b(?= (?:on|in|at|to check)\b)/gi,
  /\braid(?:s|ed|ing)?\b/gi,
  // Not the inquiry behind one case: "after an investigation found", "by a joint investigation team".
  /(?<!\b(?:after|by) (?:a|an|the) (?:[\w-]+ ){0,2}?)\binvestigat(?:ed|ing|ions?|e|es)\b/gi,
  /\bcensus\b/gi,
  /\bconfiscat(?:ed|ion|ions|ing|e)\b/gi,
  /\bsurveillance\b/gi,
  // Not "a Seoul-based group monitoring the North" or "a monitoring group": watchers outside the state.
  /(?<!\b(?:groups?|organi[sz]ations?|NGOs?|outlets?|sites?|websites?|analysts?|researchers?|experts?|observers?|agency|agencies)\s)\bmonitoring\b(?!\s(?:groups?|organi[sz]ations?|NGOs?|sites?|websites?|outlets?|services?)\b)/gi,
  /\btask ?forces?\b/gi,
  /\b109 (?:group|unit|squad|sangmu|inspection|team)s?\b/gi,
  /\b(?:anti|non)-socialist (?:inspection|group|squad|unit)s?\b/gi,
  /\b(?:checkpoints?|roadblocks?|road blocks?)\b/gi,
  // "auditors arrived", "audited the books"; "an audit found" is how a case came to light, not a new event.
  /\baudit(?:ed|ing|ors?)\b|\baudits? of\b/gi,
  /\b(?:comb(?:ed|ing)?|go(?:ne|ing)? through|went through) (?:the )?(?:homes|houses|belongings)\b|\bcomb(?:ed|ing)? through\b/gi,
  // Books are gone through by inspectors; owners going through their own ledgers do no searching.
  /(?<=\b(?:inspectors?|agents|officials|officers|police|security|MSS|auditors?|investigators?|team|group|prosecutors?)\b[^.;]{0,80}?)\b(?:go(?:ne|ing)? through|went through) (?:the |their |its )?(?:books|accounts|records|files|ledgers)\b/gi,
  /\b(?:had|have had|has had) (?:their|his|her) (?:(?:mobile |cell |smart)?phones?|passports?) (?:taken|collected|seized|confiscated)\b/gi,
  /\b(?:phones?|laptops?|computers?|bags|belongings|rooms?|dormitor(?:y|ies)) (?:are|were|is|was) (?:now |also )?(?:checked|searched|inspected)\b/gi,
  // Not the one who spotted someone ("spotted by a patrol"), nor a kind of ship ("a navy patrol vessel").
  /(?<!\bby (?:a|an|the) (?:[\w-]+ ){0,2}?)\bpatrols?\b(?! (?:vessels?|boats?|ships?|craft|planes?|aircraft)\b)/gi,
  /\btighten(?:ed|ing|s)? (?:\w+ )?(?:control|controls|surveillance|security|monitoring|restrictions|crackdown)\b/gi,
  /\btrac(?:e|ed|ing|k|ked|king) (?:down |them|him|her)\b/gi,
  /\btrack(?:ing|ed|s)? (?:the )?(?:signals?|phones?|calls?|movements?|locations?)\b/gi,
  /\b(?:monitor|intercept)(?:ing|ed|s)? (?:the )?(?:\w+ ){0,2}?(?:calls?|phones?|signals?)\b/gi,
  /\b(?:wiretap\w*|eavesdrop\w*)\b/gi,
  /\bmanhunt\b/gi,
  /\b(?:question|interrogat)(?:ing|ed) (?:\w+ ){0,2}?(?:residents|people|locals|villagers|neighbou?rs|workers|students|colleagues|staff|employees|managers|crews?|co-workers)\b/gi,
  /\b(?:conduct(?:ing|ed|s)?|carr(?:y|ying|ied) out|launch(?:ed|ing)?|running) (?:\w+ ){0,2}?operations?\b/gi,
  /\bdistributed (?:photos|pictures|wanted)\b/gi,
  /\bwanted posters?\b/gi,
  /\b(?:collected|seized|took away|taking away) (?:[\w'’]+ ){0,3}?(?:(?:mobile |cell |smart ?)?phones?|passports?|USB (?:sticks?|drives?)|(?:SD|memory) cards?|DVDs?|radios?|TV sets?|televisions?|laptops?|computers?|bibles?)\b/gi,
  /\b(?:check(?:s|ed|ing)?|count(?:s|ed|ing)?) (?:\w+ ){0,2}?(?:dormitor(?:y|ies)|homes|houses|apartments|phones|handsets|workers|files|records|backgrounds|cars?|bus(?:es)?|vehicles?|trains?|passengers|travell?ers|bags|permits|documents|ID cards)\b/gi,
  /\b(?:phone|mobile|radio|radio[- ]wave|signal|frequency) (?:detection|jamming|tracking|interception|sweeps?)\b/gi,
  // The equipment and teams of that surveillance: "detection vans", "tracking teams".
  /\b(?:detection|tracking|jamming|wiretapping) (?:vans?|vehicles?|cars?|teams?|units?|squads?|equipment|devices?)\b/gi,
  /\b(?:house-to-house|door-to-door|house-by-house|spot|identity|ID|random|surprise|snap|security|lodging|accommodation) (?:checks?|inspections|visits)\b/gi,
  /\b(?:house-to-house|door-to-door|house-by-house) (?:surveys?|census(?:es)?|registrations?)\b/gi,
  /\bchecks (?:are|were|have been|had been|has been) (?:being )?(?:run|carried out|conducted|made|stepped up|tightened|intensified)\b/gi,
  /\b(?:run(?:s|ning)?|conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying) out|step(?:ped|ping)? up|tighten(?:ed|ing)?|intensif(?:y|ied|ying)) (?:\w+ ){0,2}?checks\b/gi,
  /\b(?:dispatch(?:ed|ing)?|sent|deploy(?:ed|ing)?) (?:an? |the )?(?:\w+ ){0,2}?(?:teams?|groups?|squads?) (?:to|from)\b/gi,
  /\b(?:group|unit|squad) 109\b/gi,
  // A census of people told by what the officials did: "visiting every household to list residents with relatives
  // in China", "a fresh count of laborers", "twice-daily roll calls".
  /\b(?:visit(?:ed|ing|s)?|call(?:ed|ing) at|went to) (?:every|each|all(?: the)?) (?:\w+ )?(?:households?|homes?|houses?|famil(?:y|ies)|apartments?|dormitor(?:y|ies)|neighbou?rhoods?)\b/gi,
  /\b(?:list(?:ed|ing)?|register(?:ed|ing)?|record(?:ed|ing)?|identif(?:y|ied|ying)) (?:all |every |each |the )?(?:residents|people|famil(?:y|ies)|households?|workers|those) (?:with|who have|who had|whose)\b/gi,
  /\b(?:head ?)?count of (?:the |all |every )?(?:[\w'’-]+ ){0,2}?(?:workers|laborers|labourers|residents|households|people|crews?|citizens?|nationals)\b/gi,
  // "compiling a list of all residents who have relatives in China", "surveying every household in the city",
  // "re-registering every mobile phone in the province". (The noun, "a survey of every household", is left out: on
  // the fixtures it matched a lead dated only by a later "since", and took the wrong month.)
  /\b(?:compil(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|draw(?:s|ing|n)? up|drew up) (?:a |the )?(?:new |fresh |full |complete |detailed )?lists? of (?:all |every |the )?(?:[\w'’-]+ ){0,2}?(?:residents|people|households?|famil(?:y|ies)|workers|those|members|citizens)\b/gi,
  /\bsurvey(?:s|ed|ing)? (?:every|each|all(?: the)?) (?:[\w-]+ )?(?:households?|homes?|famil(?:y|ies)|residents)\b/gi,
  /\b(?:re-?)?register(?:s|ed|ing)? (?:every|each|all(?: the)?) (?:[\w-]+ )?(?:phones?|handsets?|households?|residents)\b/gi,
  // "a similar survey had been carried out there in March", "a similar sweep took place in Sunchon": the same measure
  // told as done somewhere else (not "the third such crossing", counted against others).
  new RegExp(String.raw`\ba similar (?:[\w-]+ )?(?:checks?|surveys?|sweeps?|census(?:es)?|inspections?|campaigns?|crackdowns?|searches|raids?|registrations?|counts?|operations?)\b(?=${MEASURE_DONE_AFTER})`, 'gi'),
  // "The survey began in mid-October": a survey told as done (the bare noun stays out, see above).
  new RegExp(String.raw`\b(?:the|this|that|a|a new) (?:[\w-]+ )?surveys?\b(?=${MEASURE_DONE_AFTER})`, 'gi'),
  // "cross-checking household registers against records of people who disappeared".
  /\bcross-?check(?:s|ed|ing)? (?:the )?(?:[\w-]+ ){0,2}?(?:registers?|records|lists|registrations)\b/gi,
  // "the household survey", "a family registration check".
  /\b(?:household|residents'?|family) (?:surveys?|registrations?|checks?)\b/gi,
  // Workers' papers and phones taken by their managers: "managers collected the passports of all workers".
  /\b(?:confiscat(?:e|ed|ing)|collect(?:ed|ing)?|seiz(?:e|ed|ing)|took away|locked away|lock(?:ed)? up) (?:the |their |all (?:the )?)?(?:[\w'’-]+ ){0,4}?(?:passports?|(?:mobile )?phones)\b/gi,
  // Imposed roll calls ("twice-daily roll calls"), not a camp's routine "at roll call".
  /\b(?:(?:twice|three times)[- ]daily|daily|nightly|extra|additional|surprise|more|frequent|new|holds?|held|holding|introduced|imposed|began|started) roll[- ]calls?\b/gi,
  // Closing a market or sealing a house by order is control of residents.
  // Not a market closed "so that traders could be marched" to watch something: that is mobilisation.
  /(?:\bmarkets? (?:\w+ ){0,4}?(?:was|were|has been|have been|had been) (?:closed|shut(?: down)?|sealed(?: off)?)\b|\b(?:closed|shut(?: down)?|sealed(?: off)?) (?:the |a )?(?:\w+ ){0,2}?markets?\b)(?![^.;]{0,40}\b(?:so (?:that|as to)|in order to)\b)/gi,
  /\bseal(?:ed|ing) (?:off )?(?:the |their |his |her |its )?(?:\w+ )?(?:houses?|homes?|apartments?|rooms?|villages?|neighbou?rhoods?)\b/gi,
  /\b(?:going|went|go|gone|moving|moved) (?:from )?(?:house to house|door to door)\b/gi,
  /\bswe(?:pt|eping|eps?) (?:through )?(?:the )?(?:[\w-]+ ){0,3}?(?:villages?|towns?|neighbou?rhoods?|districts?|markets?|homes|houses|areas?|streets|dormitor(?:y|ies))\b/gi,
  /\b(?:security|police|inspection|border|week-long|month-long|night-time|nightly) sweeps?\b/gi,
  // "were barred from leaving", "has banned workers from leaving camp": the people confined may stand between.
  /\b(?:barred|banned|forbidden|prohibited) (?:(?:all |its |their |the )?(?:[\w-]+ ){1,3}?)?from (?:leaving|going out|going outside|using|approaching|going near)\b/gi,
  // "the other girls are not allowed to leave the dormitory": the same confinement told with its negation.
  /\b(?:not|no longer) (?:allowed|permitted) to (?:leave|go out|go outside|approach|go near)\b/gi,
  // Measures along the border: "a one-kilometre buffer zone", "shoot-on-sight orders", "built a second fence",
  // "guard posts were reinforced", "replaced the border guard platoon".
  // Not the zone as a place ("walked through the wooded buffer zone") or the topic of an order ("an order on the buffer zone").
  /(?<!\b(?:through|in|into|across|inside|within|entered|entering|near|on|about|regarding)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2})\bbuffer zones?\b/gi,
  /\bshoot[- ](?:on[- ]sight|to[- ]kill)(?: (?:orders?|zones?|polic(?:y|ies)|rules?|notices?|instructions?))?\b/gi,
  // (Not "the government has built new fences along the rivers": the state's policy told in an overview.)
  /(?<!\b(?:government|regime|Pyongyang|the state)['’]?s?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?)\b(?:built|erected|installed|put up|added|set up|reinforced|electrified) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:fences?|fencing|barbed[- ]wire|wire entanglements?)\b/gi,
  // "a wire fence had gone up along the riverbank", "has finished a second line of fencing".
  /\b(?:fences?|fencing|guard posts|sentry posts|watchtowers)\b[^.;]{0,60}?\b(?:had|has|have) (?:gone|been put) up\b|\b(?:finished|completed) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:line of )?(?:fences?|fencing)\b/gi,
  /\b(?:border )?guard (?:units?|posts?|platoons?|compan(?:y|ies)|battalions?)\b[^.;]{0,30}?\b(?:were|was|have been|has been|had been) (?:\w+ )?(?:replaced|reinforced|rotated|reshuffled|doubled)\b|\b(?:replaced|reinforced|rotated|reshuffled|doubled) (?:the |all )?(?:[\w-]+ )?(?:border )?guard (?:units?|posts?|platoons?|compan(?:y|ies)|battalions?)\b/gi,
  // Fishing stopped by order: "boats were ordered to stay in port", "fishing has been banned along the coast".
  /\b(?:fishing|boats?|vessels?)\b(?: (?:[\w-]+ ){0,3}?)(?:was|were|has been|have been|had been) (?:banned|suspended|halted|prohibited|ordered to stay)\b|\bbann(?:ed|ing) (?:all )?fishing\b/gi,
  // "ordered all small fishing boats to return to port before sunset": the same stop told with the order's verb.
  /\bordered (?:all |every |the )?(?:[\w-]+ ){0,2}?(?:boats|vessels|ships|fishermen|crews) to (?:return|stay|remain|come back)\b/gi,
  // "the village was locked down", "imposed a night curfew": movement stopped by order (not "home after curfew").
  /\block(?:ed|ing|s)? down\b|\blockdowns?\b/gi,
  // "sealed off an entire neighborhood", "the town was sealed off": a place where people live closed by order.
  /\bseal(?:ed|ing|s)? off (?:the |an |a |its |their )?(?:entire |whole )?(?:[\w'’-]+ ){0,3}?(?:city|town|neighbou?rhood|district|county|village|area|apartments?|blocks?|dong|ri|streets?)\b|\b(?:city|town|neighbou?rhood|district|county|village|area|apartment|block|dong)s? (?:was|were|has been|have been|had been) sealed off\b/gi,
  /\b(?:imposed|introduced|declared|ordered|enforced|extended|tightened)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?curfews?\b|\bcurfews?\s+(?:[\w-]+\s+){0,4}?(?:was|were|has been|have been|had been)\s+(?:imposed|introduced|declared|ordered|enforced|extended)\b|\bunder (?:an? )?(?:[\w-]+ )?curfew\b/gi,
  /\bconfined to (?:their |the )?(?:[\w-]+ )?(?:quarters|dormitor(?:y|ies)|site|camp|compound|rooms?)\b/gi,
  // "to confine the rest of their crew to the dormitory": the people confined stand between the verb and the place.
  /\bconfin(?:e|es|ed|ing) (?:the |all |its |their )?(?:rest|remaining|other|whole)\b[^.;,]{0,40}? to (?:their |the )?(?:[\w-]+ )?(?:quarters|dormitor(?:y|ies)|barracks|site|camp|compound|rooms?)\b/gi,
  // "the staff now eat and sleep inside the restaurant": confinement told as a new way of living.
  /\b(?:now|must|have to|are (?:made|forced|required|ordered) to)\s+(?:eat|sleep|live|stay|remain)\b[^.;]{0,20}?\b(?:inside|within)\b/gi,
  /\b(?:(?:smart|mobile |cell )?phones?|passports?)(?: of (?:the |their |all (?:the )?)?(?:[\w'’-]+ ){0,3}?[\w'’-]+s)? (?:were |was |had been |have been |being )?(?:collected|seized|confiscated|taken away)\b/gi,
  /\b(?:seiz(?:e|ed|ing)|confiscat(?:e|ed|ing)|impound(?:ed|ing)?) (?:a |an |the |two |several |\d+ )?(?:\w+ ){0,2}?(?:shipments?|consignments?|truckloads?|cargo|goods|loads?|boxes|sacks|crates)\b/gi,
];

// A rally in the South or one held by protesters is no session of the North's.
const NOT_THE_SOUTHS = String.raw`(?![^.;]{0,80}\b(?:in Seoul|in South Korea|by (?:protesters|demonstrators|activists))\b)`;

export const INDOCTRINATION_TRIGGERS: RegExp[] = [
  // Not "lecture materials" or "lecture notes": the documents, not a session held.
  /\blectures?\b(?! (?:materials?|notes|texts?|documents?|books?|handbooks?|manuals?|files?|drafts?|outlines?|halls?|rooms?|theat(?:er|re)s?))/gi,
  /\bself-? ?criticisms?\b/gi,
  /\bcriticism sessions?\b/gi,
  /\bstudy (?:sessions?|meetings?|groups?)\b/gi,
  /\bideological (?:education|indoctrination|training|struggle|campaign|offensive|lectures?|work|sessions?)\b/gi,
  /\bindoctrination\b/gi,
  /\bpropaganda (?:campaigns?|drives?|lectures?|sessions?|work|teams?|activities)\b/gi,
  /\bpolitical (?:education|lectures?|study|sessions?|meetings?)\b/gi,
  /\b(?:mass|loyalty) rall(?:y|ies)\b/gi,
  // "mobilized tens of thousands of people for rallies in Pyongyang", "similar rallies were held on Sunday in Sinuiju".
  // Not the South's protests ("rallies in Seoul", "held by protesters"), nor "the rally was held in the yard", which
  // tells where a rally already named took place.
  new RegExp(String.raw`\b(?:held|staged|organi[sz]ed|convened|mobili[sz]ed (?:[\w-]+ ){0,5}?for)\s+(?:(?:similar|anti-[\w-]+|large|huge|big)\s+)*rall(?:y|ies)\b${NOT_THE_SOUTHS}`, 'gi'),
  new RegExp(String.raw`(?<!\b(?:the|this|that)\s)\b(?:similar |such )?rall(?:y|ies) (?:were|was) (?:also )?(?:held|staged|organi[sz]ed)\b${NOT_THE_SOUTHS}`, 'gi'),
  // "gathered thousands of residents at a stadium in Rajin on Jan. 8 for a rally against reactionary ideology".
  /\b(?:gathered|assembled|summoned|mobili[sz]ed|brought together)\b(?=[^;]{0,120}?\bfor (?:a|an) (?:[\w-]+ )?["“‘']?(?:rall(?:y|ies)|struggle (?:meeting|session)|denunciation (?:meeting|session)))/gi,
  // "were assembled in the school auditorium on Monday to criticize a classmate": people brought together to denounce.
  /\b(?:gathered|assembled|summoned|mobili[sz]ed|brought together|called together|lined up)\b(?=[^.;]{0,80}?\bto (?:critici[sz]e|denounce|condemn|publicly (?:critici[sz]e|denounce|condemn))\b)/gi,
  /\b(?:public|residents'?|neighbou?rhood|inminban|village|farm|workplace|work[- ]unit|factory|enterprise|party cell|women's union|youth league|school) (?:meetings?|assembl(?:y|ies)|gatherings?)\b/gi,
  // "held special lessons warning pupils against ...": a class given to warn or teach is a session.
  /\b(?:held|gave|giving|holding|conducted|ran) (?:special |extra |compulsory |mandatory |additional )?(?:lessons?|classes)\b/gi,
  /\bstruggle (?:sessions?|meetings?)\b/gi,
  // "had to organize sessions where everybody discussed what they had seen": sessions held for residents.
  /\b(?:organi[sz](?:e|ed|ing)|held|holding|convened|conducted|ran) (?:[\w-]+ ){0,2}?(?:discussion |study |review )?sessions\b/gi,
  /\b(?:education|re-education|reeducation) sessions?\b/gi,
  /\b(?:forced|ordered|mobili[sz]ed|required|made|had) to (?:attend|study|memori[sz]e|recite|sit through)\b/gi,
  // "have been summoned twice a week since mid-January to study a new law": people called in to study a text.
  /\b(?:summoned|called in|gathered|assembled)\b(?=[^.;]{0,50}?\bto study (?:a |an |the |its |his |Kim['’]s )?(?:[\w-]+ ){0,3}?(?:law|laws|decree|order|instructions?|speech|speeches|works|documents?|guidelines?|policy|letter|regulations?|rules)\b)/gi,
  // "a similar study program began there": a course of study run for residents or workers.
  /\bstudy (?:programs?|programmes?|courses?|campaigns?|drives?)\b/gi,
  /\bpledges? of loyalty\b/gi,
  /\b(?:political|loyalty|ideological) campaigns?\b/gi,
  /\b(?:held|hold|holding|convened|organi[sz]ed|called|gathered (?:\w+ ){0,6}?for) (?:a |an )?(?:[\w-]+ ){0,2}?meetings?\b/gi,
  // "residents were gathered the next day and told that the shooting was a lesson", "gathered on the 29th and made to
  // sign pledges": people assembled to be told or made to promise something.
  /\b(?:were|was) (?:gathered|assembled|called together|brought together)\b(?=[^.;]{0,60}?\band (?:were )?(?:told|warned|lectured|reminded|made to|forced to|ordered to)\b)/gi,
  // "were summoned last Wednesday to a meeting where officials condemned ...", "meetings of their youth league units".
  /\b(?:summoned|called|brought|herded|marched) (?:[\w'’-]+ ){0,6}?to (?:a |an |the )?(?:[\w-]+ ){0,2}?meetings?\b/gi,
  /\bmeetings? of (?:the |their |its |his |her )?(?:[\w'’-]+ ){0,3}?(?:units?|cells?|league|union|inminban|brigades?|companies|workplaces?)\b/gi,
  // Self-criticism told with a verb: "take turns criticizing themselves", "made to criticize themselves".
  /\bcritici[sz](?:e|es|ed|ing) (?:themselves|himself|herself|oneself)\b/gi,
  // "an official from the party committee lectured on the new law": a lecture told with its verb.
  /\blectur(?:ed|ing) (?:on|about|them|residents|workers|students|villagers|staff|attendees|the (?:crowd|audience|workers|residents|students))\b/gi,
  /\b(?:ideological |life[- ]|self[- ])?review sessions?\b/gi,
  /\b(?:\w+ )?meetings? (?:was|were) (?:held|convened|called|organi[sz]ed)\b/gi,
];
