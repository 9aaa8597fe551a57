import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { ChoiceValues, ConflictField } from './conflictChoices';
import { editedValue } from './conflictChoices';
import type { MergeChoice, MergeText } from './useMergeText';

const CHOICES: readonly MergeChoice[] = ['theirs', 'ours', 'edited'];

type RowProps = {
  field: ConflictField;
  value: ChoiceValues[string] | undefined;
  register: UseFormRegister<ChoiceValues>;
  text: MergeText;
};

/** One conflicting field: the three versions side by side and the radio group that resolves it. */
export const MergeConflictRow = ({ field, value, register, text }: RowProps) => {
  const { t } = useTranslation();
  const label = text.field(field.field);
  const choices = field.edit === 'none' ? CHOICES.filter((choice) => choice !== 'edited') : CHOICES;
  const isEditing = value?.choice === 'edited';
  const isBadDate =
    isEditing && field.edit === 'date' && editedValue(field, value?.text ?? '') === undefined;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{text.value(field.table, field.field, field.base)}</td>
      <td>{text.value(field.table, field.field, field.ours)}</td>
      <td>{text.value(field.table, field.field, field.theirs)}</td>
      <td>
        <fieldset className="merge-choice">
          <legend className="visually-hidden">{t('merge.choiceLegend', { field: label })}</legend>
          {choices.map((choice) => (
            <label key={choice} className="merge-choice__option">
              <input type="radio" value={choice} {...register(`${field.name}.choice`)} />{' '}
              {text.choice(choice)}
            </label>
          ))}
          {isEditing && (
            <TextField
              multiline={field.edit === 'text'}
              label={t('merge.editedLabel', { field: label })}
              help={field.edit === 'date' ? t('merge.editedDateHelp') : undefined}
              error={isBadDate ? t('merge.errors.invalidDate') : undefined}
              {...register(`${field.name}.text`)}
            />
          )}
        </fieldset>
      </td>
    </tr>
  );
};
