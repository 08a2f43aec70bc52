import type { DocumentOptions } from '@xaso/domain/contracts/documents';
import { Col, Form, type FormInstance, Input, Radio, Row } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { ViDatePicker, viDateRules } from '../../../lib/components/ViDatePicker.tsx';

const t = vi.documents;

/** A list kept one entry a line in a text box: "Nơi nhận", the closing paragraphs. */
const lines = {
  getValueProps: (value: string[] | undefined) => ({ value: (value ?? []).join('\n') }),
  normalize: (value: string) => value.split('\n'),
};

/**
 * The heading block, number, date, signature and recipients (Nghị định 30/2020), pre-filled from what the
 * commune used last. Field names follow the API, so the server's messages land next to their fields.
 */
export function DocumentForm({
  form,
  initial,
}: {
  form: FormInstance<DocumentOptions>;
  initial: DocumentOptions;
}) {
  const mode = Form.useWatch(['letterhead', 'signature', 'mode'], form);
  return (
    <Form<DocumentOptions> form={form} layout="vertical" name="document-options" initialValues={initial}>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label={t.issuingBody} name={['letterhead', 'issuingBody']} extra={t.issuingBodyHint}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t.parentBody} name={['letterhead', 'parentBody']} extra={t.parentBodyHint}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t.number} name={['letterhead', 'number']} extra={t.numberHint}>
            <Input inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t.symbol} name={['letterhead', 'symbol']}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t.place} name={['letterhead', 'place']}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          {/* An ISO day; empty means "leave blank for the clerk". "31/02" stays on screen with a message. */}
          <Form.Item label={t.date} name={['letterhead', 'date']} extra={t.dateHint} rules={viDateRules()}>
            <ViDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t.signatureMode} name={['letterhead', 'signature', 'mode']}>
        <Radio.Group
          options={[
            { value: 'TM', label: t.modes.TM },
            { value: 'KT', label: t.modes.KT },
            { value: 'direct', label: t.modes.direct },
          ]}
        />
      </Form.Item>
      <Row gutter={12}>
        {mode !== 'direct' && (
          <Col xs={24} md={8}>
            <Form.Item label={t.onBehalfOf} name={['letterhead', 'signature', 'onBehalfOf']}>
              <Input />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Form.Item label={t.signerTitle} name={['letterhead', 'signature', 'title']}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t.signerName} name={['letterhead', 'signature', 'name']}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label={t.recipients} name={['letterhead', 'recipients']} extra={t.oneALine} {...lines}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t.addressee} name="addressee" extra={t.addresseeHint}>
            <Input allowClear />
          </Form.Item>
          <Form.Item label={t.closingNotes} name="closingNotes" extra={t.closingNotesHint} {...lines}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** The form's values as the API takes them: empty lines dropped, empty optional text as null. */
export function cleanOptions(values: DocumentOptions): DocumentOptions {
  const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  return {
    ...values,
    letterhead: {
      ...values.letterhead,
      parentBody: text(values.letterhead.parentBody),
      number: values.letterhead.number?.trim() ?? '',
      date: values.letterhead.date ?? null,
      recipients: (values.letterhead.recipients ?? []).map((r) => r.trim()).filter(Boolean),
    },
    addressee: text(values.addressee),
    closingNotes: (values.closingNotes ?? []).filter((p) => p.trim() !== ''),
  };
}
