'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { MarkerWords } from './marker-icons';

/** The markers' words in the reader's language (their icons are HTML strings built outside React). */
export function useMarkerWords(): MarkerWords {
  const t = useTranslations('Markers');
  const types = useTranslations('Types');
  return useMemo(() => ({ t: (key, values) => t(key, values), typeLabel: (type) => types(type) }), [t, types]);
}
