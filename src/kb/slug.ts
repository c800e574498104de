import { hasArabic, transliterate } from './transliterate.js';

/**
 * Lowercase ASCII slug with hyphens: "Mustafa al-Kadhimi" → "mustafa-al-kadhimi",
 * "Côte d'Ivoire" → "cote-divoire", "مصطفى الكاظمي" → "mustfa-al-kazmi".
 * Empty input (or input with no letters or digits) gives "x".
 */
export function slug(name: string): string {
  const latin = hasArabic(name) ? transliterate(name) : name;
  const s = latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss').replace(/æ/gi, 'ae').replace(/ø/gi, 'o').replace(/œ/gi, 'oe').replace(/ł/gi, 'l').replace(/đ/gi, 'd').replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘ʻʼ`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'x' : s;
}
