import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, RadioGroup, TextArea, TextField } from '../app/forms.tsx';
import {
  industries,
  levels,
  matchingKey,
  type ProfileInput,
  saveProfile,
  type WorkProfile,
  workFunctions,
} from './api.ts';

/** A number typed in a text field, or null when empty; NaN when it is not a number. */
const numberOf = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));
const textOf = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The young person's work profile: what they want to work with, how much support, where they live. */
export function ProfileForm({ courseId, profile }: { courseId: string; profile: WorkProfile | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(profile);
  const [functions, setFunctions] = useState<string[]>(profile?.workFunctions ?? []);
  const [chosenIndustries, setIndustries] = useState<string[]>(profile?.industries ?? []);
  const [interests, setInterests] = useState(profile?.interests ?? '');
  const [support, setSupport] = useState<string>(profile?.supportLevel ?? 'medium');
  const [homePlace, setHomePlace] = useState(profile?.homePlace ?? '');
  const [latitude, setLatitude] = useState(textOf(profile?.homeLatitude));
  const [longitude, setLongitude] = useState(textOf(profile?.homeLongitude));
  const [maxKm, setMaxKm] = useState(textOf(profile?.maxDistanceKm));

  const values = (): ProfileInput => ({
    workFunctions: functions as ProfileInput['workFunctions'],
    industries: chosenIndustries as ProfileInput['industries'],
    interests: interests.trim(),
    supportLevel: support as ProfileInput['supportLevel'],
    homePlace: homePlace.trim(),
    homeLatitude: numberOf(latitude),
    homeLongitude: numberOf(longitude),
    maxDistanceKm: numberOf(maxKm),
  });
  const bad = (text: string) => Number.isNaN(numberOf(text));

  const form = useFormSubmit({
    save: () => saveProfile(courseId, values(), base?.version ?? null),
    onStale: async (current) => {
      await queryClient.invalidateQueries({ queryKey: matchingKey(courseId) });
      const now = (current ?? null) as WorkProfile | null;
      setBase(now);
      return [t('matching.profile.changedMeanwhile')];
    },
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: matchingKey(courseId) });
      const saved = queryClient.getQueryData<{ profile: WorkProfile | null }>([
        ...matchingKey(courseId),
        'profile',
      ]);
      if (saved?.profile) setBase(saved.profile);
      showSaved(t('matching.profile.saved'));
    },
    fields: {
      'body.workFunctions': { id: 'match-functions', label: t('matching.profile.functions') },
      'body.industries': { id: 'match-industries', label: t('matching.profile.industries') },
      'body.interests': { id: 'match-interests', label: t('matching.profile.interests') },
      'body.supportLevel': { id: 'match-support', label: t('matching.profile.support') },
      'body.homePlace': { id: 'match-home', label: t('matching.profile.homePlace') },
      'body.homeLatitude': { id: 'match-lat', label: t('matching.profile.latitude') },
      'body.homeLongitude': { id: 'match-lon', label: t('matching.profile.longitude') },
      'body.maxDistanceKm': { id: 'match-max', label: t('matching.profile.maxDistance') },
    },
    validate: () => ({
      'match-lat': bad(latitude) ? t('matching.profile.notANumber') : undefined,
      'match-lon': bad(longitude)
        ? t('matching.profile.notANumber')
        : (latitude.trim() === '') !== (longitude.trim() === '')
          ? t('matching.profile.bothCoordinates')
          : undefined,
      'match-max': bad(maxKm) ? t('matching.profile.notANumber') : undefined,
    }),
    values: {
      'match-lat': latitude,
      'match-lon': longitude,
      'match-max': maxKm,
      'match-interests': interests,
      'match-home': homePlace,
    },
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId="match-profile-heading"
      headingLevel={4}
      heading={t('matching.profile.title')}
      submitLabel={t('matching.profile.save')}
    >
      <CheckboxGroup
        id="match-functions"
        legend={t('matching.profile.functions')}
        error={errors['match-functions']}
        options={workFunctions.map((f) => ({ value: f, label: t(`workFunction.${f}`) }))}
        values={functions}
        onValues={setFunctions}
      />
      <CheckboxGroup
        id="match-industries"
        legend={t('matching.profile.industries')}
        error={errors['match-industries']}
        options={industries.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
        values={chosenIndustries}
        onValues={setIndustries}
      />
      <TextArea
        id="match-interests"
        label={t('matching.profile.interests')}
        optional
        rows={2}
        value={interests}
        onValue={setInterests}
        error={errors['match-interests']}
      />
      <RadioGroup
        id="match-support"
        legend={t('matching.profile.support')}
        hint={t('matching.profile.supportHint')}
        error={errors['match-support']}
        value={support}
        onValue={setSupport}
        inline
        options={levels.map((l) => ({ value: l, label: t(`level.${l}`) }))}
      />
      <TextField
        id="match-home"
        label={t('matching.profile.homePlace')}
        optional
        autoComplete="off"
        value={homePlace}
        onValue={setHomePlace}
        error={errors['match-home']}
      />
      <TextField
        id="match-lat"
        label={t('matching.profile.latitude')}
        hint={t('matching.profile.coordinatesHint')}
        optional
        inputMode="decimal"
        autoComplete="off"
        value={latitude}
        onValue={setLatitude}
        error={errors['match-lat']}
      />
      <TextField
        id="match-lon"
        label={t('matching.profile.longitude')}
        optional
        inputMode="decimal"
        autoComplete="off"
        value={longitude}
        onValue={setLongitude}
        error={errors['match-lon']}
      />
      <TextField
        id="match-max"
        label={t('matching.profile.maxDistance')}
        optional
        inputMode="numeric"
        autoComplete="off"
        value={maxKm}
        onValue={setMaxKm}
        error={errors['match-max']}
      />
    </FormPanel>
  );
}
