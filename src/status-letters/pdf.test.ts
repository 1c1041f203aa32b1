import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureGoalTitles, threeYearLetter } from '../../tests/support/letter-fixture.ts';
import type { LetterDocument } from './document.ts';
import { renderLetterPdf } from './pdf.ts';

/** A rendered letter read back the way a reader's software reads it (pdfjs). */
interface ReadPdf {
  bytes: Buffer;
  /** Each page's text, lines joined by spaces, whitespace collapsed. */
  pages: string[];
  /** Each page's lines, top to bottom (items sharing a baseline joined). */
  lines: string[][];
  roles: Set<string>;
  /** The structure roles whose content is on each page. */
  pageRoles: string[][];
  /** Every font a page sets: name and whether its program is missing from the file. */
  fonts: { name: string; missingFile: boolean }[];
  markInfo: { Marked: boolean } | null;
  /** Text outside any marked content (neither tagged nor an artifact): should be none. */
  untagged: string[];
  /** Text marked as an artifact, which screen readers skip. */
  artifacts: string[];
  /** The right edge of the widest text on any page, in points. */
  rightmost: number;
  info: Record<string, unknown>;
}

async function read(letter: LetterDocument): Promise<ReadPdf> {
  const bytes = await renderLetterPdf(letter);
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  const lines: string[][] = [];
  const roles = new Set<string>();
  const pageRoles: string[][] = [];
  const fonts = new Map<string, boolean>();
  let rightmost = 0;
  const untagged: string[] = [];
  const artifacts: string[] = [];
  const walk = (node: any, into: string[]) => {
    if (node.role) {
      roles.add(node.role);
      into.push(node.role);
    }
    for (const child of node.children ?? []) walk(child, into);
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((i: any) => 'str' in i) as {
      str: string;
      transform: number[];
      width: number;
    }[];
    for (const i of items) rightmost = Math.max(rightmost, i.transform[4]! + i.width);
    pages.push(
      items
        .map((i) => i.str)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    const byBaseline = new Map<number, string[]>();
    for (const i of items) {
      const y = Math.round(i.transform[5]!);
      byBaseline.set(y, [...(byBaseline.get(y) ?? []), i.str]);
    }
    lines.push(
      [...byBaseline.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, parts]) => parts.join('').trim())
        .filter((l) => l !== ''),
    );
    const marked = await page.getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    for (const item of marked.items as any[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item.tag);
      else if (item.type === 'endMarkedContent') open.pop();
      else if (item.str.trim() === '') continue;
      else if (open.length === 0) untagged.push(item.str);
      else if (open.includes('Artifact')) artifacts.push(item.str);
    }
    const onPage: string[] = [];
    walk(await page.getStructTree(), onPage);
    pageRoles.push(onPage);
    const ops = await page.getOperatorList();
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFont) return;
      const font = page.commonObjs.get(ops.argsArray[i][0]);
      fonts.set(font.name, font.missingFile);
    });
  }
  const { info } = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  await pdf.destroy();
  return {
    bytes,
    pages,
    lines,
    roles,
    pageRoles,
    fonts: [...fonts].map(([name, missingFile]) => ({ name, missingFile })),
    markInfo,
    rightmost,
    untagged,
    artifacts,
    info: info as Record<string, unknown>,
  };
}

const whole = (r: ReadPdf) => r.pages.join(' ');
const A4_WIDTH = 595.28;
const RIGHT_MARGIN = 62;

