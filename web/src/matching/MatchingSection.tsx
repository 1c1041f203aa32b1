/** The young person's work profile and suggested companies, on the tab "Praktik og job". */
export function MatchingSection(_props: { courseId: string }) {
  return null;
}
