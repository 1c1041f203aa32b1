import type { LetterDocument } from './document.ts';

/**
 * "statusbrev-sara-holm-2026-03-02.pdf": a Danish file name, with an ASCII fallback for clients
 * that ignore `filename*` (æ, ø, å spelled out as ae, oe, aa).
 */
export function pdfFileName(doc: Pick<LetterDocument, 'participantName' | 'approvedOn' | 'version'>) {
  const slug = doc.participantName
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  const version = doc.version > 1 ? `-rettelse-${doc.version}` : '';
  const name = `statusbrev-${slug || 'forloeb'}-${doc.approvedOn ?? 'udkast'}${version}.pdf`;
  const ascii = name
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '');
  return { ascii, utf8: encodeURIComponent(name) };
}
