export interface ThemeCSSVariables {
  /** Primary brand color. */
  '--c15t-primary'?: string;
  /** Surface color. */
  '--c15t-surface'?: string;
}