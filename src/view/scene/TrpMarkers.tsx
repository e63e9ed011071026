import { useMemo } from 'react';
import { trpById } from '../../core/library/index.ts';
import { patternRegionsFor } from '../../core/library/patternRegions.ts';
import { useApp } from '../../store/useApp.ts';
import { followShape } from '../../core/mesh/bodyShape.ts';

/** The chosen trigger point: a dark dot with a ring on the skin, on each side it applies to. */
export function TrpMarkers() {
  const selected = useApp((s) => s.selected);
  const body = useApp((s) => (s.body.status === 'ready' ? s.body.mesh : null));
  // Landmarks are given on the default body; on another shape they move with the skin.
  const markers = useMemo(() => {
    const trp = selected ? trpById(selected.trp) : undefined;
    const points = trp && selected ? patternRegionsFor(trp, selected.side).markers : [];
    return body ? points.map((point) => followShape(point, body)) : points;
  }, [selected, body]);
  return (
    <group name="trp-markers">
      {markers.map(([x, y, z]) => (
        <group key={`${x}`} position={[x, y, z]}>
          <mesh renderOrder={2}>
            <sphereGeometry args={[0.011, 16, 12]} />
            <meshBasicMaterial color="#1b1f3b" depthTest={false} transparent opacity={0.95} />
          </mesh>
          <mesh renderOrder={1}>
            <sphereGeometry args={[0.02, 20, 14]} />
            <meshBasicMaterial color="#ffffff" depthTest={false} transparent opacity={0.55} />
          </mesh>
        </group>
      ))}
    </group>
  );
}
