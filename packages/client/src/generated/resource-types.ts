/**
 * This file is generated from spec/dist/openapi.json. Do not edit it by hand.
 * Generator: tooling/codegen/src/generate-client-paths.mjs (client-resources.mjs). Regenerate with `pnpm generate`.
 */
/* eslint-disable */
import type { MonitePaths } from '@monite-ts/client';
import type { MoniteListOptions, MoniteListPromise, MonitePromise, MoniteRequestOptions } from '../resources/resource-promise.js';

/** The resource methods of a client, by the path segments of the operations. */
export interface MoniteResources {
  /** `monite.auth`. */
  readonly auth: MoniteAuthResource;
  /** `monite.settings`. */
  readonly settings: MoniteSettingsResource;
  /** `monite.webhookSubscriptions`. */
  readonly webhookSubscriptions: MoniteWebhookSubscriptionsResource;
  /** `monite.webhookDeliveries`. */
  readonly webhookDeliveries: MoniteWebhookDeliveriesResource;
  /** `monite.events`. */
  readonly events: MoniteEventsResource;
  /** `monite.entities`. */
  readonly entities: MoniteEntitiesResource;
  /** `monite.entityUsers`. */
  readonly entityUsers: MoniteEntityUsersResource;
  /** `monite.bankAccounts`. */
  readonly bankAccounts: MoniteBankAccountsResource;
  /** `monite.persons`. */
  readonly persons: MonitePersonsResource;
  /** `monite.roles`. */
  readonly roles: MoniteRolesResource;
  /** `monite.counterparts`. */
  readonly counterparts: MoniteCounterpartsResource;
  /** `monite.paymentRecords`. */
  readonly paymentRecords: MonitePaymentRecordsResource;
  /** `monite.projects`. */
  readonly projects: MoniteProjectsResource;
  /** `monite.tags`. */
  readonly tags: MoniteTagsResource;
  /** `monite.approvalPolicies`. */
  readonly approvalPolicies: MoniteApprovalPoliciesResource;
  /** `monite.approvalRequests`. */
  readonly approvalRequests: MoniteApprovalRequestsResource;
  /** `monite.comments`. */
  readonly comments: MoniteCommentsResource;
  /** `monite.payables`. */
  readonly payables: MonitePayablesResource;
  /** `monite.payablePurchaseOrders`. */
  readonly payablePurchaseOrders: MonitePayablePurchaseOrdersResource;
  /** `monite.measureUnits`. */
  readonly measureUnits: MoniteMeasureUnitsResource;
  /** `monite.overdueReminders`. */
  readonly overdueReminders: MoniteOverdueRemindersResource;
  /** `monite.paymentReminders`. */
  readonly paymentReminders: MonitePaymentRemindersResource;
  /** `monite.paymentTerms`. */
  readonly paymentTerms: MonitePaymentTermsResource;
  /** `monite.products`. */
  readonly products: MoniteProductsResource;
  /** `monite.receivables`. */
  readonly receivables: MoniteReceivablesResource;
  /** `monite.recurrences`. */
  readonly recurrences: MoniteRecurrencesResource;
  /** `monite.vatRates`. */
  readonly vatRates: MoniteVatRatesResource;
  /** `monite.batchPayments`. */
  readonly batchPayments: MoniteBatchPaymentsResource;
  /** `monite.onboardingDocuments`. */
  readonly onboardingDocuments: MoniteOnboardingDocumentsResource;
  /** `monite.onboardingLinks`. */
  readonly onboardingLinks: MoniteOnboardingLinksResource;
  /** `monite.paymentOnboardingLinks`. */
  readonly paymentOnboardingLinks: MonitePaymentOnboardingLinksResource;
  /** `monite.onboardingRequirements`. */
  readonly onboardingRequirements: MoniteOnboardingRequirementsResource;
  /** `monite.paymentIntents`. */
  readonly paymentIntents: MonitePaymentIntentsResource;
  /** `monite.paymentLinks`. */
  readonly paymentLinks: MonitePaymentLinksResource;
  /** `monite.accountingConnections`. */
  readonly accountingConnections: MoniteAccountingConnectionsResource;
  /** `monite.accountingSyncedRecords`. */
  readonly accountingSyncedRecords: MoniteAccountingSyncedRecordsResource;
  /** `monite.accountingTaxRates`. */
  readonly accountingTaxRates: MoniteAccountingTaxRatesResource;
  /** `monite.ledgerAccounts`. */
  readonly ledgerAccounts: MoniteLedgerAccountsResource;
  /** `monite.auditLogs`. */
  readonly auditLogs: MoniteAuditLogsResource;
  /** `monite.dataExports`. */
  readonly dataExports: MoniteDataExportsResource;
  /** `monite.files`. */
  readonly files: MoniteFilesResource;
  /** `monite.mailTemplates`. */
  readonly mailTemplates: MoniteMailTemplatesResource;
  /** `monite.mailboxDomains`. */
  readonly mailboxDomains: MoniteMailboxDomainsResource;
  /** `monite.mailboxes`. */
  readonly mailboxes: MoniteMailboxesResource;
  /** `monite.documentTemplates`. */
  readonly documentTemplates: MoniteDocumentTemplatesResource;
  /** `monite.textTemplates`. */
  readonly textTemplates: MoniteTextTemplatesResource;
  /** `monite.einvoicingConnections`. */
  readonly einvoicingConnections: MoniteEinvoicingConnectionsResource;
  /** `monite.payableCreditNotes`. */
  readonly payableCreditNotes: MonitePayableCreditNotesResource;
  /** `monite.financingInvoices`. */
  readonly financingInvoices: MoniteFinancingInvoicesResource;
  /** `monite.financingOffers`. */
  readonly financingOffers: MoniteFinancingOffersResource;
  /** `monite.financingTokens`. */
  readonly financingTokens: MoniteFinancingTokensResource;
  /** `monite.accounting`. */
  readonly accounting: MoniteAccountingResource;
  /** `monite.analytics`. */
  readonly analytics: MoniteAnalyticsResource;
  /** `monite.customVatRates`. */
  readonly customVatRates: MoniteCustomVatRatesResource;
  /** `monite.deliveryNotes`. */
  readonly deliveryNotes: MoniteDeliveryNotesResource;
  /** `monite.einvoiceSearch`. */
  readonly einvoiceSearch: MoniteEinvoiceSearchResource;
  /** `monite.ocrTasks`. */
  readonly ocrTasks: MoniteOcrTasksResource;
  /** `monite.receipts`. */
  readonly receipts: MoniteReceiptsResource;
}

