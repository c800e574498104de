import { describe, expect, it } from 'vitest';
import { findDate, parseReference } from '../../src/extract/dates.js';

const ref = parseReference('2021-07-24'); // a Saturday

describe('findDate', () => {
  it('reads month and year', () => {
    expect(findDate('وفي يناير 2020 صوّت البرلمان')).toBe('2020-01');
    expect(findDate('The deal was signed in March 2015.')).toBe('2015-03');
  });
  it('reads day, month and year, with Levantine and Egyptian month names', () => {
    expect(findDate('قرر في 9 تشرين الثاني/ نوفمبر 2018 مساواة')).toBe('2018-11-09');
    expect(findDate('في 4 نيسان 2019.')).toBe('2019-04-04');
    expect(findDate('on June 8, 2020 he said')).toBe('2020-06-08');
    expect(findDate('on 8 June 2020')).toBe('2020-06-08');
  });
  it('reads a bare year after a preposition', () => {
    expect(findDate('agreed in 2015 between Iran and')).toBe('2015');
    expect(findDate('منذ عام 2003')).toBe('2003');
  });
  it('resolves relative dates against the publication date', () => {
    expect(findDate('وفي السابع من أبريل الماضي أعلنت بغداد', ref)).toBe('2021-04-07');
    expect(findDate('Iran called in late April for talks', ref)).toBe('2021-04');
    expect(findDate('في تشرين الثاني العام الماضي', ref)).toBe('2020-11');
    expect(findDate('قال يوم الثلاثاء', ref)).toBe('2021-07-20');
    expect(findDate('من المقرر أن يلتقي الرئيس الاثنين', ref)).toBe('2021-07-26');
  });
  it('leaves relative dates out without a publication date', () => {
    expect(findDate('وفي السابع من أبريل الماضي أعلنت بغداد')).toBeUndefined();
    expect(findDate('said on Monday')).toBeUndefined();
  });
  it('does not take the modal "may" for May', () => {
    expect(findDate('the talks may resume', ref)).toBeUndefined();
  });
});
