import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('gatherings that are no session of the state', () => {
  it('does not read the public gathering people were tried at as a session', () => {
    const out = extractAll(['A trader was tried at a public gathering in Sinuiju in late June, a resident said.'], '2018-07-10');
    expect(types(out)).not.toContain('indoctrination');
  });

  it("does not read believers' prayer meetings as a session", () => {
    const out = extractAll(['Security officers in Haeju arrested five people in mid-November for holding secret prayer meetings in a private home, a source told RFA.'], '2012-12-01');
    expect(types(out)).toContain('arrest');
    expect(types(out)).not.toContain('indoctrination');
  });

  it('still reads a public meeting where residents were warned as a session', () => {
    const out = extractAll(['Residents of Haeju were called to a public meeting on Monday and warned against religion.'], '2012-12-01');
    expect(types(out)).toContain('indoctrination');
  });
});

describe('a trial told in the passive', () => {
  it('reads people "tried by a military court" as a trial', () => {
    const out = extractAll(['The engineer was tried by a military court in Kanggye in mid-January, the source said.'], '2017-02-01');
    expect(types(out)).toContain('trial');
  });

  it('does not read someone who tried in vain to do something as tried', () => {
    const out = extractAll(['Neighbours said the engineer had tried in vain to leave Kanggye before the holiday.'], '2017-02-01');
    expect(types(out)).not.toContain('trial');
  });
});

describe('a crowd rounded up to watch', () => {
  it('is no arrest', () => {
    const out = extractAll(['On May 2, workers and pupils were rounded up and walked to the stadium in Chongjin to watch the trial.'], '2019-05-20');
    expect(types(out)).not.toContain('arrest');
  });

  it('leaves people rounded up by police an arrest', () => {
    const out = extractAll(['On May 2, police rounded up eleven traders in Chongjin and took them to the station.'], '2019-05-20');
    expect(types(out)).toContain('arrest');
  });
});
