import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { type Errors, TextArea, TextField } from '../app/forms.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { type Format, formatHistoryQuery, formatQuery, updateFormat } from './api.ts';
import { RuleFields, ruleFieldId } from './RuleFields.tsx';
import { fromDraft, isWhole, newRule, type RuleDraft, toDraft } from './ruleDraft.ts';
import './formats.css';

/** Editing one of the partnership's formats: each save is a new version (If-Match: the one opened). */
export function FormatEditorPage({ partnershipId, formatId }: { partnershipId: string; formatId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(formatQuery(partnershipId, formatId));
  useDocumentTitle(data ? t('formats.edit', { name: data.format.name }) : t('formats.title'));
  return (
    <>
      <p>
        <Link to="/partnerskab/$id/formater" params={{ id: partnershipId }}>
          {t('formats.editor.back')}
        </Link>
      </p>
      {data ? (
        <>
          <h1>{t('formats.edit', { name: data.format.name })}</h1>
          {data.format.isDefault ? (
            <p>{t('formats.readOnly')}</p>
          ) : (
            <FormatForm key={data.format.id} partnershipId={partnershipId} format={data.format} />
          )}
          <History partnershipId={partnershipId} formatId={formatId} />
        </>
      ) : null}
    </>
  );
}

/** Maps the server's field names (body.rules[2].title) to the inputs they belong to. */
type Words = (key: string, options?: Record<string, unknown>) => string;
function serverFields(t: Words, rules: readonly RuleDraft[]) {
  const fields: Record<string, { id: string; label: string }> = {
    'body.name': { id: 'format-name', label: t('formats.editor.name') },
    'body.description': { id: 'format-description', label: t('formats.editor.description') },
  };
  const paths: Array<[string, string, string]> = [
    ['id', 'title', 'formats.editor.ruleTitle'],
    ['title', 'title', 'formats.editor.ruleTitle'],
    ['timing.event', 'event', 'formats.editor.event'],
    ['timing.after', 'after', 'formats.editor.after'],
    ['timing.offset.amount', 'offset', 'formats.editor.offset'],
    ['timing.repeat', 'every', 'formats.editor.repeat'],
    ['timing.repeat.every', 'every', 'formats.editor.every'],
    ['timing.repeat.horizonMonths', 'horizon', 'formats.editor.horizon'],
    ['timing.repeat.count', 'count', 'formats.editor.count'],
    ['time', 'time', 'formats.editor.time'],
    ['durationMinutes', 'duration', 'formats.editor.duration'],
    ['agenda', 'agenda', 'formats.editor.agenda'],
  ];
  rules.forEach((_, i) => {
    for (const [path, field, label] of paths)
      fields[`body.rules[${i}].${path}`] = {
        id: ruleFieldId(i, field),
        label: `${t('formats.editor.rule', { number: i + 1, title: rules[i]?.title ?? '' })} – ${t(label)}`,
      };
  });
  return fields;
}

function FormatForm({ partnershipId, format }: { partnershipId: string; format: Format }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(format.version);
  const savedVersion = useRef(format.version);
  const [name, setName] = useState(format.name);
  const [description, setDescription] = useState(format.description);
  const [rules, setRules] = useState<RuleDraft[]>(() => format.rules.map(toDraft));

  const form = useFormSubmit({
    save: async () => {
      const saved = await updateFormat(
        partnershipId,
        format.id,
        { name: name.trim(), description, rules: rules.map(fromDraft) },
        version,
      );
      savedVersion.current = saved.format.version;
      return saved;
    },
    onSaved: async (showSaved) => {
      setVersion(savedVersion.current);
      await queryClient.invalidateQueries({ queryKey: ['partnership', partnershipId, 'formats'] });
      showSaved(t('formats.editor.saved', { version: savedVersion.current }));
    },
    onStale: (current) => {
      const now = current as Format | null;
      if (!now) return [t('form.removedMeanwhile')];
      // Saving again is a conscious choice over the other person's version.
      setVersion(now.version);
      return [t('formats.version', { version: now.version })];
    },
    fields: serverFields(t as unknown as Words, rules),
    values: { name, description, rules },
    validate: () => {
      const errors: Errors = { 'format-name': name.trim() ? undefined : t('formats.editor.nameMissing') };
      rules.forEach((r, i) => {
        if (!r.title.trim())
          errors[ruleFieldId(i, 'title')] = t('formats.editor.titleMissing', { number: i + 1 });
        for (const [field, value] of [
          ['offset', r.offsetAmount],
          ['duration', r.duration],
        ] as const)
          if (!isWhole(value)) errors[ruleFieldId(i, field)] = t('formats.editor.numberMissing');
      });
      return errors;
    },
  });

  const change = (index: number, rule: RuleDraft) => setRules(rules.map((r, i) => (i === index ? rule : r)));
  return (
    <FormPanel
      form={form}
      headingId="format-form"
      headingLevel={3}
      heading={t('formats.version', { version })}
      submitLabel={t('formats.editor.save')}
    >
      <TextField
        id="format-name"
        label={t('formats.editor.name')}
        value={name}
        onValue={setName}
        error={form.errors['format-name']}
        maxLength={200}
      />
      <TextArea
        id="format-description"
        label={t('formats.editor.description')}
        value={description}
        onValue={setDescription}
        rows={3}
      />
      {rules.map((rule, index) => (
        <RuleFields
          key={rule.id}
          index={index}
          rule={rule}
          earlier={rules.slice(0, index)}
          errors={form.errors}
          onChange={(r) => change(index, r)}
          onRemove={rules.length > 1 ? () => setRules(rules.filter((_, i) => i !== index)) : null}
        />
      ))}
      <div className="app-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setRules([...rules, newRule(t('formats.editor.newRuleTitle'))])}
        >
          {t('formats.editor.addRule')}
        </button>
      </div>
    </FormPanel>
  );
}

function History({ partnershipId, formatId }: { partnershipId: string; formatId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(formatHistoryQuery(partnershipId, formatId));
  if (!data?.versions.length) return null;
  return (
    <section aria-labelledby="format-history">
      <h2 id="format-history">{t('formats.editor.history')}</h2>
      <ul className="app-plain-list">
        {data.versions.map((v) => (
          <li key={v.version}>
            {t('formats.editor.historyItem', {
              version: v.version,
              name: v.name,
              date: format.dateTime(v.changedAt),
              who: v.changedBy?.displayName ?? '–',
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
