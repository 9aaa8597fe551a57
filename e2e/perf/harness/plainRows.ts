/** Two animation frames: the rows added before the first are painted by the second. */
export const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

const COLUMNS = ['Tavoite', 'Toimenpiteet', 'Toteutuma', 'Vastuuhenkilö', 'Määräaika', 'Tila'];

/**
 * The paint floor: `count` rows of six text cells as a plain table, built with the DOM and no
 * framework, from the start of building to painted: ms. The table is removed afterwards.
 */
export const paintPlainRows = async (count = 200) => {
  const started = performance.now();
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;inset:0;overflow:auto;background:#fff;z-index:99999';
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const name of COLUMNS) {
    const cell = document.createElement('th');
    cell.textContent = name;
    head.append(cell);
  }
  const body = table.createTBody();
  for (let index = 0; index < count; index += 1) {
    const row = body.insertRow();
    row.insertCell().textContent = `Sisäisen valvonnan tavoite ${index + 1}`;
    row.insertCell().textContent = 'Laaditaan ohje ja koulutetaan henkilöstö.';
    row.insertCell().textContent = 'Ohje hyväksytty';
    row.insertCell().textContent = 'Aino Virtanen';
    row.insertCell().textContent = '30.6.2026';
    row.insertCell().textContent = 'Käynnissä';
  }
  host.append(table);
  document.body.append(host);
  await afterPaint();
  const elapsed = performance.now() - started;
  host.remove();
  return elapsed;
};
