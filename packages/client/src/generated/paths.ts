/**
 * This file is generated from spec/dist/openapi.json. Do not edit it by hand.
 * Generator: tooling/codegen/src/generate-client-paths.mjs. Regenerate with `pnpm generate`.
 */
/* eslint-disable */
import type { components } from '@monite-ts/types';

export type { components };
export interface paths {
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a token */
        post: operations["post_auth_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a token */
        post: operations["post_auth_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get partner settings */
        get: operations["get_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update partner settings */
        patch: operations["patch_settings"];
        trace?: never;
    };
    "/webhook_subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get webhook subscriptions */
        get: operations["get_webhook_subscriptions"];
        put?: never;
        /** Subscribe to a webhook */
        post: operations["post_webhook_subscriptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_subscriptions/{webhook_subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook subscription */
        get: operations["get_webhook_subscriptions_id"];
        put?: never;
        post?: never;
        /** Delete a webhook subscription */
        delete: operations["delete_webhook_subscriptions_id"];
        options?: never;
        head?: never;
        /** Update a webhook subscription */
        patch: operations["patch_webhook_subscriptions_id"];
        trace?: never;
    };
    "/webhook_subscriptions/{webhook_subscription_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a webhook subscription */
        post: operations["post_webhook_subscriptions_id_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_subscriptions/{webhook_subscription_id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a webhook subscription */
        post: operations["post_webhook_subscriptions_id_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_subscriptions/{webhook_subscription_id}/regenerate_secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Regenerate a webhook secret and return the new webhook subscription */
        post: operations["post_webhook_subscriptions_id_regenerate_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get aggregated webhook deliveries */
        get: operations["get_webhook_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: operations["get_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get By Id */
        get: operations["get_events_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all entities */
        get: operations["get_entities"];
        put?: never;
        /** Create an entity */
        post: operations["post_entities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current entity
         * @deprecated
         */
        get: operations["get_entities_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the current entity
         * @deprecated
         */
        patch: operations["patch_entities_me"];
        trace?: never;
    };
    "/entities/{entity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an entity */
        get: operations["get_entities_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an entity */
        patch: operations["patch_entities_id"];
        trace?: never;
    };
    "/entities/{entity_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate an entity */
        post: operations["post_entities_id_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an entity */
        post: operations["post_entities_id_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_id}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload an entity logo */
        put: operations["put_entities_id_logo"];
        post?: never;
        /** Delete an entity's logo */
        delete: operations["delete_entities_id_logo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_id}/partner_metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get entity metadata */
        get: operations["get_entities_id_partner_metadata"];
        /** Replace entity metadata */
        put: operations["put_entities_id_partner_metadata"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get entity settings */
        get: operations["get_entities_id_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update entity settings */
        patch: operations["patch_entities_id_settings"];
        trace?: never;
    };
    "/entities/{entity_id}/settings/next_document_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the next document numbers for an entity */
        get: operations["get_entities_id_settings_next_document_numbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entity_users/my_entity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an entity of this user */
        get: operations["get_entity_users_my_entity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an entity of this user */
        patch: operations["patch_entity_users_my_entity"];
        trace?: never;
    };
    "/bank_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an entity's bank accounts */
        get: operations["get_bank_accounts"];
        put?: never;
        /** Create an entity bank account */
        post: operations["post_bank_accounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts/{bank_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an entity's bank account */
        get: operations["get_bank_accounts_id"];
        put?: never;
        post?: never;
        /** Delete an entity's bank account */
        delete: operations["delete_bank_accounts_id"];
        options?: never;
        head?: never;
        /** Update an entity's bank account */
        patch: operations["patch_bank_accounts_id"];
        trace?: never;
    };
    "/bank_accounts/{bank_account_id}/make_default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set an entity's bank account as the default for its currency */
        post: operations["post_bank_accounts_id_make_default"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all persons */
        get: operations["get_persons"];
        put?: never;
        /** Create a person */
        post: operations["post_persons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a person */
        get: operations["get_persons_id"];
        put?: never;
        post?: never;
        /** Delete a person */
        delete: operations["delete_persons_id"];
        options?: never;
        head?: never;
        /** Update a person */
        patch: operations["patch_persons_id"];
        trace?: never;
    };
    "/entities/{entity_id}/vat_ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an entity's VAT IDs */
        get: operations["get_entities_id_vat_ids"];
        put?: never;
        /** Create an entity VAT ID */
        post: operations["post_entities_id_vat_ids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_id}/vat_ids/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an entity's VAT ID */
        get: operations["get_entities_id_vat_ids_id"];
        put?: never;
        post?: never;
        /** Delete an entity's VAT ID */
        delete: operations["delete_entities_id_vat_ids_id"];
        options?: never;
        head?: never;
        /** Update an entity's VAT ID */
        patch: operations["patch_entities_id_vat_ids_id"];
        trace?: never;
    };
    "/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search roles */
        get: operations["get_roles"];
        put?: never;
        /** Create a role */
        post: operations["post_roles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role by ID */
        get: operations["get_roles_id"];
        put?: never;
        post?: never;
        /** Delete a role */
        delete: operations["delete_roles_id"];
        options?: never;
        head?: never;
        /** Update a role */
        patch: operations["patch_roles_id"];
        trace?: never;
    };
    "/entity_users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all entity users */
        get: operations["get_entity_users"];
        put?: never;
        /** Create an entity user */
        post: operations["post_entity_users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entity_users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get current entity user */
        get: operations["get_entity_users_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update current entity user */
        patch: operations["patch_entity_users_me"];
        trace?: never;
    };
    "/entity_users/my_role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role of this entity user */
        get: operations["get_entity_users_my_role"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entity_users/{entity_user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an entity user */
        get: operations["get_entity_users_id"];
        put?: never;
        post?: never;
        /** Delete an entity user */
        delete: operations["delete_entity_users_id"];
        options?: never;
        head?: never;
        /** Update an entity user */
        patch: operations["patch_entity_users_id"];
        trace?: never;
    };
    "/counterparts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all counterparts */
        get: operations["get_counterparts"];
        put?: never;
        /** Create a counterpart */
        post: operations["post_counterparts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart */
        get: operations["get_counterparts_id"];
        put?: never;
        post?: never;
        /** Delete a counterpart */
        delete: operations["delete_counterparts_id"];
        options?: never;
        head?: never;
        /** Update a counterpart */
        patch: operations["patch_counterparts_id"];
        trace?: never;
    };
    "/counterparts/{counterpart_id}/partner_metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get counterpart metadata */
        get: operations["get_counterparts_id_partner_metadata"];
        /** Replace counterpart metadata */
        put: operations["put_counterparts_id_partner_metadata"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's addresses */
        get: operations["get_counterparts_id_addresses"];
        put?: never;
        /** Create a counterpart address */
        post: operations["post_counterparts_id_addresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}/addresses/{address_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's address */
        get: operations["get_counterparts_id_addresses_id"];
        put?: never;
        post?: never;
        /** Delete a counterpart's address */
        delete: operations["delete_counterparts_id_addresses_id"];
        options?: never;
        head?: never;
        /** Update a counterpart's address */
        patch: operations["patch_counterparts_id_addresses_id"];
        trace?: never;
    };
    "/counterparts/{counterpart_id}/bank_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's bank accounts */
        get: operations["get_counterparts_id_bank_accounts"];
        put?: never;
        /** Create a counterpart bank account */
        post: operations["post_counterparts_id_bank_accounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}/bank_accounts/{bank_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's bank account */
        get: operations["get_counterparts_id_bank_accounts_id"];
        put?: never;
        post?: never;
        /** Delete a counterpart's bank account */
        delete: operations["delete_counterparts_id_bank_accounts_id"];
        options?: never;
        head?: never;
        /** Update a counterpart's bank account */
        patch: operations["patch_counterparts_id_bank_accounts_id"];
        trace?: never;
    };
    "/counterparts/{counterpart_id}/bank_accounts/{bank_account_id}/make_default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a counterpart's bank account as default for its currency */
        post: operations["post_counterparts_id_bank_accounts_id_make_default"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's contacts */
        get: operations["get_counterparts_id_contacts"];
        put?: never;
        /** Create a counterpart contact */
        post: operations["post_counterparts_id_contacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's contact */
        get: operations["get_counterparts_id_contacts_id"];
        put?: never;
        post?: never;
        /** Delete a counterpart's contact */
        delete: operations["delete_counterparts_id_contacts_id"];
        options?: never;
        head?: never;
        /** Update a counterpart's contact */
        patch: operations["patch_counterparts_id_contacts_id"];
        trace?: never;
    };
    "/counterparts/{counterpart_id}/contacts/{contact_id}/make_default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a counterpart's default contact */
        post: operations["post_counterparts_id_contacts_id_make_default"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}/vat_ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's VAT IDs */
        get: operations["get_counterparts_id_vat_ids"];
        put?: never;
        /** Create a counterpart VAT ID */
        post: operations["post_counterparts_id_vat_ids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}/vat_ids/{vat_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's VAT ID */
        get: operations["get_counterparts_id_vat_ids_id"];
        put?: never;
        post?: never;
        /** Delete a counterpart's VAT ID */
        delete: operations["delete_counterparts_id_vat_ids_id"];
        options?: never;
        head?: never;
        /** Update a counterpart's VAT ID */
        patch: operations["patch_counterparts_id_vat_ids_id"];
        trace?: never;
    };
    "/counterparts/{counterpart_id}/einvoicing_credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a list of a counterpart's e-invoicing credentials */
        get: operations["get_counterparts_id_einvoicing_credentials"];
        put?: never;
        /** Add e-invoicing credentials for a counterpart */
        post: operations["post_counterparts_id_einvoicing_credentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counterparts/{counterpart_id}/einvoicing_credentials/{credential_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a counterpart's e-invoicing credentials by ID */
        get: operations["get_counterparts_id_einvoicing_credentials_id"];
        put?: never;
        post?: never;
        /** Delete a counterpart's e-invoicing credentials */
        delete: operations["delete_counterparts_id_einvoicing_credentials_id"];
        options?: never;
        head?: never;
        /** Update a counterpart's e-invoicing credentials */
        patch: operations["patch_counterparts_id_einvoicing_credentials_id"];
        trace?: never;
    };
    "/payment_records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payment records */
        get: operations["get_payment_records"];
        put?: never;
        /** Create a payment record */
        post: operations["post_payment_records"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_records/{payment_record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a payment record */
        get: operations["get_payment_records_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a payment record */
        patch: operations["patch_payment_records_id"];
        trace?: never;
    };
    "/payment_records/{payment_record_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a payment record */
        post: operations["post_payment_records_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_records/{payment_record_id}/mark_as_succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a payment record as succeeded */
        post: operations["post_payment_records_id_mark_as_succeeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_records/{payment_record_id}/start_processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start processing a payment record */
        post: operations["post_payment_records_id_start_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all projects for entity */
        get: operations["get_projects"];
        put?: never;
        /** Create a project */
        post: operations["post_projects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a project by ID */
        get: operations["get_projects_id"];
        put?: never;
        post?: never;
        /** Delete a project */
        delete: operations["delete_projects_id"];
        options?: never;
        head?: never;
        /** Update a project */
        patch: operations["patch_projects_id"];
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get tags */
        get: operations["get_tags"];
        put?: never;
        /** Create a tag */
        post: operations["post_tags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a tag by ID */
        get: operations["get_tags_id"];
        put?: never;
        post?: never;
        /** Delete a tag */
        delete: operations["delete_tags_id"];
        options?: never;
        head?: never;
        /** Update a tag */
        patch: operations["patch_tags_id"];
        trace?: never;
    };
    "/approval_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get approval policies */
        get: operations["get_approval_policies"];
        put?: never;
        /** Create an approval policy */
        post: operations["post_approval_policies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_policies/{approval_policy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an approval policy by ID */
        get: operations["get_approval_policies_id"];
        put?: never;
        post?: never;
        /** Delete an approval policy */
        delete: operations["delete_approval_policies_id"];
        options?: never;
        head?: never;
        /** Update an approval policy */
        patch: operations["patch_approval_policies_id"];
        trace?: never;
    };
    "/approval_policies/{approval_policy_id}/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get approval processes created from a policy */
        get: operations["get_approval_policies_id_processes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_policies/{approval_policy_id}/processes/{process_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an approval process by ID */
        get: operations["get_approval_policies_id_processes_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_policies/{approval_policy_id}/processes/{process_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an approval process */
        post: operations["post_approval_policies_id_processes_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_policies/{approval_policy_id}/processes/{process_id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the steps of an approval process */
        get: operations["get_approval_policies_id_processes_id_steps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get approval requests */
        get: operations["get_approval_requests"];
        put?: never;
        /** Create an approval request */
        post: operations["post_approval_requests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_requests/{approval_request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an approval request by ID */
        get: operations["get_approval_requests_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_requests/{approval_request_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve an approval request */
        post: operations["post_approval_requests_id_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_requests/{approval_request_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an approval request */
        post: operations["post_approval_requests_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval_requests/{approval_request_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject an approval request */
        post: operations["post_approval_requests_id_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get comments */
        get: operations["get_comments"];
        put?: never;
        /** Create a comment */
        post: operations["post_comments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a comment by ID */
        get: operations["get_comments_id"];
        put?: never;
        post?: never;
        /** Delete a comment */
        delete: operations["delete_comments_id"];
        options?: never;
        head?: never;
        /** Update a comment */
        patch: operations["patch_comments_id"];
        trace?: never;
    };
    "/payables/{payable_id}/line_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the line items of a payable */
        get: operations["get_payables_id_line_items"];
        /** Replaces the lines items in a payable */
        put: operations["put_payables_id_line_items"];
        /** Add a line item to a payable */
        post: operations["post_payables_id_line_items"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/line_items/{line_item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a single line item of a payable */
        get: operations["get_payables_id_line_items_id"];
        put?: never;
        post?: never;
        /** Delete a line item from a payable */
        delete: operations["delete_payables_id_line_items_id"];
        options?: never;
        head?: never;
        /** Update a line item in a payable */
        patch: operations["patch_payables_id_line_items_id"];
        trace?: never;
    };
    "/payables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payables */
        get: operations["get_payables"];
        put?: never;
        /** Create a payable */
        post: operations["post_payables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics
         * @deprecated
         */
        get: operations["get_payables_analytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/upload_from_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a payable from a file */
        post: operations["post_payables_upload_from_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/validations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payables validations */
        get: operations["get_payables_validations"];
        /** Update payables validations */
        put: operations["put_payables_validations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/validations/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset payables validations */
        post: operations["post_payables_validations_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the available variables for payable email templates */
        get: operations["get_payables_variables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a payable by ID */
        get: operations["get_payables_id"];
        put?: never;
        post?: never;
        /** Delete a payable */
        delete: operations["delete_payables_id"];
        options?: never;
        head?: never;
        /** Update a payable */
        patch: operations["patch_payables_id"];
        trace?: never;
    };
    "/payables/{payable_id}/approve_payment_operation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a payable for payment */
        post: operations["post_payables_id_approve_payment_operation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/attach_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file to a payable */
        post: operations["post_payables_id_attach_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a payable */
        post: operations["post_payables_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/mark_as_paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a payable as paid */
        post: operations["post_payables_id_mark_as_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/mark_as_partially_paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a payable as partially paid */
        post: operations["post_payables_id_mark_as_partially_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a payable */
        post: operations["post_payables_id_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a rejected payable */
        post: operations["post_payables_id_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/submit_for_approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a payable for approval */
        post: operations["post_payables_id_submit_for_approval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a payable */
        post: operations["post_payables_id_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/cancel_ocr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel OCR of a payable */
        post: operations["post_payables_id_cancel_ocr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the history of the specified accounts payable document */
        get: operations["get_payables_id_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payables/{payable_id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get suggestions */
        get: operations["get_payables_id_suggestions"];
        put?: never;
        post?: never;
        /** Delete suggestions */
        delete: operations["delete_payables_id_suggestions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_purchase_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get purchase orders */
        get: operations["get_payable_purchase_orders"];
        put?: never;
        /** Create a purchase order */
        post: operations["post_payable_purchase_orders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_purchase_orders/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the available variables for purchase orders */
        get: operations["get_payable_purchase_orders_variables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_purchase_orders/{purchase_order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a purchase order by ID */
        get: operations["get_payable_purchase_orders_id"];
        put?: never;
        post?: never;
        /** Delete a purchase order */
        delete: operations["delete_payable_purchase_orders_id"];
        options?: never;
        head?: never;
        /** Update a purchase order */
        patch: operations["patch_payable_purchase_orders_id"];
        trace?: never;
    };
    "/payable_purchase_orders/{purchase_order_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a purchase order's email message */
        post: operations["post_payable_purchase_orders_id_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_purchase_orders/{purchase_order_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a purchase order via email */
        post: operations["post_payable_purchase_orders_id_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/measure_units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get measure units */
        get: operations["get_measure_units"];
        put?: never;
        /** Create a measure unit */
        post: operations["post_measure_units"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/measure_units/{unit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a measure unit by ID */
        get: operations["get_measure_units_id"];
        put?: never;
        post?: never;
        /** Delete a measure unit */
        delete: operations["delete_measure_units_id"];
        options?: never;
        head?: never;
        /** Update a measure unit */
        patch: operations["patch_measure_units_id"];
        trace?: never;
    };
    "/overdue_reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get overdue reminder configurations */
        get: operations["get_overdue_reminders"];
        put?: never;
        /** Create an overdue reminder configuration */
        post: operations["post_overdue_reminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overdue_reminders/{overdue_reminder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an overdue reminder configuration by ID */
        get: operations["get_overdue_reminders_id"];
        put?: never;
        post?: never;
        /** Delete an overdue reminder configuration */
        delete: operations["delete_overdue_reminders_id"];
        options?: never;
        head?: never;
        /** Update an overdue reminder configuration */
        patch: operations["patch_overdue_reminders_id"];
        trace?: never;
    };
    "/payment_reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payment reminder configurations */
        get: operations["get_payment_reminders"];
        put?: never;
        /** Create a payment reminder configuration */
        post: operations["post_payment_reminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_reminders/{payment_reminder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a payment reminder configuration by ID */
        get: operations["get_payment_reminders_id"];
        put?: never;
        post?: never;
        /** Delete a payment reminder configuration */
        delete: operations["delete_payment_reminders_id"];
        options?: never;
        head?: never;
        /** Update a payment reminder configuration */
        patch: operations["patch_payment_reminders_id"];
        trace?: never;
    };
    "/payment_terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payment terms */
        get: operations["get_payment_terms"];
        put?: never;
        /** Create a payment term */
        post: operations["post_payment_terms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_terms/{payment_terms_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a payment term by ID */
        get: operations["get_payment_terms_id"];
        put?: never;
        post?: never;
        /** Delete a payment term */
        delete: operations["delete_payment_terms_id"];
        options?: never;
        head?: never;
        /** Update a payment term */
        patch: operations["patch_payment_terms_id"];
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get products */
        get: operations["get_products"];
        put?: never;
        /** Create a product */
        post: operations["post_products"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a product by ID */
        get: operations["get_products_id"];
        put?: never;
        post?: never;
        /** Delete a product */
        delete: operations["delete_products_id"];
        options?: never;
        head?: never;
        /** Update a product */
        patch: operations["patch_products_id"];
        trace?: never;
    };
    "/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get receivables */
        get: operations["get_receivables"];
        put?: never;
        /** Create a receivable */
        post: operations["post_receivables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get email template variables */
        get: operations["get_receivables_variables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/required_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get required field names for invoice creation */
        get: operations["get_receivables_required_fields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search receivables */
        post: operations["post_receivables_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a receivable by ID */
        get: operations["get_receivables_id"];
        put?: never;
        post?: never;
        /** Delete a receivable */
        delete: operations["delete_receivables_id"];
        options?: never;
        head?: never;
        /** Update a receivable */
        patch: operations["patch_receivables_id"];
        trace?: never;
    };
    "/receivables/{receivable_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a quote */
        post: operations["post_receivables_id_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an invoice */
        post: operations["post_receivables_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clone a receivable */
        post: operations["post_receivables_id_clone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a quote */
        post: operations["post_receivables_id_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a receivable */
        post: operations["post_receivables_id_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/line_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update the line items of a receivable */
        put: operations["put_receivables_id_line_items"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/mails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a list of all mails sent by receivable */
        get: operations["get_receivables_id_mails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/mails/{mail_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a mail sent by receivable */
        get: operations["get_receivables_id_mails_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/mark_as_paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an invoice as paid */
        post: operations["post_receivables_id_mark_as_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/mark_as_partially_paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an invoice as partially paid
         * @deprecated
         */
        post: operations["post_receivables_id_mark_as_partially_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/mark_as_uncollectible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an invoice as uncollectible */
        post: operations["post_receivables_id_mark_as_uncollectible"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/pdf_link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a link to the PDF version of a receivable */
        get: operations["get_receivables_id_pdf_link"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a receivable's email message */
        post: operations["post_receivables_id_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a receivable via email */
        post: operations["post_receivables_id_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/send_test_reminder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test reminder */
        post: operations["post_receivables_id_send_test_reminder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a receivable */
        post: operations["post_receivables_id_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a receivable's history */
        get: operations["get_receivables_id_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receivables/{receivable_id}/history/{receivable_history_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a receivable's history record by ID */
        get: operations["get_receivables_id_history_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get recurrences */
        get: operations["get_recurrences"];
        put?: never;
        /** Create a recurrence */
        post: operations["post_recurrences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurrences/{recurrence_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a recurrence by ID */
        get: operations["get_recurrences_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a recurrence */
        patch: operations["patch_recurrences_id"];
        trace?: never;
    };
    "/recurrences/{recurrence_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a recurrence */
        post: operations["post_recurrences_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurrences/{recurrence_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a recurrence */
        post: operations["post_recurrences_id_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurrences/{recurrence_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a recurrence */
        post: operations["post_recurrences_id_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vat_rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get VAT rates */
        get: operations["get_vat_rates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batch_payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a batch payment */
        post: operations["post_batch_payments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batch_payments/{batch_payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get batch payment by ID */
        get: operations["get_batch_payments_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts/complete_verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete entity bank account verification */
        post: operations["post_bank_accounts_complete_verification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts/start_verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start entity bank account verification */
        post: operations["post_bank_accounts_start_verification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts/{bank_account_id}/complete_verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete verification of the provided entity bank account */
        post: operations["post_bank_accounts_id_complete_verification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts/{bank_account_id}/refresh_verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh verification of the provided entity bank account */
        post: operations["post_bank_accounts_id_refresh_verification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts/{bank_account_id}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a bank account verifications */
        get: operations["get_bank_accounts_id_verifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_id}/onboarding_data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get entity onboarding data */
        get: operations["get_entities_id_onboarding_data"];
        /**
         * Update entity onboarding data
         * @deprecated
         */
        put: operations["put_entities_id_onboarding_data"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Patch entity onboarding data */
        patch: operations["patch_entities_id_onboarding_data"];
        trace?: never;
    };
    "/entities/{entity_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update entity onboarding documents
         * @deprecated
         */
        post: operations["post_entities_id_documents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding_documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provide files for entity onboarding verification */
        post: operations["post_onboarding_documents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update person onboarding documents
         * @deprecated
         */
        post: operations["post_persons_id_documents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/onboarding_documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provide files for person onboarding verification */
        post: operations["post_persons_id_onboarding_documents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding_links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Onboarding Link */
        post: operations["post_onboarding_links"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_onboarding_links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an onboarding link */
        post: operations["post_payment_onboarding_links"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_id}/onboarding_requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get onboarding requirements
         * @deprecated
         */
        get: operations["get_entities_id_onboarding_requirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding_requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get onboarding requirements */
        get: operations["get_onboarding_requirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payment intents */
        get: operations["get_payment_intents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_intents/{payment_intent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payment intent by ID */
        get: operations["get_payment_intents_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the payment intent amount */
        patch: operations["patch_payment_intents_id"];
        trace?: never;
    };
    "/payment_intents/{payment_intent_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the payment intent history */
        get: operations["get_payment_intents_id_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a payment link */
        post: operations["post_payment_links"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_links/{payment_link_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payment link by ID */
        get: operations["get_payment_links_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_links/{payment_link_id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Expire a payment link */
        post: operations["post_payment_links_id_expire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_id}/payment_methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Enabled Payment Methods */
        get: operations["get_entities_id_payment_methods"];
        /** Enable Payment Methods */
        put: operations["put_entities_id_payment_methods"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get accounting connections */
        get: operations["get_accounting_connections"];
        put?: never;
        /** Connect to an accounting system */
        post: operations["post_accounting_connections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_connections/{connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an accounting connection by ID */
        get: operations["get_accounting_connections_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_connections/{connection_id}/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disconnect from an accounting system */
        post: operations["post_accounting_connections_id_disconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_connections/{connection_id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Force Sync */
        post: operations["post_accounting_connections_id_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_synced_records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get List Of Synced Records */
        get: operations["get_accounting_synced_records"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_synced_records/{synced_record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Single Synced Record */
        get: operations["get_accounting_synced_records_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_synced_records/{synced_record_id}/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Push Object */
        post: operations["post_accounting_synced_records_id_push"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_tax_rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get tax rate accounts */
        get: operations["get_accounting_tax_rates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting_tax_rates/{tax_rate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a tax rate account by ID */
        get: operations["get_accounting_tax_rates_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get ledger accounts */
        get: operations["get_ledger_accounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_accounts/{ledger_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ledger account by ID */
        get: operations["get_ledger_accounts_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit_logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the audit log */
        get: operations["get_audit_logs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit_logs/{audit_log_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an audit log entry */
        get: operations["get_audit_logs_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get All */
        get: operations["get_data_exports"];
        put?: never;
        /** Add Document Export */
        post: operations["post_data_exports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_exports/supported_formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Supported Export Formats */
        get: operations["get_data_exports_supported_formats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_exports/{document_export_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Document Export By Id */
        get: operations["get_data_exports_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_exports/extra_data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get All */
        get: operations["get_data_exports_extra_data"];
        put?: never;
        /** Create Extra Data */
        post: operations["post_data_exports_extra_data"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_exports/extra_data/{extra_data_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Extra Data By Id */
        get: operations["get_data_exports_extra_data_id"];
        put?: never;
        post?: never;
        /** Delete Extra Data */
        delete: operations["delete_data_exports_extra_data_id"];
        options?: never;
        head?: never;
        /** Update Extra Data */
        patch: operations["patch_data_exports_extra_data_id"];
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get files */
        get: operations["get_files"];
        put?: never;
        /** Upload a file */
        post: operations["post_files"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a file by ID */
        get: operations["get_files_id"];
        put?: never;
        post?: never;
        /** Delete a file */
        delete: operations["delete_files_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mail_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get All With Filters */
        get: operations["get_mail_templates"];
        put?: never;
        /** Create */
        post: operations["post_mail_templates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mail_templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview */
        post: operations["post_mail_templates_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mail_templates/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get All System Templates */
        get: operations["get_mail_templates_system"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mail_templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: operations["get_mail_templates_id"];
        put?: never;
        post?: never;
        /** Delete */
        delete: operations["delete_mail_templates_id"];
        options?: never;
        head?: never;
        /** Update */
        patch: operations["patch_mail_templates_id"];
        trace?: never;
    };
    "/mail_templates/{template_id}/make_default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make Default */
        post: operations["post_mail_templates_id_make_default"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mailbox_domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get mailbox domains */
        get: operations["get_mailbox_domains"];
        put?: never;
        /** Create a mailbox domain */
        post: operations["post_mailbox_domains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mailbox_domains/{domain_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a mailbox domain */
        delete: operations["delete_mailbox_domains_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mailbox_domains/{domain_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a mailbox domain */
        post: operations["post_mailbox_domains_id_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mailboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get mailboxes */
        get: operations["get_mailboxes"];
        put?: never;
        /** Create a mailbox */
        post: operations["post_mailboxes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mailboxes/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get mailboxes by IDs */
        post: operations["post_mailboxes_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mailboxes/{mailbox_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a mailbox */
        delete: operations["delete_mailboxes_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get PDF templates */
        get: operations["get_document_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document_templates/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get built-in PDF templates */
        get: operations["get_document_templates_system"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document_templates/{document_template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a PDF template by ID */
        get: operations["get_document_templates_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document_templates/{document_template_id}/make_default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the default PDF template */
        post: operations["post_document_templates_id_make_default"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document_templates/{document_template_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview a PDF template */
        get: operations["get_document_templates_id_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/text_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get text templates */
        get: operations["get_text_templates"];
        put?: never;
        /** Create a text template */
        post: operations["post_text_templates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/text_templates/{text_template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a text template by ID */
        get: operations["get_text_templates_id"];
        put?: never;
        post?: never;
        /** Delete a text template */
        delete: operations["delete_text_templates_id"];
        options?: never;
        head?: never;
        /** Update a text template by ID */
        patch: operations["patch_text_templates_id"];
        trace?: never;
    };
    "/text_templates/{text_template_id}/make_default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a text template default */
        post: operations["post_text_templates_id_make_default"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/einvoicing_connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all e-invoicing connections */
        get: operations["get_einvoicing_connections"];
        put?: never;
        /** Create an e-invoicing connection */
        post: operations["post_einvoicing_connections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/einvoicing_connections/{einvoicing_connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an e-invoicing connection by ID */
        get: operations["get_einvoicing_connections_id"];
        put?: never;
        post?: never;
        /** Delete an e-invoicing connection */
        delete: operations["delete_einvoicing_connections_id"];
        options?: never;
        head?: never;
        /** Update an e-invoicing connection */
        patch: operations["patch_einvoicing_connections_id"];
        trace?: never;
    };
    "/einvoicing_connections/{einvoicing_connection_id}/network_credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an e-invoicing credential */
        post: operations["post_einvoicing_connections_id_network_credentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get credit notes */
        get: operations["get_payable_credit_notes"];
        put?: never;
        /** Create a credit note */
        post: operations["post_payable_credit_notes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/upload_from_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a credit note from a file */
        post: operations["post_payable_credit_notes_upload_from_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/validations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get credit note validations */
        get: operations["get_payable_credit_notes_validations"];
        /** Update credit note validations */
        put: operations["put_payable_credit_notes_validations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/validations/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset credit note validations */
        post: operations["post_payable_credit_notes_validations_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a credit note by ID */
        get: operations["get_payable_credit_notes_id"];
        put?: never;
        post?: never;
        /** Delete a credit note */
        delete: operations["delete_payable_credit_notes_id"];
        options?: never;
        head?: never;
        /** Update a credit note */
        patch: operations["patch_payable_credit_notes_id"];
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a credit note */
        post: operations["post_payable_credit_notes_id_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a credit note */
        post: operations["post_payable_credit_notes_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}/cancel_ocr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel OCR of a credit note */
        post: operations["post_payable_credit_notes_id_cancel_ocr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}/line_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all line items of a credit note */
        get: operations["get_payable_credit_notes_id_line_items"];
        /** Replace all line items of a credit note */
        put: operations["put_payable_credit_notes_id_line_items"];
        /** Add a new line item to a credit note */
        post: operations["post_payable_credit_notes_id_line_items"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}/line_items/{line_item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a single line item of a credit note */
        get: operations["get_payable_credit_notes_id_line_items_id"];
        put?: never;
        post?: never;
        /** Delete a line item from a credit note */
        delete: operations["delete_payable_credit_notes_id_line_items_id"];
        options?: never;
        head?: never;
        /** Update a line item of a credit note */
        patch: operations["patch_payable_credit_notes_id_line_items_id"];
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a credit note */
        post: operations["post_payable_credit_notes_id_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}/submit_for_approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a credit note for approval */
        post: operations["post_payable_credit_notes_id_submit_for_approval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payable_credit_notes/{credit_note_id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Validate a credit note */
        get: operations["get_payable_credit_notes_id_validate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/financing_invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get invoices */
        get: operations["get_financing_invoices"];
        put?: never;
        /** Request financing for invoices */
        post: operations["post_financing_invoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/financing_offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get financing offers and the business status */
        get: operations["get_financing_offers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/financing_tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a token for Kanmon SDK */
        post: operations["post_financing_tokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting/payables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payables list from accounting system */
        get: operations["get_accounting_payables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting/payables/{payable_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payable details from accounting system */
        get: operations["get_accounting_payables_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get invoice list from accounting system */
        get: operations["get_accounting_receivables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounting/receivables/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get invoice details from accounting system */
        get: operations["get_accounting_receivables_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/credit_notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get credit notes analytics */
        get: operations["get_analytics_credit_notes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/payables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payables analytics */
        get: operations["get_analytics_payables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get receivables analytics */
        get: operations["get_analytics_receivables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_vat_rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get custom VAT rates */
        get: operations["get_custom_vat_rates"];
        put?: never;
        /** Create a custom VAT rate */
        post: operations["post_custom_vat_rates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_vat_rates/{custom_vat_rate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a custom VAT rate by ID */
        get: operations["get_custom_vat_rates_id"];
        put?: never;
        post?: never;
        /** Delete a custom VAT rate */
        delete: operations["delete_custom_vat_rates_id"];
        options?: never;
        head?: never;
        /** Update a custom VAT rate */
        patch: operations["patch_custom_vat_rates_id"];
        trace?: never;
    };
    "/delivery_notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get delivery notes */
        get: operations["get_delivery_notes"];
        put?: never;
        /** Create a delivery note */
        post: operations["post_delivery_notes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delivery_notes/{delivery_note_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a delivery note by ID */
        get: operations["get_delivery_notes_id"];
        put?: never;
        post?: never;
        /** Delete a delivery note */
        delete: operations["delete_delivery_notes_id"];
        options?: never;
        head?: never;
        /** Update a delivery note */
        patch: operations["patch_delivery_notes_id"];
        trace?: never;
    };
    "/delivery_notes/{delivery_note_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a delivery note */
        post: operations["post_delivery_notes_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delivery_notes/{delivery_note_id}/mark_as_delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a delivery note as delivered */
        post: operations["post_delivery_notes_id_mark_as_delivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/einvoice_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check if e-invoicing credentials exist in the network */
        get: operations["get_einvoice_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ocr_tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get OCR tasks */
        get: operations["get_ocr_tasks"];
        put?: never;
        /** OCR a file from URL */
        post: operations["post_ocr_tasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ocr_tasks/upload_from_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file for OCR */
        post: operations["post_ocr_tasks_upload_from_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ocr_tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an OCR task by ID */
        get: operations["get_ocr_tasks_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists all receipts from the connected entity */
        get: operations["get_receipts"];
        put?: never;
        /** Create a receipt */
        post: operations["post_receipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/upload_from_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a receipt from a file */
        post: operations["post_receipts_upload_from_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receipt_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves information about a specific receipt with the given ID */
        get: operations["get_receipts_id"];
        put?: never;
        post?: never;
        /** Deletes a specific receipt */
        delete: operations["delete_receipts_id"];
        options?: never;
        head?: never;
        /** Updates the information about a specific receipt */
        patch: operations["patch_receipts_id"];
        trace?: never;
    };
    "/receipts/{receipt_id}/attach_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file to a receipt */
        post: operations["post_receipts_id_attach_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receipt_id}/line_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all line items of a receipt */
        get: operations["get_receipts_id_line_items"];
        put?: never;
        /** Add a new line item to a receipt */
        post: operations["post_receipts_id_line_items"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receipt_id}/line_items/{line_item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a line item from a receipt */
        delete: operations["delete_receipts_id_line_items_id"];
        options?: never;
        head?: never;
        /** Update a line item of a receipt */
        patch: operations["patch_receipts_id_line_items_id"];
        trace?: never;
    };
}
export interface operations {
    post_auth_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObtainTokenPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_auth_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeTokenPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_settings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerProjectSettingsPayload-Output"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_settings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerProjectSettingsPayload-Input"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerProjectSettingsPayload-Output"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_webhook_subscriptions: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["WebhookSubscriptionCursorFields"] | null;
                object_type?: components["schemas"]["WebhookObjectType"] | null;
                created_at__gt?: string | null;
                created_at__lt?: string | null;
                created_at__gte?: string | null;
                created_at__lte?: string | null;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionPaginationResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_webhook_subscriptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookSubscriptionRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResourceWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_webhook_subscriptions_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                webhook_subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_webhook_subscriptions_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                webhook_subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_webhook_subscriptions_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                webhook_subscription_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookSubscriptionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_webhook_subscriptions_id_disable: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                webhook_subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_webhook_subscriptions_id_enable: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                webhook_subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_webhook_subscriptions_id_regenerate_secret: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                webhook_subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResourceWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_webhook_deliveries: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["WebhookDeliveryCursorFields"] | null;
                event_id?: string | null;
                object_type?: components["schemas"]["WebhookObjectType"] | null;
                event_action?: string | null;
                created_at__gt?: string | null;
                created_at__lt?: string | null;
                created_at__gte?: string | null;
                created_at__lte?: string | null;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPaginationResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_events: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["EventCursorFields"] | null;
                object_type?: components["schemas"]["WebhookObjectType"] | null;
                created_at__gt?: string | null;
                created_at__lt?: string | null;
                created_at__gte?: string | null;
                created_at__lte?: string | null;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPaginationResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_events_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["EntityCursorFields"] | null;
                type?: components["schemas"]["EntityTypeEnum"] | null;
                created_at__gt?: string | null;
                created_at__lt?: string | null;
                created_at__gte?: string | null;
                created_at__lte?: string | null;
                id__in?: string[] | null;
                id__not_in?: string[] | null;
                email?: string | null;
                email__in?: string[] | null;
                email__not_in?: string[] | null;
                status?: components["schemas"]["EntityStatusEnum"] | null;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_entities: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntityRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entities_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEntityRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entities_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEntityRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_entities_id_activate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_entities_id_deactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_entities_id_logo: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_put_entities_id_logo"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileSchema2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_entities_id_logo: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_partner_metadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMetadataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_entities_id_partner_metadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerMetadata"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMetadataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_settings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entities_id_settings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchSettingsPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_settings_next_document_numbers: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NextDocumentNumbers"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users_my_entity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entity_users_my_entity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEntityRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_bank_accounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBankAccountPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntityBankAccountRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBankAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_bank_accounts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBankAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_bank_accounts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_bank_accounts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEntityBankAccountRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBankAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_id_make_default: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBankAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_persons: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_persons: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_persons_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_persons_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_persons_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalPersonRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_vat_ids: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityVatIDResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_entities_id_vat_ids: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityVatID"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityVatIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_vat_ids_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                id: string;
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityVatIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_entities_id_vat_ids_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                id: string;
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entities_id_vat_ids_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                id: string;
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityUpdateVatID"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityVatIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_roles: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["RoleCursorFields"] | null;
                id__in?: string[] | null;
                name?: string | null;
                created_at?: string | null;
                created_at__gt?: string | null;
                created_at__lt?: string | null;
                created_at__gte?: string | null;
                created_at__lte?: string | null;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolePaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_roles: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_roles_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_roles_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_roles_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                role_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["EntityUserCursorFields"] | null;
                id__in?: string[] | null;
                id__not_in?: string[] | null;
                role_id?: string | null;
                role_id__in?: string[] | null;
                login?: string | null;
                status?: string | null;
                first_name?: string | null;
                name__istartswith?: string | null;
                created_at__gt?: string | null;
                created_at__lt?: string | null;
                created_at__gte?: string | null;
                created_at__lte?: string | null;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityUserPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_entity_users: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntityUserRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityUserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityUserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entity_users_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeEntityUserRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityUserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users_my_role: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                entity_user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityUserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_entity_users_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                entity_user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entity_users_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                entity_user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEntityUserRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityUserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts: {
        parameters: {
            query?: {
                iban?: string;
                sort_code?: string;
                account_number?: string;
                tax_id?: string;
                vat_id?: string;
                id__in?: string[];
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["CounterpartCursorFields"];
                type?: components["schemas"]["CounterpartType"];
                counterpart_name?: string;
                counterpart_name__iexact?: string;
                counterpart_name__contains?: string;
                counterpart_name__icontains?: string;
                is_vendor?: boolean;
                is_customer?: boolean;
                email?: string;
                email__contains?: string;
                email__icontains?: string;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                "address.country"?: string;
                "address.city"?: string;
                "address.postal_code"?: string;
                "address.state"?: string;
                "address.line1"?: string;
                "address.line2"?: string;
                tag_ids__in?: string[];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterpartCreatePayload"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_counterparts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_counterparts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterpartUpdatePayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_partner_metadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMetadataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_counterparts_id_partner_metadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerMetadata"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMetadataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_addresses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartAddressResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_addresses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterpartAddress"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartAddressResponseWithCounterpartID"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_addresses_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                address_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartAddressResponseWithCounterpartID"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_counterparts_id_addresses_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                address_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_counterparts_id_addresses_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                address_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterpartUpdateAddress"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartAddressResponseWithCounterpartID"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_bank_accounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartBankAccountResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_bank_accounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCounterpartBankAccount"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartBankAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_bank_accounts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartBankAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_counterparts_id_bank_accounts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_counterparts_id_bank_accounts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCounterpartBankAccount"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartBankAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_bank_accounts_id_make_default: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_contacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartContactsResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_contacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCounterpartContactPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartContactResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_contacts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                contact_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartContactResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_counterparts_id_contacts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                contact_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_counterparts_id_contacts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                contact_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCounterpartContactPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartContactResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_contacts_id_make_default: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                contact_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartContactResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_vat_ids: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartVatIDResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_vat_ids: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterpartVatID"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartVatIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_vat_ids_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                vat_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartVatIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_counterparts_id_vat_ids_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                vat_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_counterparts_id_vat_ids_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                vat_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterpartUpdateVatID"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartVatIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_einvoicing_credentials: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartEinvoicingCredentialResponseList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_einvoicing_credentials: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCounterpartEinvoicingCredentialPayload"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartEinvoicingCredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_einvoicing_credentials_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credential_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartEinvoicingCredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_counterparts_id_einvoicing_credentials_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credential_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_counterparts_id_einvoicing_credentials_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credential_id: string;
                counterpart_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCounterpartEinvoicingCredentialSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartEinvoicingCredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_records: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["PaymentRecordCursorFields"];
                is_external?: boolean;
                object_id?: string;
                object_id__in?: string[];
                object_type?: components["schemas"]["ObjectTypeEnum"];
                created_at__gt?: string;
                created_at__lt?: string;
                updated_at__gt?: string;
                updated_at__lt?: string;
                paid_at__gt?: string;
                paid_at__lt?: string;
                planned_payment_date?: string;
                planned_payment_date__gt?: string;
                planned_payment_date__lt?: string;
                planned_payment_date__gte?: string;
                planned_payment_date__lte?: string;
                status?: components["schemas"]["PaymentRecordStatusEnum"];
                payment_intent_status?: string;
                payment_method?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRecordResponseList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_records: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRecordRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_records_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payment_records_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRecordUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_records_id_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRecordStatusUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_records_id_mark_as_succeeded: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRecordMarkAsSucceededRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_records_id_start_processing: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRecordStatusUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_projects: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ProjectCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                start_date?: string;
                start_date__gt?: string;
                start_date__lt?: string;
                start_date__gte?: string;
                start_date__lte?: string;
                end_date?: string;
                end_date__gt?: string;
                end_date__lt?: string;
                end_date__gte?: string;
                end_date__lte?: string;
                name?: string;
                name__iexact?: string;
                name__contains?: string;
                name__icontains?: string;
                code?: string;
                created_by_entity_user_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_projects: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_projects_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_projects_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_projects_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_tags: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["TagCursorFields"];
                created_by_entity_user_id?: string;
                name__in?: string[];
                id__in?: string[];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagsPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_tags: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreateSchema"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagReadSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_tags_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagReadSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_tags_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_tags_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagUpdateSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagReadSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_approval_policies: {
        parameters: {
            query?: {
                process_id?: string;
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ApprovalPolicyCursorFields"];
                id__in?: string[];
                status?: "active" | "pending";
                status__in?: ("active" | "pending")[];
                name?: string;
                name__contains?: string;
                name__ncontains?: string;
                created_by?: string;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                updated_at__gt?: string;
                updated_at__lt?: string;
                updated_at__gte?: string;
                updated_at__lte?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_approval_policies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalPolicyCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_approval_policies_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_policy_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_approval_policies_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_policy_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_approval_policies_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_policy_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalPolicyUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_approval_policies_id_processes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_policy_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalProcessResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_approval_policies_id_processes_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_policy_id: string;
                process_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_approval_policies_id_processes_id_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_policy_id: string;
                process_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_approval_policies_id_processes_id_steps: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_policy_id: string;
                process_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalProcessStepResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_approval_requests: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ApprovalRequestCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                updated_at__gt?: string;
                updated_at__lt?: string;
                updated_at__gte?: string;
                updated_at__lte?: string;
                object_id?: string;
                object_id__in?: string[];
                status?: components["schemas"]["ApprovalRequestStatus"];
                status__in?: components["schemas"]["ApprovalRequestStatus"][];
                user_id?: string;
                role_id?: string;
                object_type?: components["schemas"]["ObjectType"];
                object_type__in?: components["schemas"]["ObjectType"][];
                created_by?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_approval_requests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalRequestCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestResourceWithMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_approval_requests_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestResourceWithMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_approval_requests_id_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestResourceWithMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_approval_requests_id_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestResourceWithMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_approval_requests_id_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                approval_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestResourceWithMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_comments: {
        parameters: {
            query: {
                object_type: components["schemas"]["ObjectTypeAvailableComment"];
                object_id: string;
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["CommentCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_comments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_comments_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                comment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_comments_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                comment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_comments_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                comment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables_id_line_items: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["LineItemCursorFields"];
                was_created_by_user_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineItemPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_payables_id_line_items: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LineItemsReplaceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineItemsReplaceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_line_items: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LineItemRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables_id_line_items_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                line_item_id: string;
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_payables_id_line_items_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                line_item_id: string;
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payables_id_line_items_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                line_item_id: string;
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LineItemRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["PayableCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                status?: components["schemas"]["PayableStateEnum"];
                status__in?: components["schemas"]["PayableStateEnum"][];
                id__in?: string[];
                total_amount?: number;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
                amount?: number;
                amount__gt?: number;
                amount__lt?: number;
                amount__gte?: number;
                amount__lte?: number;
                currency?: components["schemas"]["CurrencyEnum"];
                counterpart_name?: string;
                counterpart_name__contains?: string;
                counterpart_name__icontains?: string;
                search_text?: string;
                due_date?: string;
                due_date__gt?: string;
                due_date__lt?: string;
                due_date__gte?: string;
                due_date__lte?: string;
                issued_at?: string;
                issued_at__gt?: string;
                issued_at__lt?: string;
                issued_at__gte?: string;
                issued_at__lte?: string;
                document_id?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                was_created_by_user_id?: string;
                counterpart_id?: string;
                source_of_payable_data?: components["schemas"]["SourceOfPayableDataEnum"];
                ocr_status?: components["schemas"]["OcrStatusEnum"];
                line_item_id?: string;
                purchase_order_id?: string;
                project_id?: string;
                project_id__in?: string[];
                tag_ids?: string[];
                tag_ids__not_in?: string[];
                has_tags?: boolean;
                origin?: components["schemas"]["PayableOriginEnum"];
                has_file?: boolean;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayablePaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayableUploadWithDataSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables_analytics: {
        parameters: {
            query?: {
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                status?: components["schemas"]["PayableStateEnum"];
                status__in?: components["schemas"]["PayableStateEnum"][];
                id__in?: string[];
                total_amount?: number;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
                amount?: number;
                amount__gt?: number;
                amount__lt?: number;
                amount__gte?: number;
                amount__lte?: number;
                currency?: components["schemas"]["CurrencyEnum"];
                counterpart_name?: string;
                counterpart_name__contains?: string;
                counterpart_name__icontains?: string;
                search_text?: string;
                due_date?: string;
                due_date__gt?: string;
                due_date__lt?: string;
                due_date__gte?: string;
                due_date__lte?: string;
                issued_at?: string;
                issued_at__gt?: string;
                issued_at__lt?: string;
                issued_at__gte?: string;
                issued_at__lte?: string;
                document_id?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                was_created_by_user_id?: string;
                counterpart_id?: string;
                source_of_payable_data?: components["schemas"]["SourceOfPayableDataEnum"];
                ocr_status?: components["schemas"]["OcrStatusEnum"];
                line_item_id?: string;
                purchase_order_id?: string;
                project_id?: string;
                project_id__in?: string[];
                tag_ids?: string[];
                tag_ids__not_in?: string[];
                has_tags?: boolean;
                origin?: components["schemas"]["PayableOriginEnum"];
                has_file?: boolean;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableAggregatedDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_upload_from_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PayableUploadFile"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables_validations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableValidationsResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_payables_validations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayableValidationsUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableValidationsResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_validations_reset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableValidationsResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables_variables: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableTemplatesVariablesObjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_payables_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payables_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayableUpdateSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_approve_payment_operation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_attach_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PayableAttachFile"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_mark_as_paid: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CommentPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_mark_as_partially_paid: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartiallyPaidPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_submit_for_approval: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_validate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableValidationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payables_id_cancel_ocr: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables_id_history: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["PayableHistoryCursorFields"];
                event_type__in?: components["schemas"]["PayableHistoryEventTypeEnum"][];
                entity_user_id__in?: string[];
                timestamp__gt?: string;
                timestamp__lt?: string;
                timestamp__gte?: string;
                timestamp__lte?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableHistoryPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payables_id_suggestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_payables_id_suggestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_purchase_orders: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["PurchaseOrderCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                updated_at__gt?: string;
                updated_at__lt?: string;
                updated_at__gte?: string;
                updated_at__lte?: string;
                issued_at__gt?: string;
                issued_at__lt?: string;
                issued_at__gte?: string;
                issued_at__lte?: string;
                status?: components["schemas"]["PurchaseOrderStatusEnum"];
                document_id?: string;
                document_id__in?: string[];
                created_by?: string;
                counterpart_id?: string;
                counterpart_id__in?: string[];
                "counterpart.name"?: string;
                currency?: components["schemas"]["CurrencyEnum"];
                currency__in?: components["schemas"]["CurrencyEnum"][];
                project_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_purchase_orders: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseOrderPayloadSchema"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_purchase_orders_variables: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariablesObjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_purchase_orders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_payable_purchase_orders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payable_purchase_orders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePurchaseOrderPayloadSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_purchase_orders_id_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseOrderEmailPreviewRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderEmailPreviewResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_purchase_orders_id_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendPurchaseOrderViaEmailRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderEmailSentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_measure_units: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_measure_units: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_measure_units_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_measure_units_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_measure_units_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_overdue_reminders: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllOverdueRemindersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_overdue_reminders: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverdueReminderRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueReminderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_overdue_reminders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                overdue_reminder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueReminderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_overdue_reminders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                overdue_reminder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_overdue_reminders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                overdue_reminder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverdueReminderUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueReminderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_reminders: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAllPaymentReminders"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_reminders: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentReminder"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentReminderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_reminders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_reminder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentReminderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_payment_reminders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_reminder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payment_reminders_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_reminder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentReminderUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentReminderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_terms: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentTermsListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_terms: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentTermsCreatePayload"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentTermsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_terms_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_terms_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentTermsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_payment_terms_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_terms_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payment_terms_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_terms_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentTermsUpdatePayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentTermsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_products: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ProductCursorFields"];
                id__in?: string[];
                name?: string;
                name__contains?: string;
                name__icontains?: string;
                type?: components["schemas"]["ProductServiceTypeEnum"];
                price?: number;
                price__gt?: number;
                price__lt?: number;
                price__gte?: number;
                price__lte?: number;
                currency?: components["schemas"]["CurrencyEnum"];
                currency__in?: components["schemas"]["CurrencyEnum"][];
                measure_unit_id?: string;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductServicePaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_products: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductServiceRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_products_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_products_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_products_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductServiceUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: number;
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                id__in?: string[];
                status__in?: ("draft" | "issuing" | "issued" | "failed" | "accepted" | "expired" | "declined" | "recurring" | "partially_paid" | "paid" | "overdue" | "uncollectible" | "canceled")[];
                entity_user_id__in?: string[];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ReceivableCursorFields"];
                tag_ids__in?: string[];
                tag_ids?: string[];
                product_ids__in?: string[];
                product_ids?: string[];
                project_id__in?: string[];
                type?: components["schemas"]["ReceivableType"];
                document_id?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                issue_date__gt?: string;
                issue_date__lt?: string;
                issue_date__gte?: string;
                issue_date__lte?: string;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                counterpart_id?: string;
                counterpart_name?: string;
                counterpart_name__contains?: string;
                counterpart_name__icontains?: string;
                total_amount?: number;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
                discounted_subtotal?: number;
                discounted_subtotal__gt?: number;
                discounted_subtotal__lt?: number;
                discounted_subtotal__gte?: number;
                discounted_subtotal__lte?: number;
                status?: "draft" | "issuing" | "issued" | "failed" | "accepted" | "expired" | "declined" | "recurring" | "partially_paid" | "paid" | "overdue" | "uncollectible" | "canceled";
                entity_user_id?: string;
                based_on?: string;
                due_date__gt?: string;
                due_date__lt?: string;
                due_date__gte?: string;
                due_date__lte?: string;
                project_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivablePaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceivableFacadeCreatePayload"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_variables: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableTemplatesVariablesObjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_required_fields: {
        parameters: {
            query?: {
                counterpart_id?: string;
                counterpart_billing_address_id?: string;
                counterpart_country?: components["schemas"]["AllowedCountries"];
                counterpart_type?: components["schemas"]["CounterpartType"];
                entity_vat_id_id?: string;
                counterpart_vat_id_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableRequiredFields"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_search: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceivablesSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivablePaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_receivables_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_receivables_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceivableUpdatePayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["QuoteAcceptRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_clone: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReceivableDeclinePayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_receivables_id_line_items: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLineItems"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineItemsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_id_mails: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ReceivableMailCursorFields"];
                status?: components["schemas"]["ReceivableMailStatusEnum"];
                status__in?: components["schemas"]["ReceivableMailStatusEnum"][];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableMailPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_id_mails_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
                mail_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableMailResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_mark_as_paid: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReceivablePaidPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_mark_as_partially_paid: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceivablePartiallyPaidPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_mark_as_uncollectible: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReceivableUncollectiblePayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_id_pdf_link: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableFileUrl"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceivablePreviewRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivablePreviewResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceivableSendRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableSendResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_send_test_reminder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceivableSendTestReminderPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivablesSendResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receivables_id_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivablesVerifyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_id_history: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ReceivableHistoryCursorFields"];
                event_type__in?: components["schemas"]["ReceivableHistoryEventTypeEnum"][];
                entity_user_id__in?: string[];
                timestamp__gt?: string;
                timestamp__lt?: string;
                timestamp__gte?: string;
                timestamp__lte?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableHistoryPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_id_history_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receivable_history_id: string;
                receivable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableHistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_recurrences: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurrenceResponseList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_recurrences: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecurrencePayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurrenceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_recurrences_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                recurrence_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurrenceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_recurrences_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                recurrence_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecurrencePayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurrenceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_recurrences_id_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                recurrence_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_recurrences_id_pause: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                recurrence_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_recurrences_id_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                recurrence_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_vat_rates: {
        parameters: {
            query?: {
                counterpart_address_id?: string;
                counterpart_id?: string;
                counterpart_vat_id_id?: string;
                entity_vat_id_id?: string;
                product_type?: components["schemas"]["ProductServiceTypeEnum"];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VatRateListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_batch_payments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentsBatchPaymentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentsBatchPaymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_batch_payments_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                batch_payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentsBatchPaymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_complete_verification: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteVerificationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteVerificationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_start_verification: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_id_complete_verification: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteRefreshVerificationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteRefreshVerificationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_id_refresh_verification: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_bank_accounts_id_verifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                bank_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountVerifications"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_onboarding_data: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOnboardingDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_entities_id_onboarding_data: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityOnboardingDataRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOnboardingDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entities_id_onboarding_data: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityOnboardingDataRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOnboardingDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_entities_id_documents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_onboarding_documents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityOnboardingDocumentsPayload"];
            };
        };
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_persons_id_documents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_persons_id_onboarding_documents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonOnboardingDocumentsPayload"];
            };
        };
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_onboarding_links: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnboardingLinkRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingLinkPublicResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_onboarding_links: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOnboardingLinkRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingLinkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_onboarding_requirements: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingRequirementsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_onboarding_requirements: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOnboardingRequirementsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_intents: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["PaymentIntentCursorFields"];
                object_id?: string;
                object_id__in?: string[];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntentsListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_intents_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_intent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payment_intents_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_intent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePaymentIntentPayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_intents_id_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_intent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntentHistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_links: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentLinkRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPaymentLinkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_links_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_link_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPaymentLinkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_links_id_expire: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payment_link_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPaymentLinkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_payment_methods: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingPaymentMethodsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_entities_id_payment_methods: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnabledPaymentMethods"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingPaymentMethodsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_connections: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingConnectionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_accounting_connections: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_connections_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                connection_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_accounting_connections_id_disconnect: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                connection_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_accounting_connections_id_sync: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                connection_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted for processing. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_synced_records: {
        parameters: {
            query: {
                object_type: components["schemas"]["ObjectMatchTypes"];
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: number;
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["SyncRecordCursorFields"];
                object_id?: string;
                object_id__in?: string[];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                updated_at__gt?: string;
                updated_at__lt?: string;
                updated_at__gte?: string;
                updated_at__lte?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncRecordResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_synced_records_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                synced_record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncRecordResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_accounting_synced_records_id_push: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                synced_record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncRecordResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_tax_rates: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: number;
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["TaxRateAccountCursorFields"];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingTaxRateListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_tax_rates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                tax_rate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingTaxRateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_ledger_accounts: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: number;
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["LedgerAccountCursorFields"];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_ledger_accounts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                ledger_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_audit_logs: {
        parameters: {
            query?: {
                /** @description Only requests or only responses; both when omitted. */
                type?: components["schemas"]["AuditLogType"];
                /** @description Only the events of this entity user (partner tokens only). */
                entity_user_id?: string;
                /** @description Only events after this moment. Without any timestamp filter, the last 7 days. */
                timestamp__gt?: string;
                /** @description Only events at or after this moment. */
                timestamp__gte?: string;
                /** @description Only events before this moment. */
                timestamp__lt?: string;
                /** @description Only events at or before this moment. */
                timestamp__lte?: string;
                /** @description Largest number of entries on one page. */
                page_size?: number;
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_audit_logs_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                /** @description ID of the audit log entry. */
                audit_log_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_data_exports: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["DataExportCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                created_by_entity_user_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllDocumentExportResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_data_exports: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportPayloadSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateExportTaskResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_data_exports_supported_formats: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedFormatSchema"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_data_exports_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                document_export_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentExportResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_data_exports_extra_data: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ExportSettingCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                updated_at__gt?: string;
                updated_at__lt?: string;
                updated_at__gte?: string;
                updated_at__lte?: string;
                object_id?: string;
                field_name?: string;
                field_value?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraDataResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_data_exports_extra_data: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtraDataCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraDataResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_data_exports_extra_data_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                extra_data_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraDataResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_data_exports_extra_data_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                extra_data_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraDataResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_data_exports_extra_data_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                extra_data_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtraDataUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraDataResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_files: {
        parameters: {
            query?: {
                id__in?: string[] | null;
                file_type?: components["schemas"]["AllowedFileTypes"] | null;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_files: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFile"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_files_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_files_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_mail_templates: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["CustomTemplatesCursorFields"];
                type?: components["schemas"]["DocumentObjectTypeRequestEnum"];
                type__in?: components["schemas"]["DocumentObjectTypeRequestEnum"][];
                type__not_in?: components["schemas"]["DocumentObjectTypeRequestEnum"][];
                is_default?: boolean;
                name?: string;
                name__iexact?: string;
                name__contains?: string;
                name__icontains?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomTemplatesPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mail_templates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCustomTemplateSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomTemplateDataSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mail_templates_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewTemplateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_mail_templates_system: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemTemplates"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_mail_templates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomTemplateDataSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_mail_templates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_mail_templates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomTemplateSchemaRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomTemplateDataSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mail_templates_id_make_default: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomTemplateDataSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_mailbox_domains: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mailbox_domains: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_mailbox_domains_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mailbox_domains_id_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path: {
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_mailboxes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mailboxes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailboxDomainRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mailboxes_search: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailboxMultipleEntitiesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_mailboxes_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                mailbox_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_document_templates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_document_templates_system: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_document_templates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                document_template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_document_templates_id_make_default: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                document_template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateReceivableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_document_templates_id_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                document_template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_text_templates: {
        parameters: {
            query?: {
                type?: components["schemas"]["TextTemplateType"];
                document_type?: components["schemas"]["TextTemplateDocumentTypeEnum"];
                is_default?: boolean;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextTemplateResponseList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_text_templates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTextTemplatePayload"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_text_templates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                text_template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_text_templates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                text_template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_text_templates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                text_template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTextTemplatePayload"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_text_templates_id_make_default: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                text_template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_einvoicing_connections: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EInvoicingRetrieveListData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_einvoicing_connections: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EinvoicingConnectionCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EinvoicingConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_einvoicing_connections_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                einvoicing_connection_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EinvoicingConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_einvoicing_connections_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                einvoicing_connection_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_einvoicing_connections_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                einvoicing_connection_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EinvoicingConnectionUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EinvoicingConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_einvoicing_connections_id_network_credentials: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                einvoicing_connection_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EinvoicingNetworkCredentialsCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EinvoicingNetworkCredentialsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_credit_notes: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["CreditNoteCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                issued_at?: string;
                issued_at__gt?: string;
                issued_at__lt?: string;
                issued_at__gte?: string;
                issued_at__lte?: string;
                document_id?: string;
                document_id__iexact?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                has_file?: boolean;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
                subtotal__gt?: number;
                subtotal__lt?: number;
                subtotal__gte?: number;
                subtotal__lte?: number;
                based_on?: string;
                counterpart_id?: string;
                created_by_entity_user_id?: string;
                status?: components["schemas"]["PayableCreditNoteStateEnum"];
                status__in?: components["schemas"]["PayableCreditNoteStateEnum"][];
                status__not_in?: components["schemas"]["PayableCreditNoteStateEnum"][];
                origin?: components["schemas"]["OriginEnum"];
                currency?: components["schemas"]["CurrencyEnum"];
                project_id?: string;
                project_id__in?: string[];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNotePaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes_upload_from_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreditNoteUploadFile"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_credit_notes_validations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteValidationsResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_payable_credit_notes_validations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteValidationsResource"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteValidationsResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes_validations_reset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteValidationsResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_credit_notes_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_payable_credit_notes_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payable_credit_notes_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes_id_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes_id_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes_id_cancel_ocr: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_credit_notes_id_line_items: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["CreditNoteLineItemCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                name?: string;
                name__iexact?: string;
                name__contains?: string;
                name__icontains?: string;
                description?: string;
                description__contains?: string;
                description__icontains?: string;
                total__gt?: number;
                total__lt?: number;
                total__gte?: number;
                total__lte?: number;
                subtotal__gt?: number;
                subtotal__lt?: number;
                subtotal__gte?: number;
                subtotal__lte?: number;
                unit_price__gt?: number;
                unit_price__lt?: number;
                unit_price__gte?: number;
                unit_price__lte?: number;
                quantity__gt?: number;
                quantity__lt?: number;
                quantity__gte?: number;
                quantity__lte?: number;
                tax__gt?: number;
                tax__lt?: number;
                tax__gte?: number;
                tax__lte?: number;
                tax_amount__gt?: number;
                tax_amount__lt?: number;
                tax_amount__gte?: number;
                tax_amount__lte?: number;
                created_by_user_id?: string;
                unit?: string;
                unit__iexact?: string;
                source?: string;
                source_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteLineItemPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_payable_credit_notes_id_line_items: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteLineItemReplaceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteLineItemPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes_id_line_items: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteLineItemCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteLineItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_credit_notes_id_line_items_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
                line_item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteLineItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_payable_credit_notes_id_line_items_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
                line_item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteLineItemPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payable_credit_notes_id_line_items_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
                line_item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteLineItemUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteLineItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes_id_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payable_credit_notes_id_submit_for_approval: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payable_credit_notes_id_validate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                credit_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteValidationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_financing_invoices: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["FinancingInvoiceCursorFields"];
                invoice_id?: string;
                invoice_id__in?: string[];
                status?: components["schemas"]["WCInvoiceStatus"];
                status__in?: components["schemas"]["WCInvoiceStatus"][];
                type?: components["schemas"]["FinancingInvoiceType"];
                type__in?: components["schemas"]["FinancingInvoiceType"][];
                document_id?: string;
                document_id__in?: string[];
                issue_date__gt?: string;
                issue_date__lt?: string;
                issue_date__gte?: string;
                issue_date__lte?: string;
                due_date__gt?: string;
                due_date__lt?: string;
                due_date__gte?: string;
                due_date__lte?: string;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                total_amount?: number;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingInvoiceListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_financing_invoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinancingPushInvoicesRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingPushInvoicesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_financing_offers: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOffersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_financing_tokens: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_payables: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingPayableList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_payables_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                payable_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingPayable"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_receivables: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingReceivableList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_receivables_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingReceivable"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_analytics_credit_notes: {
        parameters: {
            query: {
                dimension?: components["schemas"]["CreditNoteDimensionEnum"];
                metric: components["schemas"]["CreditNoteMetricEnum"];
                aggregation_function: components["schemas"]["AggregationFunctionEnum"];
                date_dimension_breakdown?: components["schemas"]["DateDimensionBreakdownEnum"];
                /** @description Largest number of items on one page. */
                limit?: number;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                issued_at?: string;
                issued_at__gt?: string;
                issued_at__lt?: string;
                issued_at__gte?: string;
                issued_at__lte?: string;
                document_id?: string;
                document_id__iexact?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                has_file?: boolean;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
                subtotal__gt?: number;
                subtotal__lt?: number;
                subtotal__gte?: number;
                subtotal__lte?: number;
                based_on?: string;
                counterpart_id?: string;
                created_by_entity_user_id?: string;
                status?: components["schemas"]["PayableCreditNoteStateEnum"];
                status__in?: components["schemas"]["PayableCreditNoteStateEnum"][];
                status__not_in?: components["schemas"]["PayableCreditNoteStateEnum"][];
                origin?: components["schemas"]["OriginEnum"];
                currency?: components["schemas"]["CurrencyEnum"];
                project_id?: string;
                project_id__in?: string[];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableAnalyticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_analytics_payables: {
        parameters: {
            query: {
                dimension?: components["schemas"]["PayableDimensionEnum"];
                metric: components["schemas"]["PayableMetricEnum"];
                aggregation_function: components["schemas"]["AggregationFunctionEnum"];
                date_dimension_breakdown?: components["schemas"]["DateDimensionBreakdownEnum"];
                /** @description Largest number of items on one page. */
                limit?: number;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                status?: components["schemas"]["PayableStateEnum"];
                status__in?: components["schemas"]["PayableStateEnum"][];
                id__in?: string[];
                total_amount?: number;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
                amount?: number;
                amount__gt?: number;
                amount__lt?: number;
                amount__gte?: number;
                amount__lte?: number;
                currency?: components["schemas"]["CurrencyEnum"];
                counterpart_name?: string;
                counterpart_name__contains?: string;
                counterpart_name__icontains?: string;
                search_text?: string;
                due_date?: string;
                due_date__gt?: string;
                due_date__lt?: string;
                due_date__gte?: string;
                due_date__lte?: string;
                issued_at?: string;
                issued_at__gt?: string;
                issued_at__lt?: string;
                issued_at__gte?: string;
                issued_at__lte?: string;
                document_id?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                was_created_by_user_id?: string;
                counterpart_id?: string;
                source_of_payable_data?: components["schemas"]["SourceOfPayableDataEnum"];
                ocr_status?: components["schemas"]["OcrStatusEnum"];
                line_item_id?: string;
                purchase_order_id?: string;
                project_id?: string;
                project_id__in?: string[];
                tag_ids?: string[];
                tag_ids__not_in?: string[];
                has_tags?: boolean;
                origin?: components["schemas"]["PayableOriginEnum"];
                has_file?: boolean;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableAnalyticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_analytics_receivables: {
        parameters: {
            query: {
                dimension?: components["schemas"]["ReceivableDimensionEnum"];
                metric: components["schemas"]["ReceivableMetricEnum"];
                aggregation_function: components["schemas"]["AggregationFunctionEnum"];
                date_dimension_breakdown?: components["schemas"]["DateDimensionBreakdownEnum"];
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: number;
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                id__in?: string[];
                status__in?: ("draft" | "issuing" | "issued" | "failed" | "accepted" | "expired" | "declined" | "recurring" | "partially_paid" | "paid" | "overdue" | "uncollectible" | "canceled")[];
                entity_user_id__in?: string[];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ReceivableCursorFields"];
                tag_ids__in?: string[];
                tag_ids?: string[];
                product_ids__in?: string[];
                product_ids?: string[];
                project_id__in?: string[];
                type?: components["schemas"]["ReceivableType"];
                document_id?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                issue_date__gt?: string;
                issue_date__lt?: string;
                issue_date__gte?: string;
                issue_date__lte?: string;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                counterpart_id?: string;
                counterpart_name?: string;
                counterpart_name__contains?: string;
                counterpart_name__icontains?: string;
                total_amount?: number;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
                discounted_subtotal?: number;
                discounted_subtotal__gt?: number;
                discounted_subtotal__lt?: number;
                discounted_subtotal__gte?: number;
                discounted_subtotal__lte?: number;
                status?: "draft" | "issuing" | "issued" | "failed" | "accepted" | "expired" | "declined" | "recurring" | "partially_paid" | "paid" | "overdue" | "uncollectible" | "canceled";
                entity_user_id?: string;
                based_on?: string;
                due_date__gt?: string;
                due_date__lt?: string;
                due_date__gte?: string;
                due_date__lte?: string;
                project_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivablesAnalyticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_custom_vat_rates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomVatRateResponseList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_custom_vat_rates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomVatRateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomVatRateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_custom_vat_rates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                custom_vat_rate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomVatRateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_custom_vat_rates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                custom_vat_rate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_custom_vat_rates_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                custom_vat_rate_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomVatRateUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomVatRateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_delivery_notes: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["DeliveryNoteCursorFields"];
                id__in?: string[];
                status?: components["schemas"]["DeliveryNoteStatusEnum"];
                status__in?: components["schemas"]["DeliveryNoteStatusEnum"][];
                document_id?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                created_by_entity_user_id?: string;
                counterpart_id?: string;
                based_on?: string;
                based_on_document_id?: string;
                based_on_document_id__contains?: string;
                based_on_document_id__icontains?: string;
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                delivery_date__gt?: string;
                delivery_date__lt?: string;
                delivery_date__gte?: string;
                delivery_date__lte?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryNoteResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_delivery_notes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveryNoteCreateRequest"] | components["schemas"]["DeliveryNoteCreateBasedOnRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryNoteResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_delivery_notes_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                delivery_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryNoteResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_delivery_notes_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                delivery_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_delivery_notes_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                delivery_note_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveryNoteUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryNoteResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_delivery_notes_id_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                delivery_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryNoteResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_delivery_notes_id_mark_as_delivered: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                delivery_note_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryNoteResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_einvoice_search: {
        parameters: {
            query: {
                network_identifier: string;
                network_schema: components["schemas"]["EinvoiceSchemaTypeEnum"];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterpartEinvoicingCredentialExistenceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_ocr_tasks: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["CursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                status?: components["schemas"]["OCRTaskStatus"];
                document_type?: components["schemas"]["OCRDocumentTypeEnum"];
                id__in?: string[];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OCRTasksPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_ocr_tasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOCRRequestPayload"];
            };
        };
        responses: {
            /** @description Accepted for processing. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcrTaskResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            421: components["responses"]["MisdirectedRequest"];
            422: components["responses"]["ValidationFailed"];
            424: components["responses"]["FailedDependency"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_ocr_tasks_upload_from_file: {
        parameters: {
            query?: {
                document_type?: components["schemas"]["OCRDocumentTypeEnum"];
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["OCRFileUpload"];
            };
        };
        responses: {
            /** @description Accepted for processing. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcrTaskResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_ocr_tasks_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: string;
            };
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcrTaskResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receipts: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ReceiptCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                id__in?: string[];
                currency?: components["schemas"]["CurrencyEnum"];
                document_id?: string;
                document_id__contains?: string;
                document_id__icontains?: string;
                total_amount__gt?: number;
                total_amount__lt?: number;
                total_amount__gte?: number;
                total_amount__lte?: number;
                has_file?: boolean;
                has_transaction?: boolean;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receipts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptCreateSchema"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receipts_upload_from_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReceiptUploadFile"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receipts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_receipts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_receipts_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptUpdateSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receipts_id_attach_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReceiptAttachFile"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receipts_id_line_items: {
        parameters: {
            query?: {
                /** @description Sort direction of the list. */
                order?: components["parameters"]["Order"];
                /** @description Largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
                pagination_token?: components["parameters"]["PaginationToken"];
                /** @description Field to sort the list by. */
                sort?: components["schemas"]["ReceiptLineItemCursorFields"];
                created_at__gt?: string;
                created_at__lt?: string;
                created_at__gte?: string;
                created_at__lte?: string;
                name?: string;
                name__iexact?: string;
                name__contains?: string;
                name__icontains?: string;
                total__gt?: number;
                total__lt?: number;
                total__gte?: number;
                total__lte?: number;
                created_by_user_id?: string;
            };
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptLineItemsPaginationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_receipts_id_line_items: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptLineItemCreateSchema"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptLineItemResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_receipts_id_line_items_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receipt_id: string;
                line_item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_receipts_id_line_items_id: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version"?: components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id"?: components["parameters"]["EntityId"];
            };
            path: {
                receipt_id: string;
                line_item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptLineItemUpdateSchema"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-monite-version": components["headers"]["XMoniteVersion"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Limit-Second": components["headers"]["XRateLimitLimitSecond"];
                    "X-RateLimit-Remaining-Second": components["headers"]["XRateLimitRemainingSecond"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptLineItemResponseSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
}
