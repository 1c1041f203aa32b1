import { describe, expect, it } from 'vitest';
import { pdfFileName } from './file-name.ts';

describe('pdfFileName', () => {
  it('names the letter in Danish with an ASCII fallback', () => {
    const name = pdfFileName({ participantName: 'Søren Ærø Ågård', approvedOn: '2026-03-02', version: 1 });
    expect(name.ascii).toBe('statusbrev-soeren-aeroe-aagaard-2026-03-02.pdf');
    expect(decodeURIComponent(name.utf8)).toBe('statusbrev-søren-ærø-ågård-2026-03-02.pdf');
  });
  it('says when it is a correction, and never lets a quote into the header', () => {
    const name = pdfFileName({ participantName: 'Bo "x" Berg', approvedOn: '2026-03-02', version: 2 });
    expect(name.ascii).toBe('statusbrev-bo-x-berg-2026-03-02-rettelse-2.pdf');
  });
});
