import { describe, expect, it } from 'vitest';
import { printable, textBlocks } from './letter-text.ts';

describe('a section text in blocks', () => {
  it('splits paragraphs at blank lines and keeps single line breaks inside one', () => {
    expect(textBlocks('Første linje\nanden linje\n\n  \nNyt afsnit')).toEqual([
      { kind: 'paragraph', text: 'Første linje\nanden linje' },
      { kind: 'paragraph', text: 'Nyt afsnit' },
    ]);
  });

  it('makes consecutive "- " lines one list, and a blank line starts a new one', () => {
    expect(textBlocks('Indledning\n- et\n- to\n\n- tre')).toEqual([
      { kind: 'paragraph', text: 'Indledning' },
      { kind: 'list', items: ['et', 'to'] },
      { kind: 'list', items: ['tre'] },
    ]);
  });

  it('continues a bullet with an indented line; an unindented line after a list is a paragraph', () => {
    expect(textBlocks('- et langt punkt\n  der fortsætter\nEfter listen')).toEqual([
      { kind: 'list', items: ['et langt punkt der fortsætter'] },
      { kind: 'paragraph', text: 'Efter listen' },
    ]);
  });

  it('needs the space after the dash: "-5 grader" and "–" are text, and an empty bullet is dropped', () => {
    expect(textBlocks('-5 grader\n– tankestreg\n- \n-')).toEqual([
      { kind: 'paragraph', text: '-5 grader\n– tankestreg\n-' },
    ]);
  });

  it('reads Windows line ends and has no blocks for blank text', () => {
    expect(textBlocks('a\r\n\r\n- b\r\n')).toEqual([
      { kind: 'paragraph', text: 'a' },
      { kind: 'list', items: ['b'] },
    ]);
    expect(textBlocks(' \n\n\t')).toEqual([]);
  });
});

describe('printable text', () => {
  it('turns tabs into spaces, drops other control characters and keeps line breaks and Danish letters', () => {
    expect(printable('Mål\tto\u0007\u001b æøå\nny linje\r\n')).toBe('Mål to æøå\nny linje\r\n');
  });
});
