/**
 * Limits on an uploaded framework file, each far above what a real one needs (measured on the shipped Thanh Hóa
 * frameworks: the largest YAML is 36 KB with ~2,500 nodes; its Excel export has 18 entries, 87 KB once
 * inflated, at most 9.5× compressed) and far below what would hurt the server.
 */
export const IMPORT_LIMITS = {
  /** The upload itself (multipart); one byte more is refused with 413. */
  fileBytes: 5 * 1024 * 1024,
  zip: {
    /** An Excel workbook saved by Excel has 20–60 parts; 1,000 leaves room for many sheets and images. */
    maxEntries: 1000,
    /**
     * Sum of the entries' declared inflated sizes: ~230× a real template. Measured: 20 MB of sheet XML parses in
     * ~7 s within the worker's 256 MB heap; 40 MB exhausts it (the worker dies, the import is refused).
     */
    maxTotalUncompressed: 20 * 1024 * 1024,
    /** Office XML compresses 5–20×, rarely 100×; deflate tops out near 1,032× and bombs sit there. */
    maxRatio: 200,
    /**
     * A part name in bytes: workbook part names are under 50. Checked as the directory is read, with the entry
     * count, so a directory of 5 MB of names is refused without decoding them on the request thread.
     */
    maxNameBytes: 1024,
  },
  /** YAML text in bytes: ~28× the largest real framework, parsed in well under a second. */
  yamlBytes: 1024 * 1024,
  /**
   * YAML tokens (keys, values, punctuation, line breaks), counted by the lexer before any node is built: ~16× a
   * real framework (6,400); 40,000 keys are 280,000 tokens.
   */
  yamlTokens: 100_000,
  /** Alias nodes written in the file (real frameworks have none). */
  yamlAliases: 100,
  /** The yaml library's limit on alias expansion (its default): a billion-laughs file stops at the first levels. */
  yamlAliasExpansion: 100,
  /** The parse worker's V8 heap: reading a real file takes ~40 MB; a hostile one dies here, not the server. */
  workerHeapMb: 256,
  /** A parse taking longer than this is stopped (a real one takes under a second). */
  workerTimeoutMs: 30_000,
  /** Imports waiting behind the one being parsed; more are told to come back later. */
  maxWaiting: 8,
} as const;
