/** A place in the document: object keys and array indexes from the root. */
export type Path = ReadonlyArray<string | number>;

export interface Issue {
  /** e.g. `participants[3].measurements[0].scores.knowledge`; `(root)` for the document itself. */
  path: string;
  message: string;
}

/** Enough to fix a file in one go without flooding the terminal on a file that is wrong throughout. */
export const MAX_REPORTED_ISSUES = 100;

const plainKey = /^[A-Za-z_$][\w$]*$/;

/** `participants[3].scores.knowledge`; odd keys (an unknown field "my field") are quoted. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (plainKey.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(root)';
}

/** One line per issue, exactly as the CLI prints it. */
export const issueLine = (issue: Issue) => `${issue.path}: ${issue.message}`;

/** Collects issues, keeping the first MAX_REPORTED_ISSUES but counting them all. */
export class Issues {
  readonly list: Issue[] = [];
  total = 0;

  add(path: Path, message: string) {
    this.total += 1;
    if (this.list.length < MAX_REPORTED_ISSUES) this.list.push({ path: formatPath(path), message });
  }

  get ok() {
    return this.total === 0;
  }
}

/**
 * What a wrong value was, for messages. Numbers are shown as they are (`7 is outside 1..5`);
 * strings only by kind, so a misplaced name never lands in a terminal or a log.
 */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
