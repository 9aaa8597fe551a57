import { parseDate } from '@internationalized/date';
import type { Ref } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  Dialog,
  DialogTrigger,
  Heading,
  Popover,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDateForInput, parseUserDate } from '../../shared/dates';
import { TextField } from './TextField';

type Props = {
  label: string;
  help: string;
  error?: string | undefined;
  value: string;
  onPick: (text: string) => void;
  ref?: Ref<HTMLInputElement>;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value'>;

/**
 * A date typed as d.M.yyyy, or picked from a calendar. The text stays what the user typed until
 * it is valid, so a half-typed date is explained, not thrown away.
 */
export const DateField = ({ label, help, error, value, onPick, ...inputProps }: Props) => {
  const { t } = useTranslation();
  const iso = parseUserDate(value);
  return (
    <div className="date-field">
      <TextField
        label={label}
        help={help}
        error={error}
        inputMode="numeric"
        autoComplete="off"
        {...inputProps}
      />
      <DialogTrigger>
        <Button className="button button--small">{t('actions.pickDate')}</Button>
        <Popover className="popover" placement="bottom start">
          <Dialog className="calendar-dialog" aria-label={label}>
            {({ close }) => (
              <Calendar
                aria-label={label}
                defaultFocusedValue={iso ? parseDate(iso) : undefined}
                value={iso ? parseDate(iso) : null}
                onChange={(picked) => {
                  onPick(formatDateForInput(picked.toString()));
                  close();
                }}
              >
                <header className="calendar__header">
                  <Button slot="previous" className="button button--small">
                    ‹
                  </Button>
                  <Heading />
                  <Button slot="next" className="button button--small">
                    ›
                  </Button>
                </header>
                <CalendarGrid>
                  {(date) => <CalendarCell date={date} className="calendar__cell" />}
                </CalendarGrid>
              </Calendar>
            )}
          </Dialog>
        </Popover>
      </DialogTrigger>
    </div>
  );
};
