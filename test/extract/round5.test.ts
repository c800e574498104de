// Round 5: general gaps found on three articles written for it (test/fixtures/articles, README there).
// One sentence per mechanism, written for the test.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

describe('titles and their holders', () => {
  it('a KB given name after a title is a name, not a clitic and a verb ("فيصل" is not ف + يصل)', () => {
    const t = triples('وقال رئيس مجلس الأعيان فيصل الفايز إن المجلس سيجتمع غداً.');
    expect(t.some((x) => /^F\S+ al-F\S+ LEADER_OF /.test(x))).toBe(true);
  });
  it('an organisation head phrase with a nationality ("رئيس مجلس النواب العراقي X") is the body the title leads', () => {
    const t = triples('وحضر الجلسة رئيس مجلس النواب العراقي محمود المشهداني.');
    const lead = t.find((x) => / LEADER_OF /.test(x));
    expect(lead).toMatch(/^M\S+ al-M\S+ LEADER_OF /);
    expect(t.some((x) => / PART_OF Iraq$/.test(x))).toBe(true);
  });
  it('a name closed by a family name with the article does not take the next surname ("فيصل الفايز الصفدي")', () => {
    const t = triples('وهنأ رئيس مجلس الأعيان فيصل الفايز الصفدي بانتخابه.');
    expect(t.some((x) => /^F\S+ al-F\S+ LEADER_OF /.test(x))).toBe(true);
  });
  it('a candidate belongs to the party ("مرشح حزب جبهة العمل الإسلامي X")', () => {
    const t = triples('وقال مرشح حزب جبهة العمل الإسلامي صالح العرموطي إن النتيجة متوقعة.');
    expect(t.some((x) => /^S\S+ al-A\S+ MEMBER_OF \S*Hzb Jbha/.test(x))).toBe(true);
  });
  it('the remit after the owner sits between the title and the name ("للشؤون الإنسانية")', () => {
    const t = triples('ودعا وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية توم فليتشر إلى زيادة التمويل.');
    expect(t.some((x) => /^T\S+ F\S+ MEMBER_OF United Nations$/.test(x))).toBe(true);
    expect(t.some((x) => /Llshun|al-Insaniya/.test(x))).toBe(false);
  });
  it('an English portfolio before "Minister" belongs to the title, not to a name or an actor', () => {
    const t = triples('Egyptian Petroleum Minister Karim Badawi met Turkish Energy Minister Alparslan Bayraktar on Monday.');
    expect(t.some((x) => /^(Karim Badawi MEETS Alparslan Bayraktar|Alparslan Bayraktar MEETS Karim Badawi)$/.test(x))).toBe(true);
    expect(t.some((x) => /Egypt MEETS|MEETS Egypt/.test(x))).toBe(false);
    expect(extract('Energy Commissioner Dan Jorgensen said the deal would help.').entities.map((e) => e.name)).toEqual(['Dan Jorgensen']);
  });
});

describe('elections', () => {
  it('"انتخب مجلس X Y رئيساً له": Y leads the body that elected him', () => {
    const t = triples('انتخب مجلس النواب العراقي يوم الأحد النائب محمود المشهداني رئيساً له.');
    expect(t.some((x) => /^M\S+ al-M\S+ LEADER_OF /.test(x))).toBe(true);
  });
  it('"X elected Y as its speaker"', () => {
    expect(triples('The Iraqi Parliament elected Mahmoud al-Mashhadani as its speaker on Tuesday.')
      .some((x) => /^Mahmoud al-Mashhadani LEADER_OF /.test(x))).toBe(true);
  });
});

describe('names that are something else', () => {
  it('a town spelt like a cardinal is the number after a definite noun ("النقاط الخمس"), the town after a place noun', () => {
    expect(extract('وطالب لبنان بالانسحاب من النقاط الخمس.').entities.some((e) => e.name === 'Khoms')).toBe(false);
    expect(extract('ووصل الوفد إلى مدينة الخمس الليبية.').entities.some((e) => e.name === 'Khoms')).toBe(true);
  });
  it('a KB person named by one word is the article\'s own fuller namesake ("الصفدي" … "أحمد الصفدي")', () => {
    const doc = extract('الصفدي رئيساً للمجلس\n\nوحضر الجلسة النائب أحمد الصفدي.');
    expect(doc.entities.some((e) => e.name === 'Ayman Safadi')).toBe(false);
  });
});

describe('standing facts', () => {
  it('a capital and its country are stated only when one sentence names both', () => {
    expect(triples('وصل الوزير إلى بغداد يوم الأحد. وبحث الجانبان التعاون. وقال إن العراق يرحب بالاستثمار.')).not.toContain('Baghdad CAPITAL_OF Iraq');
    expect(triples('وقال إن العراق سيستضيف القمة في بغداد.')).toContain('Baghdad CAPITAL_OF Iraq');
  });
});

describe('pairs', () => {
  it('an Arabic pair noun before its verb after a complementizer ("إن البلدين اتفقا")', () => {
    const t = triples('زار وزير الخارجية السعودي طهران يوم الأحد. وقال المتحدث إن البلدين اتفقا على تشكيل لجان مشتركة.');
    expect(t.some((x) => /^(Iran AGREES_WITH Saudi Arabia|Saudi Arabia AGREES_WITH Iran)$/.test(x))).toBe(true);
  });
});

describe('standing facts: what they hold for', () => {
  it('a people named by its demonym gives no place-in-country fact ("الفلسطينيين في قطاع غزة")', () => {
    expect(triples('وأكد الرئيس دعم الفلسطينيين في قطاع غزة.').some((x) => /^Gaza Strip LOCATED_IN/.test(x))).toBe(false);
  });
});

