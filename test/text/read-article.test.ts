import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { dateIn, readArticleFile, trailingSource } from '../../src/text/read-article.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'kg-read-')); });

describe('readArticleFile', () => {
  it('reads a .txt file exactly, with the first line as title and a short last line as source', async () => {
    const text = 'Headline here\n\nBody sentence one. Body two.\n\nDaily Paper\n';
    const a = await readArticleFile(file('a.txt', text));
    expect(a).toMatchObject({ text, format: 'txt', title: 'Headline here', source: 'Daily Paper' });
  });
  it('takes URL, source and date from a sidecar', async () => {
    file('b.source.txt', 'https://example.com/2020/06/06/story/\nExample News\n');
    const a = await readArticleFile(file('b.txt', 'Title\n\nText.\n\nA long closing sentence that is not a source.'));
    expect(a).toMatchObject({ url: 'https://example.com/2020/06/06/story/', source: 'Example News', publishedAt: '2020-06-06' });
  });
  it('strips a BOM', async () => {
    const a = await readArticleFile(file('bom.txt', '\ufeffنص عربي'));
    expect(a.text).toBe('نص عربي');
  });
  it('returns empty text for an empty or blank file', async () => {
    expect((await readArticleFile(file('empty.txt', ''))).text).toBe('');
    expect((await readArticleFile(file('blank.txt', ' \n\t\n'))).text.trim()).toBe('');
  });
  it('refuses binary files, naming the file', async () => {
    const p = file('bin.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
    await expect(readArticleFile(p)).rejects.toThrow(UserError);
    await expect(readArticleFile(p)).rejects.toThrow(/bin\.txt.*binary/);
  });
  it('refuses invalid UTF-8, naming the file', async () => {
    const p = file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    await expect(readArticleFile(p)).rejects.toThrow(/latin1\.txt.*UTF-8/);
  });
  it('refuses UTF-16 with a hint, not as binary', async () => {
    const p = file('utf16.txt', Buffer.from('\ufeffJoe Biden visited Iraq.\n', 'utf16le'));
    await expect(readArticleFile(p)).rejects.toThrow(/utf16\.txt: UTF-16 text; convert it to UTF-8/);
  });
  it('takes at most the first 200 characters of a long first line as title, cut between words', async () => {
    const line = 'Joe Biden met Mustafa al-Kadhimi in Washington. '.repeat(1000);
    const a = await readArticleFile(file('oneline.txt', line));
    expect(a.text).toBe(line);
    expect(a.title!.length).toBeLessThanOrEqual(201);
    expect(a.title).toMatch(/\u2026$/);
    expect(line.startsWith(`${a.title!.slice(0, -1)} `)).toBe(true);
  });
  it('refuses unsupported extensions', async () => {
    await expect(readArticleFile(file('x.pdf', 'x'))).rejects.toThrow(/x\.pdf.*unsupported/);
  });
  it('refuses a file over 200 MB before reading it', async () => {
    const p = file('huge.txt', '');
    truncateSync(p, 201 * 1024 * 1024); // sparse: no disk or memory cost
    await expect(readArticleFile(p)).rejects.toThrow(/huge\.txt.*201 MB.*200 MB limit/);
  });
  it('refuses a missing file clearly', async () => {
    await expect(readArticleFile(join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt.*cannot read/);
  });
  it('reduces Markdown to text, offsets indexing the returned text', async () => {
    const a = await readArticleFile(file('m.md', '# Big News\n\nThe **Iraqi** [parliament](http://x) voted.\n\n- item *one*\n'));
    expect(a.title).toBe('Big News');
    expect(a.text).toBe('Big News\n\nThe Iraqi parliament voted.\n\nitem one');
    expect(a.format).toBe('md');
  });
  it('reduces HTML to its article text with paragraph breaks, title and date', async () => {
    const paras = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} says that the Iraqi prime minister met the American president in Washington to discuss the withdrawal of troops.</p>`).join('\n');
    const html = `<html><head><title>Iraq talks - Site</title><meta property="article:published_time" content="2021-07-26T10:00:00Z"></head>
      <body><nav>Home | World</nav><article><h1>Iraq talks</h1>${paras}</article><footer>Copyright</footer><script>var x = 1;</script></body></html>`;
    const a = await readArticleFile(file('h.html', html));
    expect(a.format).toBe('html');
    expect(a.text).toContain('Paragraph 0 says');
    expect(a.text).toMatch(/troops\.\n\nParagraph 1/);
    expect(a.text).not.toContain('var x');
    expect(a.text).not.toContain('Copyright');
    expect(a.title).toMatch(/Iraq talks/);
    expect(a.publishedAt).toBe('2021-07-26');
  });
});

describe('helpers', () => {
  it('finds dates in lines and URL paths', () => {
    expect(dateIn('published 2021-07-24')).toBe('2021-07-24');
    expect(dateIn('https://x.net/News/2022/05/11/story')).toBe('2022-05-11');
    expect(dateIn('https://x.net/?p=260853')).toBeUndefined();
  });
  it('takes only a short last line as the source', () => {
    expect(trailingSource('Title\nBody.\nالعرب')).toBe('العرب');
    expect(trailingSource('Title\nBody.\nThis closing line has far too many words to be a source.')).toBeUndefined();
  });
});
