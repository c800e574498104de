// Roles a title gives whose object the sentence leaves out, completed from the rest of the article.
import { describe, expect, it } from 'vitest';
import { triples } from '../extract/helpers.js';

describe('titles completed across the article', () => {
  it('an office title without its country takes the KB role when the article names the country', () => {
    const t = triples('وقّعت بغداد وأنقرة اتفاقاً جديداً بشأن المياه في العراق. وجرى التوقيع بحضور رئيس مجلس الوزراء محمد شياع السوداني.', '2025-09-25');
    expect(t).toContain('Mohammed Shia al-Sudani HEAD_OF_GOVERNMENT_OF Iraq');
  });
  it('no role when the article never names the country', () => {
    const t = triples('وجرى التوقيع بحضور رئيس مجلس الوزراء محمد شياع السوداني.', '2025-09-25');
    expect(t.some((x) => /HEAD_OF_GOVERNMENT_OF/.test(x))).toBe(false);
  });
  it('"Secretary of State" is a member of the State Department the article mentions', () => {
    const t = triples('U.S. Secretary of State Marco Rubio met Recep Tayyip Erdogan in Ankara. The State Department said the talks were constructive.');
    expect(t).toContain('Marco Rubio MEMBER_OF United States Department of State');
  });
});
