import { useEffect } from 'react';

/** Every page names itself in the browser tab and to screen readers: "Page – ViVirk". */
export function useDocumentTitle(...parts: Array<string | null | undefined>) {
  const title = [...parts.filter(Boolean), 'ViVirk'].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
