import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../support/browser';

/** The median of sorted samples (the lower middle one for an even count). */
export const middle = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** The median of `runs` timings of `work`, in milliseconds. */
export const median = async (runs: number, work: () => Promise<number>): Promise<number> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await work());
  return middle(samples);
};

/** Every sample of `runs` timings of `work`, in the order taken. */
export const samplesOf = async (runs: number, work: (run: number) => Promise<number>) => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await work(run));
  return samples;
};

export const machine = () => {
  const chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}`;
};

/** What `uptime` says: other work on the machine skews every figure, so it is printed with them. */
export const load = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return 'uptime: not available';
  }
};

export type Figure = {
  measure: string;
  /** null: not measured (see `note`). */
  median: number | null;
  target: number | null;
  unit: string;
  samples?: readonly number[];
  /** The floor this figure is compared with, measured in the same run. */
  floor?: { name: string; median: number };
  /** Largest acceptable ratio to the floor, when the target is one. */
  ratioTarget?: number;
  note?: string;
};

const format = (value: number, unit: string) =>
  unit === 'ms' && value >= 10_000
    ? `${(value / 1_000).toFixed(1)} s`
    : `${value.toFixed(unit === 'ms' && value < 10 ? 1 : 0)} ${unit}`;

/** Whether a figure meets its target (time or ratio); '–' when it has none. */
export const verdict = (figure: Figure) => {
  if (figure.median === null) return 'not measured';
  const checks: boolean[] = [];
  if (figure.target !== null) checks.push(figure.median <= figure.target);
  if (figure.ratioTarget !== undefined && figure.floor)
    checks.push(figure.median / figure.floor.median <= figure.ratioTarget);
  if (checks.length === 0) return '–';
  return checks.every(Boolean) ? 'met' : 'NOT met';
};

/** Prints the figures as a table; targets are shown beside them, never enforced here. */
export const printTable = (title: string, figures: Figure[], notes: string[] = []) => {
  const hasFloors = figures.some((figure) => figure.floor);
  const lines = [
    `\n${title} — ${new Date().toISOString().slice(0, 10)}`,
    machine(),
    ...notes,
    hasFloors
      ? '| measure | median | runs | target | floor | ratio | verdict |'
      : '| measure | median | target |',
    hasFloors ? '|---|---:|---|---:|---|---:|---|' : '|---|---:|---:|',
    ...figures.map((figure) => {
      const target = [
        figure.target === null ? null : `≤ ${format(figure.target, figure.unit)}`,
        figure.ratioTarget === undefined ? null : `≤ ${figure.ratioTarget}× floor`,
      ]
        .filter(Boolean)
        .join(', ');
      const value =
        figure.median === null
          ? `not measured: ${figure.note ?? ''}`
          : format(figure.median, figure.unit);
      if (!hasFloors) return `| ${figure.measure} | ${value} | ${target || '–'} |`;
      const runs = figure.samples?.map((sample) => format(sample, figure.unit)).join(' / ') ?? '';
      const floor = figure.floor
        ? `${figure.floor.name}: ${format(figure.floor.median, figure.unit)}`
        : '–';
      const ratio =
        figure.floor && figure.median !== null
          ? `${(figure.median / figure.floor.median).toFixed(1)}×`
          : '–';
      return `| ${figure.measure} | ${value} | ${runs} | ${target || '–'} | ${floor} | ${ratio} | ${verdict(figure)} |`;
    }),
  ];
  console.log(lines.join('\n'));
};

const benchStart = Date.now();

/** A progress line on stderr, so a long bench shows where it is. */
export const progress = (text: string) =>
  process.stderr.write(`[bench ${Math.round((Date.now() - benchStart) / 1_000)} s] ${text}\n`);
