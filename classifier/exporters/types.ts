/** A policy rendered for one target (gateway, client, policy engine). Pure data: the CLI writes it. */
export interface ExportedPolicy {
  target: string;
  /** A suggested file name for the content. */
  filename: string;
  content: string;
  /** What the target cannot express from the native policy (dropped limits, argument rules, ...). */
  notes: string[];
  /**
   * Files that go beside the content (a Cedar schema, say). The CLI writes each next to the main
   * file, as the main file's name without its extension plus `suffix`.
   */
  extraFiles?: ExtraFile[];
}

export interface ExtraFile {
  /** appended to the main file's name without its extension, e.g. `.cedarschema.json` */
  suffix: string;
  content: string;
  /** what the file is, for the CLI's message */
  description: string;
}
