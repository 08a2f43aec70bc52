import type { Cycle } from '@xaso/domain/contracts/cycles';
import { Alert, App, Checkbox, Flex, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QueryError } from '../../../components/QueryError.tsx';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../../lib/api-client.ts';
import { useFrameworkItems } from '../api/get-framework-items.ts';
import { useRegisterEarly } from '../api/register-early.ts';

interface Props {
  cycle: Cycle;
  communeId: string;
  /** The criteria registered already (re-registering replaces them). */
  current: string[];
  onClose: () => void;
}

/**
 * A commune the office did not assign this year ticks the independent criteria it will complete early
 * (seed 002, Điều 3). Dependent criteria are listed greyed out with the reason, so the rule is visible.
 */
export function RegisterEarlyModal({ cycle, communeId, current, onClose }: Props) {
  const items = useFrameworkItems(cycle.criteriaFramework.id, cycle.criteriaFramework.version);
  const register = useRegisterEarly();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string[]>(current);
  const excluded = new Set(cycle.exclusions.map((e) => e.itemCode));
  const groups = [...new Set((items.data ?? []).map((i) => i.groupName))];
  const fieldErrors = isApiError(register.error) ? Object.values(register.error.fields) : [];

  const onOk = () =>
    register.mutate(
      { cycleId: cycle.id, communeId, itemCodes: chosen },
      {
        onSuccess: () => {
          message.success(vi.cycles.registered(chosen.length));
          onClose();
          navigate(`/cycles/${cycle.id}/communes/${communeId}`);
        },
      },
    );

  return (
    <Modal
      open
      title={vi.cycles.registerTitle(cycle.year)}
      okText={vi.cycles.registerSubmit(chosen.length)}
      okButtonProps={{ disabled: chosen.length === 0 }}
      cancelText={vi.common.cancel}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={register.isPending}
      width={720}
    >
      <Typography.Paragraph type="secondary">{vi.cycles.registerHint}</Typography.Paragraph>
      {register.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={fieldErrors.length ? fieldErrors.join(' ') : errorMessage(register.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => items.refetch()} />
      ) : items.isPending ? (
        <Spin />
      ) : (
        <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as string[])} style={{ width: '100%' }}>
          <Flex vertical gap={12} style={{ width: '100%' }}>
            {groups.map((group) => (
              <Flex vertical gap={4} key={group}>
                <Typography.Text strong>{group}</Typography.Text>
                {items.data
                  .filter((i) => i.groupName === group)
                  .map((i) => {
                    const reason = excluded.has(i.code)
                      ? vi.cycles.registerExcluded
                      : i.dependency !== 'independent'
                        ? vi.cycles.registerDependent
                        : null;
                    return (
                      <Checkbox key={i.code} value={i.code} disabled={reason !== null}>
                        {i.code}. {i.name}
                        {reason && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {' '}
                            — {reason}
                          </Typography.Text>
                        )}
                      </Checkbox>
                    );
                  })}
              </Flex>
            ))}
          </Flex>
        </Checkbox.Group>
      )}
    </Modal>
  );
}
