import type { LetterFigure } from './document.ts';
import type { LetterFont } from './pdf-fonts.ts';

/**
 * The drawing steps of a letter PDF, each producing tagged content: a structure element of the
 * right type (H1, H2, P, L > LI > Lbl + LBody, Table > TR > TH + TD) around exactly what it draws,
 * so a screen reader reads the letter in order. Decorations are Artifacts, which it skips.
 *
 * A structure element's content is drawn by a closure that pdfkit runs when the element is added
 * to an element already in the tree; it marks the content with the element's MCID and carries
 * the marking across a page break. So: add parents before children, and start a new page only
 * between elements, never inside a closure.
 */
type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export const sizes = { body: 10.5, small: 8.5, h1: 20, h2: 13.5 } as const;
const lineGap = 2;
const blockGap = 7;
const bulletIndent = 14;
const cellPadding = 4;
const ink = '#1a1a1a';
const rule = '#8c8c8c';

const left = (doc: Doc) => doc.page.margins.left;
export const textWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function use(doc: Doc, font: LetterFont, size: number): Doc {
  return doc.font(font).fontSize(size).fillColor(ink);
}

/** Starts a new page unless `height` more points fit on this one. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** A structure element of `type` under `parent` whose content `draw` draws. */
function tagged(doc: Doc, parent: Struct, type: string, draw: () => void): void {
  parent.add(doc.struct(type, {}, draw));
}

/** Content that is not part of the letter's text (rules, running footers): screen readers skip it. */
export function artifact(doc: Doc, type: 'Layout' | 'Pagination', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

export function horizontalRule(doc: Doc): void {
  const y = doc.y + 2;
  artifact(doc, 'Layout', () => {
    doc
      .moveTo(left(doc), y)
      .lineTo(left(doc) + textWidth(doc), y)
      .lineWidth(0.6)
      .strokeColor(rule)
      .stroke();
  });
  doc.y = y + blockGap;
}

/**
 * A heading; it starts a new page rather than stand alone at the bottom of one (it needs room for
 * itself and three lines of what follows).
 */
export function heading(doc: Doc, parent: Struct, type: 'H1' | 'H2', text: string): void {
  const size = type === 'H1' ? sizes.h1 : sizes.h2;
  use(doc, 'bold', size);
  const own = doc.heightOfString(text, { width: textWidth(doc) });
  use(doc, 'regular', sizes.body);
  const following = 3 * (doc.currentLineHeight(true) + lineGap);
  if (type === 'H2') ensureRoom(doc, own + blockGap + following);
  tagged(doc, parent, type, () => {
    use(doc, 'bold', size).text(text, left(doc), doc.y, { width: textWidth(doc) });
  });
  doc.y += type === 'H1' ? blockGap : blockGap / 2;
}

export function paragraph(
  doc: Doc,
  parent: Struct,
  text: string,
  options: { font?: LetterFont; color?: string } = {},
): void {
  use(doc, options.font ?? 'regular', sizes.body);
  ensureRoom(doc, doc.currentLineHeight(true));
  tagged(doc, parent, 'P', () => {
    use(doc, options.font ?? 'regular', sizes.body)
      .fillColor(options.color ?? ink)
      .text(text, left(doc), doc.y, { width: textWidth(doc), lineGap });
  });
  doc.y += blockGap;
}

/** A bulleted list: L > LI > Lbl ("•") + LBody; an item never starts on the last line alone. */
export function bulletList(doc: Doc, parent: Struct, items: readonly string[]): void {
  const list = doc.struct('L');
  parent.add(list);
  for (const text of items) {
    use(doc, 'regular', sizes.body);
    ensureRoom(doc, doc.currentLineHeight(true) + lineGap);
    const item = doc.struct('LI');
    list.add(item);
    const y = doc.y;
    tagged(doc, item, 'Lbl', () => {
      use(doc, 'regular', sizes.body).text('•', left(doc) + 3, y, { lineBreak: false });
    });
    doc.y = y;
    tagged(doc, item, 'LBody', () => {
      use(doc, 'regular', sizes.body).text(text, left(doc) + bulletIndent, y, {
        width: textWidth(doc) - bulletIndent,
        lineGap,
      });
    });
    item.end();
    doc.y += lineGap;
  }
  list.end();
  doc.y += blockGap - lineGap;
}

/** Figures as a two-column table: each row's label is its row header (TH, scope Row). */
export function figureTable(doc: Doc, parent: Struct, figures: readonly LetterFigure[]): void {
  const table = doc.struct('Table');
  parent.add(table);
  const x = left(doc);
  const labelWidth = textWidth(doc) * 0.62;
  const valueWidth = textWidth(doc) - labelWidth;
  const inner = (w: number) => w - 2 * cellPadding;
  for (const figure of figures) {
    use(doc, 'bold', sizes.body);
    const labelHeight = doc.heightOfString(figure.label, { width: inner(labelWidth) });
    use(doc, 'regular', sizes.body);
    const valueHeight = doc.heightOfString(figure.value, { width: inner(valueWidth) });
    const height = Math.max(labelHeight, valueHeight) + 2 * cellPadding;
    ensureRoom(doc, height);
    const y = doc.y;
    const row = doc.struct('TR');
    table.add(row);
    const header = doc.struct('TH', {}, () => {
      use(doc, 'bold', sizes.body).text(figure.label, x + cellPadding, y + cellPadding, {
        width: inner(labelWidth),
      });
    });
    // The Table attribute owner's Scope tells a screen reader this header names its row.
    (header as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = {
      O: 'Table',
      Scope: 'Row',
    };
    row.add(header);
    tagged(doc, row, 'TD', () => {
      use(doc, 'regular', sizes.body).text(figure.value, x + labelWidth + cellPadding, y + cellPadding, {
        width: inner(valueWidth),
      });
    });
    row.end();
    artifact(doc, 'Layout', () => {
      doc
        .rect(x, y, labelWidth, height)
        .rect(x + labelWidth, y, valueWidth, height)
        .lineWidth(0.5)
        .strokeColor(rule)
        .stroke();
    });
    doc.y = y + height;
  }
  table.end();
  doc.y += blockGap;
}

/** Writes `text` in the bottom margin of every buffered page; `text(n, count)` for page n of count. */
export function runningFooter(
  doc: Doc,
  text: (page: number, count: number) => { left: string; right: string },
) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const margin = doc.page.margins.bottom;
    // Text below the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin / 2 - sizes.small;
    const { left: leftText, right: rightText } = text(i + 1, count);
    artifact(doc, 'Pagination', () => {
      use(doc, 'regular', sizes.small);
      doc.text(leftText, left(doc), y, { width: textWidth(doc) * 0.7, lineBreak: false, ellipsis: true });
      doc.text(rightText, left(doc), y, { width: textWidth(doc), align: 'right', lineBreak: false });
    });
    doc.page.margins.bottom = margin;
  }
}
