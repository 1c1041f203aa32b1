import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../app/forms.tsx';

/** A whole day this century: while a year is being typed the field holds 0002-, 0020-, 0202- first. */
const dayPattern = /^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "Tal pr.": the day the figures are computed for; a complete day is applied at once. */
export function AsOfField({ asOf, onAsOf }: { asOf: string; onAsOf: (day: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(asOf);
  useEffect(() => setValue(asOf), [asOf]);
  return (
    <form className="app-dashboard-asof" onSubmit={(event) => event.preventDefault()}>
      <DateField
        id="dashboard-as-of"
        label={t('dashboard.asOf')}
        hint={t('dashboard.asOfHint')}
        value={value}
        onValue={(day) => {
          setValue(day);
          if (dayPattern.test(day) && day !== asOf) onAsOf(day);
        }}
      />
    </form>
  );
}
