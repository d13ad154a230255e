import type { Place } from '@/lib/geo/types';
import { isAncestorOf, isPlaceAllowedFor, rankPlace } from './place-rank';
import type { ArticlePlaces, Mention } from './types';

/**
 * "Thirteen workers at a restaurant in China have arrived in the South … The group worked at a restaurant in Ningbo":
 * an incident placed only in a foreign country happened in the one town of that country the article names as a
 * scene elsewhere. With two or more such towns the country stays: the text does not say which.
 */
export function narrowCountries(mentions: Mention[], places: ArticlePlaces): Mention[] {
  return mentions.map((m) => {
    const country = m.place;
    if ((m.type !== 'defection' && m.type !== 'repatriation') || !country || country.level !== 'country' || country.country === 'KP' || country.country === 'KR') return m;
    const towns = places.focus.filter((p: Place) => rankPlace(p) >= 3 && isAncestorOf(country, p));
    if (towns.length !== 1 || !isPlaceAllowedFor(m.type, towns[0])) return m;
    // A town the mention's own sentence names and still left aside belongs to something else told there ("and
    // police later caught one of them in Khabarovsk").
    const ownSentence = places.sentences[m.sentence]?.mentions ?? [];
    return ownSentence.some((o) => o.place.id === towns[0].id) ? m : { ...m, place: towns[0] };
  });
}
