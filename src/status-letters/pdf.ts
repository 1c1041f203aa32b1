import { danishDate, danishPeriod } from './danish-date.ts';
import type { LetterDocument, LetterSection } from './document.ts';
import { printable, textBlocks } from './letter-text.ts';
import { taggedA4 } from './pdf-document.ts';
import { bulletList, figureTable, heading, horizontalRule, paragraph, runningFooter } from './pdf-layout.ts';

/**
 * A status letter as an A4 PDF in Danish: tagged for screen readers (PDF/UA structure, Danish
 * language, the title shown instead of the file name), DejaVu fonts embedded, page numbers on
 * every page. It draws exactly the document it is given and nothing else: what a reader may not
 * read is cut before it gets here (document.ts).
 */
export async function renderLetterPdf(given: LetterDocument): Promise<Buffer> {
  const letter = printableLetter(given);
  const period = danishPeriod(letter.period.from, letter.period.to);
  const title = `Statusbrev – ${letter.participantName} – ${period}`;
  const { doc, done } = taggedA4({
    title,
    author: letter.institution,
    subject: `Statusbrev til ${letter.municipality}`,
    createdAt: // A fixed date makes the same letter the same file (and tests repeatable).
      new Date(`${letter.approvedOn ?? letter.period.to}T12:00:00Z`),
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  drawHead(doc, root, letter, period);
  for (const section of letter.sections) drawSection(doc, root, section);
  root.end();

  const draft = letter.approvedOn === null ? 'UDKAST – ikke godkendt · ' : '';
  runningFooter(doc, (page, count) => ({
    left: `Statusbrev · ${letter.participantName} · ${period}`,
    right: `${draft}Side ${page} af ${count}`,
  }));
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

function drawHead(doc: Doc, root: Struct, letter: LetterDocument, period: string): void {
  paragraph(doc, root, letter.institution, { font: 'bold' });
  horizontalRule(doc);
  heading(doc, root, 'H1', 'Statusbrev');
  paragraph(doc, root, `Deltager: ${letter.participantName}`);
  paragraph(doc, root, `Periode: ${period}`);
  paragraph(doc, root, `Fra: ${letter.institution}`);
  paragraph(doc, root, `Til: ${letter.municipality}`);
  if (letter.approvedOn === null) {
    paragraph(doc, root, 'UDKAST – ikke godkendt', { font: 'bold', color: '#a4000f' });
  } else {
    const by = letter.approvedBy ? ` af ${letter.approvedBy}` : '';
    paragraph(doc, root, `Godkendt ${danishDate(letter.approvedOn)}${by}`);
  }
  if (letter.replaces) {
    paragraph(
      doc,
      root,
      `Version ${letter.version}. Erstatter version ${letter.replaces.version} godkendt ${danishDate(letter.replaces.approvedOn)}.`,
    );
  }
  horizontalRule(doc);
}

/** A section as Sect > H2 + its paragraphs and lists + its figures; an empty one says so. */
function drawSection(doc: Doc, root: Struct, section: LetterSection): void {
  const sect = doc.struct('Sect');
  root.add(sect);
  heading(doc, sect, 'H2', section.heading);
  const blocks = textBlocks(section.text);
  if (blocks.length === 0 && section.figures.length === 0) paragraph(doc, sect, 'Intet at bemærke.');
  for (const block of blocks) {
    if (block.kind === 'paragraph') paragraph(doc, sect, block.text);
    else bulletList(doc, sect, block.items);
  }
  if (section.figures.length > 0) figureTable(doc, sect, section.figures);
  sect.end();
}

/** The letter with every text it prints made printable (letter-text.ts). */
function printableLetter(letter: LetterDocument): LetterDocument {
  return {
    ...letter,
    institution: printable(letter.institution),
    municipality: printable(letter.municipality),
    participantName: printable(letter.participantName),
    approvedBy: letter.approvedBy === null ? null : printable(letter.approvedBy),
    sections: letter.sections.map((s) => ({
      ...s,
      heading: printable(s.heading),
      text: printable(s.text),
      figures: s.figures.map((f) => ({ label: printable(f.label), value: printable(f.value) })),
    })),
  };
}
