import { actionLearning } from '../meetings/kinds.ts';
import { danishDate } from '../status-letters/danish-date.ts';
import { printable } from '../status-letters/letter-text.ts';
import { taggedA4 } from '../status-letters/pdf-document.ts';
import { heading, horizontalRule, paragraph, runningFooter } from '../status-letters/pdf-layout.ts';
import { agendaSection } from './pdf-agenda.ts';
import { barChart } from './pdf-chart.ts';
import type { ReportDocument } from './pdf-document.ts';
import { decimalWords, figureTitles, keyWords, percentWords, successCriterionWords } from './words.ts';

/**
 * The half-yearly report of a partnership as an A4 PDF in Danish, for the development group's
 * status meeting: the dashboard's figures, each chart beside a table of its numbers, and the
 * action-learning agenda. Tagged (PDF/UA structure, Danish, the title shown), DejaVu embedded,
 * nothing fetched: the status letter's setup (src/status-letters/pdf*.ts). Figures only: it names
 * no young person.
 */
export async function renderReportPdf(given: ReportDocument): Promise<Buffer> {
  const { dashboard: d, meeting } = given;
  const name = printable(d.partnership.name);
  const title = `Halvårsrapport – ${name} – ${danishDate(d.asOf)}`;
  const { doc, done } = taggedA4({
    title,
    author: printable(`${d.partnership.municipality} og ${d.partnership.institution}`),
    subject: 'Halvårsrapport til partnerskabets statusmøde',
    createdAt: // The reference day, not the clock: the same figures make the same file.
      new Date(`${d.asOf}T12:00:00Z`),
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  titlePage(doc, root, given);
  doc.addPage();
  for (const draw of sections) draw(doc, root, given);
  agendaSection(
    doc,
    root,
    meeting,
    actionLearning.map((w) => w.da),
  );
  root.end();

  runningFooter(doc, (page, count) => ({
    left: `Halvårsrapport · ${name} · ${danishDate(d.asOf)}`,
    right: `Side ${page} af ${count}`,
  }));
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Section = (doc: Doc, root: Struct, report: ReportDocument) => void;

function titlePage(doc: Doc, root: Struct, { dashboard: d, meeting }: ReportDocument): void {
  paragraph(doc, root, printable(d.partnership.name), { font: 'bold' });
  horizontalRule(doc);
  heading(doc, root, 'H1', 'Halvårsrapport for partnerskabet');
  paragraph(doc, root, `Partnerskab: ${printable(d.partnership.name)}`);
  paragraph(
    doc,
    root,
    `Parter: ${printable(d.partnership.municipality)} og ${printable(d.partnership.institution)}`,
  );
  paragraph(doc, root, `Opgjort pr. ${danishDate(d.asOf)}`);
  paragraph(
    doc,
    root,
    d.agreementVersion === null
      ? 'Partnerskabsaftale: ingen aftale endnu – modellens skabelon gælder'
      : `Partnerskabsaftale: version ${d.agreementVersion}`,
  );
  if (meeting) paragraph(doc, root, `Til statusmødet ${danishDate(meeting.day)}`);
  horizontalRule(doc);
  paragraph(
    doc,
    root,
    'Tallene er opgjort, som modellen ViVirk’R definerer dem, og kun med det, der var registreret på ' +
      'opgørelsesdagen. Kun unge, der har givet samtykke til statistik, indgår i tallene og fordelingerne. ' +
      'Rapporten nævner ingen ung ved navn.',
  );
}

/** A section: Sect > H2 + what `draw` adds. */
function section(doc: Doc, root: Struct, title: string, draw: (sect: Struct) => void): void {
  const sect = doc.struct('Sect');
  root.add(sect);
  heading(doc, sect, 'H2', title);
  draw(sect);
  sect.end();
}

const counts = (n: number) => (n === 1 ? '1 ung' : `${n} unge`);

const successCriterion: Section = (doc, root, { dashboard: { report: r } }) =>
  section(doc, root, 'Succeskriteriet: tættere på arbejdsmarkedet', (sect) => {
    paragraph(doc, sect, successCriterionWords(r));
    const bars = [];
    if (r.closerShare !== null)
      bars.push({
        label: 'Tættere på arbejdsmarkedet',
        value: r.closerShare,
        target: r.targets.closerShare,
        text: percentWords(r.closerShare),
      });
    if (r.targets.closerShare !== null)
      bars.push({ label: 'Mål', value: r.targets.closerShare, text: percentWords(r.targets.closerShare) });
    if (bars.length === 0) return;
    barChart(doc, sect, {
      alt: `Søjlediagram: ${successCriterionWords(r)}`,
      bars,
      max: 1,
      table: [
        { label: 'Mindst et år i forløb', value: counts(r.atLeastOneYear) },
        { label: 'Kommet tættere på arbejdsmarkedet', value: counts(r.closerToLabourMarket) },
        { label: 'Andel', value: r.closerShare === null ? '–' : percentWords(r.closerShare) },
        {
          label: 'Mål',
          value: r.targets.closerShare === null ? 'intet mål' : percentWords(r.targets.closerShare),
        },
      ],
    });
  });

const intake: Section = (doc, root, { dashboard: { report: r } }) =>
  section(doc, root, 'Optag', (sect) => {
    const target = r.targets.admitted === null ? '' : ` Målet er ${r.targets.admitted}.`;
    paragraph(
      doc,
      sect,
      `${counts(r.admitted)} er optaget.${target} ${r.inStatistics} har givet samtykke til statistik og indgår i ` +
        `tallene; ${r.atLeastOneYear} af dem har været i forløb i mindst et år.`,
    );
    const bars = [
      { label: 'Optaget', value: r.admitted, target: r.targets.admitted, text: String(r.admitted) },
      { label: 'Med i statistikken', value: r.inStatistics, text: String(r.inStatistics) },
      { label: 'Mindst et år i forløb', value: r.atLeastOneYear, text: String(r.atLeastOneYear) },
    ];
    if (r.targets.admitted !== null)
      bars.splice(1, 0, {
        label: 'Mål for optag',
        value: r.targets.admitted,
        text: String(r.targets.admitted),
      });
    barChart(doc, sect, {
      alt: `Søjlediagram over optaget: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}.`,
      bars,
      max: Math.max(1, ...bars.map((b) => b.value)),
    });
  });

const outcomeSplit: Section = (doc, root, { dashboard: d }) =>
  section(doc, root, 'Afslutninger mod målfordelingen', (sect) => {
    const ended = d.outcomeSplit.reduce((sum, g) => sum + g.count, 0);
    if (d.outcomeSplit.length === 0 || ended === 0) {
      paragraph(
        doc,
        sect,
        'Ingen af de unge i statistikken har afsluttet deres forløb med et af aftalens resultater endnu.',
      );
    } else {
      paragraph(doc, sect, `${counts(ended)} har afsluttet med et af aftalens resultater.`);
      const bars = d.outcomeSplit.map((g) => ({
        label: printable(g.label),
        value: g.actual ?? 0,
        target: g.target,
        text: g.actual === null ? '–' : percentWords(g.actual),
      }));
      barChart(doc, sect, {
        alt: `Søjlediagram over afslutningerne mod målfordelingen: ${d.outcomeSplit
          .map(
            (g) =>
              `${printable(g.label)} ${g.actual === null ? '–' : percentWords(g.actual)} (mål ${percentWords(g.target)})`,
          )
          .join(', ')}.`,
        bars,
        max: 1,
        table: d.outcomeSplit.map((g) => ({
          label: printable(g.label),
          value: `${counts(g.count)}, ${g.actual === null ? '–' : percentWords(g.actual)} (mål ${percentWords(g.target)})`,
        })),
      });
    }
  });

/** A distribution over the participants in statistics, as a chart of counts and its table. */
const distribution =
  (
    figure: 'outcomes' | 'byGender' | 'byAgeAtStart' | 'byDisabilityCombination' | 'byGrantedMonths',
  ): Section =>
  (doc, root, { dashboard: { report: r } }) =>
    section(doc, root, `Fordeling: ${figureTitles[figure].toLowerCase()}`, (sect) => {
      const entries = Object.entries(r[figure]);
      if (entries.length === 0) {
        paragraph(doc, sect, 'Ingen unge i statistikken endnu.');
        return;
      }
      const bars = entries.map(([key, n]) => ({ label: keyWords(figure, key), value: n, text: String(n) }));
      barChart(doc, sect, {
        alt: `Søjlediagram over ${r.inStatistics} unge i statistikken fordelt på ${figureTitles[figure].toLowerCase()}: ${bars
          .map((b) => `${b.label} ${b.text}`)
          .join(', ')}.`,
        bars,
        max: Math.max(...bars.map((b) => b.value)),
      });
    });

const monthWords = (month: string) => danishDate(`${month}-01`).replace(/^1\. /, '');

const attendance: Section = (doc, root, { dashboard: d }) =>
  section(doc, root, 'Fremmøde de seneste tolv måneder', (sect) => {
    const months = d.attendance.filter((m) => m.share !== null);
    if (months.length === 0) {
      paragraph(doc, sect, 'Der er ikke registreret fremmøde i perioden.');
      return;
    }
    paragraph(doc, sect, 'Andelen af registrerede dage, hvor den unge mødte, for de unge i statistikken.');
    barChart(doc, sect, {
      alt: `Søjlediagram over fremmødet pr. måned: ${months.map((m) => `${monthWords(m.month)} ${percentWords(m.share as number)}`).join(', ')}.`,
      bars: months.map((m) => ({
        label: monthWords(m.month),
        value: m.share as number,
        text: percentWords(m.share as number),
      })),
      max: 1,
      table: months.map((m) => ({
        label: monthWords(m.month),
        value: `${percentWords(m.share as number)} (${m.present} af ${m.present + m.absent} dage)`,
      })),
    });
  });

const due: Section = (doc, root, { dashboard: { due: owed } }) =>
  section(doc, root, 'Målinger og statusbreve', (sect) => {
    paragraph(
      doc,
      sect,
      'Hvad de aktive forløb skylder på opgørelsesdagen: overskredet, og forfalder inden for 30 dage.',
    );
    const bars = [
      { label: 'Målinger, overskredet', value: owed.measurements.overdue },
      { label: 'Målinger, forfalder snart', value: owed.measurements.dueSoon },
      { label: 'Statusbreve, overskredet', value: owed.statusLetters.overdue },
      { label: 'Statusbreve, forfalder snart', value: owed.statusLetters.dueSoon },
    ].map((b) => ({ ...b, text: String(b.value) }));
    barChart(doc, sect, {
      alt: `Søjlediagram: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}.`,
      bars,
      max: Math.max(1, ...bars.map((b) => b.value)),
    });
  });

const firstContact: Section = (doc, root, { dashboard: { firstContact: f } }) =>
  section(doc, root, figureTitles.firstContact, (sect) => {
    paragraph(
      doc,
      sect,
      f.averageDays === null
        ? `Ingen forløb med både henvisning og første kontakt endnu. Løftet er ${f.promiseDays} dage.`
        : `I gennemsnit ${decimalWords(f.averageDays)} dage fra henvisning til første kontakt over ${counts(f.courses)}; ` +
            `${f.withinPromise} inden for løftet om ${f.promiseDays} dage.`,
    );
    if (f.averageDays === null) return;
    barChart(doc, sect, {
      alt: `Søjlediagram: ${f.withinPromise} af ${f.courses} forløb fik første kontakt inden for ${f.promiseDays} dage.`,
      bars: [
        { label: `Inden for ${f.promiseDays} dage`, value: f.withinPromise, text: String(f.withinPromise) },
        { label: 'Senere', value: f.courses - f.withinPromise, text: String(f.courses - f.withinPromise) },
      ],
      max: Math.max(1, f.courses),
      table: [
        { label: 'Forløb med begge datoer', value: String(f.courses) },
        { label: 'Gennemsnit', value: `${decimalWords(f.averageDays)} dage` },
        { label: `Inden for ${f.promiseDays} dage`, value: String(f.withinPromise) },
      ],
    });
  });

const feltHeard: Section = (doc, root, { dashboard: { report: r } }) =>
  section(doc, root, 'Følte du dig hørt?', (sect) => {
    const h = r.feltHeard;
    if (h.share === null) {
      paragraph(doc, sect, 'Ingen svar endnu.');
      return;
    }
    paragraph(doc, sect, `${percentWords(h.share)} af svarene efter møderne var »ja«.`);
    barChart(doc, sect, {
      alt: `Søjlediagram over svarene: ja ${h.yes}, delvist ${h.partly}, nej ${h.no}.`,
      bars: [
        { label: 'Ja', value: h.yes, text: String(h.yes) },
        { label: 'Delvist', value: h.partly, text: String(h.partly) },
        { label: 'Nej', value: h.no, text: String(h.no) },
      ],
      max: Math.max(1, h.yes, h.partly, h.no),
    });
  });

const sections: Section[] = [
  successCriterion,
  intake,
  outcomeSplit,
  distribution('outcomes'),
  distribution('byGender'),
  distribution('byAgeAtStart'),
  distribution('byDisabilityCombination'),
  distribution('byGrantedMonths'),
  attendance,
  due,
  firstContact,
  feltHeard,
];
