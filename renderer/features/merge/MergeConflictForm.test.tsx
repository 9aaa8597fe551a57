import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { planMerge } from '../../../shared/packages/merge';
import { UNIT, YEAR, records, unitRow } from '../../../shared/packages/packages.test-support';
import { initI18n } from '../../i18n';
import { MergeConflictForm } from './MergeConflictForm';
import { useMergeText } from './useMergeText';

const base = unitRow(1, { objective: 'Alkuperäinen', deadline: '2026-05-01' });
const ours = {
  ...base,
  rev: 2,
  objective: 'Meidän tavoite',
  deadline: '2026-06-01',
  status: 'in_progress' as const,
};
const theirs = {
  ...base,
  rev: 2,
  objective: 'Heidän tavoite',
  deadline: '2026-07-01',
  status: 'done' as const,
};
const plan = planMerge({
  base: records({ controlActions: [base] }),
  ours: records({ controlActions: [ours] }),
  theirs: records({ controlActions: [theirs] }),
  scope: { unitId: UNIT, year: YEAR },
});

const Form = ({ onApply }: { onApply: (value: unknown) => void }) => {
  const text = useMergeText(new Map());
  return (
    <MergeConflictForm
      plan={plan}
      labels={new Map([[`controlActions:${base.id}`, 'Alkuperäinen']])}
      alsoTaken={new Map()}
      text={text}
      isApplying={false}
      onApply={onApply}
      onCancel={() => undefined}
    />
  );
};

describe('resolving conflicts field by field', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('shows the three versions side by side and merges only once every field is resolved', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(<Form onApply={onApply} />);
    const table = screen.getByRole('table', { name: 'Ristiriita: Alkuperäinen' });
    const objective = within(table).getByRole('row', { name: /^Sisäinen valvonta/ });
    expect(
      within(objective)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((cell) => cell.textContent),
    ).toEqual(['Alkuperäinen', 'Meidän tavoite', 'Heidän tavoite']);
    expect(screen.getByRole('button', { name: 'Yhdistä (3 ratkaisematta)' })).toBeDisabled();

    await user.click(
      within(
        screen.getByRole('group', { name: 'Valinta: Sisäinen valvonta ja riskienhallinta' }),
      ).getByRole('radio', { name: 'Heidän' }),
    );
    // From the keyboard: the arrow keys move the choice within a field's group.
    const status = screen.getByRole('group', { name: 'Valinta: Tila' });
    within(status).getByRole('radio', { name: 'Heidän' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(within(status).getByRole('radio', { name: 'Meidän' })).toBeChecked();

    const deadline = screen.getByRole('group', { name: 'Valinta: Määräaika' });
    await user.click(within(deadline).getByRole('radio', { name: 'Muokattu' }));
    const edited = within(deadline).getByRole('textbox', { name: 'Muokattu arvo: Määräaika' });
    expect(edited).toHaveValue('1.7.2026');
    await user.clear(edited);
    await user.type(edited, '31.2.2026');
    expect(within(deadline).getByText('Anna päivämäärä muodossa p.k.vvvv.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yhdistä (1 ratkaisematta)' })).toBeDisabled();

    await user.clear(edited);
    await user.type(edited, '31.12.2026');
    await user.click(screen.getByRole('button', { name: 'Yhdistä' }));
    expect(onApply).toHaveBeenCalledWith({
      [`controlActions:${base.id}`]: {
        objective: { choice: 'theirs' },
        status: { choice: 'ours' },
        deadline: { choice: 'edited', value: '2026-12-31' },
      },
    });
  });
});
