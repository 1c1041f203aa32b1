type Block = { kind: 'p'; key: number; text: string } | { kind: 'ul'; key: number; items: string[] };

/** The text's blocks in order: a paragraph per plain line, one list per run of bullets. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let key = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    let list: Extract<Block, { kind: 'ul' }> | null = null;
    for (const line of paragraph.split('\n')) {
      if (line.startsWith('- ')) {
        if (!list) {
          list = { kind: 'ul', key: key++, items: [] };
          blocks.push(list);
        }
        list.items.push(line.slice(2));
      } else {
        list = null;
        if (line.trim()) blocks.push({ kind: 'p', key: key++, text: line });
      }
    }
  }
  return blocks;
}

/**
 * A letter section's text as the letter format defines it (src/status-letters/document.ts): a
 * blank line separates paragraphs, a line starting with "- " is a bullet.
 */
export function LetterText({ text }: { text: string }) {
  return (
    <div className="app-letter-text">
      {blocksOf(text).map((b) =>
        b.kind === 'p' ? (
          <p key={b.key}>{b.text}</p>
        ) : (
          <ul key={b.key} className="app-letter-bullets">
            {b.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a bullet's place in the text is its identity
              <li key={i}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
