/**
 * A section's text as the coordinator wrote it, in blocks: a blank line ends a paragraph or list,
 * a line starting with "- " is a bullet (consecutive bullets are one list), an indented line right
 * after a bullet continues it, and any other line continues the paragraph it is in (its line
 * break kept). Shared by everything that shows a letter, so the PDF and the screen agree.
 */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const bullet = /^\s*- (.*)$/;

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let open: TextBlock | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      open = null;
      continue;
    }
    const item = bullet.exec(line);
    if (item) {
      const body = (item[1] ?? '').trim();
      if (body === '') continue;
      if (open?.kind !== 'list') {
        open = { kind: 'list', items: [] };
        blocks.push(open);
      }
      open.items.push(body);
    } else if (open?.kind === 'list' && /^\s/.test(line)) {
      const last = open.items.length - 1;
      open.items[last] = `${open.items[last]} ${line.trim()}`;
    } else if (open?.kind === 'paragraph') {
      open.text = `${open.text}\n${line.trim()}`;
    } else {
      open = { kind: 'paragraph', text: line.trim() };
      blocks.push(open);
    }
  }
  return blocks;
}
