import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { i18next, initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { LanguageSelect } from './LanguageSelect';
import { ProfileLanguage } from './ProfileLanguage';
import { createSettingsRepository, readSetting } from '../../data/settings/settingsRepository';

let databaseCount = 0;
const LABEL = 'Kieli / Språk / Language';

const renderSwitch = async (language?: 'fi' | 'sv' | 'en') => {
  databaseCount += 1;
  const name = `languages-${databaseCount}`;
  const db = new ValvoDatabase(name);
  await createSettingsRepository(db, testContext()).save('profile', {
    name: 'Maija',
    role: 'unitManager',
    ...(language ? { language } : {}),
  });
  db.close();
  render(
    <PlatformProvider api={createWebApi('test')}>
      <DatabaseProvider name={name}>
        <ProfileLanguage>
          <RepositoryProvider>
            <NoticeProvider>
              <LanguageSelect />
            </NoticeProvider>
          </RepositoryProvider>
        </ProfileLanguage>
      </DatabaseProvider>
    </PlatformProvider>,
  );
  return name;
};

const savedProfile = async (name: string) => {
  const db = new ValvoDatabase(name);
  try {
    return await readSetting(db, 'profile');
  } finally {
    db.close();
  }
};

describe('the language switch', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('fi');
  });

  it('switches at once, keeps the choice in the profile, and is not undone meanwhile', async () => {
    const name = await renderSwitch();
    const select = await screen.findByLabelText(LABEL);
    const changes: string[] = [];
    const record = (language: string) => changes.push(language);
    i18next.on('languageChanged', record);
    await userEvent.selectOptions(select, 'sv');
    expect(i18next.language).toBe('sv');
    await screen.findByText('Språket har bytts: svenska');
    await waitFor(async () => expect((await savedProfile(name))?.language).toBe('sv'));
    i18next.off('languageChanged', record);
    // Never back to Finnish on the way, not even for a moment.
    expect(changes).toEqual(['sv']);
    expect(screen.getByLabelText(LABEL)).toHaveValue('sv');
  });

  it('starts in the language saved in the profile', async () => {
    await renderSwitch('en');
    expect(await screen.findByLabelText(LABEL)).toHaveValue('en');
    expect(i18next.language).toBe('en');
  });

  it('names each language in that language, marked with its lang', async () => {
    await renderSwitch();
    const options = [...(await screen.findByLabelText(LABEL)).querySelectorAll('option')];
    expect(options.map((option) => [option.lang, option.textContent])).toEqual([
      ['fi', 'suomi'],
      ['sv', 'svenska'],
      ['en', 'English'],
    ]);
  });
});
