/**
 * This file is generated from spec/dist/openapi.json. Do not edit it by hand.
 * Generator: tooling/codegen/src/generate-mock-operations.mjs. Regenerate with `pnpm generate`.
 */
import type { ReferenceTable } from '../operations/reference-table.js';

/** Per operationId, the request body fields that name another stored object (checked before a write). */
export const references: ReferenceTable = {
 "patch_counterparts_id": [
  {
   "path": [
    "individual",
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  },
  {
   "path": [
    "organization",
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "patch_data_exports_extra_data_id": [
  {
   "path": [
    "object_id"
   ],
   "typeField": "object_type",
   "collections": {
    "counterpart": "/counterparts"
   }
  }
 ],
 "patch_delivery_notes_id": [
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "line_items",
    "*",
    "product_id"
   ],
   "collection": "/products"
  }
 ],
 "patch_entity_users_id": [
  {
   "path": [
    "role_id"
   ],
   "collection": "/roles"
  }
 ],
 "patch_payable_credit_notes_id": [
  {
   "path": [
    "based_on"
   ],
   "collection": "/payables"
  },
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "patch_payable_purchase_orders_id": [
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "project_id"
   ],
   "collection": "/projects"
  }
 ],
 "patch_payables_id": [
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "purchase_order_id"
   ],
   "collection": "/payable_purchase_orders"
  },
  {
   "path": [
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "patch_payment_records_id": [
  {
   "path": [
    "entity_user_id"
   ],
   "collection": "/entity_users"
  },
  {
   "path": [
    "object",
    "id"
   ],
   "typeField": "type",
   "collections": {
    "receivable": "/receivables",
    "payable": "/payables"
   }
  }
 ],
 "patch_projects_id": [
  {
   "path": [
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "patch_receivables_id": [
  {
   "path": [
    "quote",
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "quote",
    "line_items",
    "*",
    "custom_vat_rate_id"
   ],
   "collection": "/custom_vat_rates"
  },
  {
   "path": [
    "quote",
    "payment_terms_id"
   ],
   "collection": "/payment_terms"
  },
  {
   "path": [
    "quote",
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "quote",
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  },
  {
   "path": [
    "invoice",
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "invoice",
    "line_items",
    "*",
    "custom_vat_rate_id"
   ],
   "collection": "/custom_vat_rates"
  },
  {
   "path": [
    "invoice",
    "overdue_reminder_id"
   ],
   "collection": "/overdue_reminders"
  },
  {
   "path": [
    "invoice",
    "payment_reminder_id"
   ],
   "collection": "/payment_reminders"
  },
  {
   "path": [
    "invoice",
    "payment_terms_id"
   ],
   "collection": "/payment_terms"
  },
  {
   "path": [
    "invoice",
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "invoice",
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  },
  {
   "path": [
    "credit_note",
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "credit_note",
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  },
  {
   "path": [
    "issued_invoice",
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "issued_invoice",
    "overdue_reminder_id"
   ],
   "collection": "/overdue_reminders"
  },
  {
   "path": [
    "issued_invoice",
    "payment_reminder_id"
   ],
   "collection": "/payment_reminders"
  },
  {
   "path": [
    "issued_invoice",
    "payment_terms_id"
   ],
   "collection": "/payment_terms"
  },
  {
   "path": [
    "issued_invoice",
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "issued_invoice",
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "post_approval_requests": [
  {
   "path": [
    "object_id"
   ],
   "typeField": "object_type",
   "collections": {
    "approval_request": "/approval_requests",
    "comment": "/comments",
    "counterpart": "/counterparts",
    "delivery_note": "/delivery_notes",
    "entity_user": "/entity_users",
    "ocr_task": "/ocr_tasks",
    "overdue_reminder": "/overdue_reminders",
    "payable": "/payables",
    "payment_link": "/payment_links",
    "payment_record": "/payment_records",
    "payment_reminder": "/payment_reminders",
    "person": "/persons",
    "product": "/products",
    "project": "/projects",
    "receivable": "/receivables",
    "recurrence": "/recurrences",
    "role": "/roles",
    "tag": "/tags"
   }
  },
  {
   "path": [
    "role_ids"
   ],
   "collection": "/roles",
   "many": true
  }
 ],
 "post_batch_payments": [
  {
   "path": [
    "payment_intents",
    "*",
    "object",
    "id"
   ],
   "typeField": "type",
   "collections": {
    "payable": "/payables"
   }
  }
 ],
 "post_counterparts": [
  {
   "path": [
    "organization",
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  },
  {
   "path": [
    "individual",
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "post_data_exports_extra_data": [
  {
   "path": [
    "object_id"
   ],
   "typeField": "object_type",
   "collections": {
    "counterpart": "/counterparts"
   }
  }
 ],
 "post_delivery_notes": [
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "line_items",
    "*",
    "product_id"
   ],
   "collection": "/products"
  }
 ],
 "post_entity_users": [
  {
   "path": [
    "role_id"
   ],
   "collection": "/roles"
  }
 ],
 "post_financing_invoices": [
  {
   "path": [
    "invoices",
    "*",
    "id"
   ],
   "typeField": "type",
   "collections": {
    "payable": "/payables",
    "receivable": "/receivables"
   }
  }
 ],
 "post_payable_credit_notes": [
  {
   "path": [
    "based_on"
   ],
   "collection": "/payables"
  },
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "post_payable_purchase_orders": [
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "project_id"
   ],
   "collection": "/projects"
  }
 ],
 "post_payables": [
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "purchase_order_id"
   ],
   "collection": "/payable_purchase_orders"
  },
  {
   "path": [
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "post_payment_links": [
  {
   "path": [
    "object",
    "id"
   ],
   "typeField": "type",
   "collections": {
    "payable": "/payables",
    "receivable": "/receivables"
   }
  }
 ],
 "post_payment_records": [
  {
   "path": [
    "entity_user_id"
   ],
   "collection": "/entity_users"
  },
  {
   "path": [
    "object",
    "id"
   ],
   "typeField": "type",
   "collections": {
    "receivable": "/receivables",
    "payable": "/payables"
   }
  }
 ],
 "post_projects": [
  {
   "path": [
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "post_receivables": [
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "line_items",
    "*",
    "custom_vat_rate_id"
   ],
   "collection": "/custom_vat_rates"
  },
  {
   "path": [
    "line_items",
    "*",
    "product_id"
   ],
   "collection": "/products"
  },
  {
   "path": [
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  },
  {
   "path": [
    "overdue_reminder_id"
   ],
   "collection": "/overdue_reminders"
  },
  {
   "path": [
    "payment_reminder_id"
   ],
   "collection": "/payment_reminders"
  },
  {
   "path": [
    "payment_terms_id"
   ],
   "collection": "/payment_terms"
  },
  {
   "path": [
    "based_on"
   ],
   "collection": "/receivables"
  }
 ],
 "post_receivables_search": [
  {
   "path": [
    "counterpart_id"
   ],
   "collection": "/counterparts"
  },
  {
   "path": [
    "entity_user_id"
   ],
   "collection": "/entity_users"
  },
  {
   "path": [
    "product_ids"
   ],
   "collection": "/products",
   "many": true
  },
  {
   "path": [
    "project_id"
   ],
   "collection": "/projects"
  },
  {
   "path": [
    "tag_ids"
   ],
   "collection": "/tags",
   "many": true
  }
 ],
 "post_recurrences": [
  {
   "path": [
    "invoice_id"
   ],
   "collection": "/receivables"
  }
 ],
 "put_receivables_id_line_items": [
  {
   "path": [
    "data",
    "*",
    "custom_vat_rate_id"
   ],
   "collection": "/custom_vat_rates"
  },
  {
   "path": [
    "data",
    "*",
    "product_id"
   ],
   "collection": "/products"
  }
 ]
};
