import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  reportFixtureDashboard as dashboard,
  reportFixture as withMeeting,
} from '../../tests/support/report-fixture.ts';
import { renderReportPdf } from './pdf.ts';
import type { ReportDocument } from './pdf-document.ts';

interface ReadPdf {
  bytes: Buffer;
  text: string;
  pages: number;
  roles: Set<string>;
  fonts: { name: string; missingFile: boolean }[];
  marked: boolean;
  untagged: string[];
}

async function read(doc: ReportDocument): Promise<ReadPdf> {
  const bytes = await renderReportPdf(doc);
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const texts: string[] = [];
  const roles = new Set<string>();
  const fonts = new Map<string, boolean>();
  const untagged: string[] = [];
  const walk = (node: any) => {
    if (node.role) roles.add(node.role);
    for (const child of node.children ?? []) walk(child);
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    for (const item of content.items as any[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item.tag);
      else if (item.type === 'endMarkedContent') open.pop();
      else {
        texts.push(item.str);
        if (item.str.trim() !== '' && open.length === 0) untagged.push(item.str);
      }
    }
    walk(await page.getStructTree());
    const ops = await page.getOperatorList();
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFont) return;
      const font = page.commonObjs.get(ops.argsArray[i][0]);
      fonts.set(font.name, font.missingFile);
    });
  }
  const marked = (await pdf.getMarkInfo())?.Marked === true;
  const pages = pdf.numPages;
  await pdf.destroy();
  return {
    bytes,
    text: texts.join(' ').replace(/\s+/g, ' '),
    pages,
    roles,
    fonts: [...fonts].map(([name, missingFile]) => ({ name, missingFile })),
    marked,
    untagged,
  };
}

describe('the half-yearly report as a PDF', { timeout: 60_000 }, () => {
  let pdf: ReadPdf;
  beforeAll(async () => {
    pdf = await read(withMeeting());
  });

  it('has the partnership, its parties, the day and the agreement version on the title page', () => {
    expect(pdf.text).toContain('Halvårsrapport for partnerskabet');
    expect(pdf.text).toContain('Partnerskab: Randers');
    expect(pdf.text).toContain('Parter: Randers Kommune og Randers Bo- og Erhvervstræning');
    expect(pdf.text).toContain('Opgjort pr. 1. marts 2026');
    expect(pdf.text).toContain('Partnerskabsaftale: version 3');
    expect(pdf.text).toContain('Til statusmødet 12. marts 2026');
  });

  it('says the success criterion in words and gives the figures with their tables', () => {
    expect(pdf.text).toContain(
      '70 % (14 af 20 unge med mindst et år i forløb) er kommet tættere på arbejdsmarkedet. Målet er 87 %.',
    );
    expect(pdf.text).toContain('36 unge er optaget. Målet er 40.');
    expect(pdf.text).toContain('Kommet tættere på arbejdsmarkedet 14 unge');
    expect(pdf.text).toContain('Ordinært job eller fleksjob 6 unge, 100 % (mål 80 %)');
    expect(pdf.text).toContain('Kvinde 15');
    expect(pdf.text).toContain('kognitiv og psykisk 14');
    expect(pdf.text).toContain('Ikke besluttet 4');
    expect(pdf.text).toContain('februar 2026 87,5 % (280 af 320 dage)');
    expect(pdf.text).toContain(
      'I gennemsnit 6,3 dage fra henvisning til første kontakt over 30 unge; 24 inden for løftet om 7 dage.',
    );
    expect(pdf.text).toContain('87,5 % af svarene efter møderne var »ja«.');
  });

  it("prints the development group's four points with the meeting's texts, and its other points after", () => {
    const at = (s: string) => pdf.text.indexOf(s);
    for (const h of [
      '1. Mål',
      '2. Aktiviteter',
      '3. Erfaringer og refleksion',
      '4. Resultater og justeringer',
    ])
      expect(at(h), h).toBeGreaterThan(0);
    expect(at('1. Mål')).toBeLessThan(at('Optag 40 unge; 87 %'));
    expect(at('Optag 40 unge; 87 %')).toBeLessThan(at('2. Aktiviteter'));
    expect(at('2. Aktiviteter')).toBeLessThan(at('Virksomhedsnetværk i Østjylland'));
    expect(at('4. Resultater og justeringer')).toBeLessThan(at('Kortere ventetid til første samtale.'));
    expect(pdf.text).toContain('Øvrige punkter');
    expect(pdf.text).toContain('Aftaler, opgaver og næste møde');
  });

  it('is tagged: marked, with headings, paragraphs, figures with their tables, nothing untagged', () => {
    expect(pdf.marked).toBe(true);
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'Figure', 'Table', 'TR', 'TH', 'TD', 'L', 'LI'])
      expect(pdf.roles, role).toContain(role);
    expect(pdf.untagged).toEqual([]);
    const raw = pdf.bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toContain('/Lang (da-DK)');
    // Every chart is a Figure with its alt text (UTF-16BE in the file).
    expect(raw).toMatch(/\/S \/Figure\n\/Alt \(/);
    const utf16 = Buffer.from([...'Søjlediagram over optaget'].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(pdf.bytes.includes(utf16)).toBe(true);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('embeds its fonts (DejaVu), never a standard font the reader must supply', () => {
    expect(pdf.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
    ]);
    for (const font of pdf.fonts) expect(font.missingFile, font.name).toBe(false);
    expect(pdf.bytes.toString('latin1')).not.toMatch(/\/Subtype \/Type1|Helvetica/);
  });

  it('is the same file every time for the same figures', async () => {
    expect((await renderReportPdf(withMeeting())).equals(pdf.bytes)).toBe(true);
  });
});

describe('a report with no meeting and no figures yet', { timeout: 60_000 }, () => {
  it('prints the four headings with lines to fill in, and says what is missing', async () => {
    const empty = dashboard();
    empty.report = {
      ...empty.report,
      admitted: 0,
      inStatistics: 0,
      atLeastOneYear: 0,
      closerToLabourMarket: 0,
      closerShare: null,
      byGender: {},
      byAgeAtStart: {},
      byDisabilityCombination: {},
      byGrantedMonths: {},
      outcomes: {},
      feltHeard: { yes: 0, partly: 0, no: 0, share: null },
    };
    empty.agreementVersion = null;
    empty.outcomeSplit = [];
    empty.attendance = [];
    empty.firstContact = { courses: 0, averageDays: null, withinPromise: 0, promiseDays: 7 };
    const r = await read({ dashboard: empty, meeting: null });
    expect(r.text).toContain(
      'Ingen af de unge i statistikken har været i forløb i mindst et år endnu. Målet er 87 %.',
    );
    expect(r.text).toContain(
      'Der er endnu ikke planlagt et halvårligt statusmøde. Punkterne udfyldes på mødet.',
    );
    expect(r.text).toContain('ingen aftale endnu – modellens skabelon gælder');
    expect(r.text).toMatch(
      /1\. Mål 2\. Aktiviteter 3\. Erfaringer og refleksion 4\. Resultater og justeringer/,
    );
    expect(r.text).not.toContain('Øvrige punkter');
    expect(r.untagged).toEqual([]);
  });
});
