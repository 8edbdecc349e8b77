export interface PipelineOptions {
  /** Source directory for docs. */
  srcDir: string;
}