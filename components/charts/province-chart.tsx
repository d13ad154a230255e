'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProvinceCount } from '@/lib/incidents/get-incident-stats';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';

type Props = { data: ProvinceCount[] };

/** Incidents per province. Clicking a bar narrows the view to that province. */
export function ProvinceChart({ data }: Props) {
  const { navigate } = useDashboardState();
  const t = useTranslations('Charts');
  const rows = data.slice(0, 12);

  return (
    <div className="chart-box" data-testid="province-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="province" width={110} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar
            dataKey="count"
            name={t('incidents')}
            fill="#12324a"
            cursor="pointer"
            isAnimationActive={false}
            onClick={(entry) => {
              const slug = (entry as { payload?: ProvinceCount }).payload?.slug;
              if (slug) navigate({ provinces: [slug] });
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
