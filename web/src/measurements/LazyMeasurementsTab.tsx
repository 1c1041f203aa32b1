import { lazy, Suspense } from 'react';
import { Loading } from '../app/NotFoundPage.tsx';

// The charts library is large: only the measurements tab loads it, in a chunk of its own.
const MeasurementsTab = lazy(() =>
  import('./MeasurementsTab.tsx').then((m) => ({ default: m.MeasurementsTab })),
);

export function LazyMeasurementsTab({ courseId }: { courseId: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <MeasurementsTab courseId={courseId} />
    </Suspense>
  );
}
