/** Work trials, work efficiency and the job agreement on the tab "Praktik og job". */
export function JobSection(_props: { courseId: string }) {
  return null;
}
