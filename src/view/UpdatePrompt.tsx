import { useUpdate } from '../store/updateStore.ts';

/**
 * "A new version is ready": the new service worker waits until the person says so, so the app is
 * never swapped under someone marking their map. Reloading saves the map first (persistence.ts
 * saves on pagehide), so nothing is lost.
 */
export function UpdatePrompt() {
  const applyUpdate = useUpdate((s) => s.applyUpdate);
  if (!applyUpdate) return null;
  return (
    <div className="notice info update-prompt" role="status">
      <p>A new version of painmap is ready. Your map is kept.</p>
      <button type="button" onClick={applyUpdate}>
        Reload now
      </button>
    </div>
  );
}
