// Markdown reduced to its readable text. Offsets of the extraction document index into the text
// returned here, so the reduction only has to be faithful to what a reader sees, not reversible.

export interface MarkdownText { text: string; title?: string }

const INLINE: Array<[RegExp, string]> = [
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'],          // images keep their alt text
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'],           // links keep their text
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'],          // reference links
  [/<\/?[a-zA-Z][^>]*>/g, ''],                // inline HTML tags
  [/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2'],    // strong
  [/(\*|_)(?=\S)([^*_]*?\S)\1/g, '$2'],       // emphasis
  [/~~(?=\S)(.*?\S)~~/g, '$1'],               // strikethrough
  [/`([^`]*)`/g, '$1'],                       // inline code
];

function inline(line: string): string {
  let out = line;
  for (const [re, rep] of INLINE) out = out.replace(re, rep);
  return out;
}

export function markdownToText(source: string): MarkdownText {
  const out: string[] = [];
  let title: string | undefined;
  let fenced = false;
  for (const raw of source.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) { fenced = !fenced; continue; }
    if (fenced) continue;
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue;           // link reference definitions
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) { out.push(''); continue; } // horizontal rules
    if (/^\s*(=+|-+)\s*$/.test(raw) && out.length && out[out.length - 1] !== '') continue; // setext underline
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '');
    line = inline(line).trimEnd();
    if (title === undefined && /^\s{0,3}#{1,6}\s+/.test(raw) && line.trim()) title = line.trim();
    out.push(line);
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return title === undefined ? { text } : { text, title };
}
