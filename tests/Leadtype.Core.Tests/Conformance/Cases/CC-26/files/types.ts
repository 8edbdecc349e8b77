export interface ConsentBannerProps {
  /** Content to display as the banner's title. */
  title?: string;
}