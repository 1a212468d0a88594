/**
 * This file is generated from spec/dist/openapi.json. Do not edit it by hand.
 * Generator: tooling/codegen/src/generate-types.mjs. Regenerate with `pnpm generate`.
 */
/* eslint-disable */
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
        delete?: never;
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
        delete?: never;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        GrantType: "client_credentials" | "entity_user";
        ObtainTokenPayload: {
            /** Format: uuid */
            client_id: string;
            client_secret: string;
            entity_user_id?: string | null;
            grant_type: components["schemas"]["GrantType"];
        };
        AccessTokenResponse: {
            access_token: string;
            expires_in: number;
            token_type: string;
        };
        /** @description The body of every Monite error response except 422. */
        Error: {
            error: {
                /** @description What went wrong, for people. */
                message: string;
                /** @description A machine-readable error kind, when Monite gives one (e.g. `missing_api_version`). */
                type?: string;
            };
        };
        ValidationError: {
            loc: (string | number)[];
            msg: string;
            type: string;
        };
        HTTPValidationError: {
            detail?: components["schemas"]["ValidationError"][];
        };
        RevokeTokenPayload: {
            /** Format: uuid */
            client_id: string;
            client_secret: string;
            token: string;
        };
        MessageResponse: {
            message: string;
        };
        /** @enum {string} */
        APIVersion: "2025-06-23" | "2024-05-25" | "2024-01-31" | "2023-09-01" | "2023-06-04" | "2023-04-12" | "2023-03-14" | "2023-03-01" | "2023-02-07" | "2022-11-16";
        /**
         * @description ISO 4217 currency code.
         * @enum {string}
         */
        CurrencyEnum: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "SVC" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW";
        ExchangeRate: {
            base: components["schemas"]["CurrencyEnum"];
            rate: number;
            to: components["schemas"]["CurrencyEnum"];
        };
        "CurrencySettings-Output": {
            default: components["schemas"]["CurrencyEnum"];
            exchange_rates?: (components["schemas"]["ExchangeRate"] | null)[];
        };
        MailSettings: {
            /** @default true */
            attach_documents_as_pdf?: boolean;
            from_email_username?: string | null;
            from_name?: string | null;
        };
        PayableSettings: {
            /** @default false */
            allow_cancel_duplicates_automatically?: boolean | null;
            /** @default false */
            allow_counterpart_autocreation?: boolean | null;
            /** @default false */
            allow_counterpart_autolinking?: boolean | null;
            /** @default false */
            allow_credit_note_autolinking?: boolean | null;
            /** Format: uri */
            approve_page_url: string;
            default_state?: string | null;
            /** @default true */
            enable_line_items?: boolean;
            /** @default false */
            skip_approval_for_paid_invoice?: boolean | null;
        };
        ButtonTheme: {
            primary_color?: string | null;
            primary_hover_color?: string | null;
            secondary_color?: string | null;
            secondary_hover_color?: string | null;
        };
        CardTheme: {
            background_color?: string | null;
        };
        PaymentPageTheme: {
            background_color?: string | null;
            border_radius?: string | null;
            button?: components["schemas"]["ButtonTheme"] | null;
            card?: components["schemas"]["CardTheme"] | null;
            font_color?: string | null;
            font_family?: string | null;
            font_link_href?: string | null;
            logo_src?: string | null;
        };
        "PaymentsSettings-Output": {
            payment_page_domain?: string | null;
            payment_page_theme?: components["schemas"]["PaymentPageTheme"] | null;
            support_email?: string | null;
        };
        ReceivableSettings: {
            create_without_personal_info: boolean;
            deduction_title?: string | null;
        };
        Unit: {
            designation: string;
            name: string;
        };
        "PartnerProjectSettingsPayload-Output": {
            api_version?: components["schemas"]["APIVersion"] | null;
            commercial_conditions?: string[] | null;
            currency?: components["schemas"]["CurrencySettings-Output"] | null;
            default_role?: {
                [key: string]: unknown;
            } | null;
            mail?: components["schemas"]["MailSettings"] | null;
            payable?: components["schemas"]["PayableSettings"] | null;
            payments?: components["schemas"]["PaymentsSettings-Output"] | null;
            receivable?: components["schemas"]["ReceivableSettings"] | null;
            units?: components["schemas"]["Unit"][] | null;
            website?: string | null;
        };
        "CurrencySettings-Input": {
            default: components["schemas"]["CurrencyEnum"];
            exchange_rates?: (components["schemas"]["ExchangeRate"] | null)[];
        };
        "PaymentsSettings-Input": {
            payment_page_domain?: string | null;
            payment_page_theme?: components["schemas"]["PaymentPageTheme"] | null;
            support_email?: string | null;
        };
        "PartnerProjectSettingsPayload-Input": {
            api_version?: components["schemas"]["APIVersion"] | null;
            commercial_conditions?: string[] | null;
            currency?: components["schemas"]["CurrencySettings-Input"] | null;
            default_role?: {
                [key: string]: unknown;
            } | null;
            mail?: components["schemas"]["MailSettings"] | null;
            payable?: components["schemas"]["PayableSettings"] | null;
            payments?: components["schemas"]["PaymentsSettings-Input"] | null;
            receivable?: components["schemas"]["ReceivableSettings"] | null;
            units?: components["schemas"]["Unit"][] | null;
            website?: string | null;
        };
        /**
         * @description Sort direction of a list.
         * @enum {string}
         */
        OrderEnum: "asc" | "desc";
        /** @enum {string} */
        WebhookSubscriptionCursorFields: "created_at" | "updated_at";
        /** @enum {string} */
        WebhookObjectType: "account" | "accounting_connection" | "approval" | "approval_request" | "approval_policy" | "approval_policy_process" | "batch_payment" | "comment" | "counterpart" | "counterpart_address" | "counterpart_bank_account" | "counterpart_contact_person" | "counterpart_partner_metadata" | "counterpart_tax_id" | "entity" | "entity_bank_account" | "entity_settings" | "entity_user" | "export" | "overdue_reminder" | "partner_settings" | "payable" | "payables_credit_note" | "payables_purchase_order" | "payable.line_item" | "payment" | "payment_intent" | "payment_link" | "payment_reminder" | "product" | "project" | "receivable" | "recurrence" | "role" | "tag" | "todo_task" | "workflow" | "workflow_pipeline" | "ocr_task" | "delivery_note" | "receipt" | "transaction";
        /**
         * @description Only `enabled` subscriptions receive events.
         * @enum {string}
         */
        WebhookSubscriptionStatus: "enabled" | "disabled";
        WebhookSubscriptionResource: {
            /** Format: uuid */
            id: string;
            event_types: string[];
            object_type: components["schemas"]["WebhookObjectType"];
            status: components["schemas"]["WebhookSubscriptionStatus"];
            /** Format: uri */
            url: string;
        };
        WebhookSubscriptionPaginationResource: {
            data: components["schemas"]["WebhookSubscriptionResource"][];
            next_pagination_token?: string | null;
            prev_pagination_token?: string | null;
        };
        CreateWebhookSubscriptionRequest: {
            event_types?: string[];
            object_type: components["schemas"]["WebhookObjectType"];
            /** Format: uri */
            url: string;
        };
        WebhookSubscriptionResourceWithSecret: {
            /** Format: uuid */
            id: string;
            event_types: string[];
            object_type: components["schemas"]["WebhookObjectType"];
            secret: string;
            status: components["schemas"]["WebhookSubscriptionStatus"];
            /** Format: uri */
            url: string;
        };
        EventResourceForWebhookClient: {
            /** Format: uuid */
            id: string;
            /** @description When the object was created (ISO 8601, UTC). */
            created_at?: string | null;
            action: string;
            api_version: string | null;
            description: string;
            /** Format: uuid */
            entity_id: string;
            object?: unknown | null;
            object_type: components["schemas"]["WebhookObjectType"];
            /** Format: uuid */
            webhook_subscription_id: string;
        };
        UpdateWebhookSubscriptionRequest: {
            event_types?: string[] | null;
            object_type?: components["schemas"]["WebhookObjectType"] | null;
            url?: string | null;
        };
        /** @enum {string} */
        WebhookDeliveryCursorFields: "created_at" | "updated_at";
        WebhookDeliveryResource: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            event_id: string;
            requests_made_count: number;
            response?: string | null;
            response_status_code?: number | null;
            /** Format: uri */
            url: string;
            was_successful?: boolean | null;
        };
        WebhookDeliveryPaginationResource: {
            data: components["schemas"]["WebhookDeliveryResource"][];
            next_pagination_token?: string | null;
            prev_pagination_token?: string | null;
        };
        /** @enum {string} */
        EventCursorFields: "created_at" | "updated_at";
        EventResource: {
            /** Format: uuid */
            id: string;
            /** @description When the object was created (ISO 8601, UTC). */
            created_at?: string | null;
            action: string;
            api_version: string | null;
            description: string;
            /** Format: uuid */
            entity_id: string;
            object?: unknown | null;
            object_type: components["schemas"]["WebhookObjectType"];
        };
        EventPaginationResource: {
            data: components["schemas"]["EventResource"][];
            next_pagination_token?: string | null;
            prev_pagination_token?: string | null;
        };
        /** @enum {string} */
        EntityCursorFields: "created_at" | "updated_at";
        /** @enum {string} */
        EntityTypeEnum: "individual" | "organization";
        /**
         * @description `active` entities can be used; `inactive` ones are suspended; `deleted` ones are kept for history.
         * @enum {string}
         */
        EntityStatusEnum: "active" | "inactive" | "deleted";
        /**
         * @description ISO 3166-1 alpha-2 country code.
         * @enum {string}
         */
        AllowedCountries: "AF" | "AX" | "AL" | "DZ" | "AS" | "AD" | "AO" | "AI" | "AQ" | "AG" | "AR" | "AM" | "AW" | "AU" | "AT" | "AZ" | "BS" | "BH" | "BD" | "BB" | "BY" | "BE" | "BZ" | "BJ" | "BM" | "BT" | "BO" | "BA" | "BW" | "BV" | "BR" | "IO" | "BN" | "BG" | "BF" | "BI" | "KH" | "CM" | "CA" | "IC" | "CV" | "KY" | "CF" | "EA" | "TD" | "CL" | "CN" | "CX" | "CC" | "CO" | "KM" | "CG" | "CD" | "CK" | "CR" | "CI" | "HR" | "CU" | "CY" | "CZ" | "DK" | "DJ" | "DM" | "DO" | "EC" | "EG" | "SV" | "GQ" | "ER" | "EE" | "SZ" | "ET" | "FK" | "FO" | "FJ" | "FI" | "FR" | "GF" | "PF" | "TF" | "GA" | "GM" | "GE" | "DE" | "GH" | "GI" | "GR" | "GL" | "GD" | "GP" | "GU" | "GT" | "GG" | "GN" | "GW" | "GY" | "HT" | "HM" | "VA" | "HN" | "HK" | "HU" | "IS" | "IN" | "ID" | "IR" | "IQ" | "IE" | "IM" | "IL" | "IT" | "JM" | "JP" | "JE" | "JO" | "KZ" | "KE" | "KI" | "KP" | "KR" | "KW" | "KG" | "LA" | "LV" | "LB" | "LS" | "LR" | "LY" | "LI" | "LT" | "LU" | "MO" | "MG" | "MW" | "MY" | "MV" | "ML" | "MT" | "MH" | "MQ" | "MR" | "MU" | "YT" | "MX" | "FM" | "MD" | "MC" | "MN" | "ME" | "MS" | "MA" | "MZ" | "MM" | "NA" | "NR" | "NP" | "NL" | "AN" | "NC" | "NZ" | "NI" | "NE" | "NG" | "NU" | "NF" | "MP" | "MK" | "NO" | "OM" | "PK" | "PW" | "PS" | "PA" | "PG" | "PY" | "PE" | "PH" | "PN" | "PL" | "PT" | "PR" | "QA" | "RE" | "RO" | "RU" | "RW" | "SH" | "KN" | "LC" | "PM" | "VC" | "WS" | "SM" | "ST" | "SA" | "SN" | "RS" | "SC" | "SL" | "SG" | "SK" | "SI" | "SB" | "SO" | "ZA" | "SS" | "GS" | "ES" | "LK" | "SD" | "SR" | "SJ" | "SE" | "CH" | "SY" | "TW" | "TJ" | "TZ" | "TH" | "TL" | "TG" | "TK" | "TO" | "TT" | "TN" | "TR" | "TM" | "TC" | "TV" | "UG" | "UA" | "AE" | "GB" | "US" | "UM" | "UY" | "UZ" | "VU" | "VE" | "VN" | "VG" | "VI" | "WF" | "EH" | "YE" | "ZM" | "ZW" | "BL" | "BQ" | "CW" | "MF" | "SX";
        EntityAddressResponseSchema: {
            city: string;
            country: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string | null;
            postal_code: string;
            state?: string | null;
        };
        IndividualResponseSchema: {
            date_of_birth?: string | null;
            first_name: string;
            id_number?: string | null;
            last_name: string;
            ssn_last_4?: string | null;
            title?: string | null;
        };
        PageSchema: {
            /** Format: uuid */
            id: string;
            mimetype: string;
            number: number;
            size: number;
            url: string;
        };
        PreviewSchema: {
            height: number;
            url: string;
            width: number;
        };
        FileSchema2: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            file_type: string;
            md5: string;
            mimetype: string;
            name: string;
            /** @default [] */
            pages?: components["schemas"]["PageSchema"][] | null;
            /** @default [] */
            previews?: components["schemas"]["PreviewSchema"][] | null;
            region: string;
            size: number;
            url: string;
        };
        EntityIndividualResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            address: components["schemas"]["EntityAddressResponseSchema"];
            email?: string | null;
            individual: components["schemas"]["IndividualResponseSchema"];
            logo?: components["schemas"]["FileSchema2"] | null;
            phone?: string | null;
            registration_authority?: string | null;
            registration_number?: string | null;
            status: components["schemas"]["EntityStatusEnum"];
            tax_id?: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "individual";
            website?: string | null;
        };
        /** @enum {string} */
        EntityBusinessStructure: "incorporated_partnership" | "unincorporated_partnership" | "public_corporation" | "private_corporation" | "sole_proprietorship" | "single_member_llc" | "multi_member_llc" | "private_partnership" | "unincorporated_association" | "public_partnership";
        OrganizationResponseSchema: {
            business_structure?: components["schemas"]["EntityBusinessStructure"] | null;
            directors_provided?: boolean | null;
            executives_provided?: boolean | null;
            legal_entity_id?: string | null;
            legal_name: string;
            owners_provided?: boolean | null;
            representative_provided?: boolean | null;
        };
        EntityOrganizationResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            address: components["schemas"]["EntityAddressResponseSchema"];
            email?: string | null;
            logo?: components["schemas"]["FileSchema2"] | null;
            organization: components["schemas"]["OrganizationResponseSchema"];
            phone?: string | null;
            registration_authority?: string | null;
            registration_number?: string | null;
            status: components["schemas"]["EntityStatusEnum"];
            tax_id?: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "organization";
            website?: string | null;
        };
        EntityResponse: components["schemas"]["EntityOrganizationResponse"] | components["schemas"]["EntityIndividualResponse"];
        EntityPaginationResponse: {
            data: components["schemas"]["EntityResponse"][];
            next_pagination_token?: string | null;
            prev_pagination_token?: string | null;
        };
        EntityAddressSchema: {
            city: string;
            country: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string | null;
            postal_code: string;
            state?: string | null;
        };
        IndividualSchema: {
            date_of_birth?: string | null;
            first_name: string;
            id_number?: string | null;
            last_name: string;
            ssn_last_4?: string | null;
            title?: string | null;
        };
        OrganizationSchema: {
            business_structure?: components["schemas"]["EntityBusinessStructure"] | null;
            directors_provided?: boolean | null;
            executives_provided?: boolean | null;
            legal_entity_id?: string | null;
            legal_name: string;
            owners_provided?: boolean | null;
            representative_provided?: boolean | null;
        };
        CreateEntityRequest: {
            address: components["schemas"]["EntityAddressSchema"];
            /** Format: email */
            email: string;
            individual?: components["schemas"]["IndividualSchema"] | null;
            organization?: components["schemas"]["OrganizationSchema"] | null;
            phone?: string | null;
            registration_authority?: string | null;
            registration_number?: string | null;
            tax_id?: string | null;
            type: components["schemas"]["EntityTypeEnum"];
            website?: string | null;
        };
        UpdateEntityAddressSchema: {
            city?: string | null;
            line1?: string | null;
            line2?: string | null;
            postal_code?: string | null;
            state?: string | null;
        };
        OptionalIndividualSchema: {
            date_of_birth?: string | null;
            first_name?: string | null;
            id_number?: string | null;
            last_name?: string | null;
            ssn_last_4?: string | null;
            title?: string | null;
        };
        OptionalOrganizationSchema: {
            business_structure?: components["schemas"]["EntityBusinessStructure"] | null;
            directors_provided?: boolean | null;
            executives_provided?: boolean | null;
            legal_entity_id?: string | null;
            legal_name?: string | null;
            owners_provided?: boolean | null;
            representative_provided?: boolean | null;
        };
        UpdateEntityRequest: {
            address?: components["schemas"]["UpdateEntityAddressSchema"] | null;
            email?: string | null;
            individual?: components["schemas"]["OptionalIndividualSchema"] | null;
            organization?: components["schemas"]["OptionalOrganizationSchema"] | null;
            phone?: string | null;
            registration_authority?: string | null;
            registration_number?: string | null;
            tax_id?: string | null;
            website?: string | null;
        };
        Body_put_entities_id_logo: {
            /** Format: binary */
            file: Blob;
        };
        PartnerMetadataResponse: {
            metadata?: {
                [key: string]: unknown;
            } | null;
        };
        PartnerMetadata: {
            metadata: {
                [key: string]: unknown;
            };
        };
        DefaultLedgerAccountIDs: {
            payments?: string | null;
            products?: string | null;
        };
        DefaultAccountingTaxIDs: {
            deductions?: string | null;
        };
        AccountingSettings: {
            ledger_account_ids?: components["schemas"]["DefaultLedgerAccountIDs"] | null;
            tax_ids?: components["schemas"]["DefaultAccountingTaxIDs"] | null;
        };
        DocumentTypePrefix: {
            /** @default CN */
            credit_note?: string;
            /** @default DN */
            delivery_note?: string;
            /** @default INV */
            invoice?: string;
            /** @default PO */
            purchase_order?: string;
            /** @default Q */
            quote?: string;
        };
        /** @enum {string} */
        DocumentIDSeparators: "/" | "-" | "|" | "." | "";
        DocumentIDsSettings: {
            /**
             * @default {
             *       "credit_note": "CN",
             *       "delivery_note": "DN",
             *       "invoice": "INV",
             *       "purchase_order": "PO",
             *       "quote": "Q"
             *     }
             */
            document_type_prefix?: components["schemas"]["DocumentTypePrefix"];
            /** @default false */
            include_date?: boolean;
            /** @default 5 */
            min_digits?: number;
            prefix?: string | null;
            /** @default - */
            separator?: components["schemas"]["DocumentIDSeparators"];
        };
        CreditNoteRenderingSettings: {
            /** @default true */
            display_entity_bank_account?: boolean;
        };
        InvoiceRenderingSettings: {
            /** @default true */
            display_entity_bank_account?: boolean;
        };
        LineItemColumnSettings: {
            /** @default true */
            display?: boolean;
            label?: string;
        };
        LineItemNumericColumnSettings: {
            /** @default true */
            display?: boolean;
            label?: string;
            precision?: number;
        };
        LineItemsRenderingSettings: {
            discount?: components["schemas"]["LineItemColumnSettings"];
            measure_unit?: components["schemas"]["LineItemColumnSettings"];
            name?: components["schemas"]["LineItemColumnSettings"];
            price?: components["schemas"]["LineItemNumericColumnSettings"];
            price_after_vat?: components["schemas"]["LineItemNumericColumnSettings"];
            quantity?: components["schemas"]["LineItemColumnSettings"];
            total_price?: components["schemas"]["LineItemNumericColumnSettings"];
            total_price_after_vat?: components["schemas"]["LineItemNumericColumnSettings"];
            /**
             * @default {
             *       "display": false
             *     }
             */
            vat_amount?: components["schemas"]["LineItemNumericColumnSettings"];
            vat_rate?: components["schemas"]["LineItemNumericColumnSettings"];
        };
        QuoteRenderingSettings: {
            /** @default true */
            display_entity_bank_account?: boolean;
            /** @default false */
            display_signature?: boolean;
        };
        "DocumentRenderingSettings-Output": {
            credit_note?: components["schemas"]["CreditNoteRenderingSettings"];
            /** @default true */
            display_entity_bank_account?: boolean;
            /** @default true */
            display_line_items?: boolean;
            invoice?: components["schemas"]["InvoiceRenderingSettings"];
            line_items?: components["schemas"]["LineItemsRenderingSettings"];
            quote?: components["schemas"]["QuoteRenderingSettings"];
        };
        /** @enum {string} */
        LanguageCodeEnum: "ab" | "aa" | "af" | "ak" | "sq" | "am" | "ar" | "an" | "hy" | "av" | "ae" | "ay" | "az" | "bm" | "ba" | "eu" | "be" | "bn" | "bi" | "bs" | "br" | "bg" | "my" | "ca" | "ch" | "ce" | "ny" | "zh" | "cu" | "cv" | "kw" | "co" | "cr" | "hr" | "cs" | "da" | "dv" | "nl" | "dz" | "en" | "eo" | "et" | "ee" | "fo" | "fj" | "fi" | "fr" | "fy" | "ff" | "gd" | "gl" | "lg" | "ka" | "de" | "el" | "kl" | "gn" | "gu" | "ht" | "ha" | "he" | "hz" | "hi" | "ho" | "hu" | "io" | "ig" | "id" | "ia" | "ie" | "iu" | "ik" | "ga" | "it" | "ja" | "jv" | "kn" | "kr" | "ks" | "kk" | "km" | "ki" | "rw" | "ky" | "kv" | "kg" | "ko" | "kj" | "ku" | "lo" | "la" | "lv" | "li" | "ln" | "lt" | "lu" | "lb" | "mk" | "mg" | "ms" | "ml" | "mt" | "gv" | "mi" | "mr" | "mh" | "mn" | "na" | "nv" | "nd" | "nr" | "ng" | "ne" | "no" | "nb" | "nn" | "ii" | "oc" | "oj" | "om" | "os" | "pi" | "ps" | "fa" | "pl" | "pt" | "pa" | "qu" | "ro" | "rm" | "rn" | "ru" | "se" | "sm" | "sg" | "sa" | "sc" | "sr" | "sn" | "sd" | "si" | "sk" | "sl" | "so" | "st" | "es" | "su" | "sw" | "ss" | "sv" | "tl" | "ty" | "tg" | "ta" | "tt" | "te" | "th" | "bo" | "ti" | "to" | "ts" | "tn" | "tr" | "tk" | "tw" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "cy" | "wo" | "xh" | "yi" | "yo" | "za" | "zu";
        EntityMailSettings: {
            reply_to?: string[] | null;
        };
        OcrAutoTaggingSettingsRequest: {
            enabled: boolean;
            keywords: string[];
            /** Format: uuid */
            tag_id: string;
        };
        /** @enum {string} */
        PaymentPriorityEnum: "working_capital" | "balanced" | "bottom_line";
        /** @enum {string} */
        ReceivableEditFlow: "compliant" | "partially_compliant" | "non_compliant";
        RemindersSettings: {
            /** @default true */
            enabled?: boolean;
        };
        /** @enum {string} */
        VatModeEnum: "exclusive" | "inclusive";
        SettingsResponse: {
            accounting?: components["schemas"]["AccountingSettings"] | null;
            /** @default true */
            allow_purchase_order_autolinking?: boolean | null;
            currency?: components["schemas"]["CurrencySettings-Output"] | null;
            document_ids?: components["schemas"]["DocumentIDsSettings"] | null;
            document_rendering?: components["schemas"]["DocumentRenderingSettings-Output"];
            /** @default false */
            generate_paid_invoice_pdf?: boolean;
            language?: components["schemas"]["LanguageCodeEnum"] | null;
            mail?: components["schemas"]["EntityMailSettings"] | null;
            payables_ocr_auto_tagging?: components["schemas"]["OcrAutoTaggingSettingsRequest"][] | null;
            /** @default false */
            payables_skip_approval_flow?: boolean;
            /** @default working_capital */
            payment_priority?: components["schemas"]["PaymentPriorityEnum"] | null;
            /** @default false */
            quote_signature_required?: boolean;
            /** @default compliant */
            receivable_edit_flow?: components["schemas"]["ReceivableEditFlow"] | null;
            reminder?: components["schemas"]["RemindersSettings"] | null;
            /** @default exclusive */
            vat_inclusive_discount_mode?: components["schemas"]["VatModeEnum"];
            /** @default exclusive */
            vat_mode?: components["schemas"]["VatModeEnum"] | null;
        };
        DocumentIDsSettingsNextNumber: {
            credit_note?: number | null;
            delivery_note?: number | null;
            invoice?: number | null;
            purchase_order?: number | null;
            quote?: number | null;
        };
        DocumentIDsSettingsRequest: {
            /**
             * @default {
             *       "credit_note": "CN",
             *       "delivery_note": "DN",
             *       "invoice": "INV",
             *       "purchase_order": "PO",
             *       "quote": "Q"
             *     }
             */
            document_type_prefix?: components["schemas"]["DocumentTypePrefix"];
            /** @default false */
            include_date?: boolean;
            /** @default 5 */
            min_digits?: number;
            next_number?: components["schemas"]["DocumentIDsSettingsNextNumber"] | null;
            prefix?: string | null;
            /** @default - */
            separator?: components["schemas"]["DocumentIDSeparators"];
        };
        "DocumentRenderingSettings-Input": {
            credit_note?: components["schemas"]["CreditNoteRenderingSettings"];
            /** @default true */
            display_entity_bank_account?: boolean;
            /** @default true */
            display_line_items?: boolean;
            invoice?: components["schemas"]["InvoiceRenderingSettings"];
            line_items?: components["schemas"]["LineItemsRenderingSettings"];
            quote?: components["schemas"]["QuoteRenderingSettings"];
        };
        PatchSettingsPayload: {
            accounting?: components["schemas"]["AccountingSettings"] | null;
            /** @default true */
            allow_purchase_order_autolinking?: boolean | null;
            currency?: components["schemas"]["CurrencySettings-Input"] | null;
            document_ids?: components["schemas"]["DocumentIDsSettingsRequest"] | null;
            document_rendering?: components["schemas"]["DocumentRenderingSettings-Input"];
            /** @default false */
            generate_paid_invoice_pdf?: boolean;
            language?: components["schemas"]["LanguageCodeEnum"] | null;
            mail?: components["schemas"]["EntityMailSettings"] | null;
            payables_ocr_auto_tagging?: components["schemas"]["OcrAutoTaggingSettingsRequest"][] | null;
            /** @default false */
            payables_skip_approval_flow?: boolean;
            /** @default working_capital */
            payment_priority?: components["schemas"]["PaymentPriorityEnum"] | null;
            /** @default false */
            quote_signature_required?: boolean;
            /** @default compliant */
            receivable_edit_flow?: components["schemas"]["ReceivableEditFlow"] | null;
            reminder?: components["schemas"]["RemindersSettings"] | null;
            /** @default exclusive */
            vat_inclusive_discount_mode?: components["schemas"]["VatModeEnum"];
            /** @default exclusive */
            vat_mode?: components["schemas"]["VatModeEnum"] | null;
        };
        EntityBankAccountResponse: {
            /** Format: uuid */
            id: string;
            account_holder_name?: string;
            account_number?: string;
            bank_name?: string;
            bic?: string;
            country?: components["schemas"]["AllowedCountries"];
            currency?: components["schemas"]["CurrencyEnum"];
            display_name?: string;
            iban?: string;
            /** @default false */
            is_default_for_currency?: boolean;
            routing_number?: string;
            sort_code?: string;
            /** Format: uuid */
            was_created_by_user_id?: string;
        };
        EntityBankAccountPaginationResponse: {
            data: components["schemas"]["EntityBankAccountResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        CreateEntityBankAccountRequest: {
            account_holder_name?: string;
            account_number?: string;
            bank_name?: string;
            bic?: string;
            country: components["schemas"]["AllowedCountries"];
            currency: components["schemas"]["CurrencyEnum"];
            display_name?: string;
            iban?: string;
            /** @default false */
            is_default_for_currency?: boolean;
            routing_number?: string;
            sort_code?: string;
        };
        UpdateEntityBankAccountRequest: {
            account_holder_name?: string;
            display_name?: string;
        };
        PersonAddressResponse: {
            city: string;
            country: string;
            line1: string;
            line2?: string | null;
            postal_code: string;
            state?: string | null;
        };
        PersonRelationshipResponse: {
            /** @default false */
            director?: boolean;
            /** @default false */
            executive?: boolean;
            /** @default false */
            owner?: boolean;
            percent_ownership?: number | null;
            /** @default false */
            representative?: boolean;
            title?: string | null;
        };
        PersonResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            address?: components["schemas"]["PersonAddressResponse"] | null;
            citizenship?: components["schemas"]["AllowedCountries"] | null;
            created_by_entity_user_id: string | null;
            date_of_birth?: string | null;
            /** Format: email */
            email: string;
            /** Format: uuid */
            entity_id: string;
            first_name: string;
            id_number?: string | null;
            last_name: string;
            phone?: string | null;
            relationship: components["schemas"]["PersonRelationshipResponse"];
            ssn_last_4?: string | null;
        };
        PersonsResponse: {
            data: components["schemas"]["PersonResponse"][];
        };
        PersonAddressRequest: {
            city: string;
            country: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string | null;
            postal_code: string;
            state?: string | null;
        };
        PersonRelationshipRequest: {
            /** @default false */
            director?: boolean;
            /** @default false */
            executive?: boolean;
            /** @default false */
            owner?: boolean;
            percent_ownership?: number | null;
            /** @default false */
            representative?: boolean;
            title?: string | null;
        };
        PersonRequest: {
            address?: components["schemas"]["PersonAddressRequest"] | null;
            citizenship?: components["schemas"]["AllowedCountries"] | null;
            date_of_birth?: string | null;
            /** Format: email */
            email: string;
            first_name: string;
            id_number?: string | null;
            last_name: string;
            phone?: string | null;
            relationship: components["schemas"]["PersonRelationshipRequest"];
            ssn_last_4?: string | null;
        };
        OptionalPersonAddressRequest: {
            city?: string | null;
            country?: components["schemas"]["AllowedCountries"] | null;
            line1?: string | null;
            line2?: string | null;
            postal_code?: string | null;
            state?: string | null;
        };
        OptionalPersonRelationship: {
            director?: boolean | null;
            executive?: boolean | null;
            owner?: boolean | null;
            percent_ownership?: number | null;
            representative?: boolean | null;
            title?: string | null;
        };
        OptionalPersonRequest: {
            address?: components["schemas"]["OptionalPersonAddressRequest"] | null;
            citizenship?: components["schemas"]["AllowedCountries"] | null;
            date_of_birth?: string | null;
            email?: string | null;
            first_name?: string | null;
            id_number?: string | null;
            last_name?: string | null;
            phone?: string | null;
            relationship?: components["schemas"]["OptionalPersonRelationship"] | null;
            ssn_last_4?: string | null;
        };
        /** @enum {string} */
        VatIDTypeEnum: "ae_trn" | "au_abn" | "au_arn" | "bg_uic" | "br_cnpj" | "br_cpf" | "ca_bn" | "ca_gst_hst" | "ca_pst_bc" | "ca_pst_mb" | "ca_pst_sk" | "ca_qst" | "ch_vat" | "cl_tin" | "es_cif" | "eu_oss_vat" | "eu_vat" | "gb_vat" | "ge_vat" | "hk_br" | "hu_tin" | "id_npwp" | "il_vat" | "in_gst" | "is_vat" | "jp_cn" | "jp_rn" | "kr_brn" | "li_uid" | "mx_rfc" | "my_frp" | "my_itn" | "my_sst" | "no_vat" | "nz_gst" | "ru_inn" | "ru_kpp" | "sa_vat" | "sg_gst" | "sg_uen" | "si_tin" | "th_vat" | "tw_vat" | "ua_vat" | "us_ein" | "za_vat" | "unknown";
        EntityVatIDResponse: {
            /** Format: uuid */
            id: string;
            country: components["schemas"]["AllowedCountries"];
            /** Format: uuid */
            entity_id: string;
            /** @default unknown */
            type?: components["schemas"]["VatIDTypeEnum"];
            value: string;
        };
        EntityVatIDResourceList: {
            data: components["schemas"]["EntityVatIDResponse"][];
        };
        EntityVatID: {
            country: components["schemas"]["AllowedCountries"];
            /** @default unknown */
            type?: components["schemas"]["VatIDTypeEnum"];
            value: string;
        };
        EntityUpdateVatID: {
            country?: components["schemas"]["AllowedCountries"] | null;
            type?: components["schemas"]["VatIDTypeEnum"] | null;
            value?: string | null;
        };
        /** @enum {string} */
        RoleCursorFields: "updated_at" | "created_at";
        /** @enum {string} */
        ActionEnum: "create" | "read" | "update" | "delete";
        /** @enum {string} */
        PermissionEnum: "allowed" | "allowed_for_own" | "not_allowed";
        ActionSchema2: {
            /** @default read */
            action_name?: components["schemas"]["ActionEnum"];
            /** @default allowed */
            permission?: components["schemas"]["PermissionEnum"];
        };
        "CommonSchema-Output": {
            actions?: components["schemas"]["ActionSchema2"][];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            object_type: "approval_policy" | "approval_request" | "comment" | "counterpart" | "counterpart_vat_id" | "delivery_note" | "entity" | "entity_bank_account" | "entity_user" | "entity_vat_ids" | "export" | "mailbox" | "ocr_task" | "onboarding" | "overdue_reminder" | "payables_purchase_order" | "payment_record" | "payment_reminder" | "person" | "product" | "project" | "receipt" | "receivable" | "reconciliation" | "role" | "tag" | "todo_task" | "todo_task_mute" | "transaction" | "workflow";
        };
        /** @enum {string} */
        PayableActionEnum: "create" | "read" | "update" | "delete" | "pay" | "approve" | "cancel" | "submit" | "create_from_mail" | "reopen";
        PayableActionSchema: {
            /** @default read */
            action_name?: components["schemas"]["PayableActionEnum"];
            /** @default allowed */
            permission?: components["schemas"]["PermissionEnum"];
        };
        "PayableSchema-Output": {
            actions?: components["schemas"]["PayableActionSchema"][];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            object_type: "payable";
        };
        "RootSchema-Output": components["schemas"]["CommonSchema-Output"] | components["schemas"]["PayableSchema-Output"];
        "BizObjectsSchema-Output": {
            objects?: components["schemas"]["RootSchema-Output"][];
        };
        /** @enum {string} */
        StatusEnum: "active" | "deleted";
        RoleResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            name: string;
            permissions: components["schemas"]["BizObjectsSchema-Output"];
            status: components["schemas"]["StatusEnum"];
        };
        RolePaginationResponse: {
            data: components["schemas"]["RoleResponse"][];
            next_pagination_token?: string | null;
            prev_pagination_token?: string | null;
        };
        "CommonSchema-Input": {
            actions?: components["schemas"]["ActionSchema2"][];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            object_type: "approval_policy" | "approval_request" | "comment" | "counterpart" | "counterpart_vat_id" | "delivery_note" | "entity" | "entity_bank_account" | "entity_user" | "entity_vat_ids" | "export" | "mailbox" | "ocr_task" | "onboarding" | "overdue_reminder" | "payables_purchase_order" | "payment_record" | "payment_reminder" | "person" | "product" | "project" | "receipt" | "receivable" | "reconciliation" | "role" | "tag" | "todo_task" | "todo_task_mute" | "transaction" | "workflow";
        };
        "PayableSchema-Input": {
            actions?: components["schemas"]["PayableActionSchema"][];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            object_type: "payable";
        };
        "RootSchema-Input": components["schemas"]["CommonSchema-Input"] | components["schemas"]["PayableSchema-Input"];
        "BizObjectsSchema-Input": {
            objects?: components["schemas"]["RootSchema-Input"][];
        };
        CreateRoleRequest: {
            name: string;
            permissions: components["schemas"]["BizObjectsSchema-Input"];
        };
        UpdateRoleRequest: {
            name?: string | null;
            permissions?: components["schemas"]["BizObjectsSchema-Input"] | null;
        };
        /** @enum {string} */
        EntityUserCursorFields: "updated_at";
        EntityUserResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            email?: string | null;
            first_name?: string;
            last_name?: string | null;
            login: string;
            phone?: string | null;
            /** Format: uuid */
            role_id: string;
            status: components["schemas"]["StatusEnum"];
            userpic_file_id?: string | null;
        };
        EntityUserPaginationResponse: {
            data: components["schemas"]["EntityUserResponse"][];
            next_pagination_token?: string | null;
            prev_pagination_token?: string | null;
        };
        CreateEntityUserRequest: {
            email?: string | null;
            first_name: string;
            last_name?: string | null;
            login: string;
            phone?: string | null;
            role_id?: string | null;
            title?: string | null;
        };
        UpdateMeEntityUserRequest: {
            email?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            phone?: string | null;
            title?: string | null;
        };
        UpdateEntityUserRequest: {
            email?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            login?: string | null;
            phone?: string | null;
            role_id?: string | null;
            title?: string | null;
        };
        /** @enum {string} */
        CounterpartCursorFields: "counterpart_name";
        /** @enum {string} */
        CounterpartType: "individual" | "organization";
        /** @enum {string} */
        TagCategory: "document_type" | "department" | "project" | "cost_center" | "vendor_type" | "payment_method" | "approval_status";
        CounterpartTagSchema: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            category?: components["schemas"]["TagCategory"];
            /** Format: uuid */
            created_by_entity_user_id?: string;
            description?: string;
            name: string;
        };
        CounterpartIndividualResponse: {
            /** Format: email */
            email?: string;
            first_name: string;
            is_customer: boolean;
            is_vendor: boolean;
            last_name: string;
            phone?: string;
            tags?: components["schemas"]["CounterpartTagSchema"][];
            title?: string;
        };
        CounterpartIndividualRootResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** @default false */
            created_automatically?: boolean;
            /** Format: uuid */
            created_by_entity_user_id?: string;
            /** Format: uuid */
            default_billing_address_id?: string;
            /** Format: uuid */
            default_shipping_address_id?: string;
            external_reference?: string;
            individual: components["schemas"]["CounterpartIndividualResponse"];
            language?: components["schemas"]["LanguageCodeEnum"];
            reminders_enabled?: boolean;
            tax_id?: string;
            type: components["schemas"]["CounterpartType"];
        };
        CounterpartOrganizationResponse: {
            /** Format: email */
            email?: string;
            is_customer: boolean;
            is_vendor: boolean;
            legal_name: string;
            phone?: string;
            tags?: components["schemas"]["CounterpartTagSchema"][];
        };
        CounterpartOrganizationRootResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** @default false */
            created_automatically?: boolean;
            /** Format: uuid */
            created_by_entity_user_id?: string;
            /** Format: uuid */
            default_billing_address_id?: string;
            /** Format: uuid */
            default_shipping_address_id?: string;
            external_reference?: string;
            language?: components["schemas"]["LanguageCodeEnum"];
            organization: components["schemas"]["CounterpartOrganizationResponse"];
            reminders_enabled?: boolean;
            tax_id?: string;
            type: components["schemas"]["CounterpartType"];
        };
        CounterpartResponse: components["schemas"]["CounterpartIndividualRootResponse"] | components["schemas"]["CounterpartOrganizationRootResponse"];
        CounterpartPaginationResponse: {
            data: components["schemas"]["CounterpartResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        CounterpartAddress: {
            city: string;
            country: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string;
            postal_code: string;
            state?: string;
        };
        CounterpartOrganizationCreatePayload: {
            address: components["schemas"]["CounterpartAddress"];
            /** Format: email */
            email?: string;
            is_customer: boolean;
            is_vendor: boolean;
            legal_name: string;
            phone?: string;
            tag_ids?: string[];
        };
        CounterpartOrganizationRootCreatePayload: {
            external_reference?: string;
            /** @default en */
            language?: components["schemas"]["LanguageCodeEnum"];
            organization: components["schemas"]["CounterpartOrganizationCreatePayload"];
            /** @default true */
            reminders_enabled?: boolean;
            tax_id?: string;
            /** @enum {string} */
            type: "organization";
        };
        CounterpartIndividualCreatePayload: {
            address: components["schemas"]["CounterpartAddress"];
            /** Format: email */
            email?: string;
            first_name: string;
            is_customer: boolean;
            is_vendor: boolean;
            last_name: string;
            phone?: string;
            tag_ids?: string[];
            title?: string;
        };
        CounterpartIndividualRootCreatePayload: {
            external_reference?: string;
            individual: components["schemas"]["CounterpartIndividualCreatePayload"];
            /** @default en */
            language?: components["schemas"]["LanguageCodeEnum"];
            /** @default true */
            reminders_enabled?: boolean;
            tax_id?: string;
            /** @enum {string} */
            type: "individual";
        };
        CounterpartCreatePayload: components["schemas"]["CounterpartOrganizationRootCreatePayload"] | components["schemas"]["CounterpartIndividualRootCreatePayload"];
        CounterpartIndividualUpdatePayload: {
            /** Format: email */
            email?: string;
            first_name?: string;
            is_customer?: boolean;
            is_vendor?: boolean;
            last_name?: string;
            phone?: string;
            tag_ids?: string[];
            title?: string;
        };
        CounterpartIndividualRootUpdatePayload: {
            /** Format: uuid */
            default_billing_address_id?: string;
            /** Format: uuid */
            default_shipping_address_id?: string;
            external_reference?: string;
            individual: components["schemas"]["CounterpartIndividualUpdatePayload"];
            language?: components["schemas"]["LanguageCodeEnum"];
            reminders_enabled?: boolean;
            tax_id?: string;
        };
        CounterpartOrganizationUpdatePayload: {
            /** Format: email */
            email?: string;
            is_customer?: boolean;
            is_vendor?: boolean;
            legal_name?: string;
            phone?: string;
            tag_ids?: string[];
        };
        CounterpartOrganizationRootUpdatePayload: {
            /** Format: uuid */
            default_billing_address_id?: string;
            /** Format: uuid */
            default_shipping_address_id?: string;
            external_reference?: string;
            /** @default en */
            language?: components["schemas"]["LanguageCodeEnum"];
            organization: components["schemas"]["CounterpartOrganizationUpdatePayload"];
            /** @default true */
            reminders_enabled?: boolean;
            tax_id?: string;
        };
        CounterpartUpdatePayload: components["schemas"]["CounterpartIndividualRootUpdatePayload"] | components["schemas"]["CounterpartOrganizationRootUpdatePayload"];
        CounterpartAddressResponseWithCounterpartID: {
            /** Format: uuid */
            id: string;
            city: string;
            /** Format: uuid */
            counterpart_id: string;
            country: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string;
            postal_code: string;
            state?: string;
        };
        CounterpartAddressResourceList: {
            data: components["schemas"]["CounterpartAddressResponseWithCounterpartID"][];
        };
        CounterpartUpdateAddress: {
            city?: string;
            country?: components["schemas"]["AllowedCountries"];
            line1?: string;
            line2?: string;
            postal_code?: string;
            state?: string;
        };
        CounterpartBankAccountResponse: {
            /** Format: uuid */
            id: string;
            account_holder_name?: string;
            account_number?: string;
            bic?: string;
            /** Format: uuid */
            counterpart_id: string;
            country: components["schemas"]["AllowedCountries"];
            currency: components["schemas"]["CurrencyEnum"];
            iban?: string;
            /** @default false */
            is_default_for_currency?: boolean;
            name?: string;
            partner_metadata?: Record<string, never>;
            routing_number?: string;
            sort_code?: string;
        };
        CounterpartBankAccountResourceList: {
            data: components["schemas"]["CounterpartBankAccountResponse"][];
        };
        CreateCounterpartBankAccount: {
            account_holder_name?: string;
            account_number?: string;
            bic?: string;
            country: components["schemas"]["AllowedCountries"];
            currency: components["schemas"]["CurrencyEnum"];
            iban?: string;
            /** @default false */
            is_default_for_currency?: boolean;
            name?: string;
            partner_metadata?: Record<string, never>;
            routing_number?: string;
            sort_code?: string;
        };
        UpdateCounterpartBankAccount: {
            account_holder_name?: string;
            account_number?: string;
            bic?: string;
            country?: components["schemas"]["AllowedCountries"];
            currency?: components["schemas"]["CurrencyEnum"];
            iban?: string;
            name?: string;
            partner_metadata?: Record<string, never>;
            routing_number?: string;
            sort_code?: string;
        };
        CounterpartContactResponse: {
            /** Format: uuid */
            id: string;
            address: components["schemas"]["CounterpartAddress"];
            /** Format: uuid */
            counterpart_id: string;
            /** Format: email */
            email?: string;
            first_name: string;
            is_default: boolean;
            last_name: string;
            phone?: string;
            title?: string;
        };
        CounterpartContactsResourceList: {
            data: components["schemas"]["CounterpartContactResponse"][];
        };
        CreateCounterpartContactPayload: {
            address: components["schemas"]["CounterpartAddress"];
            /** Format: email */
            email?: string;
            first_name: string;
            last_name: string;
            phone?: string;
            title?: string;
        };
        UpdateCounterpartContactPayload: {
            address?: components["schemas"]["CounterpartAddress"];
            /** Format: email */
            email?: string;
            first_name?: string;
            last_name?: string;
            phone?: string;
            title?: string;
        };
        CounterpartVatIDResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            counterpart_id: string;
            country?: components["schemas"]["AllowedCountries"];
            /** @default unknown */
            type?: components["schemas"]["VatIDTypeEnum"];
            value: string;
        };
        CounterpartVatIDResourceList: {
            data: components["schemas"]["CounterpartVatIDResponse"][];
        };
        CounterpartVatID: {
            country?: components["schemas"]["AllowedCountries"];
            /** @default unknown */
            type?: components["schemas"]["VatIDTypeEnum"];
            value: string;
        };
        CounterpartUpdateVatID: {
            country?: components["schemas"]["AllowedCountries"];
            type?: components["schemas"]["VatIDTypeEnum"];
            value?: string;
        };
        /** @enum {string} */
        PaymentRecordCursorFields: "paid_at" | "amount" | "overpaid_amount";
        /** @enum {string} */
        ObjectTypeEnum: "receivable" | "payable";
        /**
         * @description `created`, `processing`, then `succeeded` or `canceled`.
         * @enum {string}
         */
        PaymentRecordStatusEnum: "created" | "processing" | "succeeded" | "canceled";
        PaymentRecordHistoryResponse: {
            /** Format: uuid */
            entity_user_id?: string;
            status: components["schemas"]["PaymentRecordStatusEnum"];
            /** Format: date-time */
            timestamp: string;
        };
        PaymentRecordObjectResponse: {
            /** Format: uuid */
            id: string;
            new_status: string;
            old_status: string;
            type: components["schemas"]["ObjectTypeEnum"];
        };
        PaymentRecordResponse: {
            /** Format: uuid */
            id: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            currency: components["schemas"]["CurrencyEnum"];
            /** Format: uuid */
            entity_user_id?: string;
            history: components["schemas"]["PaymentRecordHistoryResponse"][];
            is_external: boolean;
            object: components["schemas"]["PaymentRecordObjectResponse"];
            /**
             * @description Money in the minor unit of the currency: 5000 means 50.00.
             * @default 0
             */
            overpaid_amount?: number;
            /** Format: date-time */
            paid_at?: string;
            /** Format: uuid */
            payment_intent_id?: string;
            payment_intent_status?: string;
            payment_method?: string;
            /** Format: date */
            planned_payment_date?: string;
            /** @default succeeded */
            status?: string;
        };
        PaymentRecordResponseList: {
            data: components["schemas"]["PaymentRecordResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        PaymentRecordObjectRequest: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["ObjectTypeEnum"];
        };
        PaymentRecordRequest: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            currency: components["schemas"]["CurrencyEnum"];
            /** Format: uuid */
            entity_user_id?: string;
            object: components["schemas"]["PaymentRecordObjectRequest"];
            /** Format: date-time */
            paid_at?: string;
            /** Format: uuid */
            payment_intent_id?: string;
            payment_intent_status?: string;
            payment_method?: string;
            /** Format: date */
            planned_payment_date?: string;
            /**
             * @default succeeded
             * @enum {string}
             */
            status?: "created" | "processing" | "succeeded";
        };
        /** @enum {string} */
        ProjectCursorFields: "id" | "created_at";
        TagReadSchema: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            category?: components["schemas"]["TagCategory"];
            /** Format: uuid */
            created_by_entity_user_id?: string;
            description?: string;
            name: string;
        };
        ProjectResource: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            code?: string;
            color?: string;
            /** Format: uuid */
            created_by_entity_user_id?: string;
            description?: string;
            /** Format: date */
            end_date?: string;
            /** Format: uuid */
            entity_id: string;
            name: string;
            /** Format: uuid */
            parent_id?: string;
            partner_metadata?: Record<string, never>;
            /** Format: date */
            start_date?: string;
            tags?: components["schemas"]["TagReadSchema"][];
        };
        ProjectPaginationResponse: {
            data: components["schemas"]["ProjectResource"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        ProjectCreateRequest: {
            code?: string;
            color?: string;
            description?: string;
            /** Format: date */
            end_date?: string;
            name: string;
            /** Format: uuid */
            parent_id?: string;
            partner_metadata?: Record<string, never>;
            /** Format: date */
            start_date?: string;
            /** @default [] */
            tag_ids?: string[];
        };
        ProjectUpdateRequest: {
            code?: string;
            color?: string;
            description?: string;
            /** Format: date */
            end_date?: string;
            name?: string;
            /** Format: uuid */
            parent_id?: string;
            partner_metadata?: Record<string, never>;
            /** Format: date */
            start_date?: string;
            /** @default [] */
            tag_ids?: string[];
        };
        /** @enum {string} */
        TagCursorFields: "created_at" | "updated_at";
        TagsPaginationResponse: {
            data: components["schemas"]["TagReadSchema"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        TagCreateSchema: {
            category?: components["schemas"]["TagCategory"];
            description?: string;
            name: string;
        };
        TagUpdateSchema: {
            category?: components["schemas"]["TagCategory"];
            description?: string;
            name?: string;
        };
        /** @enum {string} */
        ApprovalPolicyCursorFields: "created_at" | "updated_at";
        ApprovalPolicyResource: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** Format: uuid */
            created_by: string;
            description?: string;
            /** Format: date-time */
            ends_at?: string;
            name: string;
            /** @default 0 */
            priority?: number;
            script: (boolean | number | string | unknown[] | Record<string, never>)[];
            /** Format: date-time */
            starts_at?: string;
            /** @enum {string} */
            status: "active" | "pending";
            trigger?: boolean | number | string | unknown[] | Record<string, never>;
            /** Format: uuid */
            updated_by?: string;
        };
        ApprovalPolicyResourceList: {
            data: components["schemas"]["ApprovalPolicyResource"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        ApprovalPolicyCreate: {
            description?: string;
            /** Format: date-time */
            ends_at?: string;
            name: string;
            /** @default 0 */
            priority?: number;
            script: (boolean | number | string | unknown[] | Record<string, never>)[];
            /** Format: date-time */
            starts_at?: string;
            trigger?: boolean | number | string | unknown[] | Record<string, never>;
        };
        /**
         * @description `active` policies apply to new documents; `pending` ones are being set up; `deleted` ones are kept for history.
         * @enum {string}
         */
        ApprovalPolicyStatus: "active" | "deleted" | "pending";
        ApprovalPolicyUpdate: {
            description?: string;
            /** Format: date-time */
            ends_at?: string;
            name?: string;
            priority?: number;
            script?: (boolean | number | string | unknown[] | Record<string, never>)[];
            /** Format: date-time */
            starts_at?: string;
            status?: components["schemas"]["ApprovalPolicyStatus"];
            trigger?: boolean | number | string | unknown[] | Record<string, never>;
        };
        /**
         * @description State of an approval process run: `waiting`, `running`, then `succeeded`, `failed`, `canceled` or `timed_out`.
         * @enum {string}
         */
        ProcessStatusEnum: "succeeded" | "waiting" | "failed" | "running" | "canceled" | "timed_out";
        ProcessResource: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at?: string;
            /** Format: uuid */
            created_by?: string;
            error?: Record<string, never>;
            input: Record<string, never>;
            metadata: Record<string, never>;
            script_snapshot?: boolean | number | string | unknown[] | Record<string, never>;
            status: components["schemas"]["ProcessStatusEnum"];
            /** Format: uuid */
            updated_by?: string;
        };
        ApprovalProcessResourceList: {
            data: components["schemas"]["ProcessResource"][];
        };
        /**
         * @description State of one step of an approval process: `not_started`, `waiting`, then `approved`, `rejected`, `canceled`, `failed` or `skipped`.
         * @enum {string}
         */
        ApprovalProcessStepStatus: "waiting" | "approved" | "rejected" | "canceled" | "failed" | "not_started" | "skipped";
        ApprovalProcessStepResource: {
            /** Format: uuid */
            approval_request_id?: string;
            approved_by: string[];
            /** Format: uuid */
            object_id: string;
            /** Format: uuid */
            rejected_by?: string;
            required_approval_count: number;
            role_ids: string[];
            status: components["schemas"]["ApprovalProcessStepStatus"];
            user_ids: string[];
        };
        ApprovalProcessStepResourceList: {
            data: components["schemas"]["ApprovalProcessStepResource"][];
        };
        /** @enum {string} */
        ApprovalRequestCursorFields: "created_at" | "updated_at";
        /**
         * @description `waiting` for a decision, then `approved`, `rejected` or `canceled`.
         * @enum {string}
         */
        ApprovalRequestStatus: "waiting" | "approved" | "rejected" | "canceled";
        /** @enum {string} */
        ObjectType: "account" | "approval" | "approval_request" | "approval_policy" | "approval_policy_process" | "audit_trail" | "comment" | "counterpart" | "counterpart_address" | "counterpart_bank_account" | "counterpart_contact_person" | "counterpart_partner_metadata" | "counterpart_tax_id" | "counterpart_vat_id" | "delivery_note" | "einvoicing" | "entity" | "entity_bank_account" | "entity_settings" | "entity_token" | "entity_user" | "entity_user_token" | "entity_vat_ids" | "export" | "mailbox" | "monitescript_process" | "ocr_task" | "onboarding" | "overdue_reminder" | "partner" | "partner_internal_config" | "partner_settings" | "partner_token" | "payable" | "payable_line_item" | "payables_credit_note" | "payables_purchase_order" | "payment" | "payment_intent" | "payment_link" | "payment_record" | "payment_reminder" | "person" | "product" | "project" | "receivable" | "reconciliation" | "recurrence" | "role" | "tag" | "todo_task" | "todo_task_mute" | "transaction" | "webhook" | "workflow" | "workflow_pipeline";
        ApprovalRequestResourceWithMetadata: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            approved_by: string[];
            /** Format: uuid */
            created_by: string;
            /** Format: uuid */
            object_id: string;
            object_type: components["schemas"]["ObjectType"];
            /** Format: uuid */
            rejected_by?: string;
            required_approval_count: number;
            role_ids: string[];
            status: components["schemas"]["ApprovalRequestStatus"];
            user_ids: string[];
        };
        ApprovalRequestResourceList: {
            data: components["schemas"]["ApprovalRequestResourceWithMetadata"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        ApprovalRequestCreateByRoleRequest: {
            /** Format: uuid */
            object_id: string;
            object_type: components["schemas"]["ObjectType"];
            required_approval_count: number;
            role_ids: string[];
        };
        ApprovalRequestCreateByUserRequest: {
            /** Format: uuid */
            object_id: string;
            object_type: components["schemas"]["ObjectType"];
            required_approval_count: number;
            user_ids: string[];
        };
        ApprovalRequestCreateRequest: components["schemas"]["ApprovalRequestCreateByRoleRequest"] | components["schemas"]["ApprovalRequestCreateByUserRequest"];
        /** @enum {unknown} */
        ObjectTypeAvailableComment: "payable";
        /** @enum {string} */
        CommentCursorFields: "id";
        CommentResource: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at?: string;
            /** Format: uuid */
            created_by_entity_user_id: string;
            /** Format: uuid */
            entity_id: string;
            /** Format: uuid */
            object_id: string;
            object_type: string;
            /** Format: uuid */
            reply_to_entity_user_id?: string;
            status: components["schemas"]["StatusEnum"];
            text: string;
        };
        CommentResourceList: {
            data: components["schemas"]["CommentResource"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        CommentCreateRequest: {
            /** Format: uuid */
            object_id: string;
            object_type: string;
            /** Format: uuid */
            reply_to_entity_user_id?: string;
            text: string;
        };
        CommentUpdateRequest: {
            /** Format: uuid */
            reply_to_entity_user_id?: string;
            text?: string;
        };
        /** @enum {string} */
        LineItemCursorFields: "created_at" | "updated_at";
        LineItemResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accounting_tax_rate_id?: string;
            description?: string;
            /** Format: uuid */
            ledger_account_id?: string;
            name?: string;
            /** @default false */
            ocr_set_quantity_to_one?: boolean;
            /** Format: uuid */
            payable_id: string;
            quantity?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            tax_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total?: number;
            unit?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            unit_price?: number;
            /** Format: uuid */
            was_created_by_user_id?: string;
        };
        LineItemPaginationResponse: {
            data: components["schemas"]["LineItemResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        LineItemInternalRequest: {
            /** Format: uuid */
            accounting_tax_rate_id?: string;
            description?: string;
            /** Format: uuid */
            ledger_account_id?: string;
            name?: string;
            quantity?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total?: number;
            unit?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            unit_price?: number;
        };
        LineItemsReplaceRequest: {
            data: components["schemas"]["LineItemInternalRequest"][];
        };
        LineItemsReplaceResponse: {
            data: components["schemas"]["LineItemResponse"][];
        };
        LineItemRequest: {
            /** Format: uuid */
            accounting_tax_rate_id?: string;
            description?: string;
            /** Format: uuid */
            ledger_account_id?: string;
            name?: string;
            quantity?: number;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            unit?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            unit_price?: number;
        };
        /** @enum {string} */
        PayableCursorFields: "id" | "created_at" | "issued_at";
        /**
         * @description Where a payable is in its life: `draft` (being entered), `new` (complete, not yet sent for approval), `approve_in_progress` (waiting for approvers), `waiting_to_be_paid` (approved), `partially_paid`, `paid`, `canceled`, `rejected` (an approver refused it; it can be reopened).
         * @enum {string}
         */
        PayableStateEnum: "draft" | "new" | "approve_in_progress" | "waiting_to_be_paid" | "partially_paid" | "paid" | "canceled" | "rejected";
        /** @enum {string} */
        SourceOfPayableDataEnum: "ocr" | "user_specified" | "einvoicing";
        /**
         * @description Text recognition of an uploaded document: `processing`, then `success`, `error` or `canceled`.
         * @enum {string}
         */
        OcrStatusEnum: "processing" | "error" | "success" | "canceled";
        /** @enum {string} */
        PayableOriginEnum: "upload" | "email" | "einvoicing";
        CounterpartRawAddress: {
            city?: string;
            country?: components["schemas"]["AllowedCountries"];
            line1?: string;
            line2?: string;
            postal_code?: string;
            state?: string;
        };
        CounterpartRawBankAccount: {
            account_holder_name?: string;
            account_number?: string;
            bic?: string;
            iban?: string;
            routing_number?: string;
            sort_code?: string;
        };
        CounterpartRawVatID: {
            country?: components["schemas"]["AllowedCountries"];
            type?: string;
            value?: string;
        };
        CounterpartRawData: {
            address?: components["schemas"]["CounterpartRawAddress"];
            bank_account?: components["schemas"]["CounterpartRawBankAccount"];
            /** Format: email */
            email?: string;
            name?: string;
            phone?: string;
            tax_id?: string;
            vat_id?: components["schemas"]["CounterpartRawVatID"];
        };
        PayableCreditNoteData: {
            /** Format: uuid */
            id: string;
            document_id?: string;
            /** Format: date */
            issued_at?: string;
            status: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount?: number;
        };
        CurrencyExchangeSchema2: {
            default_currency_code: string;
            rate: number;
            total: number;
        };
        PageSchema2: {
            /** Format: uuid */
            id: string;
            mimetype: string;
            number: number;
            size: number;
            url: string;
        };
        PreviewSchema2: {
            height: number;
            url: string;
            width: number;
        };
        FileSchema: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            file_type: string;
            md5: string;
            mimetype: string;
            name: string;
            /** @default [] */
            pages?: components["schemas"]["PageSchema2"][];
            /** @default [] */
            previews?: components["schemas"]["PreviewSchema2"][];
            region: string;
            size: number;
            url: string;
        };
        OCRAddress: {
            city?: string;
            country?: string;
            line1?: string;
            line2?: string;
            original_country_name?: string;
            postal_code?: string;
            state?: string;
        };
        OCRResponseInvoiceReceiptLineItemRaw: {
            description?: string;
            /** @default false */
            item_adjusted?: boolean;
            line_item_ocr_id?: string;
            quantity?: number;
            total_excl_vat?: number;
            total_incl_vat?: number;
            unit?: string;
            unit_price?: number;
            vat_amount?: number;
            vat_percentage?: number;
        };
        OCRResponseInvoiceReceiptData: {
            counterpart_account_id?: string;
            counterpart_account_number?: string;
            counterpart_address?: string;
            counterpart_address_object?: components["schemas"]["OCRAddress"];
            counterpart_branch_number?: string;
            counterpart_email?: string;
            counterpart_name?: string;
            counterpart_routing_number?: string;
            counterpart_vat_id?: string;
            currency?: string;
            discount_raw?: number;
            document_due_date?: string;
            document_id?: string;
            document_issued_at_date?: string;
            line_items_raw?: components["schemas"]["OCRResponseInvoiceReceiptLineItemRaw"][];
            payment_terms_raw?: string[];
            purchase_order_number?: string;
            tax_payer_id?: string;
            total_excl_vat_raw?: number;
            /** @default 0 */
            total_paid_amount_raw?: number;
            total_raw?: number;
            total_vat_amount_raw?: number;
            total_vat_rate_raw?: number;
            /**
             * @default invoice
             * @enum {string}
             */
            type?: "invoice";
        };
        Item: {
            confidence: number;
            processed_text?: unknown;
            text: string;
        };
        LabelNValue: {
            label: components["schemas"]["Item"];
            value: components["schemas"]["Item"];
        };
        OcrRecognitionResponse: {
            line_items?: components["schemas"]["LabelNValue"][];
            summary?: components["schemas"]["LabelNValue"][];
        };
        PayablePaymentTermDiscount: {
            discount: number;
            number_of_days: number;
        };
        PayablePaymentTermFinal: {
            number_of_days: number;
        };
        PayablePaymentTermsCreatePayload: {
            description?: string;
            name: string;
            term_1?: components["schemas"]["PayablePaymentTermDiscount"];
            term_2?: components["schemas"]["PayablePaymentTermDiscount"];
            term_final: components["schemas"]["PayablePaymentTermFinal"];
        };
        SuggestedPaymentTerm: {
            /** Format: date */
            date: string;
            discount?: number;
        };
        PayableResponseSchema: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            amount_due?: number;
            amount_paid?: number;
            amount_to_pay?: number;
            /** Format: uuid */
            approval_policy_id?: string;
            counterpart?: components["schemas"]["CounterpartRawData"];
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_bank_account_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            counterpart_raw_data?: components["schemas"]["CounterpartRawData"];
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            /** Format: uuid */
            created_by_role_id?: string;
            credit_notes: components["schemas"]["PayableCreditNoteData"][];
            currency?: components["schemas"]["CurrencyEnum"];
            currency_exchange?: components["schemas"]["CurrencyExchangeSchema2"];
            description?: string;
            discount?: number;
            document_id?: string;
            /** Format: date */
            due_date?: string;
            /** Format: uuid */
            entity_id: string;
            file?: components["schemas"]["FileSchema"];
            /** Format: uuid */
            file_id?: string;
            /** Format: date */
            issued_at?: string;
            /** Format: uuid */
            marked_as_paid_by_entity_user_id?: string;
            marked_as_paid_with_comment?: string;
            /** Format: uuid */
            ocr_request_id?: string;
            ocr_status?: components["schemas"]["OcrStatusEnum"];
            other_extracted_data?: components["schemas"]["OCRResponseInvoiceReceiptData"] | components["schemas"]["OcrRecognitionResponse"];
            /** Format: date-time */
            paid_at?: string;
            partner_metadata?: Record<string, never>;
            payable_origin: components["schemas"]["PayableOriginEnum"];
            payment_terms?: components["schemas"]["PayablePaymentTermsCreatePayload"];
            /** Format: uuid */
            project_id?: string;
            /** Format: uuid */
            purchase_order_id?: string;
            /** Format: email */
            sender?: string;
            source_of_payable_data: components["schemas"]["SourceOfPayableDataEnum"];
            status: components["schemas"]["PayableStateEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            suggested_payment_term?: components["schemas"]["SuggestedPaymentTerm"];
            tags?: components["schemas"]["TagReadSchema"][];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            tax_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount_with_credit_notes?: number;
            /** Format: uuid */
            was_created_by_user_id?: string;
        };
        PayablePaginationResponse: {
            data: components["schemas"]["PayableResponseSchema"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        PayableUploadWithDataSchema: {
            base64_encoded_file?: string;
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_bank_account_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            currency?: components["schemas"]["CurrencyEnum"];
            description?: string;
            discount?: number;
            document_id?: string;
            /** Format: date */
            due_date?: string;
            file_name?: string;
            /** Format: date */
            issued_at?: string;
            partner_metadata?: Record<string, never>;
            payment_terms?: components["schemas"]["PayablePaymentTermsCreatePayload"];
            /** Format: uuid */
            project_id?: string;
            /** Format: uuid */
            purchase_order_id?: string;
            /** Format: email */
            sender?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            suggested_payment_term?: components["schemas"]["SuggestedPaymentTerm"];
            tag_ids?: string[];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            tax_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount?: number;
        };
        PayableAggregatedItem: {
            count: number;
            status: components["schemas"]["PayableStateEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            sum_total_amount: number;
        };
        PayableAggregatedDataResponse: {
            count: number;
            data: components["schemas"]["PayableAggregatedItem"][];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            sum_total_amount: number;
        };
        PayableUploadFile: {
            /** Format: binary */
            file: Blob;
        };
        /** @enum {string} */
        PayablesFieldsAllowedForValidate: "currency" | "document_id" | "due_date" | "issued_at" | "tax_amount" | "total_amount" | "subtotal" | "description" | "suggested_payment_term" | "payment_terms" | "tax" | "sender" | "file_id" | "counterpart_id" | "counterpart_bank_account_id" | "counterpart_address_id" | "counterpart_vat_id_id" | "line_items" | "line_items.quantity" | "line_items.unit_price" | "line_items.tax" | "line_items.ledger_account_id" | "line_items.accounting_tax_rate_id" | "line_items.unit" | "line_items.name" | "line_items.description" | "line_items.subtotal" | "line_items.total" | "line_items.tax_amount";
        PayableValidationsResource: {
            required_fields: components["schemas"]["PayablesFieldsAllowedForValidate"][];
        };
        PayableValidationsUpdateRequest: {
            required_fields: components["schemas"]["PayablesFieldsAllowedForValidate"][];
        };
        /** @enum {string} */
        PayablesVariableType: "payables_purchase_order" | "payables_notify_approver";
        PayableTemplatesVariable: {
            description: string;
            name: string;
        };
        PayableTemplatesVariablesObject: {
            object_subtype: components["schemas"]["PayablesVariableType"];
            object_type: components["schemas"]["ObjectType"];
            variables: components["schemas"]["PayableTemplatesVariable"][];
        };
        PayableTemplatesVariablesObjectList: {
            data: components["schemas"]["PayableTemplatesVariablesObject"][];
        };
        CounterpartRawAddressUpdateRequest: {
            city?: string;
            country?: components["schemas"]["AllowedCountries"];
            line1?: string;
            line2?: string;
            postal_code?: string;
            state?: string;
        };
        CounterpartRawBankAccountUpdateRequest: {
            account_holder_name?: string;
            account_number?: string;
            bic?: string;
            iban?: string;
            routing_number?: string;
            sort_code?: string;
        };
        CounterpartRawVatIDUpdateRequest: {
            country?: components["schemas"]["AllowedCountries"];
            type?: string;
            value?: string;
        };
        CounterpartRawDataUpdateRequest: {
            address?: components["schemas"]["CounterpartRawAddressUpdateRequest"];
            bank_account?: components["schemas"]["CounterpartRawBankAccountUpdateRequest"];
            /** Format: email */
            email?: string;
            name?: string;
            phone?: string;
            tax_id?: string;
            vat_id?: components["schemas"]["CounterpartRawVatIDUpdateRequest"];
        };
        PayableUpdateSchema: {
            amount_paid?: number;
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_bank_account_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            counterpart_raw_data?: components["schemas"]["CounterpartRawDataUpdateRequest"];
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            currency?: components["schemas"]["CurrencyEnum"];
            description?: string;
            discount?: number;
            document_id?: string;
            /** Format: date */
            due_date?: string;
            /** Format: date */
            issued_at?: string;
            partner_metadata?: Record<string, never>;
            payment_terms?: components["schemas"]["PayablePaymentTermsCreatePayload"];
            /** Format: uuid */
            project_id?: string;
            /** Format: uuid */
            purchase_order_id?: string;
            /** Format: email */
            sender?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            suggested_payment_term?: components["schemas"]["SuggestedPaymentTerm"];
            tag_ids?: string[];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            tax_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount?: number;
        };
        PayableAttachFile: {
            /** Format: binary */
            file: Blob;
        };
        CommentPayload: {
            comment?: string;
        };
        PartiallyPaidPayload: {
            amount_paid: number;
        };
        PayableValidationResponse: {
            /** Format: uuid */
            id: string;
            validation_errors?: Record<string, never>[];
        };
        /** @enum {string} */
        PurchaseOrderCursorFields: "created_at" | "updated_at";
        /**
         * @description `draft` (editable) or `issued` (numbered and sent).
         * @enum {string}
         */
        PurchaseOrderStatusEnum: "draft" | "issued";
        PurchaseOrderCounterpartIndividualResponse: {
            /** Format: email */
            email?: string;
            first_name: string;
            is_customer: boolean;
            is_vendor: boolean;
            last_name: string;
            phone?: string;
            title?: string;
        };
        PurchaseOrderCounterpartIndividualRootResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** @default false */
            created_automatically?: boolean;
            /** Format: uuid */
            created_by_entity_user_id?: string;
            /** Format: uuid */
            default_billing_address_id?: string;
            /** Format: uuid */
            default_shipping_address_id?: string;
            individual: components["schemas"]["PurchaseOrderCounterpartIndividualResponse"];
            language?: components["schemas"]["LanguageCodeEnum"];
            reminders_enabled?: boolean;
            tax_id?: string;
            type: components["schemas"]["CounterpartType"];
        };
        PurchaseOrderCounterpartOrganizationResponse: {
            /** Format: email */
            email?: string;
            is_customer: boolean;
            is_vendor: boolean;
            legal_name: string;
            phone?: string;
        };
        PurchaseOrderCounterpartOrganizationRootResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** @default false */
            created_automatically?: boolean;
            /** Format: uuid */
            created_by_entity_user_id?: string;
            /** Format: uuid */
            default_billing_address_id?: string;
            /** Format: uuid */
            default_shipping_address_id?: string;
            language?: components["schemas"]["LanguageCodeEnum"];
            organization: components["schemas"]["PurchaseOrderCounterpartOrganizationResponse"];
            reminders_enabled?: boolean;
            tax_id?: string;
            type: components["schemas"]["CounterpartType"];
        };
        PurchaseOrderCounterpartSchema: components["schemas"]["PurchaseOrderCounterpartIndividualRootResponse"] | components["schemas"]["PurchaseOrderCounterpartOrganizationRootResponse"];
        PurchaseOrderCounterpartAddressSchema: {
            city: string;
            country: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string;
            postal_code: string;
            state?: string;
        };
        PayableEntityAddressSchema: {
            city: string;
            /** @default DE */
            country?: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string;
            postal_code: string;
            state?: string;
        };
        PayableIndividualSchema: {
            /** Format: date */
            date_of_birth?: string;
            first_name: string;
            id_number?: string;
            last_name: string;
            ssn_last_4?: string;
            title?: string;
        };
        PageSchema3: {
            /** Format: uuid */
            id: string;
            mimetype: string;
            number: number;
            size: number;
            url: string;
        };
        PreviewSchema3: {
            height: number;
            url: string;
            width: number;
        };
        FileSchema4: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            file_type: string;
            md5: string;
            mimetype: string;
            name: string;
            /** @default [] */
            pages?: components["schemas"]["PageSchema3"][];
            /** @default [] */
            previews?: components["schemas"]["PreviewSchema3"][];
            region: string;
            size: number;
            url: string;
        };
        PayableEntityIndividualResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            address: components["schemas"]["PayableEntityAddressSchema"];
            email?: string;
            individual: components["schemas"]["PayableIndividualSchema"];
            logo?: components["schemas"]["FileSchema4"];
            phone?: string;
            status: components["schemas"]["StatusEnum"];
            tax_id?: string;
            /** Format: uri */
            website?: string;
        };
        PayableOrganizationSchema: {
            business_structure?: components["schemas"]["EntityBusinessStructure"];
            directors_provided?: boolean;
            executives_provided?: boolean;
            legal_entity_id?: string;
            legal_name: string;
            owners_provided?: boolean;
            representative_provided?: boolean;
        };
        PayableEntityOrganizationResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            address: components["schemas"]["PayableEntityAddressSchema"];
            email?: string;
            logo?: components["schemas"]["FileSchema4"];
            organization: components["schemas"]["PayableOrganizationSchema"];
            phone?: string;
            status: components["schemas"]["StatusEnum"];
            tax_id?: string;
            /** Format: uri */
            website?: string;
        };
        PurchaseOrderVatId: {
            /** Format: uuid */
            id: string;
            country: string;
            /** Format: uuid */
            entity_id: string;
            type: string;
            value: string;
        };
        PurchaseOrderItem: {
            currency: components["schemas"]["CurrencyEnum"];
            name: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            price: number;
            quantity: number;
            unit: string;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            vat_rate: number;
        };
        PurchaseOrderResponseSchema: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            counterpart: components["schemas"]["PurchaseOrderCounterpartSchema"];
            counterpart_address?: components["schemas"]["PurchaseOrderCounterpartAddressSchema"];
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_id: string;
            /** Format: uuid */
            created_by_user_id?: string;
            currency: components["schemas"]["CurrencyEnum"];
            document_id: string;
            entity: components["schemas"]["PayableEntityIndividualResponse"] | components["schemas"]["PayableEntityOrganizationResponse"];
            /** Format: uuid */
            entity_id: string;
            entity_vat_id?: components["schemas"]["PurchaseOrderVatId"];
            /** Format: uuid */
            file_id?: string;
            file_url?: string;
            /** Format: date */
            issued_at?: string;
            items: components["schemas"]["PurchaseOrderItem"][];
            message: string;
            /** Format: uuid */
            project_id?: string;
            status: string;
            valid_for_days: number;
        };
        PurchaseOrderPaginationResponse: {
            data: components["schemas"]["PurchaseOrderResponseSchema"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        PurchaseOrderPayloadSchema: {
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_id: string;
            currency: components["schemas"]["CurrencyEnum"];
            /** Format: uuid */
            entity_vat_id_id?: string;
            items: components["schemas"]["PurchaseOrderItem"][];
            message: string;
            /** Format: uuid */
            project_id?: string;
            valid_for_days: number;
        };
        /** @enum {string} */
        DocumentTypeEnum: "receivable" | "delivery_note" | "purchase_order" | "payable";
        Variable: {
            description: string;
            name: string;
        };
        VariablesObject: {
            object_subtype: components["schemas"]["DocumentTypeEnum"];
            object_type: string;
            variables: components["schemas"]["Variable"][];
        };
        VariablesObjectList: {
            data: components["schemas"]["VariablesObject"][];
        };
        UpdatePurchaseOrderPayloadSchema: {
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            /** Format: uuid */
            entity_vat_id_id?: string;
            items?: components["schemas"]["PurchaseOrderItem"][];
            message?: string;
            /** Format: uuid */
            project_id?: string;
            valid_for_days?: number;
        };
        PurchaseOrderEmailPreviewRequest: {
            body_text: string;
            subject_text: string;
        };
        PurchaseOrderEmailPreviewResponse: {
            body_preview: string;
            subject_preview: string;
        };
        SendPurchaseOrderViaEmailRequest: {
            body_text: string;
            subject_text: string;
        };
        PurchaseOrderEmailSentResponse: {
            /** Format: uuid */
            mail_id: string;
        };
        UnitResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            description?: string;
            name: string;
        };
        UnitListResponse: {
            data: components["schemas"]["UnitResponse"][];
        };
        UnitRequest: {
            description?: string;
            name: string;
        };
        UnitUpdate: {
            description?: string;
            name?: string;
        };
        Recipients: {
            bcc?: string[];
            cc?: string[];
            to?: string[];
        };
        OverdueReminderTerm: {
            body: string;
            days_after: number;
            subject: string;
        };
        OverdueReminderResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            name: string;
            recipients?: components["schemas"]["Recipients"];
            terms?: components["schemas"]["OverdueReminderTerm"][];
        };
        AllOverdueRemindersResponse: {
            data: components["schemas"]["OverdueReminderResponse"][];
        };
        OverdueReminderRequest: {
            name: string;
            recipients?: components["schemas"]["Recipients"];
            terms?: components["schemas"]["OverdueReminderTerm"][];
        };
        OverdueReminderUpdateRequest: {
            name?: string;
            recipients?: components["schemas"]["Recipients"];
            terms?: components["schemas"]["OverdueReminderTerm"][];
        };
        Reminder: {
            body: string;
            days_before: number;
            subject: string;
        };
        PaymentReminderResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** Format: uuid */
            entity_id: string;
            name: string;
            recipients?: components["schemas"]["Recipients"];
            status: components["schemas"]["StatusEnum"];
            term_1_reminder?: components["schemas"]["Reminder"];
            term_2_reminder?: components["schemas"]["Reminder"];
            term_final_reminder?: components["schemas"]["Reminder"];
        };
        GetAllPaymentReminders: {
            data: components["schemas"]["PaymentReminderResponse"][];
        };
        PaymentReminder: {
            name: string;
            recipients?: components["schemas"]["Recipients"];
            term_1_reminder?: components["schemas"]["Reminder"];
            term_2_reminder?: components["schemas"]["Reminder"];
            term_final_reminder?: components["schemas"]["Reminder"];
        };
        PaymentReminderUpdateRequest: {
            name?: string;
            recipients?: components["schemas"]["Recipients"];
            term_1_reminder?: components["schemas"]["Reminder"];
            term_2_reminder?: components["schemas"]["Reminder"];
            term_final_reminder?: components["schemas"]["Reminder"];
        };
        TermDiscountDays: {
            discount: number;
            number_of_days: number;
        };
        TermFinalDays: {
            number_of_days: number;
        };
        PaymentTermsResponse: {
            /** Format: uuid */
            id: string;
            description?: string;
            name: string;
            term_1?: components["schemas"]["TermDiscountDays"];
            term_2?: components["schemas"]["TermDiscountDays"];
            term_final: components["schemas"]["TermFinalDays"];
        };
        PaymentTermsListResponse: {
            data?: components["schemas"]["PaymentTermsResponse"][];
        };
        PaymentTermsCreatePayload: {
            description?: string;
            name: string;
            term_1?: components["schemas"]["TermDiscountDays"];
            term_2?: components["schemas"]["TermDiscountDays"];
            term_final: components["schemas"]["TermFinalDays"];
        };
        PaymentTermsUpdatePayload: {
            description?: string;
            name?: string;
            term_1?: components["schemas"]["TermDiscountDays"];
            term_2?: components["schemas"]["TermDiscountDays"];
            term_final?: components["schemas"]["TermFinalDays"];
        };
        /** @enum {string} */
        ProductCursorFields: "name";
        /** @enum {string} */
        ProductServiceTypeEnum: "product" | "service";
        Price2: {
            currency: components["schemas"]["CurrencyEnum"];
            value: number;
        };
        ProductServiceResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            description?: string;
            /** Format: uuid */
            entity_id: string;
            /** Format: uuid */
            entity_user_id?: string;
            external_reference?: string;
            /** Format: uuid */
            ledger_account_id?: string;
            /** Format: uuid */
            measure_unit_id?: string;
            name: string;
            price?: components["schemas"]["Price2"];
            smallest_amount?: number;
            /** @default product */
            type?: components["schemas"]["ProductServiceTypeEnum"];
        };
        ProductServicePaginationResponse: {
            data: components["schemas"]["ProductServiceResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        ProductServiceRequest: {
            description?: string;
            external_reference?: string;
            /** Format: uuid */
            ledger_account_id?: string;
            /** Format: uuid */
            measure_unit_id?: string;
            name: string;
            price?: components["schemas"]["Price2"];
            smallest_amount?: number;
            /** @default product */
            type?: components["schemas"]["ProductServiceTypeEnum"];
        };
        ProductServiceUpdate: {
            description?: string;
            external_reference?: string;
            /** Format: uuid */
            ledger_account_id?: string;
            /** Format: uuid */
            measure_unit_id?: string;
            name?: string;
            price?: components["schemas"]["Price2"];
            smallest_amount?: number;
            type?: components["schemas"]["ProductServiceTypeEnum"];
        };
        /** @enum {string} */
        ReceivableCursorFields: "counterpart_name" | "counterpart_id" | "amount" | "total_amount" | "discounted_subtotal" | "status" | "due_date" | "issue_date" | "document_id" | "created_at" | "project_id";
        /** @enum {string} */
        ReceivableType: "quote" | "invoice" | "credit_note";
        AttachmentResponse2: {
            /** Format: uuid */
            id: string;
            /** @default false */
            include_in_email?: boolean;
            mimetype: string;
            name: string;
            size: number;
            url: string;
        };
        ReceivablesRepresentationOfCounterpartAddress2: {
            /** Format: uuid */
            id?: string;
            city: string;
            country: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string;
            postal_code: string;
            state?: string;
        };
        ReceivableCounterpartContact2: {
            address: components["schemas"]["ReceivablesRepresentationOfCounterpartAddress2"];
            /** Format: email */
            email?: string;
            first_name: string;
            last_name: string;
            phone?: string;
            title?: string;
        };
        ReceivableCounterpartVatIDResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            counterpart_id: string;
            country?: components["schemas"]["AllowedCountries"];
            /** @default unknown */
            type?: components["schemas"]["VatIDTypeEnum"];
            value: string;
        };
        /** @enum {string} */
        DiscountType: "amount" | "percentage";
        DiscountResponse2: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            type: components["schemas"]["DiscountType"];
            value?: number;
        };
        DocumentRenderingSettings: {
            credit_note?: components["schemas"]["CreditNoteRenderingSettings"];
            /** @default true */
            display_entity_bank_account?: boolean;
            /** @default true */
            display_line_items?: boolean;
            invoice?: components["schemas"]["InvoiceRenderingSettings"];
            line_items?: components["schemas"]["LineItemsRenderingSettings"];
            quote?: components["schemas"]["QuoteRenderingSettings"];
        };
        ReceivableEntityOrganization: {
            /** Format: email */
            email?: string;
            /** Format: uri */
            logo?: string;
            name: string;
            phone?: string;
            registration_authority?: string;
            registration_number?: string;
            tax_id?: string;
            /** @enum {string} */
            type: "organization";
            vat_id?: string;
            /** Format: uri */
            website?: string;
        };
        ReceivableEntityIndividual: {
            /** Format: email */
            email?: string;
            first_name: string;
            last_name: string;
            /** Format: uri */
            logo?: string;
            phone?: string;
            registration_authority?: string;
            registration_number?: string;
            tax_id?: string;
            /** @enum {string} */
            type: "individual";
            /** Format: uri */
            website?: string;
        };
        ReceivableEntityAddressSchema: {
            city: string;
            /** @default DE */
            country?: components["schemas"]["AllowedCountries"];
            line1: string;
            line2?: string;
            postal_code: string;
            state?: string;
        };
        ReceivablesRepresentationOfEntityBankAccount2: {
            /** Format: uuid */
            id?: string;
            account_holder_name?: string;
            account_number?: string;
            bank_name?: string;
            bic?: string;
            iban?: string;
            routing_number?: string;
            sort_code?: string;
        };
        ReceivableEntityVatIDResponse: {
            /** Format: uuid */
            id: string;
            country: components["schemas"]["AllowedCountries"];
            /** Format: uuid */
            entity_id: string;
            /** @default unknown */
            type?: components["schemas"]["VatIDTypeEnum"];
            value: string;
        };
        Discount2: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            type: components["schemas"]["DiscountType"];
        };
        LineItemProductMeasureUnit2: {
            /** Format: uuid */
            id?: string;
            description?: string;
            name: string;
        };
        VatRateComponent2: {
            name: string;
            value: number;
        };
        LineItemProductVatRate2: {
            /** Format: uuid */
            id?: string;
            components?: components["schemas"]["VatRateComponent2"][];
            country: components["schemas"]["AllowedCountries"];
            /** @default false */
            is_custom?: boolean;
            name?: string;
            value: number;
        };
        LineItemProduct: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accounting_tax_rate_id?: string;
            description?: string;
            external_reference?: string;
            /** @default false */
            is_inline?: boolean;
            /** Format: uuid */
            ledger_account_id?: string;
            measure_unit?: components["schemas"]["LineItemProductMeasureUnit2"];
            name: string;
            price: components["schemas"]["Price2"];
            price_after_vat: components["schemas"]["Price2"];
            smallest_amount?: number;
            /** @default product */
            type?: components["schemas"]["ProductServiceTypeEnum"];
            vat_rate: components["schemas"]["LineItemProductVatRate2"];
        };
        ResponseItem: {
            discount?: components["schemas"]["Discount2"];
            product: components["schemas"]["LineItemProduct"];
            quantity: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_after_vat: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_before_vat: number;
        };
        /**
         * @description Where a quote is: `draft`, `issued`, then the customer's answer `accepted` or `declined`, or `expired`; `deleted` when removed.
         * @enum {string}
         */
        QuoteStateEnum: "draft" | "issued" | "accepted" | "expired" | "declined" | "deleted";
        TotalVatAmountItemComponent2: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            name: string;
            value: number;
        };
        TotalVatAmountItem2: {
            /** Format: uuid */
            id?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            components?: components["schemas"]["TotalVatAmountItemComponent2"][];
            name?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            taxable_amount: number;
            value: number;
        };
        QuoteResponsePayload: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            attachments?: components["schemas"]["AttachmentResponse2"][];
            /** Format: uuid */
            based_on?: string;
            based_on_document_id?: string;
            comment?: string;
            commercial_condition_description?: string;
            counterpart_billing_address?: components["schemas"]["ReceivablesRepresentationOfCounterpartAddress2"];
            counterpart_business_type?: string;
            counterpart_contact?: components["schemas"]["ReceivableCounterpartContact2"];
            counterpart_external_reference?: string;
            /** Format: uuid */
            counterpart_id: string;
            counterpart_name?: string;
            counterpart_shipping_address?: components["schemas"]["ReceivablesRepresentationOfCounterpartAddress2"];
            counterpart_tax_id?: string;
            counterpart_type: components["schemas"]["CounterpartType"];
            counterpart_vat_id?: components["schemas"]["ReceivableCounterpartVatIDResponse"];
            currency: components["schemas"]["CurrencyEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            deduction_amount?: number;
            deduction_memo?: string;
            discount?: components["schemas"]["DiscountResponse2"];
            discounted_subtotal?: number;
            document_id?: string;
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            /** Format: date */
            due_date?: string;
            einvoice_file_url?: string;
            entity: components["schemas"]["ReceivableEntityOrganization"] | components["schemas"]["ReceivableEntityIndividual"];
            entity_address: components["schemas"]["ReceivableEntityAddressSchema"];
            entity_bank_account?: components["schemas"]["ReceivablesRepresentationOfEntityBankAccount2"];
            /** Format: uuid */
            entity_user_id?: string;
            entity_vat_id?: components["schemas"]["ReceivableEntityVatIDResponse"];
            /** Format: date */
            expiry_date?: string;
            file_language: components["schemas"]["LanguageCodeEnum"];
            file_url?: string;
            footer?: string;
            /** Format: date-time */
            issue_date?: string;
            line_items: components["schemas"]["ResponseItem"][];
            memo?: string;
            original_file_language: components["schemas"]["LanguageCodeEnum"];
            original_file_url?: string;
            partner_metadata?: Record<string, never>;
            /** Format: uuid */
            project_id?: string;
            /** Format: uri */
            quote_accept_page_url?: string;
            signature_required?: boolean;
            status: components["schemas"]["QuoteStateEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal_after_vat?: number;
            /** @default [] */
            tags?: components["schemas"]["TagReadSchema"][];
            /**
             * @description Money in the minor unit of the currency: 5000 means 50.00.
             * @default 0
             */
            total_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_vat_amount: number;
            total_vat_amounts?: components["schemas"]["TotalVatAmountItem2"][];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_withholding_tax?: number;
            trade_name?: string;
            /** @enum {string} */
            type: "quote";
            vat_exempt?: boolean;
            vat_exemption_rationale?: string;
            /** @default exclusive */
            vat_inclusive_discount_mode?: components["schemas"]["VatModeEnum"];
            /** @default exclusive */
            vat_mode?: components["schemas"]["VatModeEnum"];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            withholding_tax_rate?: number;
        };
        EinvoicingCredentials: {
            /** Format: uuid */
            id: string;
            network_identifier: string;
            network_schema: string;
        };
        InlineTermDiscount: {
            discount: number;
            /** Format: date */
            end_date?: string;
            number_of_days?: number;
        };
        InlineTermFinal: {
            /** Format: date */
            end_date?: string;
            number_of_days?: number;
        };
        PaymentTerms: {
            /** Format: uuid */
            id?: string;
            description?: string;
            name?: string;
            term_1?: components["schemas"]["InlineTermDiscount"];
            term_2?: components["schemas"]["InlineTermDiscount"];
            term_final: components["schemas"]["InlineTermFinal"];
        };
        RelatedDocuments: {
            credit_note_ids?: string[];
            /** Format: uuid */
            proforma_invoice_id?: string;
        };
        /**
         * @description Where an invoice, quote or credit note is: `draft` (editable), `issuing`/`issued` (numbered and final), `failed` (issuing failed), quote outcomes `accepted`/`declined`/`expired`, `recurring`, payment states `partially_paid`/`paid`/`overdue`/`uncollectible`, and `canceled`/`deleted`.
         * @enum {string}
         */
        ReceivablesStatusEnum: "draft" | "issuing" | "issued" | "failed" | "accepted" | "expired" | "declined" | "recurring" | "partially_paid" | "paid" | "overdue" | "uncollectible" | "canceled" | "deleted";
        InvoiceResponsePayload: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            amount_due: number;
            amount_paid: number;
            amount_to_pay?: number;
            attachments?: components["schemas"]["AttachmentResponse2"][];
            /** Format: uuid */
            based_on?: string;
            based_on_document_id?: string;
            comment?: string;
            commercial_condition_description?: string;
            counterpart_billing_address?: components["schemas"]["ReceivablesRepresentationOfCounterpartAddress2"];
            counterpart_business_type?: string;
            counterpart_contact?: components["schemas"]["ReceivableCounterpartContact2"];
            counterpart_einvoicing_credentials?: components["schemas"]["EinvoicingCredentials"];
            counterpart_external_reference?: string;
            /** Format: uuid */
            counterpart_id: string;
            counterpart_name?: string;
            counterpart_shipping_address?: components["schemas"]["ReceivablesRepresentationOfCounterpartAddress2"];
            counterpart_tax_id?: string;
            counterpart_type: components["schemas"]["CounterpartType"];
            counterpart_vat_id?: components["schemas"]["ReceivableCounterpartVatIDResponse"];
            currency: components["schemas"]["CurrencyEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            deduction_amount?: number;
            deduction_memo?: string;
            discount?: components["schemas"]["DiscountResponse2"];
            discounted_subtotal?: number;
            document_id?: string;
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            /** Format: date */
            due_date?: string;
            einvoice_error_comment?: string;
            einvoice_file_url?: string;
            entity: components["schemas"]["ReceivableEntityOrganization"] | components["schemas"]["ReceivableEntityIndividual"];
            entity_address: components["schemas"]["ReceivableEntityAddressSchema"];
            entity_bank_account?: components["schemas"]["ReceivablesRepresentationOfEntityBankAccount2"];
            /** Format: uuid */
            entity_user_id?: string;
            entity_vat_id?: components["schemas"]["ReceivableEntityVatIDResponse"];
            file_language: components["schemas"]["LanguageCodeEnum"];
            file_url?: string;
            footer?: string;
            /** Format: date */
            fulfillment_date?: string;
            /** @default false */
            is_einvoice?: boolean;
            /** Format: date-time */
            issue_date?: string;
            line_items: components["schemas"]["ResponseItem"][];
            memo?: string;
            network_credentials?: components["schemas"]["EinvoicingCredentials"];
            original_file_language: components["schemas"]["LanguageCodeEnum"];
            original_file_url?: string;
            /** Format: uuid */
            overdue_reminder_id?: string;
            /** Format: date-time */
            paid_at?: string;
            partner_metadata?: Record<string, never>;
            /** Format: uri */
            payment_page_url?: string;
            /** Format: uuid */
            payment_reminder_id?: string;
            payment_terms?: components["schemas"]["PaymentTerms"];
            /** Format: uuid */
            project_id?: string;
            purchase_order?: string;
            /** Format: uuid */
            recurrence_id?: string;
            related_documents: components["schemas"]["RelatedDocuments"];
            status: components["schemas"]["ReceivablesStatusEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal_after_vat?: number;
            /** @default [] */
            tags?: components["schemas"]["TagReadSchema"][];
            /**
             * @description Money in the minor unit of the currency: 5000 means 50.00.
             * @default 0
             */
            total_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount_with_credit_notes: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_vat_amount: number;
            total_vat_amounts?: components["schemas"]["TotalVatAmountItem2"][];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_withholding_tax?: number;
            trade_name?: string;
            /** @enum {string} */
            type: "invoice";
            vat_exempt?: boolean;
            vat_exemption_rationale?: string;
            /** @default exclusive */
            vat_inclusive_discount_mode?: components["schemas"]["VatModeEnum"];
            /** @default exclusive */
            vat_mode?: components["schemas"]["VatModeEnum"];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            withholding_tax_rate?: number;
        };
        /**
         * @description Where a receivable credit note is: `draft`, `issuing`, `issued`, `failed` (issuing failed), `deleted`.
         * @enum {string}
         */
        CreditNoteStateEnum: "draft" | "issuing" | "issued" | "failed" | "deleted";
        CreditNoteResponsePayload: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            attachments?: components["schemas"]["AttachmentResponse2"][];
            /** Format: uuid */
            based_on?: string;
            based_on_document_id?: string;
            commercial_condition_description?: string;
            counterpart_billing_address?: components["schemas"]["ReceivablesRepresentationOfCounterpartAddress2"];
            counterpart_business_type?: string;
            counterpart_contact?: components["schemas"]["ReceivableCounterpartContact2"];
            counterpart_einvoicing_credentials?: components["schemas"]["EinvoicingCredentials"];
            counterpart_external_reference?: string;
            /** Format: uuid */
            counterpart_id: string;
            counterpart_name?: string;
            counterpart_shipping_address?: components["schemas"]["ReceivablesRepresentationOfCounterpartAddress2"];
            counterpart_tax_id?: string;
            counterpart_type: components["schemas"]["CounterpartType"];
            counterpart_vat_id?: components["schemas"]["ReceivableCounterpartVatIDResponse"];
            currency: components["schemas"]["CurrencyEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            deduction_amount?: number;
            deduction_memo?: string;
            discount?: components["schemas"]["DiscountResponse2"];
            discounted_subtotal?: number;
            document_id?: string;
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            /** Format: date */
            due_date?: string;
            einvoice_error_comment?: string;
            einvoice_file_url?: string;
            entity: components["schemas"]["ReceivableEntityOrganization"] | components["schemas"]["ReceivableEntityIndividual"];
            entity_address: components["schemas"]["ReceivableEntityAddressSchema"];
            entity_bank_account?: components["schemas"]["ReceivablesRepresentationOfEntityBankAccount2"];
            /** Format: uuid */
            entity_user_id?: string;
            entity_vat_id?: components["schemas"]["ReceivableEntityVatIDResponse"];
            file_language: components["schemas"]["LanguageCodeEnum"];
            file_url?: string;
            footer?: string;
            /** @default false */
            is_einvoice?: boolean;
            /** Format: date-time */
            issue_date?: string;
            line_items: components["schemas"]["ResponseItem"][];
            memo?: string;
            network_credentials?: components["schemas"]["EinvoicingCredentials"];
            original_file_language: components["schemas"]["LanguageCodeEnum"];
            original_file_url?: string;
            partner_metadata?: Record<string, never>;
            /** Format: uuid */
            project_id?: string;
            purchase_order?: string;
            status: components["schemas"]["CreditNoteStateEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal_after_vat?: number;
            /** @default [] */
            tags?: components["schemas"]["TagReadSchema"][];
            /**
             * @description Money in the minor unit of the currency: 5000 means 50.00.
             * @default 0
             */
            total_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_vat_amount: number;
            total_vat_amounts?: components["schemas"]["TotalVatAmountItem2"][];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_withholding_tax?: number;
            trade_name?: string;
            /** @enum {string} */
            type: "credit_note";
            vat_exempt?: boolean;
            vat_exemption_rationale?: string;
            /** @default exclusive */
            vat_inclusive_discount_mode?: components["schemas"]["VatModeEnum"];
            /** @default exclusive */
            vat_mode?: components["schemas"]["VatModeEnum"];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            withholding_tax_rate?: number;
        };
        ReceivableResponse: components["schemas"]["QuoteResponsePayload"] | components["schemas"]["InvoiceResponsePayload"] | components["schemas"]["CreditNoteResponsePayload"];
        ReceivablePaginationResponse: {
            data: components["schemas"]["ReceivableResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        AttachmentRequest: {
            /** Format: uuid */
            id: string;
            /** @default false */
            include_in_email?: boolean;
        };
        ReceivableEntityBase: {
            /** Format: email */
            email?: string;
            /** Format: uri */
            logo?: string;
            phone?: string;
            registration_authority?: string;
            registration_number?: string;
            /** Format: uri */
            website?: string;
        };
        LineItemProductCreate: {
            description?: string;
            external_reference?: string;
            /** Format: uuid */
            ledger_account_id?: string;
            measure_unit?: components["schemas"]["UnitRequest"];
            name: string;
            price: components["schemas"]["Price2"];
            smallest_amount?: number;
            /** @default product */
            type?: components["schemas"]["ProductServiceTypeEnum"];
        };
        LineItem: {
            /** Format: uuid */
            accounting_tax_rate_id?: string;
            /** Format: uuid */
            custom_vat_rate_id?: string;
            discount?: components["schemas"]["Discount2"];
            product?: components["schemas"]["LineItemProductCreate"];
            /** Format: uuid */
            product_id?: string;
            quantity: number;
            tax_rate_name?: string;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax_rate_value?: number;
            /** Format: uuid */
            vat_rate_id?: string;
        };
        ReceivableFacadeCreateQuotePayload: {
            attachments?: components["schemas"]["AttachmentRequest"][];
            commercial_condition_description?: string;
            /** Format: uuid */
            counterpart_billing_address_id: string;
            counterpart_business_type?: string;
            /** Format: uuid */
            counterpart_id: string;
            /** Format: uuid */
            counterpart_shipping_address_id?: string;
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            currency: components["schemas"]["CurrencyEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            deduction_amount?: number;
            deduction_memo?: string;
            discount?: components["schemas"]["Discount2"];
            document_id?: string;
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            entity?: components["schemas"]["ReceivableEntityBase"];
            /** Format: uuid */
            entity_bank_account_id?: string;
            /** Format: uuid */
            entity_vat_id_id?: string;
            /** Format: date */
            expiry_date?: string;
            footer?: string;
            line_items: components["schemas"]["LineItem"][];
            memo?: string;
            partner_metadata?: Record<string, never>;
            /** Format: uuid */
            project_id?: string;
            /** Format: uri */
            quote_accept_page_url?: string;
            signature_required?: boolean;
            /** @default [] */
            tag_ids?: string[];
            trade_name?: string;
            /** @enum {string} */
            type: "quote";
            vat_exempt?: boolean;
            vat_exemption_rationale?: string;
            vat_mode?: components["schemas"]["VatModeEnum"];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            withholding_tax_rate?: number;
        };
        InlinePaymentTermsRequestPayload: {
            term_1?: components["schemas"]["InlineTermDiscount"];
            term_2?: components["schemas"]["InlineTermDiscount"];
            term_final: components["schemas"]["InlineTermFinal"];
        };
        ReceivableFacadeCreateInvoicePayload: {
            attachments?: components["schemas"]["AttachmentRequest"][];
            commercial_condition_description?: string;
            /** Format: uuid */
            counterpart_billing_address_id: string;
            counterpart_business_type?: string;
            /** Format: uuid */
            counterpart_einvoicing_credentials_id?: string;
            /** Format: uuid */
            counterpart_id: string;
            /** Format: uuid */
            counterpart_shipping_address_id?: string;
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            currency: components["schemas"]["CurrencyEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            deduction_amount?: number;
            deduction_memo?: string;
            discount?: components["schemas"]["Discount2"];
            document_id?: string;
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            entity?: components["schemas"]["ReceivableEntityBase"];
            /** Format: uuid */
            entity_bank_account_id?: string;
            /** Format: uuid */
            entity_vat_id_id?: string;
            footer?: string;
            /** Format: date */
            fulfillment_date?: string;
            /** @default false */
            is_einvoice?: boolean;
            line_items: components["schemas"]["LineItem"][];
            memo?: string;
            /** Format: uuid */
            network_credentials_id?: string;
            /** Format: uuid */
            overdue_reminder_id?: string;
            partner_metadata?: Record<string, never>;
            /** Format: uri */
            payment_page_url?: string;
            /** Format: uuid */
            payment_reminder_id?: string;
            payment_terms?: components["schemas"]["InlinePaymentTermsRequestPayload"];
            /** Format: uuid */
            payment_terms_id?: string;
            /** Format: uuid */
            project_id?: string;
            purchase_order?: string;
            /** @default [] */
            tag_ids?: string[];
            trade_name?: string;
            /** @enum {string} */
            type: "invoice";
            vat_exempt?: boolean;
            vat_exemption_rationale?: string;
            vat_mode?: components["schemas"]["VatModeEnum"];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            withholding_tax_rate?: number;
        };
        /** @enum {string} */
        BasedOnTransitionType: "invoice" | "credit_note";
        ReceivableCreateBasedOnPayload: {
            /** Format: uuid */
            based_on: string;
            /** @default [] */
            tag_ids?: string[];
            type: components["schemas"]["BasedOnTransitionType"];
        };
        ReceivableFacadeCreatePayload: components["schemas"]["ReceivableFacadeCreateQuotePayload"] | components["schemas"]["ReceivableFacadeCreateInvoicePayload"] | components["schemas"]["ReceivableCreateBasedOnPayload"];
        /** @enum {string} */
        VariablesType: "quote" | "invoice" | "credit_note" | "discount_reminder" | "final_reminder" | "overdue_reminder";
        ReceivableTemplatesVariable: {
            description: string;
            name: string;
        };
        ReceivableTemplatesVariablesObject: {
            object_subtype: components["schemas"]["VariablesType"];
            object_type: string;
            variables: components["schemas"]["ReceivableTemplatesVariable"][];
        };
        ReceivableTemplatesVariablesObjectList: {
            data: components["schemas"]["ReceivableTemplatesVariablesObject"][];
        };
        LineItemUpdate: {
            /** Format: uuid */
            custom_vat_rate_id?: string;
            discount?: components["schemas"]["Discount2"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            price?: number;
            quantity?: number;
            tax_rate_name?: string;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax_rate_value?: number;
            /** Format: uuid */
            vat_rate_id?: string;
        };
        UpdateQuote: {
            attachments?: components["schemas"]["AttachmentRequest"][];
            /** Format: uuid */
            contact_id?: string;
            /** Format: uuid */
            counterpart_billing_address_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            /** Format: uuid */
            counterpart_shipping_address_id?: string;
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            currency?: components["schemas"]["CurrencyEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            deduction_amount?: number;
            deduction_memo?: string;
            discount?: components["schemas"]["Discount2"];
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            entity?: components["schemas"]["ReceivableEntityBase"];
            /** Format: uuid */
            entity_bank_account_id?: string;
            /** Format: uuid */
            entity_vat_id_id?: string;
            /** Format: date */
            expiry_date?: string;
            footer?: string;
            line_items?: components["schemas"]["LineItemUpdate"][];
            memo?: string;
            partner_metadata?: Record<string, never>;
            payment_terms?: components["schemas"]["InlinePaymentTermsRequestPayload"];
            /** Format: uuid */
            payment_terms_id?: string;
            /** Format: uuid */
            project_id?: string;
            /** Format: uri */
            quote_accept_page_url?: string;
            signature_required?: boolean;
            tag_ids?: string[];
            trade_name?: string;
            vat_exempt?: boolean;
            vat_exemption_rationale?: string;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            withholding_tax_rate?: number;
        };
        UpdateQuotePayload: {
            quote: components["schemas"]["UpdateQuote"];
        };
        UpdateInvoice: {
            attachments?: components["schemas"]["AttachmentRequest"][];
            /** Format: uuid */
            contact_id?: string;
            /** Format: uuid */
            counterpart_billing_address_id?: string;
            /** Format: uuid */
            counterpart_einvoicing_credentials_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            /** Format: uuid */
            counterpart_shipping_address_id?: string;
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            currency?: components["schemas"]["CurrencyEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            deduction_amount?: number;
            deduction_memo?: string;
            discount?: components["schemas"]["Discount2"];
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            entity?: components["schemas"]["ReceivableEntityBase"];
            /** Format: uuid */
            entity_bank_account_id?: string;
            /** Format: uuid */
            entity_vat_id_id?: string;
            footer?: string;
            /** Format: date */
            fulfillment_date?: string;
            is_einvoice?: boolean;
            line_items?: components["schemas"]["LineItemUpdate"][];
            memo?: string;
            /** Format: uuid */
            network_credentials_id?: string;
            /** Format: uuid */
            overdue_reminder_id?: string;
            partner_metadata?: Record<string, never>;
            /** Format: uri */
            payment_page_url?: string;
            /** Format: uuid */
            payment_reminder_id?: string;
            payment_terms?: components["schemas"]["InlinePaymentTermsRequestPayload"];
            /** Format: uuid */
            payment_terms_id?: string;
            /** Format: uuid */
            project_id?: string;
            tag_ids?: string[];
            trade_name?: string;
            vat_exempt?: boolean;
            vat_exemption_rationale?: string;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            withholding_tax_rate?: number;
        };
        UpdateInvoicePayload: {
            invoice: components["schemas"]["UpdateInvoice"];
        };
        UpdateProductForCreditNote: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            old_price?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            price_diff?: number;
            quantity: number;
        };
        UpdateLineItemForCreditNote: {
            [key: string]: components["schemas"]["UpdateProductForCreditNote"];
        };
        UpdateCreditNote: {
            attachments?: components["schemas"]["AttachmentRequest"][];
            /** Format: uuid */
            counterpart_billing_address_id?: string;
            counterpart_contact?: components["schemas"]["ReceivableCounterpartContact2"];
            /** Format: uuid */
            counterpart_shipping_address_id?: string;
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            entity?: components["schemas"]["ReceivableEntityBase"];
            footer?: string;
            line_items?: components["schemas"]["UpdateLineItemForCreditNote"];
            memo?: string;
            partner_metadata?: Record<string, never>;
            /** Format: uuid */
            project_id?: string;
            tag_ids?: string[];
        };
        UpdateCreditNotePayload: {
            credit_note: components["schemas"]["UpdateCreditNote"];
        };
        ReceivableEntityOrganizationRequest: {
            /** Format: email */
            email?: string;
            /** Format: uri */
            logo?: string;
            name: string;
            phone?: string;
            registration_authority?: string;
            registration_number?: string;
            tax_id?: string;
            /** @enum {string} */
            type: "organization";
            /** Format: uri */
            website?: string;
        };
        ReceivableEntityIndividualRequest: {
            /** Format: email */
            email?: string;
            first_name: string;
            last_name: string;
            /** Format: uri */
            logo?: string;
            phone?: string;
            registration_authority?: string;
            registration_number?: string;
            tax_id?: string;
            /** @enum {string} */
            type: "individual";
            /** Format: uri */
            website?: string;
        };
        UpdateIssuedInvoice: {
            attachments?: components["schemas"]["AttachmentRequest"][];
            /** Format: uuid */
            contact_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            document_rendering?: components["schemas"]["DocumentRenderingSettings"];
            /** Format: date */
            due_date?: string;
            entity?: components["schemas"]["ReceivableEntityOrganizationRequest"] | components["schemas"]["ReceivableEntityIndividualRequest"];
            entity_address?: components["schemas"]["ReceivableEntityAddressSchema"];
            /** Format: uuid */
            entity_vat_id_id?: string;
            footer?: string;
            /** Format: date */
            fulfillment_date?: string;
            /** Format: date-time */
            issue_date?: string;
            memo?: string;
            /** Format: uuid */
            overdue_reminder_id?: string;
            partner_metadata?: Record<string, never>;
            /** Format: uuid */
            payment_reminder_id?: string;
            payment_terms?: components["schemas"]["InlinePaymentTermsRequestPayload"];
            /** Format: uuid */
            payment_terms_id?: string;
            /** Format: uuid */
            project_id?: string;
            /** @default [] */
            tag_ids?: string[];
        };
        UpdateIssuedInvoicePayload: {
            issued_invoice: components["schemas"]["UpdateIssuedInvoice"];
        };
        ReceivableUpdatePayload: components["schemas"]["UpdateQuotePayload"] | components["schemas"]["UpdateInvoicePayload"] | components["schemas"]["UpdateCreditNotePayload"] | components["schemas"]["UpdateIssuedInvoicePayload"];
        Signature: {
            /** Format: email */
            email: string;
            full_name: string;
            signature_image: string;
        };
        QuoteAcceptRequest: {
            signature?: components["schemas"]["Signature"];
        };
        SuccessResult: {
            /** @default true */
            success?: boolean;
        };
        ReceivableDeclinePayload: {
            comment?: string;
        };
        UpdateLineItems: {
            data: components["schemas"]["LineItem"][];
        };
        LineItemsResponse: {
            data: components["schemas"]["ResponseItem"][];
        };
        /** @enum {string} */
        ReceivableMailCursorFields: "status" | "created_at" | "updated_at";
        /**
         * @description Delivery of a document by email: `pending`, `processing`, then `sent`, `partially_sent` (some recipients failed) or `failed`.
         * @enum {string}
         */
        ReceivableMailStatusEnum: "pending" | "processing" | "sent" | "partially_sent" | "failed";
        ReceivableMailRecipientState: {
            /** Format: email */
            email: string;
            error?: string;
            is_success: boolean;
        };
        ReceivableMailRecipients: {
            bcc?: components["schemas"]["ReceivableMailRecipientState"][];
            cc?: components["schemas"]["ReceivableMailRecipientState"][];
            to?: components["schemas"]["ReceivableMailRecipientState"][];
        };
        ReceivableMailResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            recipients?: components["schemas"]["ReceivableMailRecipients"];
            status: components["schemas"]["ReceivableMailStatusEnum"];
        };
        ReceivableMailPaginationResponse: {
            data: components["schemas"]["ReceivableMailResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        ReceivablePaidPayload: {
            comment?: string;
            /** Format: date-time */
            paid_at?: string;
        };
        ReceivablePartiallyPaidPayload: {
            amount_paid: number;
            comment?: string;
        };
        ReceivableUncollectiblePayload: {
            comment?: string;
        };
        ReceivableFileUrl: {
            file_url?: string;
            original_file_url?: string;
        };
        /** @enum {string} */
        ReceivablesPreviewTypeEnum: "receivable" | "discount_reminder" | "final_reminder";
        ReceivablePreviewRequest: {
            body_text: string;
            /** @default en */
            language?: components["schemas"]["LanguageCodeEnum"];
            subject_text: string;
            /** @default receivable */
            type?: components["schemas"]["ReceivablesPreviewTypeEnum"];
        };
        ReceivablePreviewResponse: {
            body_preview: string;
            subject_preview: string;
        };
        ReceivableSendRequest: {
            body_text: string;
            recipients?: components["schemas"]["Recipients"];
            subject_text: string;
        };
        ReceivableSendResponse: {
            /** Format: uuid */
            mail_id: string;
        };
        /** @enum {string} */
        ReminderTypeEnum: "term_1" | "term_2" | "term_final" | "overdue";
        ReceivableSendTestReminderPayload: {
            recipients?: components["schemas"]["Recipients"];
            reminder_type: components["schemas"]["ReminderTypeEnum"];
        };
        ReceivablesSendResponse: {
            mail_ids: string[];
        };
        MissingLineItemFields: {
            line_item_number: number;
            missing_fields: string[];
        };
        MissingFields: {
            counterpart?: string[];
            entity?: string[];
            products?: components["schemas"]["MissingLineItemFields"][];
            receivable?: string[];
            vat_rates?: string[];
        };
        ReceivablesRemindersWarningMessage: {
            payment_reminders?: string;
        };
        ReceivablesVerifyResponse: {
            errors?: components["schemas"]["MissingFields"];
            warnings?: components["schemas"]["ReceivablesRemindersWarningMessage"];
        };
        /** @enum {string} */
        AutomationLevel: "draft" | "issue" | "issue_and_send";
        /** @enum {string} */
        DayOfMonth: "first_day" | "last_day";
        /** @enum {string} */
        RecurrenceFrequency: "day" | "week" | "month" | "quarter" | "year";
        /**
         * @description One run of a recurrence: `pending`, `completed`, `canceled`, `skipped`, or failed at issuing (`issue_failed`) or sending (`send_failed`).
         * @enum {string}
         */
        IterationStatus: "pending" | "completed" | "canceled" | "skipped" | "issue_failed" | "send_failed";
        RecurrenceIteration: {
            /** Format: date */
            issue_at: string;
            /** Format: uuid */
            issued_invoice_id?: string;
            /** @default 1 */
            iteration?: number;
            status: components["schemas"]["IterationStatus"];
        };
        /**
         * @description `active` recurrences issue documents on schedule; `paused` ones skip; `completed` ran out of iterations; `canceled` were stopped.
         * @enum {string}
         */
        RecurrenceStatus: "active" | "paused" | "canceled" | "completed";
        RecurrenceResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            automation_level: components["schemas"]["AutomationLevel"];
            body_text?: string;
            current_iteration: number;
            /** @deprecated */
            day_of_month: components["schemas"]["DayOfMonth"];
            /** Format: date */
            end_date?: string;
            /** @deprecated */
            end_month?: number;
            /** @deprecated */
            end_year?: number;
            frequency: components["schemas"]["RecurrenceFrequency"];
            interval: number;
            /** Format: uuid */
            invoice_id: string;
            iterations: components["schemas"]["RecurrenceIteration"][];
            max_occurrences?: number;
            recipients?: components["schemas"]["Recipients"];
            /** Format: date */
            start_date: string;
            /** @deprecated */
            start_month: number;
            /** @deprecated */
            start_year: number;
            status: components["schemas"]["RecurrenceStatus"];
            subject_text?: string;
        };
        RecurrenceResponseList: {
            data: components["schemas"]["RecurrenceResponse"][];
        };
        CreateRecurrencePayload: {
            automation_level?: components["schemas"]["AutomationLevel"];
            body_text?: string;
            /** @deprecated */
            day_of_month?: components["schemas"]["DayOfMonth"];
            /** Format: date */
            end_date?: string;
            /** @deprecated */
            end_month?: number;
            /** @deprecated */
            end_year?: number;
            /** @default month */
            frequency?: components["schemas"]["RecurrenceFrequency"];
            /** @default 1 */
            interval?: number;
            /** Format: uuid */
            invoice_id: string;
            max_occurrences?: number;
            recipients?: components["schemas"]["Recipients"];
            /** Format: date */
            start_date?: string;
            /** @deprecated */
            start_month?: number;
            /** @deprecated */
            start_year?: number;
            subject_text?: string;
        };
        UpdateRecurrencePayload: {
            automation_level?: components["schemas"]["AutomationLevel"];
            body_text?: string;
            /** @deprecated */
            day_of_month?: components["schemas"]["DayOfMonth"];
            /** Format: date */
            end_date?: string;
            /** @deprecated */
            end_month?: number;
            /** @deprecated */
            end_year?: number;
            frequency?: components["schemas"]["RecurrenceFrequency"];
            interval?: number;
            max_occurrences?: number;
            recipients?: components["schemas"]["Recipients"];
            /** Format: date */
            start_date?: string;
            subject_text?: string;
        };
        /** @enum {string} */
        VatRateCreator: "monite" | "accounting";
        /** @enum {string} */
        VatRateStatusEnum: "active" | "inactive";
        VatRateResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            components?: components["schemas"]["VatRateComponent2"][];
            country: components["schemas"]["AllowedCountries"];
            /**
             * @deprecated
             * @default monite
             */
            created_by?: components["schemas"]["VatRateCreator"];
            status?: components["schemas"]["VatRateStatusEnum"];
            /** Format: date */
            valid_from?: string;
            /** Format: date */
            valid_until?: string;
            value: number;
        };
        VatRateListResponse: {
            data: components["schemas"]["VatRateResponse"][];
        };
        PaymentObjectPayable: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "payable";
        };
        /** @enum {string} */
        PaymentIntentPayoutMethod: "bank_account" | "paper_check";
        PaymentIntentsRecipient: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            bank_account_id?: string;
            /** @default bank_account */
            payout_method?: components["schemas"]["PaymentIntentPayoutMethod"];
            /** @enum {string} */
            type: "counterpart";
        };
        SinglePaymentIntent: {
            object: components["schemas"]["PaymentObjectPayable"];
            payment_reference?: string;
            recipient: components["schemas"]["PaymentIntentsRecipient"];
        };
        PaymentsBatchPaymentRequest: {
            /** Format: uuid */
            payer_bank_account_id: string;
            payment_intents: components["schemas"]["SinglePaymentIntent"][];
            /** @enum {string} */
            payment_method: "us_ach";
        };
        SinglePaymentIntentResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            currency: components["schemas"]["CurrencyEnum"];
            error?: Record<string, never>;
            object: components["schemas"]["PaymentObjectPayable"];
            payment_reference: string;
            recipient: components["schemas"]["PaymentIntentsRecipient"];
            status: string;
        };
        /**
         * @description `created`, `processing`, then `succeeded`, `partially_successful` (some payments failed) or `failed`.
         * @enum {string}
         */
        PaymentsBatchPaymentStatus: "created" | "processing" | "partially_successful" | "succeeded" | "failed";
        PaymentsBatchPaymentResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            error?: Record<string, never>;
            /** Format: uuid */
            payer_bank_account_id: string;
            payment_intents: components["schemas"]["SinglePaymentIntentResponse"][];
            /** @enum {string} */
            payment_method: "us_ach";
            status: components["schemas"]["PaymentsBatchPaymentStatus"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount?: number;
        };
        AirwallexPlaidAccount: {
            id: string;
            mask: string;
            name: string;
        };
        AirwallexPlaidInstitution: {
            id: string;
            name: string;
        };
        /** @enum {string} */
        AirwallexMandateType: "us_ach_debit";
        /** @enum {string} */
        AirwallexMandateVersion: "1.0";
        AirwallexMandate: {
            /** Format: email */
            email: string;
            signatory: string;
            type: components["schemas"]["AirwallexMandateType"];
            version: components["schemas"]["AirwallexMandateVersion"];
        };
        CompleteVerificationAirwallexPlaidRequest: {
            account: components["schemas"]["AirwallexPlaidAccount"];
            institution: components["schemas"]["AirwallexPlaidInstitution"];
            mandate: components["schemas"]["AirwallexMandate"];
            public_token: string;
        };
        /** @enum {string} */
        BankAccountVerificationType: "airwallex_plaid" | "micro_deposit";
        CompleteVerificationRequest: {
            airwallex_plaid: components["schemas"]["CompleteVerificationAirwallexPlaidRequest"];
            type: components["schemas"]["BankAccountVerificationType"];
        };
        /** @enum {string} */
        AirwallexPlaidBankAccountVerificationStatus: "verified" | "expired" | "suspended";
        AirwallexPlaidVerification: {
            status: components["schemas"]["AirwallexPlaidBankAccountVerificationStatus"];
        };
        BankAccountVerifications: {
            airwallex_plaid?: components["schemas"]["AirwallexPlaidVerification"];
        };
        CompleteVerificationResponse: {
            /**
             * Format: uuid
             * @deprecated
             */
            id: string;
            account_holder_name?: string;
            account_number?: string;
            /** Format: uuid */
            bank_account_id: string;
            bank_name?: string;
            bic?: string;
            country?: components["schemas"]["AllowedCountries"];
            currency?: components["schemas"]["CurrencyEnum"];
            display_name?: string;
            iban?: string;
            is_default: boolean;
            routing_number?: string;
            sort_code?: string;
            verifications: components["schemas"]["BankAccountVerifications"];
            /** Format: uuid */
            was_created_by_user_id?: string;
        };
        VerificationAirwallexPlaidRequest: {
            client_name: string;
            link_customization_name?: string;
            /** Format: uri */
            redirect_url: string;
        };
        VerificationRequest: {
            airwallex_plaid: components["schemas"]["VerificationAirwallexPlaidRequest"];
            type: components["schemas"]["BankAccountVerificationType"];
        };
        VerificationAirwallexPlaidResponse: {
            client_name: string;
            /** Format: date-time */
            expires_at: string;
            link_customization_name?: string;
            link_token: string;
            /** Format: uri */
            redirect_url: string;
        };
        VerificationResponse: {
            airwallex_plaid: components["schemas"]["VerificationAirwallexPlaidResponse"];
            type: components["schemas"]["BankAccountVerificationType"];
        };
        CompleteRefreshVerificationRequest: {
            type: components["schemas"]["BankAccountVerificationType"];
        };
        CompleteRefreshVerificationResponse: {
            verifications: components["schemas"]["BankAccountVerifications"];
        };
        EstimatedMonthlyRevenue: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount?: number | null;
            currency?: components["schemas"]["CurrencyEnum"] | null;
        };
        "BusinessProfile-Output": {
            description_of_goods_or_services?: string | null;
            estimated_monthly_revenue?: components["schemas"]["EstimatedMonthlyRevenue"] | null;
            mcc?: string | null;
            operating_countries?: components["schemas"]["AllowedCountries"][] | null;
            url?: string | null;
        };
        "OwnershipDeclaration-Output": {
            date?: string | null;
            ip?: string | null;
        };
        "TermsOfServiceAcceptance-Output": {
            date?: string | null;
            ip?: string | null;
        };
        EntityOnboardingDataResponse: {
            business_profile?: components["schemas"]["BusinessProfile-Output"] | null;
            ownership_declaration?: components["schemas"]["OwnershipDeclaration-Output"] | null;
            tos_acceptance?: components["schemas"]["TermsOfServiceAcceptance-Output"] | null;
            treasury_tos_acceptance?: components["schemas"]["TermsOfServiceAcceptance-Output"] | null;
        };
        "BusinessProfile-Input": {
            description_of_goods_or_services?: string | null;
            estimated_monthly_revenue?: components["schemas"]["EstimatedMonthlyRevenue"] | null;
            mcc?: string | null;
            operating_countries?: components["schemas"]["AllowedCountries"][] | null;
            url?: string | null;
        };
        "OwnershipDeclaration-Input": {
            date?: string | null;
            ip?: string | null;
        };
        "TermsOfServiceAcceptance-Input": {
            date?: string | null;
            ip?: string | null;
        };
        EntityOnboardingDataRequest: {
            business_profile?: components["schemas"]["BusinessProfile-Input"] | null;
            ownership_declaration?: components["schemas"]["OwnershipDeclaration-Input"] | null;
            tos_acceptance?: components["schemas"]["TermsOfServiceAcceptance-Input"] | null;
            treasury_tos_acceptance?: components["schemas"]["TermsOfServiceAcceptance-Input"] | null;
        };
        EntityOnboardingDocumentsPayload: {
            /** Format: uuid */
            additional_verification_document_back?: string;
            /** Format: uuid */
            additional_verification_document_front?: string;
            bank_account_ownership_verification?: string[];
            company_license?: string[];
            company_memorandum_of_association?: string[];
            company_ministerial_decree?: string[];
            company_registration_verification?: string[];
            company_tax_id_verification?: string[];
            proof_of_registration?: string[];
            /** Format: uuid */
            verification_document_back?: string;
            /** Format: uuid */
            verification_document_front?: string;
        };
        PersonOnboardingDocumentsPayload: {
            /** Format: uuid */
            additional_verification_document_back?: string;
            /** Format: uuid */
            additional_verification_document_front?: string;
            /** Format: uuid */
            verification_document_back?: string;
            /** Format: uuid */
            verification_document_front?: string;
        };
        OnboardingLinkRequest: {
            /** Format: date-time */
            expires_at: string;
            /** Format: uri */
            refresh_url: string;
            /** Format: uri */
            return_url: string;
        };
        OnboardingLinkPublicResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            entity_id: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: uri */
            refresh_url: string;
            /** Format: uri */
            return_url: string;
            /** Format: uri */
            url: string;
        };
        /** @enum {string} */
        RecipientType: "entity" | "counterpart";
        Recipient: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["RecipientType"];
        };
        CreateOnboardingLinkRequest: {
            recipient: components["schemas"]["Recipient"];
            /** Format: uri */
            refresh_url: string;
            /** Format: uri */
            return_url: string;
        };
        OnboardingLinkResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            recipient: components["schemas"]["Recipient"];
            /** Format: uri */
            refresh_url: string;
            /** Format: uri */
            return_url: string;
            /** Format: uri */
            url: string;
        };
        /** @enum {string} */
        AccountDisabledReason: "requirements.past_due" | "requirements.pending_verification" | "listed" | "platform_paused" | "rejected.fraud" | "rejected.listed" | "rejected.terms_of_service" | "rejected.other" | "under_review" | "other";
        PaymentRequirements: {
            /** Format: date-time */
            current_deadline?: string;
            currently_due: string[];
            eventually_due: string[];
            pending_verification: string[];
        };
        RequirementsError: {
            code: string;
            reason: string;
            requirement: string;
        };
        VerificationError: {
            code: string;
            details: string;
        };
        /** @enum {string} */
        VerificationStatusEnum: "enabled" | "disabled" | "pending";
        OnboardingRequirementsResponse: {
            disabled_reason?: components["schemas"]["AccountDisabledReason"];
            requirements: components["schemas"]["PaymentRequirements"];
            requirements_errors: components["schemas"]["RequirementsError"][];
            verification_errors: components["schemas"]["VerificationError"][];
            verification_status: components["schemas"]["VerificationStatusEnum"];
        };
        PaymentMethodRequirements: {
            /** Format: date-time */
            current_deadline?: string;
            currently_due: string[];
            eventually_due: string[];
            past_due: string[];
            pending_verification: string[];
        };
        OnboardingRequirementsError: {
            code: string;
            reason: string;
            requirement: string;
        };
        OnboardingVerificationError: {
            code: string;
            details: string;
        };
        /** @enum {string} */
        OnboardingVerificationStatusEnum: "enabled" | "disabled" | "pending";
        SingleOnboardingRequirementsResponse: {
            disabled_reason?: string;
            payment_method: string;
            requirements: components["schemas"]["PaymentMethodRequirements"];
            requirements_errors: components["schemas"]["OnboardingRequirementsError"][];
            verification_errors: components["schemas"]["OnboardingVerificationError"][];
            verification_status: components["schemas"]["OnboardingVerificationStatusEnum"];
        };
        GetOnboardingRequirementsResponse: {
            data: components["schemas"]["SingleOnboardingRequirementsResponse"][];
        };
        /** @enum {string} */
        PaymentIntentCursorFields: "id" | "created_at";
        InvoiceFile: {
            mimetype: string;
            name: string;
            /** Format: uri */
            url: string;
        };
        Invoice: {
            /** Format: date */
            due_date?: string;
            file?: components["schemas"]["InvoiceFile"];
            /** Format: date */
            issue_date?: string;
        };
        /** @enum {string} */
        PaymentObjectType: "payable" | "receivable";
        PaymentObject: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["PaymentObjectType"];
        };
        BankAccount: {
            /** Format: uuid */
            id: string;
            account_holder_name?: string;
            account_number?: string;
            bic?: string;
            country?: components["schemas"]["AllowedCountries"];
            currency?: components["schemas"]["CurrencyEnum"];
            display_name?: string;
            iban?: string;
            /** @default false */
            is_default?: boolean;
            name?: string;
            routing_number?: string;
            sort_code?: string;
            /** Format: uuid */
            was_created_by_user_id?: string;
        };
        /** @enum {string} */
        PaymentAccountType: "entity" | "counterpart";
        PayerAccountResponse: {
            /** Format: uuid */
            id: string;
            bank_accounts?: components["schemas"]["BankAccount"][];
            name?: string;
            type: components["schemas"]["PaymentAccountType"];
        };
        /** @enum {string} */
        MoniteAllPaymentMethodsTypes: "sepa_credit" | "us_ach" | "blik" | "card" | "bacs_direct_debit" | "bancontact" | "eps" | "giropay" | "ideal" | "p24" | "sepa_debit" | "sofort" | "applepay" | "googlepay" | "affirm" | "klarna";
        RecipientAccountResponse: {
            /** Format: uuid */
            id: string;
            bank_accounts?: components["schemas"]["BankAccount"][];
            name?: string;
            type: components["schemas"]["PaymentAccountType"];
        };
        PaymentIntentResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            application_fee_amount?: number;
            /** Format: uuid */
            batch_payment_id?: string;
            currency: string;
            invoice?: components["schemas"]["Invoice"];
            object?: components["schemas"]["PaymentObject"];
            payer?: components["schemas"]["PayerAccountResponse"];
            /** Format: uuid */
            payment_link_id?: string;
            payment_methods: components["schemas"]["MoniteAllPaymentMethodsTypes"][];
            payment_reference?: string;
            provider?: string;
            recipient: components["schemas"]["RecipientAccountResponse"];
            selected_payment_method?: components["schemas"]["MoniteAllPaymentMethodsTypes"];
            status: string;
        };
        PaymentIntentsListResponse: {
            data: components["schemas"]["PaymentIntentResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        UpdatePaymentIntentPayload: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
        };
        PaymentIntentHistory: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** Format: uuid */
            payment_intent_id: string;
            status: string;
        };
        PaymentIntentHistoryResponse: {
            data: components["schemas"]["PaymentIntentHistory"][];
        };
        PaymentAccountObject: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["PaymentAccountType"];
        };
        CreatePaymentLinkRequest: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount?: number;
            currency?: components["schemas"]["CurrencyEnum"];
            /** Format: date-time */
            expires_at?: string;
            invoice?: components["schemas"]["Invoice"];
            object?: components["schemas"]["PaymentObject"];
            payment_methods: components["schemas"]["MoniteAllPaymentMethodsTypes"][];
            payment_reference?: string;
            recipient: components["schemas"]["PaymentAccountObject"];
            /** Format: uri */
            return_url?: string;
        };
        PaymentIntent: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            application_fee_amount?: number;
            object?: components["schemas"]["PaymentObject"];
            provider?: string;
            selected_payment_method?: string;
            status: string;
        };
        PublicPaymentLinkResponse: {
            /** Format: uuid */
            id: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            amount: number;
            currency: components["schemas"]["CurrencyEnum"];
            /** Format: date-time */
            expires_at: string;
            invoice?: components["schemas"]["Invoice"];
            payer?: components["schemas"]["PayerAccountResponse"];
            payment_intent?: components["schemas"]["PaymentIntent"];
            /** Format: uuid */
            payment_intent_id: string;
            payment_methods: string[];
            /** Format: uri */
            payment_page_url: string;
            payment_reference?: string;
            recipient: components["schemas"]["RecipientAccountResponse"];
            return_url?: string;
            status: string;
        };
        /** @enum {string} */
        PaymentMethodDirection: "receive" | "send";
        /** @enum {string} */
        MoniteAllPaymentMethods: "SEPA Payments" | "US ACH Payments" | "BLIK" | "Card payments" | "Bacs Direct Debit" | "Bancontact" | "Electronic Payment Standard" | "Giropay" | "iDEAL" | "Przelewy24" | "SEPA Direct Debit" | "SOFORT" | "Apple Pay" | "Google Pay" | "Affirm" | "Klarna";
        /** @enum {string} */
        PaymentMethodStatus: "active" | "inactive";
        PaymentMethod: {
            direction: components["schemas"]["PaymentMethodDirection"];
            name: components["schemas"]["MoniteAllPaymentMethods"];
            status: components["schemas"]["PaymentMethodStatus"];
            type: components["schemas"]["MoniteAllPaymentMethodsTypes"];
        };
        OnboardingPaymentMethodsResponse: {
            data: components["schemas"]["PaymentMethod"][];
        };
        EnabledPaymentMethods: {
            /** @deprecated */
            payment_methods?: components["schemas"]["MoniteAllPaymentMethodsTypes"][];
            payment_methods_receive?: components["schemas"]["MoniteAllPaymentMethodsTypes"][];
            payment_methods_send?: components["schemas"]["MoniteAllPaymentMethodsTypes"][];
        };
        BusinessInfoSchema: {
            base_currency?: string;
            email?: string;
            legal_name?: string;
            name?: string;
            type?: string;
        };
        ErrorSchema: {
            message: string;
        };
        /**
         * @description State of an accounting connection: `pending_auth` (waiting for the user to authorise), `connected`, `disconnected`, `deauthorized` (the user withdrew access).
         * @enum {string}
         */
        ConnectionStatus: "connected" | "disconnected" | "deauthorized" | "pending_auth";
        AccountingConnectionResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            business_info?: components["schemas"]["BusinessInfoSchema"];
            connection_url: string;
            errors?: components["schemas"]["ErrorSchema"][];
            /** Format: date-time */
            last_pull?: string;
            platform?: string;
            status?: components["schemas"]["ConnectionStatus"];
        };
        AccountingConnectionList: {
            data: components["schemas"]["AccountingConnectionResponse"][];
        };
        AccountingMessageResponse: {
            message: string;
        };
        /** @enum {string} */
        ObjectMatchTypes: "product" | "customer" | "vendor" | "receivable" | "bill" | "payment_record";
        /** @enum {string} */
        SyncRecordCursorFields: "created_at" | "updated_at";
        /** @enum {string} */
        Platform: "xero" | "quickbooks" | "quickbooks_online" | "quickbooks_online_sandbox";
        /** @enum {string} */
        ServiceProvidersEnum: "codat" | "railz";
        /**
         * @description Synchronisation with the accounting system: `pending`, `done` or `error`.
         * @enum {string}
         */
        SyncStatus: "pending" | "error" | "done";
        SyncRecordResource: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            errors?: Record<string, never>;
            /** Format: date-time */
            last_pulled_at: string;
            /** Format: uuid */
            object_id?: string;
            object_type: components["schemas"]["ObjectMatchTypes"];
            /** Format: date-time */
            object_updated_at?: string;
            platform?: components["schemas"]["Platform"];
            platform_object_id?: string;
            /** Format: date-time */
            platform_updated_at?: string;
            provider?: components["schemas"]["ServiceProvidersEnum"];
            provider_object_id?: string;
            /** Format: date-time */
            provider_updated_at?: string;
            sync_status: components["schemas"]["SyncStatus"];
        };
        SyncRecordResourceList: {
            data: components["schemas"]["SyncRecordResource"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        /** @enum {string} */
        TaxRateAccountCursorFields: "name";
        TaxComponentResponse: {
            is_compound?: boolean;
            name?: string;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            rate?: number;
        };
        AccountingTaxRateResponse: {
            /** Format: uuid */
            id: string;
            code?: string;
            components?: components["schemas"]["TaxComponentResponse"][];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            effective_tax_rate?: number;
            name?: string;
            status?: string;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            total_tax_rate?: number;
        };
        AccountingTaxRateListResponse: {
            data: components["schemas"]["AccountingTaxRateResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        /** @enum {string} */
        LedgerAccountCursorFields: "name";
        LedgerAccountResponse: {
            /** Format: uuid */
            id: string;
            currency?: components["schemas"]["CurrencyEnum"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            current_balance?: number;
            description?: string;
            is_bank_account: boolean;
            name: string;
            nominal_code?: string;
            status: string;
            subtype?: string;
            type: string;
        };
        LedgerAccountListResponse: {
            data: components["schemas"]["LedgerAccountResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        /**
         * @description Whether the entry records an incoming request or the response to it.
         * @enum {string}
         */
        AuditLogType: "request" | "response";
        /** @description One audit log record. Only these fields are confirmed; Monite may send more. */
        AuditLogEntry: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the request or response happened (ISO 8601, UTC).
             */
            timestamp: string;
            type: components["schemas"]["AuditLogType"];
        } & {
            [key: string]: unknown;
        };
        AuditLogPaginationResponse: {
            data: components["schemas"]["AuditLogEntry"][];
            /** @description Token of the next page; `null` on the last page. */
            next_pagination_token?: string | null;
            /** @description Token of the previous page; `null` on the first page. */
            prev_pagination_token?: string | null;
        };
        /** @enum {string} */
        DataExportCursorFields: "created_at";
        DocumentExportResponseSchema: {
            /** Format: uuid */
            id: string;
            count: number;
            /** Format: uuid */
            created_by_entity_user_id?: string;
            /** Format: date-time */
            end_datetime?: string;
            /** Format: uuid */
            entity_id: string;
            format: string;
            language: string;
            /** Format: uri */
            source_url?: string;
            /** Format: date-time */
            start_datetime?: string;
            status: string;
        };
        AllDocumentExportResponseSchema: {
            data: components["schemas"]["DocumentExportResponseSchema"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        /** @enum {string} */
        ExportFormat: "csv" | "pdf" | "csv_xero";
        ExportPayableSchema: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            name: "payable";
            statuses: components["schemas"]["PayableStateEnum"][];
        };
        ExportReceivableSchema: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            name: "receivable";
            statuses: components["schemas"]["ReceivablesStatusEnum"][];
        };
        ExportObjectSchema: components["schemas"]["ExportPayableSchema"] | components["schemas"]["ExportReceivableSchema"];
        ExportPayloadSchema: {
            /** Format: date */
            date_from: string;
            /** Format: date */
            date_to: string;
            format: components["schemas"]["ExportFormat"];
            objects: components["schemas"]["ExportObjectSchema"][];
        };
        CreateExportTaskResponseSchema: {
            /** Format: uuid */
            id: string;
        };
        SupportedFormatSchema: {
            available_types: {
                [key: string]: components["schemas"]["ExportFormat"][];
            };
            /** @enum {string} */
            object_type: "payable" | "receivable";
        };
        /** @enum {string} */
        ExportSettingCursorFields: "id" | "created_at";
        /** @enum {string} */
        SupportedFieldNames: "default_account_code" | "default_tax_rate_code";
        ExtraDataResource: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** Format: uuid */
            created_by?: string;
            field_name: components["schemas"]["SupportedFieldNames"];
            field_value: string;
            /** Format: uuid */
            object_id: string;
            /** @enum {string} */
            object_type: "counterpart";
        };
        ExtraDataResourceList: {
            data: components["schemas"]["ExtraDataResource"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        ExtraDataCreateRequest: {
            field_name: components["schemas"]["SupportedFieldNames"];
            field_value: string;
            /** Format: uuid */
            object_id: string;
            /** @enum {string} */
            object_type: "counterpart";
        };
        ExtraDataUpdateRequest: {
            field_name?: components["schemas"]["SupportedFieldNames"];
            field_value?: string;
            /** Format: uuid */
            object_id?: string;
            /** @enum {string} */
            object_type?: "counterpart";
        };
        /** @enum {string} */
        AllowedFileTypes: "ocr_results" | "ocr_files" | "payables" | "receivables" | "delivery_notes" | "receipts" | "userpics" | "entity_logo" | "companies_logo" | "zip" | "identity_documents" | "additional_identity_documents" | "receivable_signatures" | "einvoices_xml" | "attachments";
        FileResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            file_type: string;
            md5: string;
            mimetype: string;
            name: string;
            region: string;
            s3_bucket: string;
            s3_file_path: string;
            size: number;
            url: string;
        };
        FilesResponse: {
            data: components["schemas"]["FileResponse"][];
        };
        UploadFile: {
            /** Format: binary */
            file: Blob;
            file_type: components["schemas"]["AllowedFileTypes"];
        };
        /** @enum {string} */
        CustomTemplatesCursorFields: "type" | "name";
        /** @enum {string} */
        DocumentObjectTypeRequestEnum: "receivables_quote" | "receivables_invoice" | "receivables_paid_invoice" | "receivables_credit_note" | "receivables_discount_reminder" | "receivables_final_reminder" | "payables_purchase_order" | "payables_notify_approver" | "payables_notify_payer";
        CustomTemplateDataSchema: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            body_template: string;
            is_default: boolean;
            language: string;
            name: string;
            subject_template: string;
            type: string;
        };
        CustomTemplatesPaginationResponse: {
            data: components["schemas"]["CustomTemplateDataSchema"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        AddCustomTemplateSchema: {
            body_template: string;
            /** @default false */
            is_default?: boolean;
            /** @default en */
            language?: components["schemas"]["LanguageCodeEnum"];
            name: string;
            subject_template: string;
            type: components["schemas"]["DocumentObjectTypeRequestEnum"];
        };
        PreviewTemplateRequest: {
            body: string;
            document_type: components["schemas"]["DocumentObjectTypeRequestEnum"];
            language_code: components["schemas"]["LanguageCodeEnum"];
            subject: string;
        };
        PreviewTemplateResponse: {
            body_preview: string;
            subject_preview: string;
        };
        TemplateDataSchema: {
            body_template: string;
            language: string;
            subject_template: string;
        };
        SystemTemplateDataSchema: {
            available_templates: components["schemas"]["TemplateDataSchema"][];
            template_name: string;
        };
        SystemTemplates: {
            data: components["schemas"]["SystemTemplateDataSchema"][];
        };
        UpdateCustomTemplateSchemaRequest: {
            body_template?: string;
            language?: components["schemas"]["LanguageCodeEnum"];
            name?: string;
            subject_template?: string;
        };
        /** @enum {string} */
        DNSRecordPurpose: "DKIM" | "SPF";
        /** @enum {string} */
        DNSRecordType: "TXT" | "MX" | "CNAME";
        DNSRecord: {
            is_active: boolean;
            name?: string;
            record_purpose?: components["schemas"]["DNSRecordPurpose"];
            record_type: components["schemas"]["DNSRecordType"];
            valid: string;
            value: string;
        };
        DNSRecords: {
            receiving_dns_records: components["schemas"]["DNSRecord"][];
            sending_dns_records: components["schemas"]["DNSRecord"][];
        };
        DomainResponse: {
            /** Format: uuid */
            id: string;
            dedicated_ip?: string;
            dns_records: components["schemas"]["DNSRecords"] | Record<string, never>;
            /** Format: hostname */
            domain: string;
            /** Format: date-time */
            last_updated_at?: string;
            status: string;
        };
        DomainListResponse: {
            data: components["schemas"]["DomainResponse"][];
        };
        DomainRequest: {
            /** Format: hostname */
            domain: string;
        };
        VerifyResponse: {
            /** Format: uuid */
            id: string;
            /** Format: hostname */
            domain: string;
            status: string;
        };
        MailboxResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mailbox_domain_id?: string;
            mailbox_full_address: string;
            mailbox_name: string;
            related_object_type: string;
            status: string;
        };
        MailboxDataResponse: {
            data?: components["schemas"]["MailboxResponse"][];
        };
        /** @enum {string} */
        MailboxObjectTypeEnum: "payable" | "receipt";
        MailboxDomainRequest: {
            /** Format: uuid */
            mailbox_domain_id: string;
            mailbox_name: string;
            related_object_type: components["schemas"]["MailboxObjectTypeEnum"];
        };
        MailboxMultipleEntitiesRequest: {
            entity_ids: string[];
        };
        /** @enum {string} */
        TemplateTypeEnum: "block" | "source_object";
        TemplateReceivableResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at?: string;
            blocks?: string[];
            document_type: components["schemas"]["DocumentTypeEnum"];
            is_default: boolean;
            language: string;
            name: string;
            preview?: components["schemas"]["FileResponse"];
            template: string;
            /** @default source_object */
            template_type?: components["schemas"]["TemplateTypeEnum"];
        };
        TemplateListResponse: {
            data?: components["schemas"]["TemplateReceivableResponse"][];
        };
        /** @enum {string} */
        TextTemplateType: "email_header" | "email_body" | "memo";
        /** @enum {string} */
        TextTemplateDocumentTypeEnum: "quote" | "invoice" | "credit_note" | "discount_reminder" | "final_reminder" | "payables_purchase_order" | "overdue_reminder";
        TextTemplateResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            document_type: components["schemas"]["TextTemplateDocumentTypeEnum"];
            is_default: boolean;
            name: string;
            template: string;
            type: components["schemas"]["TextTemplateType"];
        };
        TextTemplateResponseList: {
            data: components["schemas"]["TextTemplateResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        CreateTextTemplatePayload: {
            document_type: components["schemas"]["TextTemplateDocumentTypeEnum"];
            name: string;
            template: string;
            type: components["schemas"]["TextTemplateType"];
        };
        UpdateTextTemplatePayload: {
            name?: string;
            template?: string;
        };
        /** @enum {string} */
        AllowedEinvoicingCountryCodes: "DE" | "NL" | "BE";
        EinvoicingAddress: {
            address_line1: string;
            address_line2?: string;
            city: string;
            country: components["schemas"]["AllowedEinvoicingCountryCodes"];
            postal_code: string;
            state?: string;
        };
        /** @enum {string} */
        EinvoiceSchemaTypeEnum: "DE:VAT" | "NL:KVK" | "NL:VAT" | "BE:VAT" | "BE:EN";
        EinvoicingNetworkCredentialsResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** Format: uuid */
            einvoicing_connection_id: string;
            network_credentials_identifier: string;
            network_credentials_schema: components["schemas"]["EinvoiceSchemaTypeEnum"];
        };
        EinvoicingConnectionResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            address: components["schemas"]["EinvoicingAddress"];
            credentials: components["schemas"]["EinvoicingNetworkCredentialsResponse"][];
            /** Format: uuid */
            entity_id: string;
            /** @default true */
            is_receiver?: boolean;
            /** @default true */
            is_sender?: boolean;
            legal_name: string;
            provider_id?: string;
            status: string;
        };
        EInvoicingRetrieveListData: {
            data: components["schemas"]["EinvoicingConnectionResponse"][];
        };
        EinvoicingConnectionCreateRequest: {
            address: components["schemas"]["EinvoicingAddress"];
            /** Format: uuid */
            entity_vat_id_id?: string;
            /** @default true */
            is_receiver?: boolean;
            /** @default true */
            is_sender?: boolean;
        };
        UpdateEinvoicingAddress: {
            address_line1: string;
            address_line2?: string;
            city: string;
            postal_code: string;
            state?: string;
        };
        EinvoicingConnectionUpdateRequest: {
            address?: components["schemas"]["UpdateEinvoicingAddress"];
            is_receiver?: boolean;
            is_sender?: boolean;
        };
        EinvoicingNetworkCredentialsCreateRequest: {
            network_credentials_identifier: string;
            network_credentials_schema: components["schemas"]["EinvoiceSchemaTypeEnum"];
        };
        /** @enum {string} */
        CreditNoteCursorFields: "id" | "created_at";
        /**
         * @description Where a vendor credit note is: `draft`, `new`, `submitted_for_approval`, `approved`, `rejected`, `applied` (used against a payable), `canceled`.
         * @enum {string}
         */
        PayableCreditNoteStateEnum: "new" | "draft" | "applied" | "approved" | "rejected" | "canceled" | "submitted_for_approval";
        /** @enum {string} */
        OriginEnum: "upload" | "einvoicing";
        CurrencyExchangeSchema: {
            default_currency_code: string;
            rate: number;
            total: number;
        };
        CreditNoteResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** Format: uuid */
            based_on?: string;
            based_on_document_id?: string;
            counterpart?: components["schemas"]["CounterpartRawData"];
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_bank_account_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            counterpart_raw?: components["schemas"]["CounterpartRawData"];
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            created_by_external_user_id?: string;
            created_by_external_user_name?: string;
            /** Format: uuid */
            created_by_user_id?: string;
            currency?: string;
            currency_exchange?: components["schemas"]["CurrencyExchangeSchema"];
            description?: string;
            document_id?: string;
            /** Format: uuid */
            entity_id: string;
            /** Format: uuid */
            file_id?: string;
            file_url?: string;
            /** Format: date */
            issued_at?: string;
            /** Format: uuid */
            ocr_request_id?: string;
            ocr_status?: string;
            origin: string;
            /** Format: uuid */
            project_id?: string;
            sender?: string;
            source_of_data: string;
            status: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            tags?: components["schemas"]["TagReadSchema"][];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            tax_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount?: number;
        };
        CreditNotePaginationResponse: {
            data: components["schemas"]["CreditNoteResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        CreditNoteCreateRequest: {
            /** Format: uuid */
            based_on?: string;
            based_on_document_id?: string;
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_bank_account_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            /** @default EUR */
            currency?: components["schemas"]["CurrencyEnum"];
            description?: string;
            document_id: string;
            /** Format: date */
            issued_at: string;
            /** Format: uuid */
            project_id?: string;
            sender?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            tag_ids?: string[];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            tax_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount?: number;
        };
        CreditNoteUploadFile: {
            /** Format: binary */
            file: Blob;
        };
        /** @enum {string} */
        CreditNoteFieldsAllowedForValidate: "currency" | "document_id" | "issued_at" | "tax_amount" | "based_on" | "total_amount" | "subtotal" | "description" | "tax" | "file_id" | "counterpart_id" | "counterpart_bank_account_id" | "counterpart_address_id" | "counterpart_vat_id_id" | "line_items" | "line_items.quantity" | "line_items.unit_price" | "line_items.tax" | "line_items.unit" | "line_items.name" | "line_items.description" | "line_items.subtotal" | "line_items.total" | "line_items.tax_amount";
        CreditNoteValidationsResource: {
            required_fields: components["schemas"]["CreditNoteFieldsAllowedForValidate"][];
        };
        CreditNoteUpdateRequest: {
            /** Format: uuid */
            based_on?: string;
            based_on_document_id?: string;
            /** Format: uuid */
            counterpart_address_id?: string;
            /** Format: uuid */
            counterpart_bank_account_id?: string;
            /** Format: uuid */
            counterpart_id?: string;
            /** Format: uuid */
            counterpart_vat_id_id?: string;
            currency?: components["schemas"]["CurrencyEnum"];
            description?: string;
            document_id?: string;
            /** Format: date */
            issued_at?: string;
            /** Format: uuid */
            project_id?: string;
            sender?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            tag_ids?: string[];
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            tax_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount?: number;
        };
        /** @enum {string} */
        CreditNoteLineItemCursorFields: "id" | "created_at" | "name" | "total" | "quantity" | "unit_price";
        CreditNoteLineItemResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the object was created (ISO 8601, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object was last changed (ISO 8601, UTC).
             */
            updated_at: string;
            /** Format: uuid */
            created_by_user_id?: string;
            /** Format: uuid */
            credit_note_id: string;
            description?: string;
            name?: string;
            quantity?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            subtotal?: number;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            tax_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total?: number;
            unit?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            unit_price?: number;
        };
        CreditNoteLineItemPaginationResponse: {
            data: components["schemas"]["CreditNoteLineItemResponse"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        CreditNoteLineItemCreateRequest: {
            description?: string;
            name?: string;
            quantity?: number;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            unit?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            unit_price?: number;
        };
        CreditNoteLineItemReplaceRequest: {
            data: components["schemas"]["CreditNoteLineItemCreateRequest"][];
        };
        CreditNoteLineItemUpdateRequest: {
            description?: string;
            name?: string;
            quantity?: number;
            /** @description Percent in minor units: 1250 means 12.5% (at most 10000). */
            tax?: number;
            unit?: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            unit_price?: number;
        };
        CreditNoteValidationResponse: {
            /** Format: uuid */
            id: string;
            validation_errors?: Record<string, never>[];
        };
        /** @enum {string} */
        FinancingInvoiceCursorFields: "id" | "created_at";
        /** @enum {string} */
        WCInvoiceStatus: "DRAFT" | "NEW" | "FUNDED" | "PAID" | "LATE" | "REJECTED" | "DEFAULTED";
        /** @enum {string} */
        FinancingInvoiceType: "payable" | "receivable";
        RepaymentSchedule: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            repayment_amount: number;
            repayment_date: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            repayment_fee_amount: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            repayment_principal_amount: number;
        };
        FinancingInvoice: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            advance_amount?: number;
            advance_rate_percentage?: number;
            currency: components["schemas"]["CurrencyEnum"];
            description?: string;
            document_id: string;
            /** Format: date */
            due_date: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            fee_amount?: number;
            fee_percentage?: number;
            /** Format: uuid */
            invoice_id: string;
            /** Format: date */
            issue_date: string;
            payer_business_name?: string;
            payer_first_name?: string;
            payer_last_name?: string;
            payer_type: string;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            principal_amount?: number;
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            repayment_amount?: number;
            repayment_schedule?: components["schemas"]["RepaymentSchedule"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            requested_amount?: number;
            status: components["schemas"]["WCInvoiceStatus"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount: number;
            type: components["schemas"]["FinancingInvoiceType"];
        };
        FinancingInvoiceListResponse: {
            data: components["schemas"]["FinancingInvoice"][];
            next_pagination_token?: string;
            prev_pagination_token?: string;
        };
        FinancingPushInvoicesRequestInvoice: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["FinancingInvoiceType"];
        };
        FinancingPushInvoicesRequest: {
            invoices: components["schemas"]["FinancingPushInvoicesRequestInvoice"][];
        };
        FinancingPushInvoicesResponse: {
            connect_token: string;
            session_token: string;
        };
        /** @enum {string} */
        WCBusinessStatus: "NEW" | "INPUT_REQUIRED" | "ONBOARDED";
        /** @enum {string} */
        WCRepaymentType: "MULTIPLE_DURATION" | "FIXED_DURATION" | "FIXED_DATE";
        PricingPlan: {
            advance_rate_percentage: number;
            fee_percentage: number;
            repayment_duration_days?: number;
            repayment_type: components["schemas"]["WCRepaymentType"];
        };
        /** @enum {string} */
        WCOfferStatus: "NEW" | "ACCEPTED" | "EXPIRED" | "CURRENT" | "LATE" | "CLOSED" | "DEFAULTED";
        FinancingOffer: {
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            available_amount?: number;
            currency: components["schemas"]["CurrencyEnum"];
            pricing_plans: components["schemas"]["PricingPlan"][];
            status: components["schemas"]["WCOfferStatus"];
            /** @description Money in the minor unit of the currency: 5000 means 50.00. */
            total_amount: number;
        };
        FinancingOffersResponse: {
            business_status: components["schemas"]["WCBusinessStatus"];
            offers: components["schemas"]["FinancingOffer"][];
        };
        FinancingTokenResponse: {
            connect_token: string;
        };
    };
    responses: {
        /** @description The bearer token is missing, unknown, expired or revoked. */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The method is not supported on this path. */
        MethodNotAllowed: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A parameter or body field breaks the schema; `detail` says which and why. */
        ValidationFailed: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description Too many requests; wait `Retry-After` seconds before retrying. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "x-request-id": components["headers"]["XRequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Monite failed to handle the request. */
        ServerError: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request is malformed or lacks the API version. */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token may not perform this operation. */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No representation matches the Accept header. */
        NotAcceptable: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such object for this entity. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The object is not in a state that allows this change. */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
        MoniteVersion: string;
        /** @description Sort direction of the list. */
        Order: components["schemas"]["OrderEnum"];
        /** @description Largest number of items on one page. */
        Limit: number;
        /** @description Token of the page to return, from a previous `next_pagination_token` or `prev_pagination_token`. When it is sent, every other query parameter is ignored: the token carries the filters and sort. */
        PaginationToken: string;
        /** @description ID of the entity that owns the resources of this call. */
        EntityId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Unique ID of this request; quote it to Monite support. */
        XRequestId: string;
        /** @description The API version that served the request (echo of the request header). */
        XMoniteVersion: string;
        /** @description Requests allowed in the current window. */
        RateLimitLimit: number;
        /** @description Requests left in the current window. */
        RateLimitRemaining: number;
        /** @description Seconds until the window resets. */
        RateLimitReset: number;
        /** @description Requests allowed per second. */
        XRateLimitLimitSecond: number;
        /** @description Requests left in the current second. */
        XRateLimitRemainingSecond: number;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    post_auth_token: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_settings: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_settings: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_webhook_subscriptions: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_webhook_subscriptions_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_webhook_subscriptions_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_webhook_subscriptions_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_webhook_subscriptions_id_disable: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_webhook_subscriptions_id_enable: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_webhook_subscriptions_id_regenerate_secret: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_events_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entities_me: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entities_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_entities_id_logo: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_entities_id_logo: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_entities_id_partner_metadata: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_settings: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entities_id_settings: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users_my_entity: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entity_users_my_entity: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_bank_accounts: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_persons: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_entities_id_vat_ids: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_roles_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_roles_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users_me: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entity_users_me: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users_my_role: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entity_users_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_entity_users_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_entity_users_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_counterparts_id_partner_metadata: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_addresses: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_bank_accounts: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_counterparts_id_contacts: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_contacts: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_counterparts_id_vat_ids: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_records: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_records_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            401: components["responses"]["Unauthorized"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            401: components["responses"]["Unauthorized"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            401: components["responses"]["Unauthorized"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            401: components["responses"]["Unauthorized"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            401: components["responses"]["Unauthorized"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            401: components["responses"]["Unauthorized"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            401: components["responses"]["Unauthorized"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_receivables_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
    get_recurrences: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
    get_vat_rates: {
        parameters: {
            query?: {
                counterpart_address_id?: string;
                counterpart_id?: string;
                counterpart_vat_id_id?: string;
                entity_vat_id_id?: string;
                product_type?: components["schemas"]["ProductServiceTypeEnum"];
            };
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_batch_payments_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_complete_verification: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_start_verification: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_id_complete_verification: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_bank_accounts_id_refresh_verification: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_bank_accounts_id_verifications: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_onboarding_data: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_onboarding_documents: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_persons_id_documents: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_persons_id_onboarding_documents: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_onboarding_links: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_onboarding_links: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_onboarding_requirements: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_onboarding_requirements: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_intents_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_payment_intents_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_intents_id_history: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_links: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_payment_links_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_payment_links_id_expire: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_entities_id_payment_methods: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    put_entities_id_payment_methods: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_connections: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_accounting_connections: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_connections_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_accounting_connections_id_disconnect: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_accounting_connections_id_sync: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_synced_records_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_accounting_synced_records_id_push: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_accounting_tax_rates_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_ledger_accounts_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_data_exports_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_files: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_files_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_files_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mail_templates: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mail_templates_preview: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_mail_templates_system: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_mail_templates_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_mail_templates_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_mail_templates_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_mail_templates_id_make_default: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_mailbox_domains: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_document_templates_system: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_document_templates_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_document_templates_id_make_default: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_document_templates_id_preview: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_text_templates: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_text_templates_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    delete_text_templates_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patch_text_templates_id: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_text_templates_id_make_default: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_einvoicing_connections: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_financing_invoices: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    get_financing_offers: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    post_financing_tokens: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, a date (YYYY-MM-DD). Without it Monite answers 400 `missing_api_version`. */
                "x-monite-version": components["parameters"]["MoniteVersion"];
                /** @description ID of the entity that owns the resources of this call. */
                "x-monite-entity-id": components["parameters"]["EntityId"];
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
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
}
