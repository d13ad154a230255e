import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';

const t = createTranslator({ locale: 'en', messages: en, namespace: 'Dashboard' });

describe('the note under the timeline (ICU plural rules)', () => {
  it('is singular for one incident', () => {
    expect(t('undated', { count: 1 })).toBe('1 incident has no usable date and is not charted.');
  });

  it('is plural for several', () => {
    expect(t('undated', { count: 12 })).toBe('12 incidents have no usable date and are not charted.');
  });
});
