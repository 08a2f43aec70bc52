import { useQueryClient } from '@tanstack/react-query';
import type {
  SupportEventRequest,
  SupportPlanInput,
  SupportRequestView,
} from '@xaso/domain/contracts/steering';
import { ERROR_MESSAGES } from '@xaso/domain/errors';
import type { SupportEvent } from '@xaso/domain/steering/support-request';
import { Alert, App, Button, Flex, Form, type FormInstance, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useSupportEvent } from '../api/support-events.ts';
import { supportRequestQueryKey } from '../api/support-requests.ts';
import { supportMessages as m } from '../messages.ts';
import { type PlanValues, planFieldName } from '../plan-form-values.ts';
import { PlanFormModal } from './PlanFormModal.tsx';

type NoteEvent = Exclude<SupportEvent, 'submit_plan'>;
type NoteField = 'answer' | 'note' | 'reason';

/** The one text each event other than the plan carries, and whether it must be given. */
const NOTE_EVENTS: Record<
  NoteEvent,
  {
    title: string;
    ok: string;
    field: NoteField;
    label: string;
    min?: number;
    required?: string;
    hint?: string;
  }
> = {
  answer: {
    title: m.answerTitle,
    ok: m.answer,
    field: 'answer',
    label: m.answerLabel,
    min: 1,
    required: m.answerRequired,
  },
  approve_plan: { title: m.approveTitle, ok: m.approvePlan, field: 'note', label: m.approveNote },
  return_plan: {
    title: m.returnTitle,
    ok: m.returnPlan,
    field: 'reason',
    label: m.returnReason,
    min: 3,
    required: m.returnReasonRequired,
  },
  close: { title: m.closeTitle, ok: m.close, field: 'note', label: m.closeNote, hint: m.closeHint },
};

function bodyOf(event: NoteEvent, text: string, expectedVersion: number): SupportEventRequest {
  const t = text.trim();
  switch (event) {
    case 'answer':
      return { event, answer: t, expectedVersion };
    case 'return_plan':
      return { event, reason: t, expectedVersion };
    default:
      return { event, note: t || null, expectedVersion };
  }
}

function NoteModal({
  event,
  sending,
  problem,
  onSend,
  onClose,
}: {
  event: NoteEvent;
  sending: boolean;
  problem: string | null;
  onSend: (text: string, form: FormInstance) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Record<NoteField, string>>();
  const spec = NOTE_EVENTS[event];
  return (
    <Modal
      open
      title={spec.title}
      okText={spec.ok}
      okButtonProps={{ danger: event === 'return_plan' }}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={sending}
      destroyOnHidden
    >
      {spec.hint && <Typography.Paragraph type="secondary">{spec.hint}</Typography.Paragraph>}
      {problem && <Alert type="error" role="alert" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name={`support-${event}`}
        requiredMark={false}
        onFinish={(values) => onSend(values[spec.field] ?? '', form)}
      >
        <Form.Item
          label={spec.label}
          name={spec.field}
          rules={
            spec.required ? [{ required: true, whitespace: true, min: spec.min, message: spec.required }] : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The steps the server says the viewer may take now (`you.events`), each with its form. Every step carries the
 * version the page shows; when someone else changed the request first (409) the page reloads it and says so.
 */
export function EventActions({ request }: { request: SupportRequestView }) {
  const send = useSupportEvent();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState<SupportEvent | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const allowed = request.you.events;
  // A step that the reloaded request no longer allows (the plan was approved meanwhile) closes its form.
  const showing = open !== null && allowed.includes(open) ? open : null;

  const start = (event: SupportEvent) => {
    setProblem(null);
    setOpen(event);
  };
  const close = () => {
    setOpen(null);
    setProblem(null);
  };

  const submit = (body: SupportEventRequest, onFields: (error: unknown) => boolean) => {
    setProblem(null);
    send.mutate(
      { id: request.id, body },
      {
        onSuccess: () => {
          message.success(m.done[body.event]);
          setConflict(null);
          close();
        },
        onError: (error) => {
          if (isApiError(error, 'CONFLICT')) {
            const text = error.message === ERROR_MESSAGES.CONFLICT ? m.conflict : m.reloaded(error.message);
            setConflict(text);
            setProblem(text);
            void queryClient.invalidateQueries({ queryKey: supportRequestQueryKey(request.id) });
          } else if (!onFields(error)) {
            setProblem(errorMessage(error));
          }
        },
      },
    );
  };

  const sendPlan = (plan: SupportPlanInput, form: FormInstance<PlanValues>) =>
    submit({ event: 'submit_plan', plan, expectedVersion: request.version }, (error) => {
      if (!isApiError(error) || Object.keys(error.fields).length === 0) return false;
      form.setFields(
        Object.entries(error.fields).map(([path, text]) => ({
          name: planFieldName(path) as never,
          errors: [text],
        })),
      );
      return true;
    });

  const buttons: { event: SupportEvent; label: string; type?: 'primary'; danger?: boolean }[] = [
    { event: 'answer', label: m.answer, type: 'primary' },
    { event: 'submit_plan', label: request.plan ? m.resubmitPlan : m.submitPlan, type: 'primary' },
    { event: 'approve_plan', label: m.approvePlan, type: 'primary' },
    { event: 'return_plan', label: m.returnPlan, danger: true },
    { event: 'close', label: m.close },
  ];

  return (
    <Flex vertical gap={8}>
      {conflict && (
        <Alert
          type="warning"
          role="alert"
          showIcon
          title={conflict}
          closable={{ onClose: () => setConflict(null) }}
        />
      )}
      {allowed.length > 0 && (
        <Flex gap={8} wrap>
          {buttons
            .filter((b) => allowed.includes(b.event))
            .map((b) => (
              <Button key={b.event} type={b.type} danger={b.danger} onClick={() => start(b.event)}>
                {b.label}
              </Button>
            ))}
        </Flex>
      )}
      {showing === 'submit_plan' && (
        <PlanFormModal
          request={request}
          submitting={send.isPending}
          problem={problem}
          onSubmit={sendPlan}
          onClose={close}
        />
      )}
      {showing !== null && showing !== 'submit_plan' && (
        <NoteModal
          event={showing}
          sending={send.isPending}
          problem={problem}
          onSend={(text, form) =>
            submit(bodyOf(showing, text, request.version), (error) => applyFieldErrors(form, error))
          }
          onClose={close}
        />
      )}
    </Flex>
  );
}
