import type { Cycle } from '@xaso/domain/contracts/cycles';
import { vi } from '../../i18n/vi.ts';
import { cycleMessages } from './messages.ts';

/** "Kỳ đánh giá năm 2023 — Huyện Thường Xuân (Đợt 2)": a cycle named as its page names it. */
export const cycleName = (cycle: Cycle) =>
  cycleMessages.titleWithRound(vi.cycles.cycleTitle(cycle.year, cycle.scope.name), cycle.round);