// Rendering and parsing whole PDFs is CPU work: on a loaded machine it takes several times 5 s.
describe('a 3-year letter as a PDF', { timeout: 30_000 }, () => {
  let pdf: ReadPdf;
  beforeAll(async () => {
    pdf = await read(threeYearLetter());
  });

  it('has every goal, the figures, who it is from and to, and the period', () => {
    for (const title of fixtureGoalTitles) expect(whole(pdf)).toContain(title);
    expect(whole(pdf)).toContain('612 af 774 (79 %)');
    expect(whole(pdf)).toContain('Samlet udvikling +4');
    expect(pdf.pages[0]).toContain('Randers Bo- og Erhvervstræning');
    expect(pdf.pages[0]).toContain('Til: Randers Kommune');
    expect(pdf.pages[0]).toContain('Periode: 1. juni 2023 – 31. maj 2026');
    expect(pdf.pages[0]).toContain('Godkendt 3. juni 2026 af Birgitte Østergaard');
    expect(whole(pdf)).not.toContain('UDKAST');
  });

  it('is A4 and keeps its text inside the margins', () => {
    expect(pdf.rightmost).toBeGreaterThan(A4_WIDTH - RIGHT_MARGIN - 60);
    expect(pdf.rightmost).toBeLessThanOrEqual(A4_WIDTH - RIGHT_MARGIN + 0.5);
    expect(pdf.bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('keeps Danish letters through extraction (the fonts map glyphs back to Unicode)', () => {
    expect(pdf.pages[0]).toContain('Deltager: Søren Ærø Ågård');
    expect(whole(pdf)).toContain('Øvede bustur fra Østergade til værkstedet med støtte');
  });

  it('numbers every page "Side N af M", as an artifact a screen reader skips', () => {
    const count = pdf.pages.length;
    expect(count).toBeGreaterThan(3);
    pdf.pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} af ${count}`);
    });
    expect(pdf.artifacts.filter((t) => /^Side \d+ af \d+$/.test(t))).toHaveLength(count);
    expect(pdf.artifacts.join(' ')).not.toContain('Mål 1');
  });

  it('is tagged: marked, in Danish, with a structure tree of headings, paragraphs, lists and a table', () => {
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.info.Language).toBe('da-DK');
    expect(pdf.info.Title).toBe('Statusbrev – Søren Ærø Ågård – 1. juni 2023 – 31. maj 2026');
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD'])
      expect(pdf.roles, role).toContain(role);
    expect(pdf.untagged).toEqual([]);
    const raw = pdf.bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toMatch(/\/S \/TH\n\/A <<\n\/O \/Table\n\/Scope \/Row/);
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('embeds its fonts, DejaVu only, never a standard font the reader must supply', () => {
    expect(pdf.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
    ]);
    for (const font of pdf.fonts) expect(font.missingFile, font.name).toBe(false);
    const raw = pdf.bytes.toString('latin1');
    expect(raw.match(/\/FontFile2 /g)).toHaveLength(2);
    expect(raw).not.toMatch(/\/Subtype \/Type1|Helvetica|Times-Roman|Courier/);
  });

  it('is the same file every time for the same letter', async () => {
    expect((await renderLetterPdf(threeYearLetter())).equals(pdf.bytes)).toBe(true);
  });
});

describe('what a letter says about itself', { timeout: 30_000 }, () => {
  const short = (overrides: Partial<LetterDocument>): LetterDocument =>
    threeYearLetter({
      period: { from: '2026-03-01', to: '2026-05-31' },
      sections: [
        { key: 'goals', heading: 'Mål', text: 'Mål 1: Møde til tiden.', figures: [] },
        { key: 'nextSteps', heading: 'Det videre forløb', text: '   \n\n', figures: [] },
      ],
      ...overrides,
    });

  it('marks a draft on every page, and has no approval line', async () => {
    const draft = await read(short({ approvedOn: null, approvedBy: null }));
    expect(draft.pages[0]).toContain('UDKAST – ikke godkendt');
    expect(draft.pages[0]).not.toContain('Godkendt');
    for (const page of draft.pages) expect(page).toContain('UDKAST – ikke godkendt · Side');
    expect(draft.pages[0]).toContain('Periode: 1. marts 2026 – 31. maj 2026');
  });

  it('names the version a correction replaces', async () => {
    const correction = await read(short({ version: 2, replaces: { version: 1, approvedOn: '2026-06-03' } }));
    expect(correction.pages[0]).toContain('Erstatter version 1 godkendt 3. juni 2026');
    const first = await read(short({}));
    expect(first.pages[0]).not.toContain('Erstatter');
  });

  it('says "Intet at bemærke." under a section with nothing in it', async () => {
    const r = await read(short({}));
    expect(r.pages[0]).toMatch(/Det videre forløb Intet at bemærke\./);
    expect(r.pages[0]).not.toMatch(/Mål Intet at bemærke/);
  });

  it('draws only the sections it is given', async () => {
    const all = threeYearLetter();
    const withHealth = await read(all);
    const without = await read({ ...all, sections: all.sections.filter((s) => s.key !== 'health') });
    expect(whole(withHealth)).toContain('psykolog');
    expect(whole(without)).not.toContain('psykolog');
    expect(whole(without)).not.toContain('Trivsel og behandling');
    expect(whole(without)).toContain('Fremmøde');
  });

  it('breaks a word longer than the line instead of running off the page', async () => {
    const word = 'Beskæftigelsesindsats'.repeat(8);
    const r = await read(
      short({ sections: [{ key: 'goals', heading: 'Mål', text: `Et ord: ${word}.`, figures: [] }] }),
    );
    expect(r.rightmost).toBeLessThanOrEqual(A4_WIDTH - RIGHT_MARGIN + 0.5);
    expect(r.pages[0]!.replace(/ /g, '')).toContain(word);
  });

  it('keeps a paragraph that runs over several pages one tagged paragraph, page after page', async () => {
    const r = await read(
      short({
        sections: [{ key: 'goals', heading: 'Mål', text: 'Et langt afsnit. '.repeat(1500), figures: [] }],
      }),
    );
    expect(r.pages.length).toBeGreaterThanOrEqual(3);
    expect(r.untagged).toEqual([]);
    for (const text of r.pages.slice(1)) expect(text).toContain('Et langt afsnit.');
    expect(r.pageRoles.slice(1).every((roles) => roles.includes('P'))).toBe(true);
  });

  it('moves a heading to the next page rather than end a page with it, wherever the text before ends', async () => {
    for (let lines = 28; lines <= 42; lines += 1) {
      const filler = Array.from({ length: lines }, (_, i) => `- Aktivitet nummer ${i + 1}`).join('\n');
      const r = await read(
        short({
          sections: [
            { key: 'activities', heading: 'Forløb og aktiviteter', text: filler, figures: [] },
            { key: 'nextSteps', heading: 'Det videre forløb', text: 'Praktik i Brugsen.', figures: [] },
          ],
        }),
      );
      const pageOfHeading = r.lines.findIndex((l) => l.includes('Det videre forløb'));
      const page = r.lines[pageOfHeading]!;
      expect(page[page.indexOf('Det videre forløb') + 1], `${lines} lines`).toBe('Praktik i Brugsen.');
    }
  });
});
