import { danishDate } from '../status-letters/danish-date.ts';
import { printable, textBlocks } from '../status-letters/letter-text.ts';
import { artifact, bulletList, heading, paragraph, sizes, textWidth } from '../status-letters/pdf-layout.ts';
import type { ReportDocument } from './pdf-document.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const h3Size = 12;
const writingLines = 4;
const lineSpacing = 20;
const ink = '#1a1a1a';
const rule = '#8c8c8c';

/** "1. Mål", "mål", " Mål " all name the point "mål": headings are matched as people write them. */
const normal = (heading: string) =>
  heading
    .replace(/^\s*\d+[.)]?\s*/, '')
    .trim()
    .toLocaleLowerCase('da');

/**
 * The development group's action-learning agenda (DOMAIN.md "The partnership's view") on a page of
 * its own: the four points in order with what the status meeting's agenda says under each, or
 * ruled lines to write on at the meeting; the meeting's other points after them.
 */
export function agendaSection(
  doc: Doc,
  root: Struct,
  meeting: ReportDocument['meeting'],
  points: readonly string[],
): void {
  doc.addPage();
  const sect = doc.struct('Sect');
  root.add(sect);
  heading(doc, sect, 'H2', 'Udviklingsgruppens dagsorden: aktionslæring');
  paragraph(
    doc,
    sect,
    meeting
      ? `Fra dagsordenen til ${meeting.title.trim() ? printable(meeting.title.trim()) : 'partnerskabets statusmøde'} ${danishDate(meeting.day)}.`
      : 'Der er endnu ikke planlagt et halvårligt statusmøde. Punkterne udfyldes på mødet.',
  );
  const agenda = meeting?.agenda ?? [];
  points.forEach((point, i) => {
    subheading(doc, sect, `${i + 1}. ${point}`);
    const written = agenda.find((a) => normal(a.heading) === normal(point));
    const blocks = textBlocks(printable(written?.text ?? ''));
    if (blocks.length === 0) writingSpace(doc);
    for (const block of blocks) {
      if (block.kind === 'paragraph') paragraph(doc, sect, block.text);
      else bulletList(doc, sect, block.items);
    }
  });
  const own = new Set(points.map(normal));
  const others = agenda.filter((a) => a.heading.trim() !== '' && !own.has(normal(a.heading)));
  if (others.length > 0) {
    subheading(doc, sect, 'Øvrige punkter');
    bulletList(
      doc,
      sect,
      others.map((a) =>
        printable(a.text.trim() ? `${a.heading.trim()}: ${a.text.trim()}` : a.heading.trim()),
      ),
    );
  }
  sect.end();
}

/** An H3 that keeps room for a few lines after it on its page. */
function subheading(doc: Doc, parent: Struct, text: string): void {
  const width = textWidth(doc);
  doc.font('bold').fontSize(h3Size);
  const height = doc.heightOfString(text, { width });
  if (doc.y + height + writingLines * lineSpacing > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const x = doc.page.margins.left;
  parent.add(
    doc.struct('H3', {}, () => {
      doc.font('bold').fontSize(h3Size).fillColor(ink).text(text, x, doc.y, { width });
    }),
  );
  doc.y += 4;
}

/** Ruled lines to write on at the meeting: layout, not text, so a screen reader skips them. */
function writingSpace(doc: Doc): void {
  const x = doc.page.margins.left;
  const top = doc.y;
  artifact(doc, 'Layout', () => {
    for (let i = 1; i <= writingLines; i++) {
      const y = top + i * lineSpacing;
      doc
        .moveTo(x, y)
        .lineTo(x + textWidth(doc), y)
        .lineWidth(0.5)
        .strokeColor(rule)
        .stroke();
    }
  });
  doc.y = top + writingLines * lineSpacing + sizes.body;
}
