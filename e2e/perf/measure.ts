import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../support/browser';

/** The median of `runs` timings of `work`, in milliseconds. */
export const median = async (runs: number, work: () => Promise<number>): Promise<number> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await work());
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
};

export const machine = () => {
  const chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}`;
};

export type Figure = { measure: string; median: number; target: number | null; unit: string };

/** Prints the figures as a table; targets are shown beside them, never enforced here. */
export const printTable = (title: string, figures: Figure[]) => {
  const lines = [
    `\n${title} — ${new Date().toISOString().slice(0, 10)}`,
    machine(),
    '| measure | median | target |',
    '|---|---:|---:|',
    ...figures.map(
      (figure) =>
        `| ${figure.measure} | ${figure.median.toFixed(0)} ${figure.unit} | ${figure.target === null ? '–' : `≤ ${figure.target} ${figure.unit}`} |`,
    ),
  ];
  console.log(lines.join('\n'));
};
