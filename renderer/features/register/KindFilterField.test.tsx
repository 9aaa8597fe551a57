import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PRESET_TABLE_KINDS } from '../../../shared/table-kind-presets';
import { initI18n } from '../../i18n';
import { KindFilterField } from './KindFilterField';

beforeAll(async () => {
  await initI18n('fi');
});
afterEach(cleanup);

describe('the register’s kind filter', () => {
  it('builds a second change on the first, even before the chosen kinds come back', async () => {
    const onChange = vi.fn();
    // The address (and so `chosen`) has not caught up with either click: a busy machine.
    render(
      <KindFilterField
        kinds={PRESET_TABLE_KINDS}
        chosen={['internalControl']}
        onChange={onChange}
      />,
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Sisäinen valvonta ja riskienhallinta' }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Muut tavoitteet' }));
    expect(onChange.mock.calls).toEqual([[[]], [['otherGoal']]]);
  });

  it('keeps the kinds in their own order whatever the order of the clicks', async () => {
    const onChange = vi.fn();
    render(<KindFilterField kinds={PRESET_TABLE_KINDS} chosen={[]} onChange={onChange} />);
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Sisäinen valvonta ja riskienhallinta' }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Strategiset tavoitteet' }));
    expect(onChange.mock.calls.at(-1)).toEqual([['strategyGoal', 'internalControl']]);
  });
});
