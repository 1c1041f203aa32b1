import { danishDate } from '../status-letters/danish-date.ts';
import { printable } from '../status-letters/letter-text.ts';
import { taggedA4 } from '../status-letters/pdf-document.ts';
import {
  bulletList,
  figureTable,
  heading,
  horizontalRule,
  paragraph,
  runningFooter,
} from '../status-letters/pdf-layout.ts';
import type { InternshipView } from './schemas.ts';
import { weekdayWords, workFunctionWords } from './words.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/**
 * The internship agreement as an A4 PDF for the company, tagged like a status letter (structure
 * tree, /Lang da-DK, DejaVu embedded). It draws exactly the view it is given: the view policy has
 * already left out what the reader's consent does not name, and a part that is missing is not drawn.
 */
export async function renderInternshipPdf(given: InternshipView): Promise<Buffer> {
  const view = printableView(given);
  const title = `Praktikaftale – ${view.participant.name} – ${view.company.name}`;
  const { doc, done } = taggedA4({
    title,
    author: 'ViVirk',
    subject: `Praktikaftale med ${view.company.name}`,
    createdAt: new Date(view.updatedAt ?? `${view.startsOn ?? '2000-01-01'}T12:00:00Z`),
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  drawHead(doc, root, view);
  for (const [headingText, draw] of sectionsOf(doc, view)) {
    const sect = doc.struct('Sect');
    root.add(sect);
    heading(doc, sect, 'H2', headingText);
    draw(sect);
    sect.end();
  }
  root.end();
  runningFooter(doc, (page, count) => ({
    left: `Praktikaftale · ${view.participant.name} · ${view.company.name}`,
    right: `Side ${page} af ${count}`,
  }));
  doc.end();
  return done;
}

function drawHead(doc: Doc, root: Struct, v: InternshipView): void {
  heading(doc, root, 'H1', 'Praktikaftale');
  paragraph(doc, root, `Praktikant: ${v.participant.name}`);
  if (v.participant.phone) paragraph(doc, root, `Telefon: ${v.participant.phone}`);
  paragraph(doc, root, `Virksomhed: ${v.company.name}`);
  if (v.mentor)
    paragraph(doc, root, `Virksomhedsmentor: ${v.mentor.name}${v.mentor.phone ? `, ${v.mentor.phone}` : ''}`);
  if (v.coordinator)
    paragraph(
      doc,
      root,
      `Koordinator: ${v.coordinator.name}${v.coordinator.phone ? `, tlf. ${v.coordinator.phone}` : ''}`,
    );
  if (v.startsOn)
    paragraph(
      doc,
      root,
      `Periode: ${danishDate(v.startsOn)} – ${v.endsOn ? danishDate(v.endsOn) : 'ikke fastsat'}`,
    );
  horizontalRule(doc);
}

type Section = [string, (sect: Struct) => void];

/** The seven questions of report §8.6, each only when the reader may read it. */
function sectionsOf(doc: Doc, v: InternshipView): Section[] {
  const text = (t: string) => (sect: Struct) => paragraph(doc, sect, t.trim() === '' ? 'Ikke udfyldt.' : t);
  const out: Section[] = [];
  if (v.purpose !== undefined) out.push(['1. Formål med praktikken', text(v.purpose)]);
  if (v.workFunctions !== undefined || v.workTasks !== undefined) {
    out.push([
      '2. Arbejdsfunktioner og opgaver',
      (sect) => {
        const functions = (v.workFunctions ?? []).map((f) => workFunctionWords[f] ?? f);
        if (functions.length > 0) bulletList(doc, sect, functions);
        text(v.workTasks ?? '')(sect);
      },
    ]);
  }
  if (v.colleagues !== undefined) out.push(['3. Hvem arbejder den unge sammen med', text(v.colleagues)]);
  if (v.place !== undefined || v.schedule !== undefined) {
    out.push([
      '4. Hvor og hvornår',
      (sect) => {
        text(v.place ?? '')(sect);
        if (v.hoursPerWeek)
          paragraph(doc, sect, `Timer om ugen: ${String(v.hoursPerWeek).replace('.', ',')}`);
        const days = v.schedule ?? [];
        if (days.length > 0)
          figureTable(
            doc,
            sect,
            days.map((d) => ({
              label: `${weekdayWords[d.weekday] ?? d.weekday} ${d.from}–${d.to}`,
              value: d.plan || '–',
            })),
          );
      },
    ]);
  }
  if (v.supportNeed !== undefined) out.push(['5. Behov for støtte', text(v.supportNeed)]);
  if (v.goals !== undefined)
    out.push([
      '6. Mål og delmål',
      (sect) => {
        const titles = (v.goals ?? []).flatMap((g) => [
          g.title,
          ...(g.subGoals ?? []).map((s) => `Delmål: ${s.title}`),
        ]);
        if (titles.length > 0) bulletList(doc, sect, titles);
        else paragraph(doc, sect, 'Ingen mål valgt.');
      },
    ]);
  if (v.followUpPlan !== undefined) out.push(['7. Hvornår og hvordan følger vi op', text(v.followUpPlan)]);
  return out;
}

function printableView(v: InternshipView): InternshipView {
  const p = (s: string | undefined) => (s === undefined ? undefined : printable(s));
  return {
    ...v,
    participant: { name: printable(v.participant.name), phone: p(v.participant.phone) },
    company: { ...v.company, name: printable(v.company.name) },
    mentor: v.mentor
      ? { ...v.mentor, name: printable(v.mentor.name), phone: printable(v.mentor.phone) }
      : null,
    coordinator: v.coordinator
      ? { name: printable(v.coordinator.name), phone: printable(v.coordinator.phone) }
      : null,
    purpose: p(v.purpose),
    workTasks: p(v.workTasks),
    colleagues: p(v.colleagues),
    place: p(v.place),
    supportNeed: p(v.supportNeed),
    followUpPlan: p(v.followUpPlan),
    schedule: v.schedule?.map((d) => ({ ...d, plan: printable(d.plan) })),
    goals: v.goals?.map((g) => ({
      ...g,
      title: printable(g.title),
      subGoals: g.subGoals?.map((s) => ({ ...s, title: printable(s.title) })),
    })),
  };
}
