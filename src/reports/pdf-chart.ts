import type { LetterFigure } from '../status-letters/document.ts';
import { figureTable, sizes, textWidth } from '../status-letters/pdf-layout.ts';

/**
 * A horizontal bar chart drawn with pdfkit's vector shapes, tagged as one Figure whose alt text
 * says what it shows, and always followed by a table of the same numbers: a chart never stands
 * alone (a screen reader reads the table; a printer in black and white loses nothing).
 */
type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export interface Bar {
  label: string;
  value: number;
  /** A target for this bar, drawn as a tick across it. */
  target?: number | null;
  /** The value in the table and at the bar's end, e.g. "70 %", "3". */
  text: string;
}

export interface Chart {
  /** What the chart shows, in a sentence (the Figure's alt text). */
  alt: string;
  bars: Bar[];
  /** The value of a full bar (1 for shares; the largest count otherwise). */
  max: number;
  /** The table's rows; the bars' own labels and texts when not given. */
  table?: LetterFigure[];
}

const barHeight = 11;
const barGap = 6;
const padding = 4;
const valueRoom = 48;
const barColour = '#2b5d8a';
const targetColour = '#a4000f';
const track = '#e4e7eb';
const ink = '#1a1a1a';

export function barChart(doc: Doc, parent: Struct, chart: Chart): void {
  const height = chart.bars.length * (barHeight + barGap) - barGap + 2 * padding;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const x = doc.page.margins.left;
  const y = doc.y;
  const labelWidth = textWidth(doc) * 0.36;
  const barsX = x + labelWidth + 6;
  const barsWidth = textWidth(doc) - labelWidth - 6 - valueRoom;
  const scale = (v: number) => (chart.max > 0 ? Math.max(0, Math.min(1, v / chart.max)) * barsWidth : 0);
  parent.add(
    doc.struct('Figure', { alt: chart.alt }, () => {
      doc.font('regular').fontSize(sizes.small);
      chart.bars.forEach((bar, i) => {
        const top = y + padding + i * (barHeight + barGap);
        const textY = top + (barHeight - sizes.small) / 2;
        doc.fillColor(ink).text(bar.label, x, textY, { width: labelWidth, lineBreak: false, ellipsis: true });
        doc.rect(barsX, top, barsWidth, barHeight).fill(track);
        const w = scale(bar.value);
        if (w > 0) doc.rect(barsX, top, w, barHeight).fill(barColour);
        if (bar.target !== undefined && bar.target !== null) {
          const tx = barsX + scale(bar.target);
          doc
            .moveTo(tx, top - 2)
            .lineTo(tx, top + barHeight + 2)
            .lineWidth(1.6)
            .strokeColor(targetColour)
            .stroke();
        }
        doc
          .fillColor(ink)
          .text(bar.text, barsX + barsWidth + 6, textY, { width: valueRoom - 6, lineBreak: false });
      });
    }),
  );
  doc.y = y + height + 6;
  figureTable(doc, parent, chart.table ?? chart.bars.map((b) => ({ label: b.label, value: b.text })));
}
