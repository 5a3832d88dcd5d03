/** Names the tab after the screen, so a teacher juggling tabs finds the host view. */
import { useEffect } from 'preact/hooks';

export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · kube-arena` : 'kube-arena';
  }, [title]);
}
