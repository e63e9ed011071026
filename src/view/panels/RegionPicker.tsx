import { useState } from 'react';
import { REGION_GROUPS, groupRegions } from '../../core/regions/regionGroups.ts';
import type { RegionId } from '../../core/regions/regionIds.ts';
import { regionLabel, regionPlainName } from '../../core/regions/regionLabels.ts';
import { setRegionIntensity } from '../../store/paintActions.ts';
import { useApp } from '../../store/useApp.ts';

function RegionRow({ id, intensity, disabled }: { id: RegionId; intensity: number; disabled: boolean }) {
  return (
    <label className="picker-row">
      <span>{regionPlainName(id)}</span>
      <select
        value={intensity}
        disabled={disabled}
        aria-label={`${regionLabel(id)}: pain intensity`}
        onChange={(e) => setRegionIntensity(id, Number(e.target.value))}
      >
        <option value={0}>—</option>
        {Array.from({ length: 10 }, (_, i) => (
          <option key={i + 1} value={i + 1}>
            {i + 1}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The accessible way to mark pain: every region by name, grouped by area, one intensity
 * control each, kept in step with the body (a region set here is filled on the body).
 */
export function RegionPicker() {
  const noWebGL = useApp((s) => s.webgl === 'unavailable');
  // The 70 controls are built only once the list is opened: most people paint on the body.
  const [opened, setOpened] = useState(false);
  const open = opened || noWebGL;
  return (
    <details className="panel picker" open={open} onToggle={(e) => setOpened(e.currentTarget.open)}>
      <summary>
        <h2>Mark by region name</h2>
        <span className="muted">Works without the 3D view and with a keyboard or screen reader.</span>
      </summary>
      {open && <RegionList />}
    </details>
  );
}

function RegionList() {
  const summary = useApp((s) => s.summary);
  const ready = useApp((s) => s.body.status === 'ready');
  const intensityOf = new Map(summary.map((s) => [s.region, s.intensity]));
  return (
    <>
      {!ready && <p className="muted">The region list becomes available when the body has loaded.</p>}
      {REGION_GROUPS.map((group) => (
        <fieldset key={group.id} className="picker-group">
          <legend>{group.title}</legend>
          <div className="picker-sides">
            {(['L', 'R'] as const).map((side) => (
              <div key={side} role="group" aria-label={`${group.title}, patient's ${side === 'L' ? 'left' : 'right'}`}>
                <h3>Patient&apos;s {side === 'L' ? 'left' : 'right'}</h3>
                {groupRegions(group, side).map((id) => (
                  <RegionRow key={id} id={id} intensity={intensityOf.get(id) ?? 0} disabled={!ready} />
                ))}
              </div>
            ))}
          </div>
          {group.midline.map((id) => (
            <RegionRow key={id} id={id} intensity={intensityOf.get(id) ?? 0} disabled={!ready} />
          ))}
        </fieldset>
      ))}
    </>
  );
}
