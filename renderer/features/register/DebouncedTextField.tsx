import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MAX_LENGTH, capSearch } from '../../../shared/worklists/register-search';
import { TextField } from '../../components/TextField';

type Props = {
  label: string;
  help?: string;
  /** The value in force (from the URL). */
  value: string;
  /** Called with the text, cut to the limit, once typing pauses. */
  onCommit: (text: string) => void;
  delay?: number;
};

/**
 * A text filter that applies itself when typing pauses, so a 50,000-row register filters once
 * per pause and not once per key. Text past the limit stays in the field and is explained; only
 * the first SEARCH_MAX_LENGTH characters are applied. When the value changes from elsewhere
 * (the filters are cleared, Back), the field follows it.
 */
export const DebouncedTextField = ({ label, help, value, onCommit, delay = 200 }: Props) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (value !== seen) {
    setSeen(value);
    // A value this field did not send came from outside: show it.
    if (value !== committed) {
      setDraft(value);
      setCommitted(value);
    }
  }
  const capped = capSearch(draft);
  useEffect(() => {
    if (capped.text === committed) return undefined;
    const timer = window.setTimeout(() => {
      setCommitted(capped.text);
      onCommit(capped.text);
    }, delay);
    return () => window.clearTimeout(timer);
  }, [capped.text, committed, delay, onCommit]);
  return (
    <TextField
      type="search"
      label={label}
      help={help}
      value={draft}
      error={
        capped.isCut
          ? t('register.tooLong', { length: capped.length, max: SEARCH_MAX_LENGTH })
          : undefined
      }
      onChange={(event) => setDraft(event.target.value)}
    />
  );
};
