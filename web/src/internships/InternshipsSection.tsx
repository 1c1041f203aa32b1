/** The course's internships on the tab "Praktik og job": agreements, follow-ups, hand-over. */
export function InternshipsSection(_props: { courseId: string }) {
  return null;
}
