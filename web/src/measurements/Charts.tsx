import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import {
  type Development,
  directionOf,
  type Instrument,
  inLanguage,
  type Measurement,
  signed,
} from './api.ts';
import { type ChartOption, EChart } from './EChart.tsx';
import { ScrollBox } from './ScrollBox.tsx';

type Perspective = 'professional' | 'participant';
const perspectives: Perspective[] = ['professional', 'participant'];
const scoreOf = (m: Measurement | undefined, dimension: string, p: Perspective) =>
  m?.entries[dimension]?.[p] ?? null;
/** ECharts leaves a point out for '-'. */
const plotted = (score: number | null) => score ?? '-';

/**
 * First versus latest as a radar, both perspectives, and the scores over time as lines; each with
 * a table that says the same for screen readers and for anyone who prefers numbers.
 */
export function MeasurementCharts({
  instrument,
  measurements,
}: {
  /** The newest version of the instrument: its dimensions and scale name the axes. */
  instrument: Instrument;
  /** This instrument's measurements (any version), oldest first. */
  measurements: readonly Measurement[];
}) {
  const { t, i18n } = useTranslation();
  const { shortDate } = useFormat();
  const { dimensions, scale } = instrument.definition;
  const labels = useMemo(
    () => dimensions.map((d) => inLanguage(d.label, i18n.language)),
    [dimensions, i18n.language],
  );
  const first = measurements[0];
  const latest = measurements.length > 1 ? measurements.at(-1) : undefined;
  const name = inLanguage(instrument.definition.name, i18n.language);

  const compared = useMemo(
    () =>
      [
        { m: first, when: 'first' as const },
        { m: latest, when: 'latest' as const },
      ].flatMap(({ m, when }) =>
        m
          ? perspectives
              .filter((p) => dimensions.some((d) => scoreOf(m, d.key, p) !== null))
              .map((p) => ({
                name: t(`measurements.series.${when}.${p}`, { date: shortDate(m.measuredOn) }),
                value: dimensions.map((d) => plotted(scoreOf(m, d.key, p))),
              }))
          : [],
      ),
    [first, latest, dimensions, t, shortDate],
  );

  const radar: ChartOption = useMemo(
    () => ({
      legend: { bottom: 0, type: 'scroll' },
      radar: {
        indicator: labels.map((name) => ({ name, min: scale.min, max: scale.max })),
        radius: '60%',
        splitNumber: scale.max - scale.min,
      },
      series: [{ type: 'radar', data: compared }],
    }),
    [compared, labels, scale],
  );

  const line: ChartOption = useMemo(
    () => ({
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 40, right: 16, top: 16, bottom: 64 },
      xAxis: { type: 'category', data: measurements.map((m) => shortDate(m.measuredOn)) },
      yAxis: { type: 'value', min: scale.min, max: scale.max, interval: 1 },
      series: dimensions.map((d, i) => ({
        type: 'line',
        name: labels[i],
        connectNulls: true,
        data: measurements.map((m) => plotted(scoreOf(m, d.key, 'professional'))),
      })),
    }),
    [measurements, dimensions, labels, scale, shortDate],
  );

  const cell = (score: number | null) => (score === null ? '–' : String(score));
  return (
    <section className="app-measurement-charts" aria-labelledby={`charts-${instrument.key}`}>
      <h3 id={`charts-${instrument.key}`}>{name}</h3>
      <div className="app-chart-pair">
        <figure className="app-figure">
          <figcaption className="h4">{t('measurements.radarTitle')}</figcaption>
          <EChart option={radar} />
          <ScrollBox label={t('measurements.radarTitle')}>
            <table className="table table--compact app-table" data-testid="radar-table">
              <caption className="sr-only">{t('measurements.radarTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('measurements.dimension')}</th>
                  {compared.map((s) => (
                    <th scope="col" key={s.name}>
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dimensions.map((d, i) => (
                  <tr key={d.key}>
                    <th scope="row">{labels[i]}</th>
                    {compared.map((s) => (
                      <td key={s.name}>{s.value[i] === '-' ? '–' : s.value[i]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </figure>
        <figure className="app-figure">
          <figcaption className="h4">{t('measurements.overTimeTitle')}</figcaption>
          <EChart option={line} />
          <details>
            <summary>{t('measurements.overTimeTable')}</summary>
            <ScrollBox label={t('measurements.overTimeTitle')}>
              <table className="table table--compact app-table">
                <caption className="sr-only">{t('measurements.overTimeTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('measurements.date')}</th>
                    {dimensions.map((d, i) => (
                      <th scope="col" key={d.key}>
                        {labels[i]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {measurements.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">{shortDate(m.measuredOn)}</th>
                      {dimensions.map((d) => (
                        <td key={d.key}>
                          {t('measurements.bothScores', {
                            professional: cell(scoreOf(m, d.key, 'professional')),
                            participant: cell(scoreOf(m, d.key, 'participant')),
                          })}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </details>
        </figure>
      </div>
    </section>
  );
}

/** DOMAIN.md's development: per dimension and in total, in numbers and in words. */
export function DevelopmentSummary({
  development,
  instrument,
}: {
  development: Development;
  instrument: Instrument;
}) {
  const { t, i18n } = useTranslation();
  const { shortDate } = useFormat();
  const direction = directionOf(development.total);
  return (
    <section className="app-development" aria-labelledby="development-title">
      <h3 id="development-title">{t('measurements.development.title')}</h3>
      <p className="app-meta">
        {t('measurements.development.period', {
          from: shortDate(development.baselineOn),
          to: shortDate(development.latestOn),
        })}
      </p>
      <p className={`app-development-total app-development-${direction}`} data-testid="development-total">
        {t('measurements.development.total', {
          total: signed(development.total),
          words: t(`measurements.development.${direction}`),
        })}
      </p>
      <ul className="app-plain-list app-development-list">
        {instrument.definition.dimensions
          .filter((d) => d.key in development.perDimension)
          .map((d) => (
            <li key={d.key}>
              {inLanguage(d.label, i18n.language)}: {signed(development.perDimension[d.key] ?? 0)}
            </li>
          ))}
      </ul>
    </section>
  );
}
