/**
 * Escaping for untrusted article text. Everything the page shows from a document goes through
 * these: the text, entity values and ids never reach the page as markup, and the page's script
 * reads them from escaped attributes only (no JSON inside <script>, so `</script>`, U+2028 and
 * `<!--` in the text have nothing to break out of).
 */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values (double- or single-quoted) alike. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML[c] ?? c);

/** A class or id fragment made of safe characters only (types and keys come from the data). */
export const token = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_');
