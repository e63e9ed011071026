import { createRoot, extend, type ReconcilerRoot, type RootState } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DirectionalLight, Group, HemisphereLight, Mesh, MeshBasicMaterial, SphereGeometry } from 'three';
import { canvasPixelRatio, wantsAntialias } from './webglSupport.ts';

/*
 * R3F's <Canvas> registers the whole three.js namespace (extend(THREE)), which defeats tree
 * shaking: every geometry, material and loader ships. This canvas uses R3F's createRoot and
 * registers only the elements the scene uses, which keeps the 3D chunk inside its budget.
 */
extend({ DirectionalLight, Group, HemisphereLight, Mesh, MeshBasicMaterial, SphereGeometry });

interface Size {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly left: number;
}

interface Props {
  readonly children: ReactNode;
  readonly camera: { fov: number; near: number; far: number; position: [number, number, number] };
  readonly onCreated: (state: RootState) => void;
  /** The renderer could not be made (no WebGL context to be had): nothing is drawn. */
  readonly onFailed: () => void;
}

/** A canvas that fills its parent and renders R3F children on demand. */
export function SceneCanvas({ children, camera, onCreated, onFailed }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rootRef = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const failed = useRef(false);

  useLayoutEffect(() => {
    const container = containerRef.current!;
    const measure = () => {
      const rect = container.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0) setSize({ width: rect.width, height: rect.height, top: rect.top, left: rect.left });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!size || !canvas) return;
    if (failed.current) return;
    let root: ReconcilerRoot<HTMLCanvasElement>;
    try {
      rootRef.current ??= createRoot(canvas);
      root = rootRef.current;
    } catch {
      failed.current = true;
      onFailed();
      return;
    }
    root
      .configure({
        size,
        dpr: canvasPixelRatio(),
        frameloop: 'demand',
        camera,
        gl: { antialias: wantsAntialias(), powerPreference: 'low-power' },
        onCreated,
      })
      .then(() => root.render(children))
      .catch(() => {
        // WebGLRenderer throws when no context can be created: report it once, never as an uncaught error.
        if (failed.current) return;
        failed.current = true;
        onFailed();
      });
  });

  useEffect(
    () => () => {
      rootRef.current?.unmount();
      rootRef.current = null;
    },
    [],
  );

  return (
    <div ref={containerRef} style={{ width: '100%', height: '100%' }}>
      <canvas ref={canvasRef} style={{ display: 'block' }} />
    </div>
  );
}
