export type Confidence = 'high' | 'medium' | 'low';

/** Where a reference fact comes from and how sure we are of it. */
export interface Sourced {
  confidence: Confidence;
  basis: string;
}
