import { ROADMAP_YEARS } from '@xaso/domain/steering/roadmap';
import { Alert, Button, Flex, Form, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../lib/session.ts';
import { useCycleProposal } from '../api/roadmap.ts';
import { roadmapMessages as m } from '../messages.ts';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * In the form that opens a cycle: the roadmap's communes of the chosen year, preselected in `communeIds`;
 * communes carried over from earlier years offered with one button; those already recognised listed apart.
 * A choice the office made by hand is never replaced: the proposal fills the field only while it is empty or
 * still holds the previous proposal.
 */
export function CycleProposal({ scopeId, year }: { scopeId: string | undefined; year: unknown }) {
  const form = Form.useFormInstance();
  const chosen = (Form.useWatch('communeIds', form) as string[] | undefined) ?? [];
  const canRead = useCan('roadmap:manage');
  const validYear =
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= ROADMAP_YEARS.from &&
    year <= ROADMAP_YEARS.to
      ? year
      : undefined;
  const proposal = useCycleProposal(scopeId, validYear, canRead);
  const applied = useRef<string[]>([]);

  const data = proposal.data;
  useEffect(() => {
    if (!data) return;
    const proposed = data.proposed.map((c) => c.id);
    const current = (form.getFieldValue('communeIds') as string[] | undefined) ?? [];
    if (current.length === 0 || sameSet(current, applied.current)) {
      form.setFieldValue('communeIds', proposed);
      applied.current = proposed;
    }
  }, [data, form]);

  // No roadmap right, no area or year yet, or an area without a roadmap endpoint: the form works as before.
  if (!data || proposal.isError) return null;
  const proposedIds = data.proposed.map((c) => c.id);
  const missingCarried = data.carriedOver.filter((c) => !chosen.includes(c.id));
  const add = (ids: string[]) => form.setFieldValue('communeIds', [...new Set([...chosen, ...ids])]);

  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={{ marginTop: -8, marginBottom: 24 }}
      title={
        data.proposed.length > 0
          ? m.proposalTitle(data.year, data.proposed.length)
          : m.proposalNone(data.year)
      }
      description={
        <Flex vertical gap={6}>
          {data.proposed.length > 0 && (
            <Typography.Text>{data.proposed.map((c) => c.name).join(', ')}</Typography.Text>
          )}
          {data.carriedOver.length > 0 && (
            <Flex gap={8} align="center" wrap>
              <Typography.Text>
                {m.proposalCarried}{' '}
                {data.carriedOver.map((c) => m.carriedOf(c.name, c.scheduledYear)).join(', ')}
              </Typography.Text>
              {missingCarried.length > 0 && (
                <Button size="small" onClick={() => add(missingCarried.map((c) => c.id))}>
                  {m.addCarried(missingCarried.length)}
                </Button>
              )}
            </Flex>
          )}
          {data.alreadyRecognised.length > 0 && (
            <Typography.Text type="secondary">
              {m.proposalRecognised}{' '}
              {data.alreadyRecognised.map((c) => m.recognisedOf(c.name, c.recognisedYear)).join(', ')}
            </Typography.Text>
          )}
          <Flex gap={8} wrap>
            {proposedIds.length > 0 && !sameSet(chosen, proposedIds) && (
              <Button
                size="small"
                onClick={() => {
                  form.setFieldValue('communeIds', proposedIds);
                  applied.current = proposedIds;
                }}
              >
                {m.reapply}
              </Button>
            )}
            <Link to={`/roadmap?area=${encodeURIComponent(scopeId ?? '')}`}>{m.openRoadmap}</Link>
          </Flex>
        </Flex>
      }
    />
  );
}
