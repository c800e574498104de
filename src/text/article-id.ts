// Stable article identity: the same story saved with different whitespace or Unicode composition
// gets the same id, so re-ingesting it does not duplicate the article.
import { createHash } from 'node:crypto';

export function articleId(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16);
}
