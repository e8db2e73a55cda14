// The embed's view picker: any section's view, or the whole map; the choice goes into the address
// (?view=), so a reload or a copied link keeps it.
import type { MapView } from '../../lib/map/views';

interface Props {
  views: MapView[];
  value: string;
  onChange(id: string): void;
}

export default function ViewPicker({ views, value, onChange }: Props) {
  return (
    <label className="tm-picker">
      View{' '}
      <select
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          const url = new URL(location.href);
          url.searchParams.set('view', e.target.value);
          history.replaceState(history.state, '', url);
        }}
      >
        {views.map((v) => (
          <option key={v.id} value={v.id}>
            {v.heading ? `${v.heading}: ${v.caption}` : `Whole map: ${v.caption}`}
          </option>
        ))}
      </select>
    </label>
  );
}
