import 'server-only';
import { ImageResponse } from 'next/og';
import { TYPE_COLORS, TYPE_LABELS } from '@/lib/taxonomy';
import { boxForHeight, getProvincePaths, projectPoint } from './kp-outline';
import { loadPreviewFonts } from './preview-fonts';
import { PREVIEW_SIZE, type PreviewModel } from './preview-model';

const MAP = boxForHeight(PREVIEW_SIZE.height - 64);
const SEA = '#dbe8f1';
const LAND = '#f6f3ea';
const INK = '#12324a';

/** Long titles and summaries are cut at a word with an ellipsis rather than mid-line by the box. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max).trimEnd()}…`;
}

function PreviewMap({ points }: { points: PreviewModel['points'] }) {
  const max = Math.max(1, ...points.map((p) => p.count));
  const dots = points.flatMap((p) => {
    const at = projectPoint(p.lon, p.lat, MAP);
    return at ? [{ ...p, x: at[0], y: at[1], r: 5 + 13 * Math.sqrt(p.count / max) }] : [];
  });
  return (
    <svg width={MAP.width} height={MAP.height} viewBox={`0 0 ${MAP.width} ${MAP.height}`} style={{ borderRadius: 12 }}>
      <rect width={MAP.width} height={MAP.height} fill={SEA} />
      {getProvincePaths(MAP).map((d, i) => (
        <path key={i} d={d} fill={LAND} stroke="#9aa9b5" strokeWidth={1.2} />
      ))}
      {dots.map((d, i) => (
        <circle key={i} cx={d.x} cy={d.y} r={d.r} fill={TYPE_COLORS[d.type]} fillOpacity={0.8} stroke="#fff" strokeWidth={1.5} />
      ))}
    </svg>
  );
}

/** The PNG for a link preview: title, a line of context, counts by type, and the markers on a small map. */
export async function renderPreviewImage(model: PreviewModel): Promise<ArrayBuffer> {
  const shown = model.counts.slice(0, 7);
  const response = new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', background: '#fff', padding: 32, fontFamily: 'Pretendard', color: INK }}>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, paddingRight: 32 }}>
          <div style={{ display: 'flex', fontSize: 24, fontWeight: 700, letterSpacing: 2, color: '#5b7083' }}>INCIDENT ATLAS</div>
          <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, lineHeight: 1.15, marginTop: 12, maxHeight: 154, overflow: 'hidden' }}>{clip(model.title, 80)}</div>
          <div style={{ display: 'flex', fontSize: 24, lineHeight: 1.3, marginTop: 12, color: '#33495c', maxHeight: 96, overflow: 'hidden' }}>{clip(model.subtitle, 150)}</div>
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
            {shown.map((c) => (
              <div key={c.type} style={{ display: 'flex', alignItems: 'center', fontSize: 24, marginTop: 6 }}>
                <div style={{ width: 18, height: 18, borderRadius: 9, background: TYPE_COLORS[c.type], marginRight: 12 }} />
                <div style={{ display: 'flex', flex: 1 }}>{TYPE_LABELS[c.type]}</div>
                <div style={{ display: 'flex', fontWeight: 700 }}>{c.count}</div>
              </div>
            ))}
            {model.counts.length > shown.length && (
              <div style={{ display: 'flex', fontSize: 20, marginTop: 6, color: '#5b7083' }}>
                {`+ ${model.counts.length - shown.length} more types`}
              </div>
            )}
          </div>
        </div>
        <PreviewMap points={model.points} />
      </div>
    ),
    { ...PREVIEW_SIZE, fonts: await loadPreviewFonts() },
  );
  return response.arrayBuffer();
}
