import { describe, expect, it } from 'vitest';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { createSettingsRepository, readSetting } from './settingsRepository';

describe('settings repository', () => {
  it('saves the profile as written by the person it names, and updates it in place', async () => {
    const db = openTestDatabase();
    const settings = createSettingsRepository(db, testContext('?'));
    expect(await readSetting(db, 'profile')).toBeNull();
    await settings.save('profile', { name: 'Maija Meikäläinen', role: 'controller' });
    await settings.save('profile', { name: 'Maija Virtanen', role: 'controller' });
    expect(await readSetting(db, 'profile')).toEqual({
      name: 'Maija Virtanen',
      role: 'controller',
    });
    expect(await db.settings.count()).toBe(1);
    const events = await db.auditEvents.orderBy('seq').toArray();
    expect(events.map((event) => [event.op, event.actor])).toEqual([
      ['create', 'Maija Meikäläinen'],
      ['update', 'Maija Virtanen'],
    ]);
    expect(events[1]?.changes.value).toEqual([
      { name: 'Maija Meikäläinen', role: 'controller' },
      { name: 'Maija Virtanen', role: 'controller' },
    ]);
  });

  it('refuses an empty name and an unknown role', async () => {
    const db = openTestDatabase();
    const settings = createSettingsRepository(db, testContext());
    await expect(settings.save('profile', { name: ' ', role: 'controller' })).rejects.toMatchObject(
      { key: 'validation.required' },
    );
    await expect(
      settings.save('profile', { name: 'A', role: 'admin' as never }),
    ).rejects.toMatchObject({ key: expect.any(String) });
    expect(await db.settings.count()).toBe(0);
  });
});
