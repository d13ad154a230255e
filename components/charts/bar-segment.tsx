/** What Recharts hands a Bar's `shape` for one segment (the parts used here). */
type SegmentProps = { x?: number; y?: number; width?: number; height?: number; fill?: string; cursor?: string };

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * One bar segment as a bare `<path>`, drawn as Recharts' own Rectangle draws a square-cornered one. That
 * component, once mounted, measures its outline (for an animation these charts turn off) and renders again:
 * once per segment, i.e. thousands of times for a timeline of months over decades, on the main thread.
 */
export function drawBarSegment(props: unknown) {
  const { x, y, width, height, fill, cursor } = props as SegmentProps;
  if (x === undefined || y === undefined || !width || !height || ![x, y, width, height].every(Number.isFinite)) return <g />;
  return (
    <path
      className="recharts-rectangle"
      d={`M ${round(x)},${round(y)} h ${round(width)} v ${round(height)} h ${round(-width)} Z`}
      fill={fill}
      cursor={cursor}
    />
  );
}