/** `monite.auth`. */
export interface MoniteAuthResource {
  /** Create a token: `POST /auth/token`. */
  token(body: MonitePaths['/auth/token']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/auth/token']['post']['responses'][200]['content']['application/json']>;
  /** Revoke a token: `POST /auth/revoke`. */
  revoke(body: MonitePaths['/auth/revoke']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/auth/revoke']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.settings`. */
export interface MoniteSettingsResource {
  /** Get partner settings: `GET /settings`. */
  retrieve(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/settings']['get']['responses'][200]['content']['application/json']>;
  /** Update partner settings: `PATCH /settings`. */
  update(body: MonitePaths['/settings']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/settings']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.webhookSubscriptions`. */
export interface MoniteWebhookSubscriptionsResource {
  /** Get webhook subscriptions: `GET /webhook_subscriptions`. */
  list(query?: NonNullable<MonitePaths['/webhook_subscriptions']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/webhook_subscriptions']['get']['responses'][200]['content']['application/json'], MonitePaths['/webhook_subscriptions']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Subscribe to a webhook: `POST /webhook_subscriptions`. */
  create(body: MonitePaths['/webhook_subscriptions']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/webhook_subscriptions']['post']['responses'][201]['content']['application/json']>;
  /** Get a webhook subscription: `GET /webhook_subscriptions/{webhook_subscription_id}`. */
  retrieve(webhookSubscriptionId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/webhook_subscriptions/{webhook_subscription_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a webhook subscription: `DELETE /webhook_subscriptions/{webhook_subscription_id}`. */
  delete(webhookSubscriptionId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a webhook subscription: `PATCH /webhook_subscriptions/{webhook_subscription_id}`. */
  update(webhookSubscriptionId: string, body: MonitePaths['/webhook_subscriptions/{webhook_subscription_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/webhook_subscriptions/{webhook_subscription_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Disable a webhook subscription: `POST /webhook_subscriptions/{webhook_subscription_id}/disable`. */
  disable(webhookSubscriptionId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/webhook_subscriptions/{webhook_subscription_id}/disable']['post']['responses'][200]['content']['application/json']>;
  /** Enable a webhook subscription: `POST /webhook_subscriptions/{webhook_subscription_id}/enable`. */
  enable(webhookSubscriptionId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/webhook_subscriptions/{webhook_subscription_id}/enable']['post']['responses'][200]['content']['application/json']>;
  /** Regenerate a webhook secret and return the new webhook subscription: `POST /webhook_subscriptions/{webhook_subscription_id}/regenerate_secret`. */
  regenerateSecret(webhookSubscriptionId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/webhook_subscriptions/{webhook_subscription_id}/regenerate_secret']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.webhookDeliveries`. */
export interface MoniteWebhookDeliveriesResource {
  /** Get aggregated webhook deliveries: `GET /webhook_deliveries`. */
  list(query?: NonNullable<MonitePaths['/webhook_deliveries']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/webhook_deliveries']['get']['responses'][200]['content']['application/json'], MonitePaths['/webhook_deliveries']['get']['responses'][200]['content']['application/json']['data'][number]>;
}

/** `monite.events`. */
export interface MoniteEventsResource {
  /** Get: `GET /events`. */
  list(query?: NonNullable<MonitePaths['/events']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/events']['get']['responses'][200]['content']['application/json'], MonitePaths['/events']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Get By Id: `GET /events/{event_id}`. */
  retrieve(eventId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/events/{event_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.entities`. */
export interface MoniteEntitiesResource {
  /** Get all entities: `GET /entities`. */
  list(query?: NonNullable<MonitePaths['/entities']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/entities']['get']['responses'][200]['content']['application/json'], MonitePaths['/entities']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create an entity: `POST /entities`. */
  create(body: MonitePaths['/entities']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities']['post']['responses'][201]['content']['application/json']>;
  /** Get an entity: `GET /entities/{entity_id}`. */
  retrieve(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}']['get']['responses'][200]['content']['application/json']>;
  /** Update an entity: `PATCH /entities/{entity_id}`. */
  update(entityId: string, body: MonitePaths['/entities/{entity_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Activate an entity: `POST /entities/{entity_id}/activate`. */
  activate(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/activate']['post']['responses'][200]['content']['application/json']>;
  /** Deactivate an entity: `POST /entities/{entity_id}/deactivate`. */
  deactivate(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/deactivate']['post']['responses'][200]['content']['application/json']>;
  /** Update entity onboarding documents: `POST /entities/{entity_id}/documents`. */
  documents(entityId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** `monite.entities.me`. */
  readonly me: MoniteEntitiesMeResource;
  /** `monite.entities.logo`. */
  readonly logo: MoniteEntitiesLogoResource;
  /** `monite.entities.partnerMetadata`. */
  readonly partnerMetadata: MoniteEntitiesPartnerMetadataResource;
  /** `monite.entities.settings`. */
  readonly settings: MoniteEntitiesSettingsResource;
  /** `monite.entities.vatIds`. */
  readonly vatIds: MoniteEntitiesVatIdsResource;
  /** `monite.entities.onboardingData`. */
  readonly onboardingData: MoniteEntitiesOnboardingDataResource;
  /** `monite.entities.onboardingRequirements`. */
  readonly onboardingRequirements: MoniteEntitiesOnboardingRequirementsResource;
  /** `monite.entities.paymentMethods`. */
  readonly paymentMethods: MoniteEntitiesPaymentMethodsResource;
}

/** `monite.entities.me`. */
export interface MoniteEntitiesMeResource {
  /** Get the current entity: `GET /entities/me`. */
  retrieve(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/me']['get']['responses'][200]['content']['application/json']>;
  /** Update the current entity: `PATCH /entities/me`. */
  update(body: MonitePaths['/entities/me']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/me']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.entities.logo`. */
export interface MoniteEntitiesLogoResource {
  /** Upload an entity logo: `PUT /entities/{entity_id}/logo`. */
  replace(entityId: string, body: MonitePaths['/entities/{entity_id}/logo']['put']['requestBody']['content']['multipart/form-data'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/logo']['put']['responses'][200]['content']['application/json']>;
  /** Delete an entity's logo: `DELETE /entities/{entity_id}/logo`. */
  delete(entityId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
}

/** `monite.entities.partnerMetadata`. */
export interface MoniteEntitiesPartnerMetadataResource {
  /** Get entity metadata: `GET /entities/{entity_id}/partner_metadata`. */
  retrieve(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/partner_metadata']['get']['responses'][200]['content']['application/json']>;
  /** Replace entity metadata: `PUT /entities/{entity_id}/partner_metadata`. */
  replace(entityId: string, body: MonitePaths['/entities/{entity_id}/partner_metadata']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/partner_metadata']['put']['responses'][200]['content']['application/json']>;
}

/** `monite.entities.settings`. */
export interface MoniteEntitiesSettingsResource {
  /** Get entity settings: `GET /entities/{entity_id}/settings`. */
  retrieve(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/settings']['get']['responses'][200]['content']['application/json']>;
  /** Update entity settings: `PATCH /entities/{entity_id}/settings`. */
  update(entityId: string, body: MonitePaths['/entities/{entity_id}/settings']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/settings']['patch']['responses'][200]['content']['application/json']>;
  /** `monite.entities.settings.nextDocumentNumbers`. */
  readonly nextDocumentNumbers: MoniteEntitiesSettingsNextDocumentNumbersResource;
}

/** `monite.entities.settings.nextDocumentNumbers`. */
export interface MoniteEntitiesSettingsNextDocumentNumbersResource {
  /** Get the next document numbers for an entity: `GET /entities/{entity_id}/settings/next_document_numbers`. */
  retrieve(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/settings/next_document_numbers']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.entityUsers.myEntity`. */
export interface MoniteEntityUsersMyEntityResource {
  /** Get an entity of this user: `GET /entity_users/my_entity`. */
  retrieve(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entity_users/my_entity']['get']['responses'][200]['content']['application/json']>;
  /** Update an entity of this user: `PATCH /entity_users/my_entity`. */
  update(body: MonitePaths['/entity_users/my_entity']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entity_users/my_entity']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.entityUsers`. */
export interface MoniteEntityUsersResource {
  /** Get all entity users: `GET /entity_users`. */
  list(query?: NonNullable<MonitePaths['/entity_users']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/entity_users']['get']['responses'][200]['content']['application/json'], MonitePaths['/entity_users']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create an entity user: `POST /entity_users`. */
  create(body: MonitePaths['/entity_users']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entity_users']['post']['responses'][200]['content']['application/json']>;
  /** Get an entity user: `GET /entity_users/{entity_user_id}`. */
  retrieve(entityUserId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entity_users/{entity_user_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete an entity user: `DELETE /entity_users/{entity_user_id}`. */
  delete(entityUserId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update an entity user: `PATCH /entity_users/{entity_user_id}`. */
  update(entityUserId: string, body: MonitePaths['/entity_users/{entity_user_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entity_users/{entity_user_id}']['patch']['responses'][200]['content']['application/json']>;
  /** `monite.entityUsers.myEntity`. */
  readonly myEntity: MoniteEntityUsersMyEntityResource;
  /** `monite.entityUsers.me`. */
  readonly me: MoniteEntityUsersMeResource;
  /** `monite.entityUsers.myRole`. */
  readonly myRole: MoniteEntityUsersMyRoleResource;
}

/** `monite.bankAccounts`. */
export interface MoniteBankAccountsResource {
  /** Get an entity's bank accounts: `GET /bank_accounts`. */
  list(options?: MoniteListOptions): MoniteListPromise<MonitePaths['/bank_accounts']['get']['responses'][200]['content']['application/json'], MonitePaths['/bank_accounts']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create an entity bank account: `POST /bank_accounts`. */
  create(body: MonitePaths['/bank_accounts']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts']['post']['responses'][201]['content']['application/json']>;
  /** Get an entity's bank account: `GET /bank_accounts/{bank_account_id}`. */
  retrieve(bankAccountId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts/{bank_account_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete an entity's bank account: `DELETE /bank_accounts/{bank_account_id}`. */
  delete(bankAccountId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update an entity's bank account: `PATCH /bank_accounts/{bank_account_id}`. */
  update(bankAccountId: string, body: MonitePaths['/bank_accounts/{bank_account_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts/{bank_account_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Set an entity's bank account as the default for its currency: `POST /bank_accounts/{bank_account_id}/make_default`. */
  makeDefault(bankAccountId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts/{bank_account_id}/make_default']['post']['responses'][200]['content']['application/json']>;
  /** Complete entity bank account verification: `POST /bank_accounts/complete_verification`. */
  completeVerification(body: MonitePaths['/bank_accounts/complete_verification']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts/complete_verification']['post']['responses'][200]['content']['application/json']>;
  /** Start entity bank account verification: `POST /bank_accounts/start_verification`. */
  startVerification(body: MonitePaths['/bank_accounts/start_verification']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts/start_verification']['post']['responses'][200]['content']['application/json']>;
  /** Complete verification of the provided entity bank account: `POST /bank_accounts/{bank_account_id}/complete_verification`. */
  completeVerificationById(bankAccountId: string, body: MonitePaths['/bank_accounts/{bank_account_id}/complete_verification']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts/{bank_account_id}/complete_verification']['post']['responses'][200]['content']['application/json']>;
  /** Refresh verification of the provided entity bank account: `POST /bank_accounts/{bank_account_id}/refresh_verification`. */
  refreshVerification(bankAccountId: string, body: MonitePaths['/bank_accounts/{bank_account_id}/refresh_verification']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts/{bank_account_id}/refresh_verification']['post']['responses'][200]['content']['application/json']>;
  /** `monite.bankAccounts.verifications`. */
  readonly verifications: MoniteBankAccountsVerificationsResource;
}

/** `monite.persons`. */
export interface MonitePersonsResource {
  /** Get all persons: `GET /persons`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/persons']['get']['responses'][200]['content']['application/json']>;
  /** Create a person: `POST /persons`. */
  create(body: MonitePaths['/persons']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/persons']['post']['responses'][200]['content']['application/json']>;
  /** Get a person: `GET /persons/{person_id}`. */
  retrieve(personId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/persons/{person_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a person: `DELETE /persons/{person_id}`. */
  delete(personId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a person: `PATCH /persons/{person_id}`. */
  update(personId: string, body: MonitePaths['/persons/{person_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/persons/{person_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Update person onboarding documents: `POST /persons/{person_id}/documents`. */
  documents(personId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Provide files for person onboarding verification: `POST /persons/{person_id}/onboarding_documents`. */
  onboardingDocuments(personId: string, body: MonitePaths['/persons/{person_id}/onboarding_documents']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<undefined>;
}

/** `monite.entities.vatIds`. */
export interface MoniteEntitiesVatIdsResource {
  /** Get an entity's VAT IDs: `GET /entities/{entity_id}/vat_ids`. */
  list(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/vat_ids']['get']['responses'][200]['content']['application/json']>;
  /** Create an entity VAT ID: `POST /entities/{entity_id}/vat_ids`. */
  create(entityId: string, body: MonitePaths['/entities/{entity_id}/vat_ids']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/vat_ids']['post']['responses'][201]['content']['application/json']>;
  /** Get an entity's VAT ID: `GET /entities/{entity_id}/vat_ids/{id}`. */
  retrieve(entityId: string, id: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/vat_ids/{id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete an entity's VAT ID: `DELETE /entities/{entity_id}/vat_ids/{id}`. */
  delete(entityId: string, id: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update an entity's VAT ID: `PATCH /entities/{entity_id}/vat_ids/{id}`. */
  update(entityId: string, id: string, body: MonitePaths['/entities/{entity_id}/vat_ids/{id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/vat_ids/{id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.roles`. */
export interface MoniteRolesResource {
  /** Search roles: `GET /roles`. */
  list(query?: NonNullable<MonitePaths['/roles']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/roles']['get']['responses'][200]['content']['application/json'], MonitePaths['/roles']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a role: `POST /roles`. */
  create(body: MonitePaths['/roles']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/roles']['post']['responses'][200]['content']['application/json']>;
  /** Get a role by ID: `GET /roles/{role_id}`. */
  retrieve(roleId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/roles/{role_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a role: `DELETE /roles/{role_id}`. */
  delete(roleId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a role: `PATCH /roles/{role_id}`. */
  update(roleId: string, body: MonitePaths['/roles/{role_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/roles/{role_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.entityUsers.me`. */
export interface MoniteEntityUsersMeResource {
  /** Get current entity user: `GET /entity_users/me`. */
  retrieve(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entity_users/me']['get']['responses'][200]['content']['application/json']>;
  /** Update current entity user: `PATCH /entity_users/me`. */
  update(body: MonitePaths['/entity_users/me']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entity_users/me']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.entityUsers.myRole`. */
export interface MoniteEntityUsersMyRoleResource {
  /** Get a role of this entity user: `GET /entity_users/my_role`. */
  retrieve(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entity_users/my_role']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.counterparts`. */
export interface MoniteCounterpartsResource {
  /** Get all counterparts: `GET /counterparts`. */
  list(query?: NonNullable<MonitePaths['/counterparts']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/counterparts']['get']['responses'][200]['content']['application/json'], MonitePaths['/counterparts']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a counterpart: `POST /counterparts`. */
  create(body: MonitePaths['/counterparts']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts']['post']['responses'][201]['content']['application/json']>;
  /** Get a counterpart: `GET /counterparts/{counterpart_id}`. */
  retrieve(counterpartId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a counterpart: `DELETE /counterparts/{counterpart_id}`. */
  delete(counterpartId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a counterpart: `PATCH /counterparts/{counterpart_id}`. */
  update(counterpartId: string, body: MonitePaths['/counterparts/{counterpart_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}']['patch']['responses'][200]['content']['application/json']>;
  /** `monite.counterparts.partnerMetadata`. */
  readonly partnerMetadata: MoniteCounterpartsPartnerMetadataResource;
  /** `monite.counterparts.addresses`. */
  readonly addresses: MoniteCounterpartsAddressesResource;
  /** `monite.counterparts.bankAccounts`. */
  readonly bankAccounts: MoniteCounterpartsBankAccountsResource;
  /** `monite.counterparts.contacts`. */
  readonly contacts: MoniteCounterpartsContactsResource;
  /** `monite.counterparts.vatIds`. */
  readonly vatIds: MoniteCounterpartsVatIdsResource;
  /** `monite.counterparts.einvoicingCredentials`. */
  readonly einvoicingCredentials: MoniteCounterpartsEinvoicingCredentialsResource;
}

/** `monite.counterparts.partnerMetadata`. */
export interface MoniteCounterpartsPartnerMetadataResource {
  /** Get counterpart metadata: `GET /counterparts/{counterpart_id}/partner_metadata`. */
  retrieve(counterpartId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/partner_metadata']['get']['responses'][200]['content']['application/json']>;
  /** Replace counterpart metadata: `PUT /counterparts/{counterpart_id}/partner_metadata`. */
  replace(counterpartId: string, body: MonitePaths['/counterparts/{counterpart_id}/partner_metadata']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/partner_metadata']['put']['responses'][200]['content']['application/json']>;
}

/** `monite.counterparts.addresses`. */
export interface MoniteCounterpartsAddressesResource {
  /** Get a counterpart's addresses: `GET /counterparts/{counterpart_id}/addresses`. */
  list(counterpartId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/addresses']['get']['responses'][200]['content']['application/json']>;
  /** Create a counterpart address: `POST /counterparts/{counterpart_id}/addresses`. */
  create(counterpartId: string, body: MonitePaths['/counterparts/{counterpart_id}/addresses']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/addresses']['post']['responses'][201]['content']['application/json']>;
  /** Get a counterpart's address: `GET /counterparts/{counterpart_id}/addresses/{address_id}`. */
  retrieve(counterpartId: string, addressId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/addresses/{address_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a counterpart's address: `DELETE /counterparts/{counterpart_id}/addresses/{address_id}`. */
  delete(counterpartId: string, addressId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a counterpart's address: `PATCH /counterparts/{counterpart_id}/addresses/{address_id}`. */
  update(counterpartId: string, addressId: string, body: MonitePaths['/counterparts/{counterpart_id}/addresses/{address_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/addresses/{address_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.counterparts.bankAccounts`. */
export interface MoniteCounterpartsBankAccountsResource {
  /** Get a counterpart's bank accounts: `GET /counterparts/{counterpart_id}/bank_accounts`. */
  list(counterpartId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/bank_accounts']['get']['responses'][200]['content']['application/json']>;
  /** Create a counterpart bank account: `POST /counterparts/{counterpart_id}/bank_accounts`. */
  create(counterpartId: string, body: MonitePaths['/counterparts/{counterpart_id}/bank_accounts']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/bank_accounts']['post']['responses'][200]['content']['application/json']>;
  /** Get a counterpart's bank account: `GET /counterparts/{counterpart_id}/bank_accounts/{bank_account_id}`. */
  retrieve(counterpartId: string, bankAccountId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/bank_accounts/{bank_account_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a counterpart's bank account: `DELETE /counterparts/{counterpart_id}/bank_accounts/{bank_account_id}`. */
  delete(counterpartId: string, bankAccountId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a counterpart's bank account: `PATCH /counterparts/{counterpart_id}/bank_accounts/{bank_account_id}`. */
  update(counterpartId: string, bankAccountId: string, body: MonitePaths['/counterparts/{counterpart_id}/bank_accounts/{bank_account_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/bank_accounts/{bank_account_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Set a counterpart's bank account as default for its currency: `POST /counterparts/{counterpart_id}/bank_accounts/{bank_account_id}/make_default`. */
  makeDefault(counterpartId: string, bankAccountId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/bank_accounts/{bank_account_id}/make_default']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.counterparts.contacts`. */
export interface MoniteCounterpartsContactsResource {
  /** Get a counterpart's contacts: `GET /counterparts/{counterpart_id}/contacts`. */
  list(counterpartId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/contacts']['get']['responses'][200]['content']['application/json']>;
  /** Create a counterpart contact: `POST /counterparts/{counterpart_id}/contacts`. */
  create(counterpartId: string, body: MonitePaths['/counterparts/{counterpart_id}/contacts']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/contacts']['post']['responses'][200]['content']['application/json']>;
  /** Get a counterpart's contact: `GET /counterparts/{counterpart_id}/contacts/{contact_id}`. */
  retrieve(counterpartId: string, contactId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/contacts/{contact_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a counterpart's contact: `DELETE /counterparts/{counterpart_id}/contacts/{contact_id}`. */
  delete(counterpartId: string, contactId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a counterpart's contact: `PATCH /counterparts/{counterpart_id}/contacts/{contact_id}`. */
  update(counterpartId: string, contactId: string, body: MonitePaths['/counterparts/{counterpart_id}/contacts/{contact_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/contacts/{contact_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Set a counterpart's default contact: `POST /counterparts/{counterpart_id}/contacts/{contact_id}/make_default`. */
  makeDefault(counterpartId: string, contactId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/contacts/{contact_id}/make_default']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.counterparts.vatIds`. */
export interface MoniteCounterpartsVatIdsResource {
  /** Get a counterpart's VAT IDs: `GET /counterparts/{counterpart_id}/vat_ids`. */
  list(counterpartId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/vat_ids']['get']['responses'][200]['content']['application/json']>;
  /** Create a counterpart VAT ID: `POST /counterparts/{counterpart_id}/vat_ids`. */
  create(counterpartId: string, body: MonitePaths['/counterparts/{counterpart_id}/vat_ids']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/vat_ids']['post']['responses'][201]['content']['application/json']>;
  /** Get a counterpart's VAT ID: `GET /counterparts/{counterpart_id}/vat_ids/{vat_id}`. */
  retrieve(counterpartId: string, vatId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/vat_ids/{vat_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a counterpart's VAT ID: `DELETE /counterparts/{counterpart_id}/vat_ids/{vat_id}`. */
  delete(counterpartId: string, vatId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a counterpart's VAT ID: `PATCH /counterparts/{counterpart_id}/vat_ids/{vat_id}`. */
  update(counterpartId: string, vatId: string, body: MonitePaths['/counterparts/{counterpart_id}/vat_ids/{vat_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/vat_ids/{vat_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.counterparts.einvoicingCredentials`. */
export interface MoniteCounterpartsEinvoicingCredentialsResource {
  /** Get a list of a counterpart's e-invoicing credentials: `GET /counterparts/{counterpart_id}/einvoicing_credentials`. */
  list(counterpartId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/einvoicing_credentials']['get']['responses'][200]['content']['application/json']>;
  /** Add e-invoicing credentials for a counterpart: `POST /counterparts/{counterpart_id}/einvoicing_credentials`. */
  create(counterpartId: string, body: MonitePaths['/counterparts/{counterpart_id}/einvoicing_credentials']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/einvoicing_credentials']['post']['responses'][201]['content']['application/json']>;
  /** Get a counterpart's e-invoicing credentials by ID: `GET /counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}`. */
  retrieve(counterpartId: string, credentialId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a counterpart's e-invoicing credentials: `DELETE /counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}`. */
  delete(counterpartId: string, credentialId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a counterpart's e-invoicing credentials: `PATCH /counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}`. */
  update(counterpartId: string, credentialId: string, body: MonitePaths['/counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.paymentRecords`. */
export interface MonitePaymentRecordsResource {
  /** Get payment records: `GET /payment_records`. */
  list(query?: NonNullable<MonitePaths['/payment_records']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/payment_records']['get']['responses'][200]['content']['application/json'], MonitePaths['/payment_records']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a payment record: `POST /payment_records`. */
  create(body: MonitePaths['/payment_records']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_records']['post']['responses'][201]['content']['application/json']>;
  /** Get a payment record: `GET /payment_records/{payment_record_id}`. */
  retrieve(paymentRecordId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_records/{payment_record_id}']['get']['responses'][200]['content']['application/json']>;
  /** Update a payment record: `PATCH /payment_records/{payment_record_id}`. */
  update(paymentRecordId: string, body: MonitePaths['/payment_records/{payment_record_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_records/{payment_record_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Cancel a payment record: `POST /payment_records/{payment_record_id}/cancel`. */
  cancel(paymentRecordId: string, body: MonitePaths['/payment_records/{payment_record_id}/cancel']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_records/{payment_record_id}/cancel']['post']['responses'][200]['content']['application/json']>;
  /** Mark a payment record as succeeded: `POST /payment_records/{payment_record_id}/mark_as_succeeded`. */
  markAsSucceeded(paymentRecordId: string, body: MonitePaths['/payment_records/{payment_record_id}/mark_as_succeeded']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_records/{payment_record_id}/mark_as_succeeded']['post']['responses'][200]['content']['application/json']>;
  /** Start processing a payment record: `POST /payment_records/{payment_record_id}/start_processing`. */
  startProcessing(paymentRecordId: string, body: MonitePaths['/payment_records/{payment_record_id}/start_processing']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_records/{payment_record_id}/start_processing']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.projects`. */
export interface MoniteProjectsResource {
  /** Get all projects for entity: `GET /projects`. */
  list(query?: NonNullable<MonitePaths['/projects']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/projects']['get']['responses'][200]['content']['application/json'], MonitePaths['/projects']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a project: `POST /projects`. */
  create(body: MonitePaths['/projects']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/projects']['post']['responses'][201]['content']['application/json']>;
  /** Get a project by ID: `GET /projects/{project_id}`. */
  retrieve(projectId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/projects/{project_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a project: `DELETE /projects/{project_id}`. */
  delete(projectId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a project: `PATCH /projects/{project_id}`. */
  update(projectId: string, body: MonitePaths['/projects/{project_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/projects/{project_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.tags`. */
export interface MoniteTagsResource {
  /** Get tags: `GET /tags`. */
  list(query?: NonNullable<MonitePaths['/tags']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/tags']['get']['responses'][200]['content']['application/json'], MonitePaths['/tags']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a tag: `POST /tags`. */
  create(body: MonitePaths['/tags']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/tags']['post']['responses'][201]['content']['application/json']>;
  /** Get a tag by ID: `GET /tags/{tag_id}`. */
  retrieve(tagId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/tags/{tag_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a tag: `DELETE /tags/{tag_id}`. */
  delete(tagId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a tag: `PATCH /tags/{tag_id}`. */
  update(tagId: string, body: MonitePaths['/tags/{tag_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/tags/{tag_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.approvalPolicies`. */
export interface MoniteApprovalPoliciesResource {
  /** Get approval policies: `GET /approval_policies`. */
  list(query?: NonNullable<MonitePaths['/approval_policies']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/approval_policies']['get']['responses'][200]['content']['application/json'], MonitePaths['/approval_policies']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create an approval policy: `POST /approval_policies`. */
  create(body: MonitePaths['/approval_policies']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_policies']['post']['responses'][201]['content']['application/json']>;
  /** Get an approval policy by ID: `GET /approval_policies/{approval_policy_id}`. */
  retrieve(approvalPolicyId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_policies/{approval_policy_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete an approval policy: `DELETE /approval_policies/{approval_policy_id}`. */
  delete(approvalPolicyId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update an approval policy: `PATCH /approval_policies/{approval_policy_id}`. */
  update(approvalPolicyId: string, body: MonitePaths['/approval_policies/{approval_policy_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_policies/{approval_policy_id}']['patch']['responses'][200]['content']['application/json']>;
  /** `monite.approvalPolicies.processes`. */
  readonly processes: MoniteApprovalPoliciesProcessesResource;
}

/** `monite.approvalPolicies.processes`. */
export interface MoniteApprovalPoliciesProcessesResource {
  /** Get approval processes created from a policy: `GET /approval_policies/{approval_policy_id}/processes`. */
  list(approvalPolicyId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_policies/{approval_policy_id}/processes']['get']['responses'][200]['content']['application/json']>;
  /** Get an approval process by ID: `GET /approval_policies/{approval_policy_id}/processes/{process_id}`. */
  retrieve(approvalPolicyId: string, processId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_policies/{approval_policy_id}/processes/{process_id}']['get']['responses'][200]['content']['application/json']>;
  /** Cancel an approval process: `POST /approval_policies/{approval_policy_id}/processes/{process_id}/cancel`. */
  cancel(approvalPolicyId: string, processId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_policies/{approval_policy_id}/processes/{process_id}/cancel']['post']['responses'][200]['content']['application/json']>;
  /** `monite.approvalPolicies.processes.steps`. */
  readonly steps: MoniteApprovalPoliciesProcessesStepsResource;
}

/** `monite.approvalPolicies.processes.steps`. */
export interface MoniteApprovalPoliciesProcessesStepsResource {
  /** Get the steps of an approval process: `GET /approval_policies/{approval_policy_id}/processes/{process_id}/steps`. */
  list(approvalPolicyId: string, processId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_policies/{approval_policy_id}/processes/{process_id}/steps']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.approvalRequests`. */
export interface MoniteApprovalRequestsResource {
  /** Get approval requests: `GET /approval_requests`. */
  list(query?: NonNullable<MonitePaths['/approval_requests']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/approval_requests']['get']['responses'][200]['content']['application/json'], MonitePaths['/approval_requests']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create an approval request: `POST /approval_requests`. */
  create(body: MonitePaths['/approval_requests']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_requests']['post']['responses'][201]['content']['application/json']>;
  /** Get an approval request by ID: `GET /approval_requests/{approval_request_id}`. */
  retrieve(approvalRequestId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_requests/{approval_request_id}']['get']['responses'][200]['content']['application/json']>;
  /** Approve an approval request: `POST /approval_requests/{approval_request_id}/approve`. */
  approve(approvalRequestId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_requests/{approval_request_id}/approve']['post']['responses'][200]['content']['application/json']>;
  /** Cancel an approval request: `POST /approval_requests/{approval_request_id}/cancel`. */
  cancel(approvalRequestId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_requests/{approval_request_id}/cancel']['post']['responses'][200]['content']['application/json']>;
  /** Reject an approval request: `POST /approval_requests/{approval_request_id}/reject`. */
  reject(approvalRequestId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/approval_requests/{approval_request_id}/reject']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.comments`. */
export interface MoniteCommentsResource {
  /** Get comments: `GET /comments`. */
  list(query: NonNullable<MonitePaths['/comments']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/comments']['get']['responses'][200]['content']['application/json'], MonitePaths['/comments']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a comment: `POST /comments`. */
  create(body: MonitePaths['/comments']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/comments']['post']['responses'][201]['content']['application/json']>;
  /** Get a comment by ID: `GET /comments/{comment_id}`. */
  retrieve(commentId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/comments/{comment_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a comment: `DELETE /comments/{comment_id}`. */
  delete(commentId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a comment: `PATCH /comments/{comment_id}`. */
  update(commentId: string, body: MonitePaths['/comments/{comment_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/comments/{comment_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.payables.lineItems`. */
export interface MonitePayablesLineItemsResource {
  /** Get the line items of a payable: `GET /payables/{payable_id}/line_items`. */
  list(payableId: string, query?: NonNullable<MonitePaths['/payables/{payable_id}/line_items']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/payables/{payable_id}/line_items']['get']['responses'][200]['content']['application/json'], MonitePaths['/payables/{payable_id}/line_items']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Replaces the lines items in a payable: `PUT /payables/{payable_id}/line_items`. */
  replace(payableId: string, body: MonitePaths['/payables/{payable_id}/line_items']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/line_items']['put']['responses'][200]['content']['application/json']>;
  /** Add a line item to a payable: `POST /payables/{payable_id}/line_items`. */
  create(payableId: string, body: MonitePaths['/payables/{payable_id}/line_items']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/line_items']['post']['responses'][201]['content']['application/json']>;
  /** Get a single line item of a payable: `GET /payables/{payable_id}/line_items/{line_item_id}`. */
  retrieve(payableId: string, lineItemId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/line_items/{line_item_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a line item from a payable: `DELETE /payables/{payable_id}/line_items/{line_item_id}`. */
  delete(payableId: string, lineItemId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a line item in a payable: `PATCH /payables/{payable_id}/line_items/{line_item_id}`. */
  update(payableId: string, lineItemId: string, body: MonitePaths['/payables/{payable_id}/line_items/{line_item_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/line_items/{line_item_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.payables`. */
export interface MonitePayablesResource {
  /** Get payables: `GET /payables`. */
  list(query?: NonNullable<MonitePaths['/payables']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/payables']['get']['responses'][200]['content']['application/json'], MonitePaths['/payables']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a payable: `POST /payables`. */
  create(body: MonitePaths['/payables']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables']['post']['responses'][200]['content']['application/json']>;
  /** Upload a payable from a file: `POST /payables/upload_from_file`. */
  uploadFromFile(body: MonitePaths['/payables/upload_from_file']['post']['requestBody']['content']['multipart/form-data'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/upload_from_file']['post']['responses'][201]['content']['application/json']>;
  /** Get a payable by ID: `GET /payables/{payable_id}`. */
  retrieve(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a payable: `DELETE /payables/{payable_id}`. */
  delete(payableId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a payable: `PATCH /payables/{payable_id}`. */
  update(payableId: string, body: MonitePaths['/payables/{payable_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Approve a payable for payment: `POST /payables/{payable_id}/approve_payment_operation`. */
  approvePaymentOperation(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/approve_payment_operation']['post']['responses'][200]['content']['application/json']>;
  /** Attach a file to a payable: `POST /payables/{payable_id}/attach_file`. */
  attachFile(payableId: string, body: MonitePaths['/payables/{payable_id}/attach_file']['post']['requestBody']['content']['multipart/form-data'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/attach_file']['post']['responses'][200]['content']['application/json']>;
  /** Cancel a payable: `POST /payables/{payable_id}/cancel`. */
  cancel(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/cancel']['post']['responses'][200]['content']['application/json']>;
  /** Mark a payable as paid: `POST /payables/{payable_id}/mark_as_paid`. */
  markAsPaid(payableId: string, body?: NonNullable<MonitePaths['/payables/{payable_id}/mark_as_paid']['post']['requestBody']>['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/mark_as_paid']['post']['responses'][200]['content']['application/json']>;
  /** Mark a payable as partially paid: `POST /payables/{payable_id}/mark_as_partially_paid`. */
  markAsPartiallyPaid(payableId: string, body: MonitePaths['/payables/{payable_id}/mark_as_partially_paid']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/mark_as_partially_paid']['post']['responses'][200]['content']['application/json']>;
  /** Reject a payable: `POST /payables/{payable_id}/reject`. */
  reject(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/reject']['post']['responses'][200]['content']['application/json']>;
  /** Reopen a rejected payable: `POST /payables/{payable_id}/reopen`. */
  reopen(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/reopen']['post']['responses'][200]['content']['application/json']>;
  /** Submit a payable for approval: `POST /payables/{payable_id}/submit_for_approval`. */
  submitForApproval(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/submit_for_approval']['post']['responses'][200]['content']['application/json']>;
  /** Validate a payable: `POST /payables/{payable_id}/validate`. */
  validate(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/validate']['post']['responses'][200]['content']['application/json']>;
  /** Cancel OCR of a payable: `POST /payables/{payable_id}/cancel_ocr`. */
  cancelOcr(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/cancel_ocr']['post']['responses'][200]['content']['application/json']>;
  /** `monite.payables.lineItems`. */
  readonly lineItems: MonitePayablesLineItemsResource;
  /** `monite.payables.analytics`. */
  readonly analytics: MonitePayablesAnalyticsResource;
  /** `monite.payables.validations`. */
  readonly validations: MonitePayablesValidationsResource;
  /** `monite.payables.variables`. */
  readonly variables: MonitePayablesVariablesResource;
  /** `monite.payables.history`. */
  readonly history: MonitePayablesHistoryResource;
  /** `monite.payables.suggestions`. */
  readonly suggestions: MonitePayablesSuggestionsResource;
}

/** `monite.payables.analytics`. */
export interface MonitePayablesAnalyticsResource {
  /** Analytics: `GET /payables/analytics`. */
  list(query?: NonNullable<MonitePaths['/payables/analytics']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/analytics']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.payables.validations`. */
export interface MonitePayablesValidationsResource {
  /** Get payables validations: `GET /payables/validations`. */
  retrieve(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/validations']['get']['responses'][200]['content']['application/json']>;
  /** Update payables validations: `PUT /payables/validations`. */
  replace(body: MonitePaths['/payables/validations']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/validations']['put']['responses'][200]['content']['application/json']>;
  /** Reset payables validations: `POST /payables/validations/reset`. */
  reset(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/validations/reset']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.payables.variables`. */
export interface MonitePayablesVariablesResource {
  /** Get the available variables for payable email templates: `GET /payables/variables`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/variables']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.payables.history`. */
export interface MonitePayablesHistoryResource {
  /** Returns the history of the specified accounts payable document: `GET /payables/{payable_id}/history`. */
  list(payableId: string, query?: NonNullable<MonitePaths['/payables/{payable_id}/history']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/payables/{payable_id}/history']['get']['responses'][200]['content']['application/json'], MonitePaths['/payables/{payable_id}/history']['get']['responses'][200]['content']['application/json']['data'][number]>;
}

/** `monite.payables.suggestions`. */
export interface MonitePayablesSuggestionsResource {
  /** Get suggestions: `GET /payables/{payable_id}/suggestions`. */
  retrieve(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/suggestions']['get']['responses'][200]['content']['application/json']>;
  /** Delete suggestions: `DELETE /payables/{payable_id}/suggestions`. */
  delete(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payables/{payable_id}/suggestions']['delete']['responses'][200]['content']['application/json']>;
}

/** `monite.payablePurchaseOrders`. */
export interface MonitePayablePurchaseOrdersResource {
  /** Get purchase orders: `GET /payable_purchase_orders`. */
  list(query?: NonNullable<MonitePaths['/payable_purchase_orders']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/payable_purchase_orders']['get']['responses'][200]['content']['application/json'], MonitePaths['/payable_purchase_orders']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a purchase order: `POST /payable_purchase_orders`. */
  create(body: MonitePaths['/payable_purchase_orders']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_purchase_orders']['post']['responses'][201]['content']['application/json']>;
  /** Get a purchase order by ID: `GET /payable_purchase_orders/{purchase_order_id}`. */
  retrieve(purchaseOrderId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_purchase_orders/{purchase_order_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a purchase order: `DELETE /payable_purchase_orders/{purchase_order_id}`. */
  delete(purchaseOrderId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a purchase order: `PATCH /payable_purchase_orders/{purchase_order_id}`. */
  update(purchaseOrderId: string, body: MonitePaths['/payable_purchase_orders/{purchase_order_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_purchase_orders/{purchase_order_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Preview a purchase order's email message: `POST /payable_purchase_orders/{purchase_order_id}/preview`. */
  preview(purchaseOrderId: string, body: MonitePaths['/payable_purchase_orders/{purchase_order_id}/preview']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_purchase_orders/{purchase_order_id}/preview']['post']['responses'][201]['content']['application/json']>;
  /** Send a purchase order via email: `POST /payable_purchase_orders/{purchase_order_id}/send`. */
  send(purchaseOrderId: string, body: MonitePaths['/payable_purchase_orders/{purchase_order_id}/send']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_purchase_orders/{purchase_order_id}/send']['post']['responses'][200]['content']['application/json']>;
  /** `monite.payablePurchaseOrders.variables`. */
  readonly variables: MonitePayablePurchaseOrdersVariablesResource;
}

/** `monite.payablePurchaseOrders.variables`. */
export interface MonitePayablePurchaseOrdersVariablesResource {
  /** Get the available variables for purchase orders: `GET /payable_purchase_orders/variables`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_purchase_orders/variables']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.measureUnits`. */
export interface MoniteMeasureUnitsResource {
  /** Get measure units: `GET /measure_units`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/measure_units']['get']['responses'][200]['content']['application/json']>;
  /** Create a measure unit: `POST /measure_units`. */
  create(body: MonitePaths['/measure_units']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/measure_units']['post']['responses'][201]['content']['application/json']>;
  /** Get a measure unit by ID: `GET /measure_units/{unit_id}`. */
  retrieve(unitId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/measure_units/{unit_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a measure unit: `DELETE /measure_units/{unit_id}`. */
  delete(unitId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a measure unit: `PATCH /measure_units/{unit_id}`. */
  update(unitId: string, body: MonitePaths['/measure_units/{unit_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/measure_units/{unit_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.overdueReminders`. */
export interface MoniteOverdueRemindersResource {
  /** Get overdue reminder configurations: `GET /overdue_reminders`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/overdue_reminders']['get']['responses'][200]['content']['application/json']>;
  /** Create an overdue reminder configuration: `POST /overdue_reminders`. */
  create(body: MonitePaths['/overdue_reminders']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/overdue_reminders']['post']['responses'][201]['content']['application/json']>;
  /** Get an overdue reminder configuration by ID: `GET /overdue_reminders/{overdue_reminder_id}`. */
  retrieve(overdueReminderId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/overdue_reminders/{overdue_reminder_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete an overdue reminder configuration: `DELETE /overdue_reminders/{overdue_reminder_id}`. */
  delete(overdueReminderId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update an overdue reminder configuration: `PATCH /overdue_reminders/{overdue_reminder_id}`. */
  update(overdueReminderId: string, body: MonitePaths['/overdue_reminders/{overdue_reminder_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/overdue_reminders/{overdue_reminder_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.paymentReminders`. */
export interface MonitePaymentRemindersResource {
  /** Get payment reminder configurations: `GET /payment_reminders`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_reminders']['get']['responses'][200]['content']['application/json']>;
  /** Create a payment reminder configuration: `POST /payment_reminders`. */
  create(body: MonitePaths['/payment_reminders']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_reminders']['post']['responses'][201]['content']['application/json']>;
  /** Get a payment reminder configuration by ID: `GET /payment_reminders/{payment_reminder_id}`. */
  retrieve(paymentReminderId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_reminders/{payment_reminder_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a payment reminder configuration: `DELETE /payment_reminders/{payment_reminder_id}`. */
  delete(paymentReminderId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a payment reminder configuration: `PATCH /payment_reminders/{payment_reminder_id}`. */
  update(paymentReminderId: string, body: MonitePaths['/payment_reminders/{payment_reminder_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_reminders/{payment_reminder_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.paymentTerms`. */
export interface MonitePaymentTermsResource {
  /** Get payment terms: `GET /payment_terms`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_terms']['get']['responses'][200]['content']['application/json']>;
  /** Create a payment term: `POST /payment_terms`. */
  create(body: MonitePaths['/payment_terms']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_terms']['post']['responses'][201]['content']['application/json']>;
  /** Get a payment term by ID: `GET /payment_terms/{payment_terms_id}`. */
  retrieve(paymentTermsId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_terms/{payment_terms_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a payment term: `DELETE /payment_terms/{payment_terms_id}`. */
  delete(paymentTermsId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a payment term: `PATCH /payment_terms/{payment_terms_id}`. */
  update(paymentTermsId: string, body: MonitePaths['/payment_terms/{payment_terms_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_terms/{payment_terms_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.products`. */
export interface MoniteProductsResource {
  /** Get products: `GET /products`. */
  list(query?: NonNullable<MonitePaths['/products']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/products']['get']['responses'][200]['content']['application/json'], MonitePaths['/products']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a product: `POST /products`. */
  create(body: MonitePaths['/products']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/products']['post']['responses'][201]['content']['application/json']>;
  /** Get a product by ID: `GET /products/{product_id}`. */
  retrieve(productId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/products/{product_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a product: `DELETE /products/{product_id}`. */
  delete(productId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a product: `PATCH /products/{product_id}`. */
  update(productId: string, body: MonitePaths['/products/{product_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/products/{product_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.receivables`. */
export interface MoniteReceivablesResource {
  /** Get receivables: `GET /receivables`. */
  list(query?: NonNullable<MonitePaths['/receivables']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/receivables']['get']['responses'][200]['content']['application/json'], MonitePaths['/receivables']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a receivable: `POST /receivables`. */
  create(body: MonitePaths['/receivables']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables']['post']['responses'][201]['content']['application/json']>;
  /** Search receivables: `POST /receivables/search`. */
  search(body: MonitePaths['/receivables/search']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/search']['post']['responses'][200]['content']['application/json']>;
  /** Get a receivable by ID: `GET /receivables/{receivable_id}`. */
  retrieve(receivableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a receivable: `DELETE /receivables/{receivable_id}`. */
  delete(receivableId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a receivable: `PATCH /receivables/{receivable_id}`. */
  update(receivableId: string, body: MonitePaths['/receivables/{receivable_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Accept a quote: `POST /receivables/{receivable_id}/accept`. */
  accept(receivableId: string, body?: NonNullable<MonitePaths['/receivables/{receivable_id}/accept']['post']['requestBody']>['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/accept']['post']['responses'][200]['content']['application/json']>;
  /** Cancel an invoice: `POST /receivables/{receivable_id}/cancel`. */
  cancel(receivableId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Clone a receivable: `POST /receivables/{receivable_id}/clone`. */
  clone(receivableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/clone']['post']['responses'][201]['content']['application/json']>;
  /** Decline a quote: `POST /receivables/{receivable_id}/decline`. */
  decline(receivableId: string, body?: NonNullable<MonitePaths['/receivables/{receivable_id}/decline']['post']['requestBody']>['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/decline']['post']['responses'][200]['content']['application/json']>;
  /** Issue a receivable: `POST /receivables/{receivable_id}/issue`. */
  issue(receivableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/issue']['post']['responses'][200]['content']['application/json']>;
  /** Mark an invoice as paid: `POST /receivables/{receivable_id}/mark_as_paid`. */
  markAsPaid(receivableId: string, body?: NonNullable<MonitePaths['/receivables/{receivable_id}/mark_as_paid']['post']['requestBody']>['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/mark_as_paid']['post']['responses'][200]['content']['application/json']>;
  /** Mark an invoice as partially paid: `POST /receivables/{receivable_id}/mark_as_partially_paid`. */
  markAsPartiallyPaid(receivableId: string, body: MonitePaths['/receivables/{receivable_id}/mark_as_partially_paid']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/mark_as_partially_paid']['post']['responses'][200]['content']['application/json']>;
  /** Mark an invoice as uncollectible: `POST /receivables/{receivable_id}/mark_as_uncollectible`. */
  markAsUncollectible(receivableId: string, body?: NonNullable<MonitePaths['/receivables/{receivable_id}/mark_as_uncollectible']['post']['requestBody']>['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/mark_as_uncollectible']['post']['responses'][200]['content']['application/json']>;
  /** Preview a receivable's email message: `POST /receivables/{receivable_id}/preview`. */
  preview(receivableId: string, body: MonitePaths['/receivables/{receivable_id}/preview']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/preview']['post']['responses'][201]['content']['application/json']>;
  /** Send a receivable via email: `POST /receivables/{receivable_id}/send`. */
  send(receivableId: string, body: MonitePaths['/receivables/{receivable_id}/send']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/send']['post']['responses'][200]['content']['application/json']>;
  /** Send a test reminder: `POST /receivables/{receivable_id}/send_test_reminder`. */
  sendTestReminder(receivableId: string, body: MonitePaths['/receivables/{receivable_id}/send_test_reminder']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/send_test_reminder']['post']['responses'][200]['content']['application/json']>;
  /** Verify a receivable: `POST /receivables/{receivable_id}/verify`. */
  verify(receivableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/verify']['post']['responses'][200]['content']['application/json']>;
  /** `monite.receivables.variables`. */
  readonly variables: MoniteReceivablesVariablesResource;
  /** `monite.receivables.requiredFields`. */
  readonly requiredFields: MoniteReceivablesRequiredFieldsResource;
  /** `monite.receivables.lineItems`. */
  readonly lineItems: MoniteReceivablesLineItemsResource;
  /** `monite.receivables.mails`. */
  readonly mails: MoniteReceivablesMailsResource;
  /** `monite.receivables.pdfLink`. */
  readonly pdfLink: MoniteReceivablesPdfLinkResource;
  /** `monite.receivables.history`. */
  readonly history: MoniteReceivablesHistoryResource;
}

/** `monite.receivables.variables`. */
export interface MoniteReceivablesVariablesResource {
  /** Get email template variables: `GET /receivables/variables`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/variables']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.receivables.requiredFields`. */
export interface MoniteReceivablesRequiredFieldsResource {
  /** Get required field names for invoice creation: `GET /receivables/required_fields`. */
  retrieve(query?: NonNullable<MonitePaths['/receivables/required_fields']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/required_fields']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.receivables.lineItems`. */
export interface MoniteReceivablesLineItemsResource {
  /** Update the line items of a receivable: `PUT /receivables/{receivable_id}/line_items`. */
  replace(receivableId: string, body: MonitePaths['/receivables/{receivable_id}/line_items']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/line_items']['put']['responses'][200]['content']['application/json']>;
}

/** `monite.receivables.mails`. */
export interface MoniteReceivablesMailsResource {
  /** Get a list of all mails sent by receivable: `GET /receivables/{receivable_id}/mails`. */
  list(receivableId: string, query?: NonNullable<MonitePaths['/receivables/{receivable_id}/mails']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/receivables/{receivable_id}/mails']['get']['responses'][200]['content']['application/json'], MonitePaths['/receivables/{receivable_id}/mails']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Get a mail sent by receivable: `GET /receivables/{receivable_id}/mails/{mail_id}`. */
  retrieve(receivableId: string, mailId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/mails/{mail_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.receivables.pdfLink`. */
export interface MoniteReceivablesPdfLinkResource {
  /** Get a link to the PDF version of a receivable: `GET /receivables/{receivable_id}/pdf_link`. */
  retrieve(receivableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/pdf_link']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.receivables.history`. */
export interface MoniteReceivablesHistoryResource {
  /** Get a receivable's history: `GET /receivables/{receivable_id}/history`. */
  list(receivableId: string, query?: NonNullable<MonitePaths['/receivables/{receivable_id}/history']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/receivables/{receivable_id}/history']['get']['responses'][200]['content']['application/json'], MonitePaths['/receivables/{receivable_id}/history']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Get a receivable's history record by ID: `GET /receivables/{receivable_id}/history/{receivable_history_id}`. */
  retrieve(receivableId: string, receivableHistoryId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receivables/{receivable_id}/history/{receivable_history_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.recurrences`. */
export interface MoniteRecurrencesResource {
  /** Get recurrences: `GET /recurrences`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/recurrences']['get']['responses'][200]['content']['application/json']>;
  /** Create a recurrence: `POST /recurrences`. */
  create(body: MonitePaths['/recurrences']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/recurrences']['post']['responses'][200]['content']['application/json']>;
  /** Get a recurrence by ID: `GET /recurrences/{recurrence_id}`. */
  retrieve(recurrenceId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/recurrences/{recurrence_id}']['get']['responses'][200]['content']['application/json']>;
  /** Update a recurrence: `PATCH /recurrences/{recurrence_id}`. */
  update(recurrenceId: string, body: MonitePaths['/recurrences/{recurrence_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/recurrences/{recurrence_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Cancel a recurrence: `POST /recurrences/{recurrence_id}/cancel`. */
  cancel(recurrenceId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Pause a recurrence: `POST /recurrences/{recurrence_id}/pause`. */
  pause(recurrenceId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/recurrences/{recurrence_id}/pause']['post']['responses'][200]['content']['application/json']>;
  /** Resume a recurrence: `POST /recurrences/{recurrence_id}/resume`. */
  resume(recurrenceId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/recurrences/{recurrence_id}/resume']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.vatRates`. */
export interface MoniteVatRatesResource {
  /** Get VAT rates: `GET /vat_rates`. */
  list(query?: NonNullable<MonitePaths['/vat_rates']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/vat_rates']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.batchPayments`. */
export interface MoniteBatchPaymentsResource {
  /** Create a batch payment: `POST /batch_payments`. */
  create(body: MonitePaths['/batch_payments']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/batch_payments']['post']['responses'][200]['content']['application/json']>;
  /** Get batch payment by ID: `GET /batch_payments/{batch_payment_id}`. */
  retrieve(batchPaymentId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/batch_payments/{batch_payment_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.bankAccounts.verifications`. */
export interface MoniteBankAccountsVerificationsResource {
  /** Get a bank account verifications: `GET /bank_accounts/{bank_account_id}/verifications`. */
  retrieve(bankAccountId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/bank_accounts/{bank_account_id}/verifications']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.entities.onboardingData`. */
export interface MoniteEntitiesOnboardingDataResource {
  /** Get entity onboarding data: `GET /entities/{entity_id}/onboarding_data`. */
  retrieve(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/onboarding_data']['get']['responses'][200]['content']['application/json']>;
  /** Update entity onboarding data: `PUT /entities/{entity_id}/onboarding_data`. */
  replace(entityId: string, body: MonitePaths['/entities/{entity_id}/onboarding_data']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/onboarding_data']['put']['responses'][200]['content']['application/json']>;
  /** Patch entity onboarding data: `PATCH /entities/{entity_id}/onboarding_data`. */
  update(entityId: string, body: MonitePaths['/entities/{entity_id}/onboarding_data']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/onboarding_data']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.onboardingDocuments`. */
export interface MoniteOnboardingDocumentsResource {
  /** Provide files for entity onboarding verification: `POST /onboarding_documents`. */
  create(body: MonitePaths['/onboarding_documents']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<undefined>;
}

/** `monite.onboardingLinks`. */
export interface MoniteOnboardingLinksResource {
  /** Create Onboarding Link: `POST /onboarding_links`. */
  create(body: MonitePaths['/onboarding_links']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/onboarding_links']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.paymentOnboardingLinks`. */
export interface MonitePaymentOnboardingLinksResource {
  /** Create an onboarding link: `POST /payment_onboarding_links`. */
  create(body: MonitePaths['/payment_onboarding_links']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_onboarding_links']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.entities.onboardingRequirements`. */
export interface MoniteEntitiesOnboardingRequirementsResource {
  /** Get onboarding requirements: `GET /entities/{entity_id}/onboarding_requirements`. */
  retrieve(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/onboarding_requirements']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.onboardingRequirements`. */
export interface MoniteOnboardingRequirementsResource {
  /** Get onboarding requirements: `GET /onboarding_requirements`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/onboarding_requirements']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.paymentIntents`. */
export interface MonitePaymentIntentsResource {
  /** Get payment intents: `GET /payment_intents`. */
  list(query?: NonNullable<MonitePaths['/payment_intents']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/payment_intents']['get']['responses'][200]['content']['application/json'], MonitePaths['/payment_intents']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Get payment intent by ID: `GET /payment_intents/{payment_intent_id}`. */
  retrieve(paymentIntentId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_intents/{payment_intent_id}']['get']['responses'][200]['content']['application/json']>;
  /** Update the payment intent amount: `PATCH /payment_intents/{payment_intent_id}`. */
  update(paymentIntentId: string, body: MonitePaths['/payment_intents/{payment_intent_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_intents/{payment_intent_id}']['patch']['responses'][200]['content']['application/json']>;
  /** `monite.paymentIntents.history`. */
  readonly history: MonitePaymentIntentsHistoryResource;
}

/** `monite.paymentIntents.history`. */
export interface MonitePaymentIntentsHistoryResource {
  /** Get the payment intent history: `GET /payment_intents/{payment_intent_id}/history`. */
  list(paymentIntentId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_intents/{payment_intent_id}/history']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.paymentLinks`. */
export interface MonitePaymentLinksResource {
  /** Create a payment link: `POST /payment_links`. */
  create(body: MonitePaths['/payment_links']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_links']['post']['responses'][201]['content']['application/json']>;
  /** Get payment link by ID: `GET /payment_links/{payment_link_id}`. */
  retrieve(paymentLinkId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_links/{payment_link_id}']['get']['responses'][200]['content']['application/json']>;
  /** Expire a payment link: `POST /payment_links/{payment_link_id}/expire`. */
  expire(paymentLinkId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payment_links/{payment_link_id}/expire']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.entities.paymentMethods`. */
export interface MoniteEntitiesPaymentMethodsResource {
  /** Get Enabled Payment Methods: `GET /entities/{entity_id}/payment_methods`. */
  list(entityId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/payment_methods']['get']['responses'][200]['content']['application/json']>;
  /** Enable Payment Methods: `PUT /entities/{entity_id}/payment_methods`. */
  replace(entityId: string, body: MonitePaths['/entities/{entity_id}/payment_methods']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/entities/{entity_id}/payment_methods']['put']['responses'][200]['content']['application/json']>;
}

/** `monite.accountingConnections`. */
export interface MoniteAccountingConnectionsResource {
  /** Get accounting connections: `GET /accounting_connections`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting_connections']['get']['responses'][200]['content']['application/json']>;
  /** Connect to an accounting system: `POST /accounting_connections`. */
  create(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting_connections']['post']['responses'][201]['content']['application/json']>;
  /** Get an accounting connection by ID: `GET /accounting_connections/{connection_id}`. */
  retrieve(connectionId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting_connections/{connection_id}']['get']['responses'][200]['content']['application/json']>;
  /** Disconnect from an accounting system: `POST /accounting_connections/{connection_id}/disconnect`. */
  disconnect(connectionId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting_connections/{connection_id}/disconnect']['post']['responses'][200]['content']['application/json']>;
  /** Force Sync: `POST /accounting_connections/{connection_id}/sync`. */
  sync(connectionId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting_connections/{connection_id}/sync']['post']['responses'][202]['content']['application/json']>;
}

/** `monite.accountingSyncedRecords`. */
export interface MoniteAccountingSyncedRecordsResource {
  /** Get List Of Synced Records: `GET /accounting_synced_records`. */
  list(query: NonNullable<MonitePaths['/accounting_synced_records']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/accounting_synced_records']['get']['responses'][200]['content']['application/json'], MonitePaths['/accounting_synced_records']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Get Single Synced Record: `GET /accounting_synced_records/{synced_record_id}`. */
  retrieve(syncedRecordId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting_synced_records/{synced_record_id}']['get']['responses'][200]['content']['application/json']>;
  /** Push Object: `POST /accounting_synced_records/{synced_record_id}/push`. */
  push(syncedRecordId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting_synced_records/{synced_record_id}/push']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.accountingTaxRates`. */
export interface MoniteAccountingTaxRatesResource {
  /** Get tax rate accounts: `GET /accounting_tax_rates`. */
  list(query?: NonNullable<MonitePaths['/accounting_tax_rates']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/accounting_tax_rates']['get']['responses'][200]['content']['application/json'], MonitePaths['/accounting_tax_rates']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Get a tax rate account by ID: `GET /accounting_tax_rates/{tax_rate_id}`. */
  retrieve(taxRateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting_tax_rates/{tax_rate_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.ledgerAccounts`. */
export interface MoniteLedgerAccountsResource {
  /** Get ledger accounts: `GET /ledger_accounts`. */
  list(query?: NonNullable<MonitePaths['/ledger_accounts']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/ledger_accounts']['get']['responses'][200]['content']['application/json'], MonitePaths['/ledger_accounts']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Get a ledger account by ID: `GET /ledger_accounts/{ledger_account_id}`. */
  retrieve(ledgerAccountId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/ledger_accounts/{ledger_account_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.auditLogs`. */
export interface MoniteAuditLogsResource {
  /** Get the audit log: `GET /audit_logs`. */
  list(query?: NonNullable<MonitePaths['/audit_logs']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/audit_logs']['get']['responses'][200]['content']['application/json'], MonitePaths['/audit_logs']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Get an audit log entry: `GET /audit_logs/{audit_log_id}`. */
  retrieve(auditLogId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/audit_logs/{audit_log_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.dataExports`. */
export interface MoniteDataExportsResource {
  /** Get All: `GET /data_exports`. */
  list(query?: NonNullable<MonitePaths['/data_exports']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/data_exports']['get']['responses'][200]['content']['application/json'], MonitePaths['/data_exports']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Add Document Export: `POST /data_exports`. */
  create(body: MonitePaths['/data_exports']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/data_exports']['post']['responses'][200]['content']['application/json']>;
  /** Get Document Export By Id: `GET /data_exports/{document_export_id}`. */
  retrieve(documentExportId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/data_exports/{document_export_id}']['get']['responses'][200]['content']['application/json']>;
  /** `monite.dataExports.supportedFormats`. */
  readonly supportedFormats: MoniteDataExportsSupportedFormatsResource;
  /** `monite.dataExports.extraData`. */
  readonly extraData: MoniteDataExportsExtraDataResource;
}

/** `monite.dataExports.supportedFormats`. */
export interface MoniteDataExportsSupportedFormatsResource {
  /** Get Supported Export Formats: `GET /data_exports/supported_formats`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/data_exports/supported_formats']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.dataExports.extraData`. */
export interface MoniteDataExportsExtraDataResource {
  /** Get All: `GET /data_exports/extra_data`. */
  list(query?: NonNullable<MonitePaths['/data_exports/extra_data']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/data_exports/extra_data']['get']['responses'][200]['content']['application/json'], MonitePaths['/data_exports/extra_data']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create Extra Data: `POST /data_exports/extra_data`. */
  create(body: MonitePaths['/data_exports/extra_data']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/data_exports/extra_data']['post']['responses'][201]['content']['application/json']>;
  /** Get Extra Data By Id: `GET /data_exports/extra_data/{extra_data_id}`. */
  retrieve(extraDataId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/data_exports/extra_data/{extra_data_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete Extra Data: `DELETE /data_exports/extra_data/{extra_data_id}`. */
  delete(extraDataId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/data_exports/extra_data/{extra_data_id}']['delete']['responses'][200]['content']['application/json']>;
  /** Update Extra Data: `PATCH /data_exports/extra_data/{extra_data_id}`. */
  update(extraDataId: string, body: MonitePaths['/data_exports/extra_data/{extra_data_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/data_exports/extra_data/{extra_data_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.files`. */
export interface MoniteFilesResource {
  /** Get files: `GET /files`. */
  list(query?: NonNullable<MonitePaths['/files']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/files']['get']['responses'][200]['content']['application/json']>;
  /** Upload a file: `POST /files`. */
  create(body: MonitePaths['/files']['post']['requestBody']['content']['multipart/form-data'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/files']['post']['responses'][201]['content']['application/json']>;
  /** Get a file by ID: `GET /files/{file_id}`. */
  retrieve(fileId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/files/{file_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a file: `DELETE /files/{file_id}`. */
  delete(fileId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
}

/** `monite.mailTemplates`. */
export interface MoniteMailTemplatesResource {
  /** Get All With Filters: `GET /mail_templates`. */
  list(query?: NonNullable<MonitePaths['/mail_templates']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/mail_templates']['get']['responses'][200]['content']['application/json'], MonitePaths['/mail_templates']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create: `POST /mail_templates`. */
  create(body: MonitePaths['/mail_templates']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mail_templates']['post']['responses'][200]['content']['application/json']>;
  /** Preview: `POST /mail_templates/preview`. */
  preview(body: MonitePaths['/mail_templates/preview']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mail_templates/preview']['post']['responses'][200]['content']['application/json']>;
  /** Get: `GET /mail_templates/{template_id}`. */
  retrieve(templateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mail_templates/{template_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete: `DELETE /mail_templates/{template_id}`. */
  delete(templateId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update: `PATCH /mail_templates/{template_id}`. */
  update(templateId: string, body: MonitePaths['/mail_templates/{template_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mail_templates/{template_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Make Default: `POST /mail_templates/{template_id}/make_default`. */
  makeDefault(templateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mail_templates/{template_id}/make_default']['post']['responses'][200]['content']['application/json']>;
  /** `monite.mailTemplates.system`. */
  readonly system: MoniteMailTemplatesSystemResource;
}

/** `monite.mailTemplates.system`. */
export interface MoniteMailTemplatesSystemResource {
  /** Get All System Templates: `GET /mail_templates/system`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mail_templates/system']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.mailboxDomains`. */
export interface MoniteMailboxDomainsResource {
  /** Get mailbox domains: `GET /mailbox_domains`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mailbox_domains']['get']['responses'][200]['content']['application/json']>;
  /** Create a mailbox domain: `POST /mailbox_domains`. */
  create(body: MonitePaths['/mailbox_domains']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mailbox_domains']['post']['responses'][201]['content']['application/json']>;
  /** Delete a mailbox domain: `DELETE /mailbox_domains/{domain_id}`. */
  delete(domainId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Verify a mailbox domain: `POST /mailbox_domains/{domain_id}/verify`. */
  verify(domainId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mailbox_domains/{domain_id}/verify']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.mailboxes`. */
export interface MoniteMailboxesResource {
  /** Get mailboxes: `GET /mailboxes`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mailboxes']['get']['responses'][200]['content']['application/json']>;
  /** Create a mailbox: `POST /mailboxes`. */
  create(body: MonitePaths['/mailboxes']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mailboxes']['post']['responses'][201]['content']['application/json']>;
  /** Get mailboxes by IDs: `POST /mailboxes/search`. */
  search(body: MonitePaths['/mailboxes/search']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/mailboxes/search']['post']['responses'][200]['content']['application/json']>;
  /** Delete a mailbox: `DELETE /mailboxes/{mailbox_id}`. */
  delete(mailboxId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
}

/** `monite.documentTemplates`. */
export interface MoniteDocumentTemplatesResource {
  /** Get PDF templates: `GET /document_templates`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/document_templates']['get']['responses'][200]['content']['application/json']>;
  /** Get a PDF template by ID: `GET /document_templates/{document_template_id}`. */
  retrieve(documentTemplateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/document_templates/{document_template_id}']['get']['responses'][200]['content']['application/json']>;
  /** Set the default PDF template: `POST /document_templates/{document_template_id}/make_default`. */
  makeDefault(documentTemplateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/document_templates/{document_template_id}/make_default']['post']['responses'][200]['content']['application/json']>;
  /** `monite.documentTemplates.system`. */
  readonly system: MoniteDocumentTemplatesSystemResource;
  /** `monite.documentTemplates.preview`. */
  readonly preview: MoniteDocumentTemplatesPreviewResource;
}

/** `monite.documentTemplates.system`. */
export interface MoniteDocumentTemplatesSystemResource {
  /** Get built-in PDF templates: `GET /document_templates/system`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/document_templates/system']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.documentTemplates.preview`. */
export interface MoniteDocumentTemplatesPreviewResource {
  /** Preview a PDF template: `GET /document_templates/{document_template_id}/preview`. */
  retrieve(documentTemplateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/document_templates/{document_template_id}/preview']['get']['responses'][200]['content']['application/pdf']>;
}

/** `monite.textTemplates`. */
export interface MoniteTextTemplatesResource {
  /** Get text templates: `GET /text_templates`. */
  list(query?: NonNullable<MonitePaths['/text_templates']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/text_templates']['get']['responses'][200]['content']['application/json'], MonitePaths['/text_templates']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a text template: `POST /text_templates`. */
  create(body: MonitePaths['/text_templates']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/text_templates']['post']['responses'][201]['content']['application/json']>;
  /** Get a text template by ID: `GET /text_templates/{text_template_id}`. */
  retrieve(textTemplateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/text_templates/{text_template_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a text template: `DELETE /text_templates/{text_template_id}`. */
  delete(textTemplateId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a text template by ID: `PATCH /text_templates/{text_template_id}`. */
  update(textTemplateId: string, body: MonitePaths['/text_templates/{text_template_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/text_templates/{text_template_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Make a text template default: `POST /text_templates/{text_template_id}/make_default`. */
  makeDefault(textTemplateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/text_templates/{text_template_id}/make_default']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.einvoicingConnections`. */
export interface MoniteEinvoicingConnectionsResource {
  /** Get all e-invoicing connections: `GET /einvoicing_connections`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/einvoicing_connections']['get']['responses'][200]['content']['application/json']>;
  /** Create an e-invoicing connection: `POST /einvoicing_connections`. */
  create(body: MonitePaths['/einvoicing_connections']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/einvoicing_connections']['post']['responses'][201]['content']['application/json']>;
  /** Get an e-invoicing connection by ID: `GET /einvoicing_connections/{einvoicing_connection_id}`. */
  retrieve(einvoicingConnectionId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/einvoicing_connections/{einvoicing_connection_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete an e-invoicing connection: `DELETE /einvoicing_connections/{einvoicing_connection_id}`. */
  delete(einvoicingConnectionId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update an e-invoicing connection: `PATCH /einvoicing_connections/{einvoicing_connection_id}`. */
  update(einvoicingConnectionId: string, body: MonitePaths['/einvoicing_connections/{einvoicing_connection_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/einvoicing_connections/{einvoicing_connection_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Create an e-invoicing credential: `POST /einvoicing_connections/{einvoicing_connection_id}/network_credentials`. */
  networkCredentials(einvoicingConnectionId: string, body: MonitePaths['/einvoicing_connections/{einvoicing_connection_id}/network_credentials']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/einvoicing_connections/{einvoicing_connection_id}/network_credentials']['post']['responses'][201]['content']['application/json']>;
}

/** `monite.payableCreditNotes`. */
export interface MonitePayableCreditNotesResource {
  /** Get credit notes: `GET /payable_credit_notes`. */
  list(query?: NonNullable<MonitePaths['/payable_credit_notes']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/payable_credit_notes']['get']['responses'][200]['content']['application/json'], MonitePaths['/payable_credit_notes']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a credit note: `POST /payable_credit_notes`. */
  create(body: MonitePaths['/payable_credit_notes']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes']['post']['responses'][201]['content']['application/json']>;
  /** Upload a credit note from a file: `POST /payable_credit_notes/upload_from_file`. */
  uploadFromFile(body: MonitePaths['/payable_credit_notes/upload_from_file']['post']['requestBody']['content']['multipart/form-data'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/upload_from_file']['post']['responses'][201]['content']['application/json']>;
  /** Get a credit note by ID: `GET /payable_credit_notes/{credit_note_id}`. */
  retrieve(creditNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a credit note: `DELETE /payable_credit_notes/{credit_note_id}`. */
  delete(creditNoteId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a credit note: `PATCH /payable_credit_notes/{credit_note_id}`. */
  update(creditNoteId: string, body: MonitePaths['/payable_credit_notes/{credit_note_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Approve a credit note: `POST /payable_credit_notes/{credit_note_id}/approve`. */
  approve(creditNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/approve']['post']['responses'][200]['content']['application/json']>;
  /** Cancel a credit note: `POST /payable_credit_notes/{credit_note_id}/cancel`. */
  cancel(creditNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/cancel']['post']['responses'][200]['content']['application/json']>;
  /** Cancel OCR of a credit note: `POST /payable_credit_notes/{credit_note_id}/cancel_ocr`. */
  cancelOcr(creditNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/cancel_ocr']['post']['responses'][200]['content']['application/json']>;
  /** Reject a credit note: `POST /payable_credit_notes/{credit_note_id}/reject`. */
  reject(creditNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/reject']['post']['responses'][200]['content']['application/json']>;
  /** Submit a credit note for approval: `POST /payable_credit_notes/{credit_note_id}/submit_for_approval`. */
  submitForApproval(creditNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/submit_for_approval']['post']['responses'][200]['content']['application/json']>;
  /** `monite.payableCreditNotes.validations`. */
  readonly validations: MonitePayableCreditNotesValidationsResource;
  /** `monite.payableCreditNotes.lineItems`. */
  readonly lineItems: MonitePayableCreditNotesLineItemsResource;
  /** `monite.payableCreditNotes.validate`. */
  readonly validate: MonitePayableCreditNotesValidateResource;
}

/** `monite.payableCreditNotes.validations`. */
export interface MonitePayableCreditNotesValidationsResource {
  /** Get credit note validations: `GET /payable_credit_notes/validations`. */
  retrieve(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/validations']['get']['responses'][200]['content']['application/json']>;
  /** Update credit note validations: `PUT /payable_credit_notes/validations`. */
  replace(body: MonitePaths['/payable_credit_notes/validations']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/validations']['put']['responses'][200]['content']['application/json']>;
  /** Reset credit note validations: `POST /payable_credit_notes/validations/reset`. */
  reset(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/validations/reset']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.payableCreditNotes.lineItems`. */
export interface MonitePayableCreditNotesLineItemsResource {
  /** Get all line items of a credit note: `GET /payable_credit_notes/{credit_note_id}/line_items`. */
  list(creditNoteId: string, query?: NonNullable<MonitePaths['/payable_credit_notes/{credit_note_id}/line_items']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/payable_credit_notes/{credit_note_id}/line_items']['get']['responses'][200]['content']['application/json'], MonitePaths['/payable_credit_notes/{credit_note_id}/line_items']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Replace all line items of a credit note: `PUT /payable_credit_notes/{credit_note_id}/line_items`. */
  replace(creditNoteId: string, body: MonitePaths['/payable_credit_notes/{credit_note_id}/line_items']['put']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/line_items']['put']['responses'][200]['content']['application/json']>;
  /** Add a new line item to a credit note: `POST /payable_credit_notes/{credit_note_id}/line_items`. */
  create(creditNoteId: string, body: MonitePaths['/payable_credit_notes/{credit_note_id}/line_items']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/line_items']['post']['responses'][201]['content']['application/json']>;
  /** Get a single line item of a credit note: `GET /payable_credit_notes/{credit_note_id}/line_items/{line_item_id}`. */
  retrieve(creditNoteId: string, lineItemId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/line_items/{line_item_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a line item from a credit note: `DELETE /payable_credit_notes/{credit_note_id}/line_items/{line_item_id}`. */
  delete(creditNoteId: string, lineItemId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/line_items/{line_item_id}']['delete']['responses'][200]['content']['application/json']>;
  /** Update a line item of a credit note: `PATCH /payable_credit_notes/{credit_note_id}/line_items/{line_item_id}`. */
  update(creditNoteId: string, lineItemId: string, body: MonitePaths['/payable_credit_notes/{credit_note_id}/line_items/{line_item_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/line_items/{line_item_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.payableCreditNotes.validate`. */
export interface MonitePayableCreditNotesValidateResource {
  /** Validate a credit note: `GET /payable_credit_notes/{credit_note_id}/validate`. */
  retrieve(creditNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/payable_credit_notes/{credit_note_id}/validate']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.financingInvoices`. */
export interface MoniteFinancingInvoicesResource {
  /** Get invoices: `GET /financing_invoices`. */
  list(query?: NonNullable<MonitePaths['/financing_invoices']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/financing_invoices']['get']['responses'][200]['content']['application/json'], MonitePaths['/financing_invoices']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Request financing for invoices: `POST /financing_invoices`. */
  create(body: MonitePaths['/financing_invoices']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/financing_invoices']['post']['responses'][201]['content']['application/json']>;
}

/** `monite.financingOffers`. */
export interface MoniteFinancingOffersResource {
  /** Get financing offers and the business status: `GET /financing_offers`. */
  retrieve(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/financing_offers']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.financingTokens`. */
export interface MoniteFinancingTokensResource {
  /** Create a token for Kanmon SDK: `POST /financing_tokens`. */
  create(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/financing_tokens']['post']['responses'][201]['content']['application/json']>;
}

/** `monite.accounting.payables`. */
export interface MoniteAccountingPayablesResource {
  /** Get payables list from accounting system: `GET /accounting/payables`. */
  list(query?: NonNullable<MonitePaths['/accounting/payables']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting/payables']['get']['responses'][200]['content']['application/json']>;
  /** Get payable details from accounting system: `GET /accounting/payables/{payable_id}`. */
  retrieve(payableId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting/payables/{payable_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.accounting`. */
export interface MoniteAccountingResource {
  /** `monite.accounting.payables`. */
  readonly payables: MoniteAccountingPayablesResource;
  /** `monite.accounting.receivables`. */
  readonly receivables: MoniteAccountingReceivablesResource;
}

/** `monite.accounting.receivables`. */
export interface MoniteAccountingReceivablesResource {
  /** Get invoice list from accounting system: `GET /accounting/receivables`. */
  list(query?: NonNullable<MonitePaths['/accounting/receivables']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting/receivables']['get']['responses'][200]['content']['application/json']>;
  /** Get invoice details from accounting system: `GET /accounting/receivables/{invoice_id}`. */
  retrieve(invoiceId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/accounting/receivables/{invoice_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.analytics.creditNotes`. */
export interface MoniteAnalyticsCreditNotesResource {
  /** Get credit notes analytics: `GET /analytics/credit_notes`. */
  list(query: NonNullable<MonitePaths['/analytics/credit_notes']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/analytics/credit_notes']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.analytics`. */
export interface MoniteAnalyticsResource {
  /** `monite.analytics.creditNotes`. */
  readonly creditNotes: MoniteAnalyticsCreditNotesResource;
  /** `monite.analytics.payables`. */
  readonly payables: MoniteAnalyticsPayablesResource;
  /** `monite.analytics.receivables`. */
  readonly receivables: MoniteAnalyticsReceivablesResource;
}

/** `monite.analytics.payables`. */
export interface MoniteAnalyticsPayablesResource {
  /** Get payables analytics: `GET /analytics/payables`. */
  list(query: NonNullable<MonitePaths['/analytics/payables']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/analytics/payables']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.analytics.receivables`. */
export interface MoniteAnalyticsReceivablesResource {
  /** Get receivables analytics: `GET /analytics/receivables`. */
  list(query: NonNullable<MonitePaths['/analytics/receivables']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/analytics/receivables']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.customVatRates`. */
export interface MoniteCustomVatRatesResource {
  /** Get custom VAT rates: `GET /custom_vat_rates`. */
  list(options?: MoniteRequestOptions): MonitePromise<MonitePaths['/custom_vat_rates']['get']['responses'][200]['content']['application/json']>;
  /** Create a custom VAT rate: `POST /custom_vat_rates`. */
  create(body: MonitePaths['/custom_vat_rates']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/custom_vat_rates']['post']['responses'][201]['content']['application/json']>;
  /** Get a custom VAT rate by ID: `GET /custom_vat_rates/{custom_vat_rate_id}`. */
  retrieve(customVatRateId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/custom_vat_rates/{custom_vat_rate_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a custom VAT rate: `DELETE /custom_vat_rates/{custom_vat_rate_id}`. */
  delete(customVatRateId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a custom VAT rate: `PATCH /custom_vat_rates/{custom_vat_rate_id}`. */
  update(customVatRateId: string, body: MonitePaths['/custom_vat_rates/{custom_vat_rate_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/custom_vat_rates/{custom_vat_rate_id}']['patch']['responses'][200]['content']['application/json']>;
}

/** `monite.deliveryNotes`. */
export interface MoniteDeliveryNotesResource {
  /** Get delivery notes: `GET /delivery_notes`. */
  list(query?: NonNullable<MonitePaths['/delivery_notes']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/delivery_notes']['get']['responses'][200]['content']['application/json'], MonitePaths['/delivery_notes']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a delivery note: `POST /delivery_notes`. */
  create(body: MonitePaths['/delivery_notes']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/delivery_notes']['post']['responses'][201]['content']['application/json']>;
  /** Get a delivery note by ID: `GET /delivery_notes/{delivery_note_id}`. */
  retrieve(deliveryNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/delivery_notes/{delivery_note_id}']['get']['responses'][200]['content']['application/json']>;
  /** Delete a delivery note: `DELETE /delivery_notes/{delivery_note_id}`. */
  delete(deliveryNoteId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a delivery note: `PATCH /delivery_notes/{delivery_note_id}`. */
  update(deliveryNoteId: string, body: MonitePaths['/delivery_notes/{delivery_note_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/delivery_notes/{delivery_note_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Cancel a delivery note: `POST /delivery_notes/{delivery_note_id}/cancel`. */
  cancel(deliveryNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/delivery_notes/{delivery_note_id}/cancel']['post']['responses'][200]['content']['application/json']>;
  /** Mark a delivery note as delivered: `POST /delivery_notes/{delivery_note_id}/mark_as_delivered`. */
  markAsDelivered(deliveryNoteId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/delivery_notes/{delivery_note_id}/mark_as_delivered']['post']['responses'][200]['content']['application/json']>;
}

/** `monite.einvoiceSearch`. */
export interface MoniteEinvoiceSearchResource {
  /** Check if e-invoicing credentials exist in the network: `GET /einvoice_search`. */
  retrieve(query: NonNullable<MonitePaths['/einvoice_search']['get']['parameters']['query']>, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/einvoice_search']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.ocrTasks`. */
export interface MoniteOcrTasksResource {
  /** Get OCR tasks: `GET /ocr_tasks`. */
  list(query?: NonNullable<MonitePaths['/ocr_tasks']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/ocr_tasks']['get']['responses'][200]['content']['application/json'], MonitePaths['/ocr_tasks']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** OCR a file from URL: `POST /ocr_tasks`. */
  create(body: MonitePaths['/ocr_tasks']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/ocr_tasks']['post']['responses'][202]['content']['application/json']>;
  /** Upload a file for OCR: `POST /ocr_tasks/upload_from_file`. */
  uploadFromFile(body: MonitePaths['/ocr_tasks/upload_from_file']['post']['requestBody']['content']['multipart/form-data'], options?: MoniteRequestOptions & { query?: NonNullable<MonitePaths['/ocr_tasks/upload_from_file']['post']['parameters']['query']> }): MonitePromise<MonitePaths['/ocr_tasks/upload_from_file']['post']['responses'][202]['content']['application/json']>;
  /** Get an OCR task by ID: `GET /ocr_tasks/{task_id}`. */
  retrieve(taskId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/ocr_tasks/{task_id}']['get']['responses'][200]['content']['application/json']>;
}

/** `monite.receipts`. */
export interface MoniteReceiptsResource {
  /** Lists all receipts from the connected entity: `GET /receipts`. */
  list(query?: NonNullable<MonitePaths['/receipts']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/receipts']['get']['responses'][200]['content']['application/json'], MonitePaths['/receipts']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Create a receipt: `POST /receipts`. */
  create(body: MonitePaths['/receipts']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receipts']['post']['responses'][201]['content']['application/json']>;
  /** Upload a receipt from a file: `POST /receipts/upload_from_file`. */
  uploadFromFile(body: MonitePaths['/receipts/upload_from_file']['post']['requestBody']['content']['multipart/form-data'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receipts/upload_from_file']['post']['responses'][201]['content']['application/json']>;
  /** Retrieves information about a specific receipt with the given ID: `GET /receipts/{receipt_id}`. */
  retrieve(receiptId: string, options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receipts/{receipt_id}']['get']['responses'][200]['content']['application/json']>;
  /** Deletes a specific receipt: `DELETE /receipts/{receipt_id}`. */
  delete(receiptId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Updates the information about a specific receipt: `PATCH /receipts/{receipt_id}`. */
  update(receiptId: string, body: MonitePaths['/receipts/{receipt_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receipts/{receipt_id}']['patch']['responses'][200]['content']['application/json']>;
  /** Attach a file to a receipt: `POST /receipts/{receipt_id}/attach_file`. */
  attachFile(receiptId: string, body: MonitePaths['/receipts/{receipt_id}/attach_file']['post']['requestBody']['content']['multipart/form-data'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receipts/{receipt_id}/attach_file']['post']['responses'][200]['content']['application/json']>;
  /** `monite.receipts.lineItems`. */
  readonly lineItems: MoniteReceiptsLineItemsResource;
}

/** `monite.receipts.lineItems`. */
export interface MoniteReceiptsLineItemsResource {
  /** Get all line items of a receipt: `GET /receipts/{receipt_id}/line_items`. */
  list(receiptId: string, query?: NonNullable<MonitePaths['/receipts/{receipt_id}/line_items']['get']['parameters']['query']>, options?: MoniteListOptions): MoniteListPromise<MonitePaths['/receipts/{receipt_id}/line_items']['get']['responses'][200]['content']['application/json'], MonitePaths['/receipts/{receipt_id}/line_items']['get']['responses'][200]['content']['application/json']['data'][number]>;
  /** Add a new line item to a receipt: `POST /receipts/{receipt_id}/line_items`. */
  create(receiptId: string, body: MonitePaths['/receipts/{receipt_id}/line_items']['post']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receipts/{receipt_id}/line_items']['post']['responses'][201]['content']['application/json']>;
  /** Delete a line item from a receipt: `DELETE /receipts/{receipt_id}/line_items/{line_item_id}`. */
  delete(receiptId: string, lineItemId: string, options?: MoniteRequestOptions): MonitePromise<undefined>;
  /** Update a line item of a receipt: `PATCH /receipts/{receipt_id}/line_items/{line_item_id}`. */
  update(receiptId: string, lineItemId: string, body: MonitePaths['/receipts/{receipt_id}/line_items/{line_item_id}']['patch']['requestBody']['content']['application/json'], options?: MoniteRequestOptions): MonitePromise<MonitePaths['/receipts/{receipt_id}/line_items/{line_item_id}']['patch']['responses'][200]['content']['application/json']>;
}
