/** The seven parallel tracks (§7.2): the server's own list (src/platform/tracks.ts, a pure module). */
import { type Track, tracks } from '../../../src/platform/tracks.ts';

export { type Track, tracks };

export const isTrack = (value: unknown): value is Track => (tracks as readonly unknown[]).includes(value);
