import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans for letter PDFs: it has every Danish glyph and "–", and it is embedded (subset) in
 * the file, unlike pdfkit's built-in Helvetica, which a PDF/UA reader must guess at. The files come
 * from the npm package, resolved like any module, so no path depends on the working directory and
 * nothing is fetched. Read and parsed once here; every render reuses them.
 */
const require = createRequire(import.meta.url);

/**
 * pdfkit takes an already parsed (fontkit) font wherever it takes font bytes, and parsing
 * DejaVu's tables again for every document was close to half the time of a 3-year letter. pdfkit's
 * types do not say so and the parser is its own dependency, so we borrow the font it parsed for
 * a probe document. Should that ever change shape, the bytes are used instead: slower, same PDF.
 */
type FontSource = Buffer | { layout: (...args: never[]) => unknown };

function load(file: string): FontSource {
  const data = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  const probe = new PDFDocument({ autoFirstPage: false }).font(data);
  const parsed = (probe as unknown as { _font?: { font?: FontSource } })._font?.font;
  return parsed && 'layout' in parsed && typeof parsed.layout === 'function' ? parsed : data;
}

const fonts = {
  regular: load('DejaVuSans.ttf'),
  bold: load('DejaVuSans-Bold.ttf'),
};

export type LetterFont = keyof typeof fonts;

/** Registers both faces on a document under their keys ('regular', 'bold'). */
export function registerLetterFonts(doc: PDFKit.PDFDocument): void {
  for (const [key, font] of Object.entries(fonts)) doc.registerFont(key, font as Buffer);
}
