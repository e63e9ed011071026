import { useRef, useState } from 'react';
import { exportMap, importMap, shareLink } from '../../store/transferActions.ts';
import { notify } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { download } from './download.ts';
import { SetAsideList } from './SetAsideList.tsx';

/** Take the map along: a file to keep or send, a file to open, or a link that carries the map. */
export function KeepYourMap() {
  const ready = useApp((s) => s.body.status === 'ready');
  const fileInput = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      await importMap({ file: await file.text() });
    } catch {
      notify('error', 'That file could not be read from your device. Your current map is unchanged.');
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  const onExport = async () => {
    const { filename, text } = await exportMap();
    download(filename, text);
  };

  const onShare = async () => {
    const url = await shareLink();
    setLink(url);
    setCopied(false);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission: the link is shown below to copy by hand.
    }
  };

  return (
    <section className="panel keep" aria-labelledby="keep-title">
      <h2 id="keep-title">Keep your map</h2>
      <p className="muted">Your map is saved on this device only. Nothing is sent anywhere.</p>
      <div className="button-row">
        <button type="button" onClick={() => void onExport()}>
          Export file
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={!ready}>
          Open a file…
        </button>
        <button type="button" onClick={() => void onShare()}>
          Share link
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Map file to open"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {link && (
        <div className="share">
          <p className="muted">
            {copied ? 'Link copied. ' : ''}The map travels inside the link itself (after the #), which browsers never send to a server. Anyone with
            the link can see the map.
          </p>
          <input type="text" readOnly value={link} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <SetAsideList />
    </section>
  );
}
