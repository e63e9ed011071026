/**
 * Bounds on what the app says in its notices. Files and links come from anyone, so their text is
 * never repeated at length inside the app's own words: at most a short quoted snippet.
 */

/** The longest notice, in characters. */
export const MAX_NOTICE_LENGTH = 400;
/** How many characters of a file's or link's own text a notice may quote. */
export const MAX_QUOTE_LENGTH = 24;
/** How many single problems one notice lists before it only counts the rest. */
export const MAX_LISTED = 3;

/** Cuts `text` to `max` characters, with an ellipsis when something was cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}\u2026`;
}

/** A short, quoted, single-line snippet of an untrusted value, for saying which entry was skipped. */
export function quoted(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  // Control and bidirectional-override characters could hide or reorder the app's own words.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ');
  return `\u201c${clip(oneLine, MAX_QUOTE_LENGTH)}\u201d`;
}

/** The first few problems, then how many more: a file with a thousand bad entries makes one short notice. */
export function listProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_LISTED).join(' ');
  const more = problems.length - MAX_LISTED;
  return more > 0 ? `${shown} (and ${more} more)` : shown;
}
