// XML text escaping for hand-written XML. Characters XML 1.0 cannot carry at all (most C0 controls,
// lone surrogates, U+FFFE/U+FFFF) become U+FFFD; \r is kept as a character reference because parsers
// would otherwise turn it into \n.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

export const xmlEscape = (s: string): string => s.replace(INVALID, '\uFFFD').replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
