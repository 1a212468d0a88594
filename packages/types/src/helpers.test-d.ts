import { describe, expectTypeOf, it } from 'vitest';
import type {
  CounterpartContactResponse,
  CreditNoteLineItemCreateRequest,
  EinvoicingConnectionCreateRequest,
  ErrorBody,
  MethodOf,
  OperationParameters,
  Parameters,
  RequestBody,
  ResponseBody,
  SuccessStatus,
  components,
  paths,
} from './index.js';

describe('named aliases', () => {
  it('name the component schemas', () => {
    expectTypeOf<CounterpartContactResponse>().toEqualTypeOf<components['schemas']['CounterpartContactResponse']>();
  });
});

describe('RequestBody', () => {
  it('reads the JSON body of an operation', () => {
    expectTypeOf<RequestBody<'/einvoicing_connections', 'post'>>().toEqualTypeOf<EinvoicingConnectionCreateRequest>();
    expectTypeOf<
      RequestBody<'/payable_credit_notes/{credit_note_id}/line_items', 'post'>
    >().toEqualTypeOf<CreditNoteLineItemCreateRequest>();
  });

  it('reads multipart bodies', () => {
    expectTypeOf<RequestBody<'/files', 'post'>>().toEqualTypeOf<components['schemas']['UploadFile']>();
  });

  it('keeps fields that the API defaults optional', () => {
    // is_sender and is_receiver have defaults; openapi-typescript would make them required by default.
    expectTypeOf<{
      address: EinvoicingConnectionCreateRequest['address'];
    }>().toExtend<EinvoicingConnectionCreateRequest>();
  });
});

describe('ResponseBody', () => {
  it('defaults to the success response', () => {
    expectTypeOf<
      ResponseBody<'/counterparts/{counterpart_id}/contacts', 'post'>
    >().toEqualTypeOf<CounterpartContactResponse>();
  });

  it('reads a given status', () => {
    expectTypeOf<ResponseBody<'/einvoicing_connections', 'post', 422>>().toEqualTypeOf<
      components['schemas']['HTTPValidationError']
    >();
    expectTypeOf<ResponseBody<'/einvoicing_connections', 'post', 429>>().toEqualTypeOf<
      components['schemas']['Error']
    >();
  });

  it('knows the success statuses', () => {
    expectTypeOf<SuccessStatus<'/einvoicing_connections', 'post'>>().toEqualTypeOf<201>();
    expectTypeOf<SuccessStatus<'/einvoicing_connections/{einvoicing_connection_id}', 'delete'>>().toEqualTypeOf<204>();
  });

  it('unions the error bodies', () => {
    expectTypeOf<ErrorBody<'/einvoicing_connections', 'post'>>().toEqualTypeOf<
      components['schemas']['Error'] | components['schemas']['HTTPValidationError']
    >();
  });
});

describe('OperationParameters and methods', () => {
  it('lists the methods of a path', () => {
    expectTypeOf<MethodOf<'/einvoicing_connections/{einvoicing_connection_id}'>>().toEqualTypeOf<
      'get' | 'delete' | 'patch'
    >();
  });

  it('requires the version header in the raw types', () => {
    expectTypeOf<OperationParameters<'/counterparts', 'post'>['header']>().toEqualTypeOf<
      paths['/counterparts']['post']['parameters']['header']
    >();
    expectTypeOf<OperationParameters<'/counterparts', 'post'>['header']['x-monite-version']>().toEqualTypeOf<string>();
  });

  it('keeps Parameters as a deprecated alias of OperationParameters', () => {
    expectTypeOf<Parameters<'/counterparts', 'post'>>().toEqualTypeOf<OperationParameters<'/counterparts', 'post'>>();
  });

  it('types the audit log, absent from the reference', () => {
    expectTypeOf<ResponseBody<'/audit_logs', 'get'>['data'][number]['type']>().toEqualTypeOf<'request' | 'response'>();
  });
});
