import { PlusOutlined } from '@ant-design/icons';
import { isRoadmapYear, ROADMAP_YEARS } from '@xaso/domain/steering/roadmap';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { ViNumberInput, type ViNumberValue } from '../../../lib/components/ViNumberInput.tsx';
import { roadmapMessages as m } from '../messages.ts';

/**
 * Adds a year column to the table (a new roadmap has none): any year of the range, the years between filled
 * in. Nothing is saved until a commune is marked in it.
 */
export function AddYearColumn({ suggested, onAdd }: { suggested: number; onAdd: (year: number) => void }) {
  const [year, setYear] = useState<ViNumberValue>(suggested);
  const valid = typeof year === 'number' && isRoadmapYear(year);
  return (
    <Space.Compact>
      <ViNumberInput
        value={year}
        onChange={setYear}
        min={ROADMAP_YEARS.from}
        max={ROADMAP_YEARS.to}
        integer
        grouping={false}
        inputMode="numeric"
        aria-label={m.addYearLabel}
        style={{ width: 90 }}
      />
      <Button
        icon={<PlusOutlined />}
        disabled={!valid}
        onClick={() => {
          if (typeof year !== 'number') return;
          onAdd(year);
          setYear(year + 1);
        }}
      >
        {m.addYear}
      </Button>
    </Space.Compact>
  );
}
