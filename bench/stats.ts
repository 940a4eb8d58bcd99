/// The value below which `fraction` of `values` lie (nearest rank).
export function quantile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/// The middle value of `values` (nearest rank).
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/// One measured figure against its baseline over paired rounds: each side's median, the median of
/// the rounds' own ratios and their quartiles (how much the machine's noise moved them).
export interface PairedFigure {
  readonly value: number;
  readonly baseline: number;
  readonly ratio: number;
  readonly ratioQuartiles: readonly [number, number];
}

/// How many rounds `pairedRounds` counts, after how many uncounted warm-up rounds.
export interface RoundCounts {
  readonly rounds: number;
  readonly warmUpRounds: number;
}

/// Runs `warmUpRounds` uncounted rounds, then `rounds` rounds of a baseline and a measured side, one
/// right after the other (which goes first alternates), so a busy moment on a shared machine hits
/// both sides of a round alike. Each side answers several figures at once (a key press measured
/// to the mark, then to "Saved"); each figure's ratio is the median of the rounds' own ratios.
export async function pairedRounds<Figure extends string>(
  counts: RoundCounts,
  baseline: () => Promise<Record<Figure, number>>,
  measured: () => Promise<Record<Figure, number>>,
): Promise<Record<Figure, PairedFigure>> {
  // Warm-up rounds, not counted: the first runs of each side include compiling its code.
  for (let round = 0; round < counts.warmUpRounds; round++) {
    await baseline();
    await measured();
  }
  const rounds: { base: Record<Figure, number>; value: Record<Figure, number> }[] = [];
  for (let round = 0; round < counts.rounds; round++) {
    if (round % 2 === 0) {
      const base = await baseline();
      rounds.push({ base, value: await measured() });
    } else {
      const value = await measured();
      rounds.push({ value, base: await baseline() });
    }
  }
  const figures = Object.keys(rounds[0]?.value ?? {}) as Figure[];
  return Object.fromEntries(
    figures.map((figure) => {
      const ratios = rounds.map((round) => round.value[figure] / round.base[figure]);
      const paired: PairedFigure = {
        value: median(rounds.map((round) => round.value[figure])),
        baseline: median(rounds.map((round) => round.base[figure])),
        ratio: median(ratios),
        ratioQuartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
      };
      return [figure, paired];
    }),
  ) as Record<Figure, PairedFigure>;
}

/// `rounds` rounds of the baseline and the app, one right after the other, which goes first
/// alternating (a busy moment of the shared machine hits both sides of a round alike), after one
/// uncounted warm-up round; each side's median and the median and quartiles of the rounds' ratios.
export function pairedSyncRounds(
  rounds: number,
  baseline: (round: number) => number,
  measured: (round: number) => number,
): PairedFigure {
  baseline(-1);
  measured(-1);
  const pairs: { base: number; value: number }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      const base = baseline(round);
      pairs.push({ base, value: measured(round) });
    } else {
      const value = measured(round);
      pairs.push({ value, base: baseline(round) });
    }
  }
  const ratios = pairs.map((pair) => pair.value / pair.base);
  return {
    value: median(pairs.map((pair) => pair.value)),
    baseline: median(pairs.map((pair) => pair.base)),
    ratio: median(ratios),
    ratioQuartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
  };
}
