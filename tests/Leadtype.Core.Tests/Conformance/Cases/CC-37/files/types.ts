export interface FixtureOptions {
  /** Whether parity is enabled. */
  enabled: boolean;
}