import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Unit, UnitInput, UnitKind } from '../../../shared/domain/unit';
import { UNIT_KINDS, UnitInputSchema } from '../../../shared/domain/unit';
import { childKindsFor } from '../../../shared/unit-tree';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';

type Props =
  | { mode: 'edit'; unit: Unit; onClose: () => void; onSaved: (unit: Unit) => void }
  | { mode: 'create'; parent: Unit; onClose: () => void; onSaved: (unit: Unit) => void };

const UnitFormSchema = UnitInputSchema.extend({ kind: z.enum(UNIT_KINDS) });
type Values = UnitInput & { kind: UnitKind };

/** Creates a child unit or edits a unit's name, code, accountable person and manager. */
export const UnitFormDialog = (props: Props) => {
  const { t } = useTranslation();
  const { units } = useRepositories();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const kinds = props.mode === 'create' ? childKindsFor(props.parent.kind) : [];
  const initial = props.mode === 'edit' ? props.unit : null;
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(UnitFormSchema),
    defaultValues: {
      name: initial?.name ?? '',
      code: initial?.code ?? '',
      accountable: initial?.accountable ?? '',
      manager: initial?.manager ?? '',
      kind: initial?.kind ?? kinds[0] ?? 'costUnit',
    },
  });

  const handleSave = ({ kind, ...input }: Values) =>
    save.run(async () => {
      const saved =
        props.mode === 'edit'
          ? await units.update(props.unit.id, props.unit.rev, input)
          : await units.create(props.parent.id, kind, input);
      props.onSaved(saved);
    });

  const title =
    props.mode === 'edit'
      ? t('units.editTitle')
      : t('units.addChildTitle', { parent: props.parent.name });
  return (
    <ModalDialog title={title} isOpen onClose={props.onClose}>
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        {props.mode === 'create' && (
          <SelectField
            label={t('units.kind')}
            options={kinds.map((kind) => ({ value: kind, label: t(`units.kinds.${kind}`) }))}
            {...register('kind')}
          />
        )}
        <TextField
          label={t('units.name')}
          isRequired
          error={fieldError(formState.errors.name?.message)}
          {...register('name')}
        />
        <TextField
          label={t('units.code')}
          error={fieldError(formState.errors.code?.message)}
          {...register('code')}
        />
        <TextField
          label={t('units.accountable')}
          error={fieldError(formState.errors.accountable?.message)}
          {...register('accountable')}
        />
        <TextField
          label={t('units.manager')}
          error={fieldError(formState.errors.manager?.message)}
          {...register('manager')}
        />
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={props.onClose} />
      </form>
    </ModalDialog>
  );
};
