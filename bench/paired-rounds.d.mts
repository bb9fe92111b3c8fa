/** 0-based ranks of the distribution-free 95 % confidence interval of the median of n values. */
export declare function medianIntervalRanks(n: number): [number, number];
/** Median, quartiles, range and the 95 % interval of the median of a sample. */
export declare function spread(values: readonly number[]): {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  ciLow: number;
  ciHigh: number;
};
/** The order of the clients in a round: rotated each round, reversed every other cycle. */
export declare function roundOrder<T>(names: readonly T[], round: number): T[];
