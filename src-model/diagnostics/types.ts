/**
 * What the seed diagnostics say, as types only: the contract hands them to
 * the window unchanged, so they live apart from the code (which the
 * renderer never bundles).
 */
export type SeedAdviceKind = 'too_few' | 'broad' | 'most_of_workspace' | 'cohesive';

export interface SuspectedLeak {
  /** The imported column's header (what a job's `ignoreFields` takes), or a standard field's name. */
  key: string;
  label: string;
  /** Imported columns can be left out of the features; standard fields are always read. */
  removable: boolean;
  /** Separating power of the field alone (AUC, cross-fitted): 0.5 none, 1 perfect. */
  separation: number;
  /** What the examples are told apart from: the lost records, or the rest of the workspace. */
  against: 'lost' | 'others';
  /** The value that tells most: the largest gap between its share among the examples and among the others. */
  value: string;
  examplesShare: number;
  othersShare: number;
}
