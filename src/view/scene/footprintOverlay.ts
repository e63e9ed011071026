import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { BufferAttribute, type BufferGeometry, type MeshLambertMaterial } from 'three';
import { FOOTPRINT_NOTES } from '../../core/anatomy/footprintNotes.ts';
import { footprintWeights, type FootprintSide } from '../../core/anatomy/footprintWeights.ts';
import type { SuggestionSide } from '../../core/matcher/types.ts';
import type { BodyMesh } from '../../core/mesh/bodyMesh.ts';
import type { Selection } from '../../store/appStore.ts';
import { useApp } from '../../store/useApp.ts';
import { setMuscleDeep } from './bodyMaterial.ts';

const SIDES: Readonly<Record<SuggestionSide, FootprintSide>> = { L: 'left', R: 'right', B: 'both' };

/** Adds the per-vertex `muscle` attribute (footprint weight in [0, 1]) the body material reads. */
export function addFootprintAttribute(geometry: BufferGeometry, body: BodyMesh): BufferAttribute {
  const attribute = new BufferAttribute(new Float32Array(body.vertexCount), 1);
  geometry.setAttribute('muscle', attribute);
  return attribute;
}

/** The chosen muscle's footprint on the side(s) of the suggestion; nothing when none is chosen. */
export function writeFootprint(attribute: BufferAttribute, body: BodyMesh, selection: Selection | null): void {
  const out = attribute.array as Float32Array;
  // Footprints are drawn from the default body's landmarks, like the atlas, and carried by vertex to the shape shown.
  if (selection) footprintWeights(selection.muscle, SIDES[selection.side], body.restPositions, out);
  else out.fill(0);
  attribute.needsUpdate = true;
}

/** Keeps the body's muscle overlay on the chosen suggestion or guide, dashed for a deep muscle. */
export function useFootprintOverlay(attribute: BufferAttribute, material: MeshLambertMaterial, body: BodyMesh): void {
  const invalidate = useThree((s) => s.invalidate);
  const selected = useApp((s) => s.selected);
  useEffect(() => {
    writeFootprint(attribute, body, selected);
    setMuscleDeep(material, selected !== null && FOOTPRINT_NOTES[selected.muscle].deep !== undefined);
    invalidate();
  }, [attribute, material, body, selected, invalidate]);
}
