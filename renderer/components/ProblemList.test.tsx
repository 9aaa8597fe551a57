import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemList, VISIBLE_PROBLEMS } from './ProblemList';

type Problem = { path: string; message: string };

const renderList = (problems: Problem[]) =>
  render(
    <ProblemList
      heading="Tiedostoa vioittunut.json ei käytetty"
      headingLevel={3}
      summary={`Mitään ei muutettu. Tiedostosta löytyi ${problems.length} ongelmaa:`}
      listLabel="Tiedoston ongelmat"
      problems={problems}
      placeOf={(problem) => (problem.path === '$' ? 'koko tiedosto' : problem.path)}
      textOf={(problem) => problem.message}
      moreText={(count) => `Lisäksi ${count} muuta ongelmaa.`}
    >
      <button type="button">Sulje</button>
    </ProblemList>,
  );

describe('ProblemList', () => {
  afterEach(() => cleanup());

  it('names the file, announces the count and lists each problem with its place', () => {
    renderList([
      { path: '$', message: 'Tiedosto ei ole eheää JSON-tekstiä.' },
      { path: 'tables.units[0].name', message: 'Tieto puuttuu.' },
    ]);
    const region = screen.getByRole('region', { name: 'Tiedostoa vioittunut.json ei käytetty' });
    expect(within(region).getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(within(region).getByRole('alert')).toHaveTextContent(
      '⚠ Mitään ei muutettu. Tiedostosta löytyi 2 ongelmaa:',
    );
    const list = within(region).getByRole('list', { name: 'Tiedoston ongelmat' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'koko tiedosto: Tiedosto ei ole eheää JSON-tekstiä.',
      'tables.units[0].name: Tieto puuttuu.',
    ]);
    expect(within(region).getByRole('button', { name: 'Sulje' })).toBeInTheDocument();
    expect(screen.queryByText(/^Lisäksi/)).toBeNull();
  });

  it(`lists the first ${VISIBLE_PROBLEMS} and counts the rest`, () => {
    renderList(
      Array.from({ length: VISIBLE_PROBLEMS + 7 }, (_, index) => ({
        path: `tables.auditEvents[${index}].actor`,
        message: 'Tieto puuttuu.',
      })),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(VISIBLE_PROBLEMS);
    expect(screen.getByText('Lisäksi 7 muuta ongelmaa.')).toBeInTheDocument();
  });
});
