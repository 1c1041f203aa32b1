import type { TFunction } from 'i18next';
import type { FormatRule } from './api.ts';

/** "6 weeks after the course start, then every 3 months": a rule's timing in words. */
export function timingText(t: TFunction, rule: FormatRule, rules: readonly FormatRule[]): string {
  const { anchor, offset, repeat } = rule.timing;
  const after = rules.find((r) => r.id === rule.timing.after)?.title ?? rule.timing.after ?? '';
  const anchorWords = t(`formats.anchorWords.${anchor}`, { after, event: rule.timing.event ?? '' });
  const when =
    anchor === 'asap' && offset.amount === 0
      ? t('formats.timing.asap')
      : offset.amount === 0
        ? t('formats.timing.at', { anchor: anchorWords })
        : t('formats.timing.after', {
            amount: offset.amount,
            unit: t(`formats.units.${offset.unit}`),
            anchor: anchorWords,
          });
  if (!repeat) return when;
  return when + t('formats.timing.repeat', { every: repeat.every, unit: t(`formats.units.${repeat.unit}`) });
}
