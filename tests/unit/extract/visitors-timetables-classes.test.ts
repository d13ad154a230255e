import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('what is told of visitors, timetables and classes of people is no incident', () => {
  it('does not read South Koreans crossing north to meet relatives as an escape', () => {
    const out = extractAll(['Some ninety South Koreans, most of them elderly, crossed the border by coach on Monday to see relatives at Mount Kumgang.'], '2015-10-20');
    expect(types(out)).not.toContain('defection');
  });

  it('still reads a North Korean crossing told beside South Koreans as an escape', () => {
    const out = extractAll(['A North Korean soldier crossed the border near Cheorwon on Monday and was met by South Korean troops.'], '2015-10-20');
    expect(types(out)).toContain('defection');
  });

  it('does not read the watch kept on foreign guests as a crackdown', () => {
    const out = extractAll(['Travel agencies said the runners were taken everywhere by minders and were not allowed to leave their hotels alone.'], '2019-04-09');
    expect(types(out)).not.toContain('crackdown');
  });

  it("does not read a rule's timetable for returning workers as a return", () => {
    const out = extractAll(['The resolution set a two-year grace period for repatriating workers, which gives employers in China time to stall.'], '2018-01-05');
    expect(types(out)).not.toContain('repatriation');
  });

  it('does not read a class of people a past verdict describes as a trial', () => {
    const out = extractAll(['Families of defectors or of people convicted of political offences can be moved down the ladder of loyalty.'], '2020-03-03');
    expect(types(out)).not.toContain('trial');
  });

  it('still reads named people convicted as a trial', () => {
    const out = extractAll(['Two traders in Hyesan were convicted of smuggling last week.'], '2020-03-03');
    expect(types(out)).toContain('trial');
  });
});
