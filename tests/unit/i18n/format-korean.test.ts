import { describe, expect, it } from 'vitest';
import { formatIncidentDate, formatPlace } from '@/components/incidents/format';

describe('dates and places in the reader language', () => {
  it('writes dates as Korean readers do, never more exact than the source', () => {
    expect(formatIncidentDate('2024-05-25', 'day', 'ko')).toBe('2024년 5월 25일');
    expect(formatIncidentDate('2024-05-20', 'week', 'ko')).toBe('2024년 5월 20일이 있는 주');
    expect(formatIncidentDate('2024-02', 'month', 'ko')).toBe('2024년 2월');
    expect(formatIncidentDate('2022', 'year', 'ko')).toBe('2022년');
    expect(formatIncidentDate(null, 'unknown', 'ko')).toBe('날짜 미상');
    expect(formatIncidentDate('2024-05-25', 'day')).toBe('25 May 2024');
  });

  it('keeps place names with their Korean name, and says "unknown" in the reader language', () => {
    expect(formatPlace('Hoeryong', 'North Hamgyong', 'KP', 'ko')).toBe(formatPlace('Hoeryong', 'North Hamgyong', 'KP'));
    expect(formatPlace(null, null, null, 'ko')).toBe('장소 미상');
    expect(formatPlace(null, null, 'China', 'ko')).toBe('China 어딘가');
    expect(formatPlace(null, null, null)).toBe('Place unknown');
  });
});
