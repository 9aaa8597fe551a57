import { describe, expect, it } from 'vitest';
import { createRepositories } from '../createRepositories';
import { openTestDatabase, testContext } from '../../test/testDatabase';

describe('a read-only database', () => {
  it('refuses every write, with the reason, and writes nothing', async () => {
    const db = openTestDatabase();
    const repos = createRepositories(db, testContext());
    const unit = await repos.units.create(null, 'organisation', {
      name: 'Kaupunki',
      code: '',
      accountable: '',
      manager: '',
    });
    db.readOnlyReason = 'errors.newerDatabase';
    await expect(
      repos.units.update(unit.id, 1, { name: 'Uusi', code: '', accountable: '', manager: '' }),
    ).rejects.toMatchObject({ key: 'errors.newerDatabase' });
    await expect(repos.years.create(2026)).rejects.toMatchObject({
      key: 'errors.newerDatabase',
    });
    expect((await db.units.get(unit.id))?.name).toBe('Kaupunki');
    expect(await db.planYears.count()).toBe(0);
  });
});
