/**
 * This file is generated from spec/dist/openapi.json. Do not edit it by hand.
 * Generator: tooling/codegen/src/generate-client-paths.mjs (client-resources.mjs). Regenerate with `pnpm generate`.
 */
/**
 * Every operation as a resource method, one line each:
 * `resource.keys name METHOD /path [flags]`; flags: `b` body argument,
 * `q` query argument, `l` cursor list, `B` binary response.
 */
export const RESOURCE_ROUTES = `
auth token POST /auth/token b
auth revoke POST /auth/revoke b
settings retrieve GET /settings
settings update PATCH /settings b
webhookSubscriptions list GET /webhook_subscriptions ql
webhookSubscriptions create POST /webhook_subscriptions b
webhookSubscriptions retrieve GET /webhook_subscriptions/{webhook_subscription_id}
webhookSubscriptions delete DELETE /webhook_subscriptions/{webhook_subscription_id}
webhookSubscriptions update PATCH /webhook_subscriptions/{webhook_subscription_id} b
webhookSubscriptions disable POST /webhook_subscriptions/{webhook_subscription_id}/disable
webhookSubscriptions enable POST /webhook_subscriptions/{webhook_subscription_id}/enable
webhookSubscriptions regenerateSecret POST /webhook_subscriptions/{webhook_subscription_id}/regenerate_secret
webhookDeliveries list GET /webhook_deliveries ql
events list GET /events ql
events retrieve GET /events/{event_id}
entities list GET /entities ql
entities create POST /entities b
entities.me retrieve GET /entities/me
entities.me update PATCH /entities/me b
entities retrieve GET /entities/{entity_id}
entities update PATCH /entities/{entity_id} b
entities activate POST /entities/{entity_id}/activate
entities deactivate POST /entities/{entity_id}/deactivate
entities.logo replace PUT /entities/{entity_id}/logo b
entities.logo delete DELETE /entities/{entity_id}/logo
entities.partnerMetadata retrieve GET /entities/{entity_id}/partner_metadata
entities.partnerMetadata replace PUT /entities/{entity_id}/partner_metadata b
entities.settings retrieve GET /entities/{entity_id}/settings
entities.settings update PATCH /entities/{entity_id}/settings b
entities.settings.nextDocumentNumbers retrieve GET /entities/{entity_id}/settings/next_document_numbers
entityUsers.myEntity retrieve GET /entity_users/my_entity
entityUsers.myEntity update PATCH /entity_users/my_entity b
bankAccounts list GET /bank_accounts l
bankAccounts create POST /bank_accounts b
bankAccounts retrieve GET /bank_accounts/{bank_account_id}
bankAccounts delete DELETE /bank_accounts/{bank_account_id}
bankAccounts update PATCH /bank_accounts/{bank_account_id} b
bankAccounts makeDefault POST /bank_accounts/{bank_account_id}/make_default
persons list GET /persons
persons create POST /persons b
persons retrieve GET /persons/{person_id}
persons delete DELETE /persons/{person_id}
persons update PATCH /persons/{person_id} b
entities.vatIds list GET /entities/{entity_id}/vat_ids
entities.vatIds create POST /entities/{entity_id}/vat_ids b
entities.vatIds retrieve GET /entities/{entity_id}/vat_ids/{id}
entities.vatIds delete DELETE /entities/{entity_id}/vat_ids/{id}
entities.vatIds update PATCH /entities/{entity_id}/vat_ids/{id} b
roles list GET /roles ql
roles create POST /roles b
roles retrieve GET /roles/{role_id}
roles delete DELETE /roles/{role_id}
roles update PATCH /roles/{role_id} b
entityUsers list GET /entity_users ql
entityUsers create POST /entity_users b
entityUsers.me retrieve GET /entity_users/me
entityUsers.me update PATCH /entity_users/me b
entityUsers.myRole retrieve GET /entity_users/my_role
entityUsers retrieve GET /entity_users/{entity_user_id}
entityUsers delete DELETE /entity_users/{entity_user_id}
entityUsers update PATCH /entity_users/{entity_user_id} b
counterparts list GET /counterparts ql
counterparts create POST /counterparts b
counterparts retrieve GET /counterparts/{counterpart_id}
counterparts delete DELETE /counterparts/{counterpart_id}
counterparts update PATCH /counterparts/{counterpart_id} b
counterparts.partnerMetadata retrieve GET /counterparts/{counterpart_id}/partner_metadata
counterparts.partnerMetadata replace PUT /counterparts/{counterpart_id}/partner_metadata b
counterparts.addresses list GET /counterparts/{counterpart_id}/addresses
counterparts.addresses create POST /counterparts/{counterpart_id}/addresses b
counterparts.addresses retrieve GET /counterparts/{counterpart_id}/addresses/{address_id}
counterparts.addresses delete DELETE /counterparts/{counterpart_id}/addresses/{address_id}
counterparts.addresses update PATCH /counterparts/{counterpart_id}/addresses/{address_id} b
counterparts.bankAccounts list GET /counterparts/{counterpart_id}/bank_accounts
counterparts.bankAccounts create POST /counterparts/{counterpart_id}/bank_accounts b
counterparts.bankAccounts retrieve GET /counterparts/{counterpart_id}/bank_accounts/{bank_account_id}
counterparts.bankAccounts delete DELETE /counterparts/{counterpart_id}/bank_accounts/{bank_account_id}
counterparts.bankAccounts update PATCH /counterparts/{counterpart_id}/bank_accounts/{bank_account_id} b
counterparts.bankAccounts makeDefault POST /counterparts/{counterpart_id}/bank_accounts/{bank_account_id}/make_default
counterparts.contacts list GET /counterparts/{counterpart_id}/contacts
counterparts.contacts create POST /counterparts/{counterpart_id}/contacts b
counterparts.contacts retrieve GET /counterparts/{counterpart_id}/contacts/{contact_id}
counterparts.contacts delete DELETE /counterparts/{counterpart_id}/contacts/{contact_id}
counterparts.contacts update PATCH /counterparts/{counterpart_id}/contacts/{contact_id} b
counterparts.contacts makeDefault POST /counterparts/{counterpart_id}/contacts/{contact_id}/make_default
counterparts.vatIds list GET /counterparts/{counterpart_id}/vat_ids
counterparts.vatIds create POST /counterparts/{counterpart_id}/vat_ids b
counterparts.vatIds retrieve GET /counterparts/{counterpart_id}/vat_ids/{vat_id}
counterparts.vatIds delete DELETE /counterparts/{counterpart_id}/vat_ids/{vat_id}
counterparts.vatIds update PATCH /counterparts/{counterpart_id}/vat_ids/{vat_id} b
counterparts.einvoicingCredentials list GET /counterparts/{counterpart_id}/einvoicing_credentials
counterparts.einvoicingCredentials create POST /counterparts/{counterpart_id}/einvoicing_credentials b
counterparts.einvoicingCredentials retrieve GET /counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}
counterparts.einvoicingCredentials delete DELETE /counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}
counterparts.einvoicingCredentials update PATCH /counterparts/{counterpart_id}/einvoicing_credentials/{credential_id} b
paymentRecords list GET /payment_records ql
paymentRecords create POST /payment_records b
paymentRecords retrieve GET /payment_records/{payment_record_id}
paymentRecords update PATCH /payment_records/{payment_record_id} b
paymentRecords cancel POST /payment_records/{payment_record_id}/cancel b
paymentRecords markAsSucceeded POST /payment_records/{payment_record_id}/mark_as_succeeded b
paymentRecords startProcessing POST /payment_records/{payment_record_id}/start_processing b
projects list GET /projects ql
projects create POST /projects b
projects retrieve GET /projects/{project_id}
projects delete DELETE /projects/{project_id}
projects update PATCH /projects/{project_id} b
tags list GET /tags ql
tags create POST /tags b
tags retrieve GET /tags/{tag_id}
tags delete DELETE /tags/{tag_id}
tags update PATCH /tags/{tag_id} b
approvalPolicies list GET /approval_policies ql
approvalPolicies create POST /approval_policies b
approvalPolicies retrieve GET /approval_policies/{approval_policy_id}
approvalPolicies delete DELETE /approval_policies/{approval_policy_id}
approvalPolicies update PATCH /approval_policies/{approval_policy_id} b
approvalPolicies.processes list GET /approval_policies/{approval_policy_id}/processes
approvalPolicies.processes retrieve GET /approval_policies/{approval_policy_id}/processes/{process_id}
approvalPolicies.processes cancel POST /approval_policies/{approval_policy_id}/processes/{process_id}/cancel
approvalPolicies.processes.steps list GET /approval_policies/{approval_policy_id}/processes/{process_id}/steps
approvalRequests list GET /approval_requests ql
approvalRequests create POST /approval_requests b
approvalRequests retrieve GET /approval_requests/{approval_request_id}
approvalRequests approve POST /approval_requests/{approval_request_id}/approve
approvalRequests cancel POST /approval_requests/{approval_request_id}/cancel
approvalRequests reject POST /approval_requests/{approval_request_id}/reject
comments list GET /comments ql
comments create POST /comments b
comments retrieve GET /comments/{comment_id}
comments delete DELETE /comments/{comment_id}
comments update PATCH /comments/{comment_id} b
payables.lineItems list GET /payables/{payable_id}/line_items ql
payables.lineItems replace PUT /payables/{payable_id}/line_items b
payables.lineItems create POST /payables/{payable_id}/line_items b
payables.lineItems retrieve GET /payables/{payable_id}/line_items/{line_item_id}
payables.lineItems delete DELETE /payables/{payable_id}/line_items/{line_item_id}
payables.lineItems update PATCH /payables/{payable_id}/line_items/{line_item_id} b
payables list GET /payables ql
payables create POST /payables b
payables.analytics list GET /payables/analytics q
payables uploadFromFile POST /payables/upload_from_file b
payables.validations retrieve GET /payables/validations
payables.validations replace PUT /payables/validations b
payables.validations reset POST /payables/validations/reset
payables.variables list GET /payables/variables
payables retrieve GET /payables/{payable_id}
payables delete DELETE /payables/{payable_id}
payables update PATCH /payables/{payable_id} b
payables approvePaymentOperation POST /payables/{payable_id}/approve_payment_operation
payables attachFile POST /payables/{payable_id}/attach_file b
payables cancel POST /payables/{payable_id}/cancel
payables markAsPaid POST /payables/{payable_id}/mark_as_paid b
payables markAsPartiallyPaid POST /payables/{payable_id}/mark_as_partially_paid b
payables reject POST /payables/{payable_id}/reject
payables reopen POST /payables/{payable_id}/reopen
payables submitForApproval POST /payables/{payable_id}/submit_for_approval
payables validate POST /payables/{payable_id}/validate
payables cancelOcr POST /payables/{payable_id}/cancel_ocr
payables.history list GET /payables/{payable_id}/history ql
payables.suggestions retrieve GET /payables/{payable_id}/suggestions
payables.suggestions delete DELETE /payables/{payable_id}/suggestions
payablePurchaseOrders list GET /payable_purchase_orders ql
payablePurchaseOrders create POST /payable_purchase_orders b
payablePurchaseOrders.variables list GET /payable_purchase_orders/variables
payablePurchaseOrders retrieve GET /payable_purchase_orders/{purchase_order_id}
payablePurchaseOrders delete DELETE /payable_purchase_orders/{purchase_order_id}
payablePurchaseOrders update PATCH /payable_purchase_orders/{purchase_order_id} b
payablePurchaseOrders preview POST /payable_purchase_orders/{purchase_order_id}/preview b
payablePurchaseOrders send POST /payable_purchase_orders/{purchase_order_id}/send b
measureUnits list GET /measure_units
measureUnits create POST /measure_units b
measureUnits retrieve GET /measure_units/{unit_id}
measureUnits delete DELETE /measure_units/{unit_id}
measureUnits update PATCH /measure_units/{unit_id} b
overdueReminders list GET /overdue_reminders
overdueReminders create POST /overdue_reminders b
overdueReminders retrieve GET /overdue_reminders/{overdue_reminder_id}
overdueReminders delete DELETE /overdue_reminders/{overdue_reminder_id}
overdueReminders update PATCH /overdue_reminders/{overdue_reminder_id} b
paymentReminders list GET /payment_reminders
paymentReminders create POST /payment_reminders b
paymentReminders retrieve GET /payment_reminders/{payment_reminder_id}
paymentReminders delete DELETE /payment_reminders/{payment_reminder_id}
paymentReminders update PATCH /payment_reminders/{payment_reminder_id} b
paymentTerms list GET /payment_terms
paymentTerms create POST /payment_terms b
paymentTerms retrieve GET /payment_terms/{payment_terms_id}
paymentTerms delete DELETE /payment_terms/{payment_terms_id}
paymentTerms update PATCH /payment_terms/{payment_terms_id} b
products list GET /products ql
products create POST /products b
products retrieve GET /products/{product_id}
products delete DELETE /products/{product_id}
products update PATCH /products/{product_id} b
receivables list GET /receivables ql
receivables create POST /receivables b
receivables.variables list GET /receivables/variables
receivables.requiredFields retrieve GET /receivables/required_fields q
receivables search POST /receivables/search b
receivables retrieve GET /receivables/{receivable_id}
receivables delete DELETE /receivables/{receivable_id}
receivables update PATCH /receivables/{receivable_id} b
receivables accept POST /receivables/{receivable_id}/accept b
receivables cancel POST /receivables/{receivable_id}/cancel
receivables clone POST /receivables/{receivable_id}/clone
receivables decline POST /receivables/{receivable_id}/decline b
receivables issue POST /receivables/{receivable_id}/issue
receivables.lineItems replace PUT /receivables/{receivable_id}/line_items b
receivables.mails list GET /receivables/{receivable_id}/mails ql
receivables.mails retrieve GET /receivables/{receivable_id}/mails/{mail_id}
receivables markAsPaid POST /receivables/{receivable_id}/mark_as_paid b
receivables markAsPartiallyPaid POST /receivables/{receivable_id}/mark_as_partially_paid b
receivables markAsUncollectible POST /receivables/{receivable_id}/mark_as_uncollectible b
receivables.pdfLink retrieve GET /receivables/{receivable_id}/pdf_link
receivables preview POST /receivables/{receivable_id}/preview b
receivables send POST /receivables/{receivable_id}/send b
receivables sendTestReminder POST /receivables/{receivable_id}/send_test_reminder b
receivables verify POST /receivables/{receivable_id}/verify
receivables.history list GET /receivables/{receivable_id}/history ql
receivables.history retrieve GET /receivables/{receivable_id}/history/{receivable_history_id}
recurrences list GET /recurrences
recurrences create POST /recurrences b
recurrences retrieve GET /recurrences/{recurrence_id}
recurrences update PATCH /recurrences/{recurrence_id} b
recurrences cancel POST /recurrences/{recurrence_id}/cancel
recurrences pause POST /recurrences/{recurrence_id}/pause
recurrences resume POST /recurrences/{recurrence_id}/resume
vatRates list GET /vat_rates q
batchPayments create POST /batch_payments b
batchPayments retrieve GET /batch_payments/{batch_payment_id}
bankAccounts completeVerification POST /bank_accounts/complete_verification b
bankAccounts startVerification POST /bank_accounts/start_verification b
bankAccounts completeVerificationById POST /bank_accounts/{bank_account_id}/complete_verification b
bankAccounts refreshVerification POST /bank_accounts/{bank_account_id}/refresh_verification b
bankAccounts.verifications retrieve GET /bank_accounts/{bank_account_id}/verifications
entities.onboardingData retrieve GET /entities/{entity_id}/onboarding_data
entities.onboardingData replace PUT /entities/{entity_id}/onboarding_data b
entities.onboardingData update PATCH /entities/{entity_id}/onboarding_data b
entities documents POST /entities/{entity_id}/documents
onboardingDocuments create POST /onboarding_documents b
persons documents POST /persons/{person_id}/documents
persons onboardingDocuments POST /persons/{person_id}/onboarding_documents b
onboardingLinks create POST /onboarding_links b
paymentOnboardingLinks create POST /payment_onboarding_links b
entities.onboardingRequirements retrieve GET /entities/{entity_id}/onboarding_requirements
onboardingRequirements list GET /onboarding_requirements
paymentIntents list GET /payment_intents ql
paymentIntents retrieve GET /payment_intents/{payment_intent_id}
paymentIntents update PATCH /payment_intents/{payment_intent_id} b
paymentIntents.history list GET /payment_intents/{payment_intent_id}/history
paymentLinks create POST /payment_links b
paymentLinks retrieve GET /payment_links/{payment_link_id}
paymentLinks expire POST /payment_links/{payment_link_id}/expire
entities.paymentMethods list GET /entities/{entity_id}/payment_methods
entities.paymentMethods replace PUT /entities/{entity_id}/payment_methods b
accountingConnections list GET /accounting_connections
accountingConnections create POST /accounting_connections
accountingConnections retrieve GET /accounting_connections/{connection_id}
accountingConnections disconnect POST /accounting_connections/{connection_id}/disconnect
accountingConnections sync POST /accounting_connections/{connection_id}/sync
accountingSyncedRecords list GET /accounting_synced_records ql
accountingSyncedRecords retrieve GET /accounting_synced_records/{synced_record_id}
accountingSyncedRecords push POST /accounting_synced_records/{synced_record_id}/push
accountingTaxRates list GET /accounting_tax_rates ql
accountingTaxRates retrieve GET /accounting_tax_rates/{tax_rate_id}
ledgerAccounts list GET /ledger_accounts ql
ledgerAccounts retrieve GET /ledger_accounts/{ledger_account_id}
auditLogs list GET /audit_logs ql
auditLogs retrieve GET /audit_logs/{audit_log_id}
dataExports list GET /data_exports ql
dataExports create POST /data_exports b
dataExports.supportedFormats list GET /data_exports/supported_formats
dataExports retrieve GET /data_exports/{document_export_id}
dataExports.extraData list GET /data_exports/extra_data ql
dataExports.extraData create POST /data_exports/extra_data b
dataExports.extraData retrieve GET /data_exports/extra_data/{extra_data_id}
dataExports.extraData delete DELETE /data_exports/extra_data/{extra_data_id}
dataExports.extraData update PATCH /data_exports/extra_data/{extra_data_id} b
files list GET /files q
files create POST /files b
files retrieve GET /files/{file_id}
files delete DELETE /files/{file_id}
mailTemplates list GET /mail_templates ql
mailTemplates create POST /mail_templates b
mailTemplates preview POST /mail_templates/preview b
mailTemplates.system list GET /mail_templates/system
mailTemplates retrieve GET /mail_templates/{template_id}
mailTemplates delete DELETE /mail_templates/{template_id}
mailTemplates update PATCH /mail_templates/{template_id} b
mailTemplates makeDefault POST /mail_templates/{template_id}/make_default
mailboxDomains list GET /mailbox_domains
mailboxDomains create POST /mailbox_domains b
mailboxDomains delete DELETE /mailbox_domains/{domain_id}
mailboxDomains verify POST /mailbox_domains/{domain_id}/verify
mailboxes list GET /mailboxes
mailboxes create POST /mailboxes b
mailboxes search POST /mailboxes/search b
mailboxes delete DELETE /mailboxes/{mailbox_id}
documentTemplates list GET /document_templates
documentTemplates.system list GET /document_templates/system
documentTemplates retrieve GET /document_templates/{document_template_id}
documentTemplates makeDefault POST /document_templates/{document_template_id}/make_default
documentTemplates.preview retrieve GET /document_templates/{document_template_id}/preview B
textTemplates list GET /text_templates ql
textTemplates create POST /text_templates b
textTemplates retrieve GET /text_templates/{text_template_id}
textTemplates delete DELETE /text_templates/{text_template_id}
textTemplates update PATCH /text_templates/{text_template_id} b
textTemplates makeDefault POST /text_templates/{text_template_id}/make_default
einvoicingConnections list GET /einvoicing_connections
einvoicingConnections create POST /einvoicing_connections b
einvoicingConnections retrieve GET /einvoicing_connections/{einvoicing_connection_id}
einvoicingConnections delete DELETE /einvoicing_connections/{einvoicing_connection_id}
einvoicingConnections update PATCH /einvoicing_connections/{einvoicing_connection_id} b
einvoicingConnections networkCredentials POST /einvoicing_connections/{einvoicing_connection_id}/network_credentials b
payableCreditNotes list GET /payable_credit_notes ql
payableCreditNotes create POST /payable_credit_notes b
payableCreditNotes uploadFromFile POST /payable_credit_notes/upload_from_file b
payableCreditNotes.validations retrieve GET /payable_credit_notes/validations
payableCreditNotes.validations replace PUT /payable_credit_notes/validations b
payableCreditNotes.validations reset POST /payable_credit_notes/validations/reset
payableCreditNotes retrieve GET /payable_credit_notes/{credit_note_id}
payableCreditNotes delete DELETE /payable_credit_notes/{credit_note_id}
payableCreditNotes update PATCH /payable_credit_notes/{credit_note_id} b
payableCreditNotes approve POST /payable_credit_notes/{credit_note_id}/approve
payableCreditNotes cancel POST /payable_credit_notes/{credit_note_id}/cancel
payableCreditNotes cancelOcr POST /payable_credit_notes/{credit_note_id}/cancel_ocr
payableCreditNotes.lineItems list GET /payable_credit_notes/{credit_note_id}/line_items ql
payableCreditNotes.lineItems replace PUT /payable_credit_notes/{credit_note_id}/line_items b
payableCreditNotes.lineItems create POST /payable_credit_notes/{credit_note_id}/line_items b
payableCreditNotes.lineItems retrieve GET /payable_credit_notes/{credit_note_id}/line_items/{line_item_id}
payableCreditNotes.lineItems delete DELETE /payable_credit_notes/{credit_note_id}/line_items/{line_item_id}
payableCreditNotes.lineItems update PATCH /payable_credit_notes/{credit_note_id}/line_items/{line_item_id} b
payableCreditNotes reject POST /payable_credit_notes/{credit_note_id}/reject
payableCreditNotes submitForApproval POST /payable_credit_notes/{credit_note_id}/submit_for_approval
payableCreditNotes.validate retrieve GET /payable_credit_notes/{credit_note_id}/validate
financingInvoices list GET /financing_invoices ql
financingInvoices create POST /financing_invoices b
financingOffers retrieve GET /financing_offers
financingTokens create POST /financing_tokens
accounting.payables list GET /accounting/payables q
accounting.payables retrieve GET /accounting/payables/{payable_id}
accounting.receivables list GET /accounting/receivables q
accounting.receivables retrieve GET /accounting/receivables/{invoice_id}
analytics.creditNotes list GET /analytics/credit_notes q
analytics.payables list GET /analytics/payables q
analytics.receivables list GET /analytics/receivables q
customVatRates list GET /custom_vat_rates
customVatRates create POST /custom_vat_rates b
customVatRates retrieve GET /custom_vat_rates/{custom_vat_rate_id}
customVatRates delete DELETE /custom_vat_rates/{custom_vat_rate_id}
customVatRates update PATCH /custom_vat_rates/{custom_vat_rate_id} b
deliveryNotes list GET /delivery_notes ql
deliveryNotes create POST /delivery_notes b
deliveryNotes retrieve GET /delivery_notes/{delivery_note_id}
deliveryNotes delete DELETE /delivery_notes/{delivery_note_id}
deliveryNotes update PATCH /delivery_notes/{delivery_note_id} b
deliveryNotes cancel POST /delivery_notes/{delivery_note_id}/cancel
deliveryNotes markAsDelivered POST /delivery_notes/{delivery_note_id}/mark_as_delivered
einvoiceSearch retrieve GET /einvoice_search q
ocrTasks list GET /ocr_tasks ql
ocrTasks create POST /ocr_tasks b
ocrTasks uploadFromFile POST /ocr_tasks/upload_from_file b
ocrTasks retrieve GET /ocr_tasks/{task_id}
receipts list GET /receipts ql
receipts create POST /receipts b
receipts uploadFromFile POST /receipts/upload_from_file b
receipts retrieve GET /receipts/{receipt_id}
receipts delete DELETE /receipts/{receipt_id}
receipts update PATCH /receipts/{receipt_id} b
receipts attachFile POST /receipts/{receipt_id}/attach_file b
receipts.lineItems list GET /receipts/{receipt_id}/line_items ql
receipts.lineItems create POST /receipts/{receipt_id}/line_items b
receipts.lineItems delete DELETE /receipts/{receipt_id}/line_items/{line_item_id}
receipts.lineItems update PATCH /receipts/{receipt_id}/line_items/{line_item_id} b
`;
