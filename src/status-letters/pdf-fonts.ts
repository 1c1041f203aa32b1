import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * DejaVu Sans for letter PDFs: it has every Danish glyph and "–", and it is embedded (subset) in
 * the file, unlike pdfkit's built-in Helvetica, which a PDF/UA reader must guess at. The files come
 * from the npm package, resolved like any module, so no path depends on the working directory and
 * nothing is fetched. Read once here; every render reuses the buffers.
 */
const require = createRequire(import.meta.url);
const load = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

export const letterFonts = {
  regular: { name: 'DejaVuSans', data: load('DejaVuSans.ttf') },
  bold: { name: 'DejaVuSans-Bold', data: load('DejaVuSans-Bold.ttf') },
} as const;

export type LetterFont = keyof typeof letterFonts;

/** Registers both faces on a document under their keys ('regular', 'bold'). */
export function registerLetterFonts(doc: PDFKit.PDFDocument): void {
  for (const [key, font] of Object.entries(letterFonts)) doc.registerFont(key, font.data);
}