describe('what is called for', () => {
  it('an Arabic masdar of the demanded action with its definite genitive ("بإدخال أدوية", "إلى زيادة التمويل")', () => {
    expect(triples('وطالبت الأمم المتحدة بإدخال أدوية ومعدات طبية إلى القطاع.').some((x) => /^United Nations DEMANDS Idkhal/.test(x))).toBe(true);
    expect(triples('ودعت الأمم المتحدة إلى زيادة التمويل الدولي للاستجابة الإنسانية.').some((x) => /^United Nations DEMANDS Zyada al-Tmuil/.test(x))).toBe(true);
  });
  it('a masdar with an object pronoun ("برفعها") governs no further word', () => {
    const t = triples('فيما رحبت الأمم المتحدة بقرار واشنطن تخفيف العقوبات المفروضة على دمشق، وطالبت برفعها بالكامل.');
    expect(t.some((x) => /DEMANDS Rfha$/.test(x))).toBe(true);
  });
  it('an English demand with its "to" complement ("a halt to uranium enrichment")', () => {
    expect(triples('The United States demanded a halt to uranium enrichment.')).toContain('United States DEMANDS halt to uranium enrichment');
  });
});

describe('adjectives and names', () => {
  it('a country name written without the article is the adjective when it takes it ("الحكومة السورية")', () => {
    const doc = extract('وقالت الحكومة السورية إن القرار مهم.');
    expect(doc.entities.some((e) => e.type === 'Organization' && e.aliases.concat(e.name).some((n) => /السورية|Suriya/.test(n)))).toBe(true);
  });
});

describe('persons named by a description', () => {
  it('"الوزير السعودي" with no name is the one person a title gave that nationality', () => {
    const t = triples('وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران يوم الأحد. واستقبل الرئيس التركي رجب طيب أردوغان الوزير السعودي في القصر.');
    expect(t.some((x) => /^(Faisal bin Farhan MEETS Recep Tayyip Erdogan|Recep Tayyip Erdogan MEETS Faisal bin Farhan)$/.test(x))).toBe(true);
    expect(t.some((x) => /Saudi Arabia MEETS|MEETS Saudi Arabia/.test(x))).toBe(false);
  });
});

describe('facilities', () => {
  it('a capitalised name before a facility noun is a place, in the country its possessive, adjective or "its" names', () => {
    const t = triples('Gas would flow to the Idku plant on Egypt\'s coast. Egypt faced power cuts as output from its Zohr field declined.');
    expect(t).toContain('Idku plant LOCATED_IN Egypt');
    expect(t).toContain('Zohr field LOCATED_IN Egypt');
    expect(triples('Gas from the Turkish Sakarya field reached the coast.')).toContain('Sakarya field LOCATED_IN Turkey');
  });
});

describe('lists past a venue', () => {
  it('"التقى X Y في مقر وزارة الخارجية وZ": the list goes on past a building named by its owner', () => {
    const t = triples('والتقى أردوغان رئيس الوزراء العراقي مصطفى الكاظمي في مقر وزارة الخارجية ورئيس البرلمان محمود المشهداني.');
    expect(t.some((x) => /^(Recep Tayyip Erdogan MEETS M\S+ al-M|M\S+ al-M\S+ MEETS Recep Tayyip Erdogan)/.test(x))).toBe(true);
  });
});

describe('English descriptions of a person', () => {
  it('"The crown prince, who is also prime minister," is the crown prince named before, and heads the government', () => {
    const t = triples('Joe Biden met Turkish Crown Prince Ahmet Yilmaz in Ankara. The crown prince, who is also prime minister, told Biden that Turkey would not change course.');
    expect(t).toContain('Ahmet Yilmaz HEAD_OF_GOVERNMENT_OF Turkey');
  });
});

describe('strikes on a place', () => {
  it('strikes of a nationality that kill or hit somewhere attack that place ("Israeli air strikes … across the enclave")', () => {
    expect(triples('Aid reached the Gaza Strip on Monday. Israeli air strikes killed dozens of people across the enclave.')).toContain('Israel ATTACKED Gaza Strip');
    expect(triples('وقتل شخص في غارة إسرائيلية استهدفت سيارة في قطاع غزة.')).toContain('Israel ATTACKED Gaza Strip');
  });
  it('"pounded" is an attack', () => {
    expect(triples('Israel pounded the Gaza Strip on Monday.')).toContain('Israel ATTACKED Gaza Strip');
  });
});

describe('company names', () => {
  it('a capitalised run with an inner capital is an organisation, not a person whose "surname" recurs', () => {
    const doc = extract('Chevron works with partners Shell and NewMed Energy. Energy Commissioner Dan Jorgensen backed the project.');
    expect(doc.entities.find((e) => e.name === 'NewMed Energy')?.type).toBe('Organization');
    expect(doc.entities.some((e) => e.name === 'Energy')).toBe(false);
    expect(extract('Biden met Kevin McCarthy on Monday.').entities.find((e) => e.name === 'Kevin McCarthy')?.type).toBe('Person');
  });
});

describe('joining', () => {
  it('a state that joins a body is a member, also as the subject of an object relative ("which Turkey joined")', () => {
    expect(triples('Turkey joined the United Nations in 1945.')).toContain('Turkey MEMBER_OF United Nations');
    expect(triples('The deal would help the European Union, which France joined in 1958.')).toContain('France MEMBER_OF European Union');
  });
});
