import PDFDocument from 'pdfkit';
import { registerLetterFonts } from './pdf-fonts.ts';

/**
 * A new A4 document as every PDF of the product starts: tagged for screen readers (PDF/UA
 * structure, Danish, the title shown instead of the file name), DejaVu embedded, and a fixed
 * creation date so the same content makes the same file. `done` resolves with the bytes once
 * the caller ends the document.
 */
export function taggedA4(info: { title: string; author: string; subject: string; createdAt: Date }) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 62, right: 62 },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    bufferPages: true,
    // pdfkit knows 'PDF/UA' (the identification in the XMP metadata) but its types do not yet.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Creator: 'ViVirk',
      Producer: 'ViVirk',
      CreationDate: info.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerLetterFonts(doc);
  return { doc, done };
}
