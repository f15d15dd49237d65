// Timing helpers for benchmarks: warm up, run N times, report the median. Figures are printed as
// ratios against a baseline timed in the same run, never asserted anywhere.
import { performance } from "node:perf_hooks";

export type Measurement = { name: string; medianMs: number; p95Ms: number; runs: number };

export async function measure(name: string, runs: number, run: () => Promise<unknown>): Promise<Measurement> {
  for (let warmup = 0; warmup < Math.min(5, runs); warmup++) await run();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { name, medianMs: samples[Math.floor(runs / 2)], p95Ms: samples[Math.min(runs - 1, Math.floor(runs * 0.95))], runs };
}

export function printComparison(title: string, subject: Measurement, baseline: Measurement): void {
  const ratio = subject.medianMs / baseline.medianMs;
  console.log(`${title}`);
  console.log(`  ${subject.name.padEnd(44)} median ${subject.medianMs.toFixed(2).padStart(8)} ms  p95 ${subject.p95Ms.toFixed(2).padStart(8)} ms`);
  console.log(`  ${baseline.name.padEnd(44)} median ${baseline.medianMs.toFixed(2).padStart(8)} ms  p95 ${baseline.p95Ms.toFixed(2).padStart(8)} ms`);
  console.log(`  ratio (app / baseline, median): ${ratio.toFixed(2)}x over ${subject.runs} runs\n`);
}

/**
 * Two measurements taken turn about (a, b, b, a, ...) after the same warm-up, so that a machine whose
 * load changes during the run slows both alike instead of whichever happened to run second.
 */
export async function measureInterleaved(runs: number, a: { name: string; run: () => Promise<unknown> }, b: { name: string; run: () => Promise<unknown> }): Promise<[Measurement, Measurement]> {
  for (let warmup = 0; warmup < Math.min(5, runs); warmup++) {
    await a.run();
    await b.run();
  }
  const samples: [number[], number[]] = [[], []];
  const time = async (index: 0 | 1) => {
    const start = performance.now();
    await (index === 0 ? a : b).run();
    samples[index].push(performance.now() - start);
  };
  for (let index = 0; index < runs; index++) {
    const first = index % 2 === 0 ? 0 : 1;
    await time(first);
    await time(first === 0 ? 1 : 0);
  }
  const summarise = (name: string, values: number[]): Measurement => {
    values.sort((x, y) => x - y);
    return { name, medianMs: values[Math.floor(runs / 2)], p95Ms: values[Math.min(runs - 1, Math.floor(runs * 0.95))], runs };
  };
  return [summarise(a.name, samples[0]), summarise(b.name, samples[1])];
}
