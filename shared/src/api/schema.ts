/* eslint-disable */
// Generated from the API by `npm run gen:api`. Do not edit by hand.
export interface paths {
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Activities_list"];
        put?: never;
        post: operations["Activities_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Activities_detail"];
        put: operations["Activities_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Activities_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Activities_callbacks"];
        put?: never;
        post: operations["Activities_callback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Activities_signupList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Activities_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity-plans/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Activities_finalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Announcements_list"];
        put?: never;
        post: operations["Announcements_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Announcements_detail"];
        put: operations["Announcements_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Announcements_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Arrears_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Arrears_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Arrears_notices"];
        put?: never;
        post: operations["Arrears_recordNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Arrears_room"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears/rooms/{id}/large-customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Arrears_setLarge"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/owner/sms-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_smsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/owner/sms-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_smsLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/owner/wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_wechat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/staff/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_staffLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bill-adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Adjustments_list"];
        put?: never;
        post: operations["Adjustments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bill-adjustments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Adjustments_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bill-adjustments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Adjustments_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bill-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Fees_listRuns"];
        put?: never;
        post: operations["Fees_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bill-runs/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Fees_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Billing_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}/desk-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Billing_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/one-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Fees_oneOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["People_bindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["People_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["People_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["People_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Org_updateBuilding"];
        trace?: never;
    };
    "/api/v1/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Desk_callbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/callbacks/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Desk_callbackCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash-handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Handover_list"];
        put?: never;
        post: operations["Handover_make"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash-handovers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Handover_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash-handovers/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Handover_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash-handovers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Handover_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash-handovers/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Handover_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Communications_list"];
        put?: never;
        post: operations["Communications_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Communications_print"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaint-classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplaintClasses_list"];
        put?: never;
        post: operations["ComplaintClasses_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaint-classes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ComplaintClasses_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Complaints_list"];
        put?: never;
        post: operations["Complaints_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Complaints_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Complaints_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Complaints_addParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Complaints_escalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Complaints_guide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/handlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Complaints_handlers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Complaints_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/stats/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Complaints_exportStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/desk-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Billing_payMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/buildings/{id}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_rooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_projects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/projects/{id}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_buildings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/projects/{id}/repair-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RepairCategories_publicCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Desk_duty"];
        put?: never;
        post: operations["Desk_addDuty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enquiries_list"];
        put?: never;
        post: operations["Enquiries_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enquiries_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enquiries_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enquiries/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enquiries_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Faq_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/candidates/{id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Faq_adopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/candidates/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Faq_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Faq_list"];
        put?: never;
        post: operations["Faq_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Faq_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/entries/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Faq_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Faq_scores"];
        put?: never;
        post: operations["Faq_startQuiz"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/quizzes/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Faq_submitQuiz"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faq/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Faq_reviewStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Records_list"];
        put?: never;
        post: operations["Records_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Records_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-changes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Records_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-changes/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Records_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-changes/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Records_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-changes/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Records_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Fees_list"];
        put?: never;
        post: operations["Fees_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Fees_update"];
        trace?: never;
    };
    "/api/v1/festival-greetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Greetings_board"];
        put?: never;
        post: operations["Greetings_greet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FinanceToday_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUps_history"];
        put?: never;
        post: operations["FollowUps_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUps_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUps_items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUps_weekly"];
        put?: never;
        post: operations["FollowUps_createWeekly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Invoices_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Invoices_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-requests/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Invoices_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Invoices_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/key-customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KeyCustomers_list"];
        put?: never;
        post: operations["KeyCustomers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/key-customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KeyCustomers_detail"];
        put: operations["KeyCustomers_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/key-customers/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["KeyCustomers_reveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyActivities_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyActivities_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities/{id}/poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyActivities_vote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities/{id}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyActivities_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities/{id}/signup/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyActivities_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyAnnouncements_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyAnnouncements_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/announcements/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyAnnouncements_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/announcements/urgent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyAnnouncements_urgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Billing_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_bindings"];
        put?: never;
        post: operations["Me_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/bindings/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Me_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/bindings/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Me_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyComplaints_list"];
        put?: never;
        post: operations["MyComplaints_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyComplaints_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/complaints/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyComplaints_guide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/complaints/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyComplaints_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyEnquiries_list"];
        put?: never;
        post: operations["MyEnquiries_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyEnquiries_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyFaq_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/fee-standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Fees_standards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invoice-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Invoices_mine"];
        put?: never;
        post: operations["Invoices_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invoice-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Invoices_myDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invoice-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Invoices_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invoice-requests/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Invoices_invoiceable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/move-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyMoveIns_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/move-ins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyMoveIns_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/move-ins/{id}/booking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyMoveIns_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/move-ins/{id}/defects/{defectId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyMoveIns_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/parking/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyParking_mine"];
        put?: never;
        post: operations["MyParking_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/parking/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyParking_myDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/parking/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyParking_resubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/parking/applications/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyParking_renew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/parking/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyParking_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyPasses_mine"];
        put?: never;
        post: operations["MyPasses_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyPasses_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passes/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyPasses_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passes/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyPasses_getGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Payments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Payments_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Me_profile"];
        trace?: never;
    };
    "/api/v1/me/renovations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyReno_mine"];
        put?: never;
        post: operations["MyReno_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/renovations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyReno_detail"];
        put: operations["MyReno_resubmit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/renovations/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyReno_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/renovations/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyReno_getGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_rooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/rooms/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_room"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyRequests_list"];
        put?: never;
        post: operations["MyRequests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyRequests_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/service-requests/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyRequests_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Subscriptions_subscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MySurveys_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MySurveys_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_vehicles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/visitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyVisitors_mine"];
        put?: never;
        post: operations["MyVisitors_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/visitors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyVisitors_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/visitors/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyVisitors_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/work-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyWorkReports_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/work-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyWorkReports_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meter-readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Fees_readings"];
        put?: never;
        post: operations["Fees_enterReading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-in-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MoveInBatches_list"];
        put?: never;
        post: operations["MoveInBatches_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-in-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MoveInBatches_detail"];
        put: operations["MoveInBatches_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-in-batches/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MoveInBatches_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-in-defects/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MoveInDefects_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MoveInDesk_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MoveInDesk_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MoveInDesk_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MoveInDesk_charge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}/defects-sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MoveInDesk_sent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MoveInDesk_getLimits"];
        put: operations["MoveInDesk_saveLimits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MoveInDesk_month"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["People_owners"];
        put?: never;
        post: operations["People_createOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/owners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["People_owner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["People_updateOwner"];
        trace?: never;
    };
    "/api/v1/owners/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["People_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/owners/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["People_reveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingDesk_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingDesk_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/applications/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ParkingDesk_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingSetup_areas"];
        put?: never;
        post: operations["ParkingSetup_createArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/gate-plates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingGate_plates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/gate-plates/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingGate_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingDesk_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingSetup_plan"];
        put: operations["ParkingSetup_savePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/space-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingSetup_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParkingSetup_spaces"];
        put?: never;
        post: operations["ParkingSetup_createSpaces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parking/spaces/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ParkingSetup_setState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pass-gate/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PassGate_byCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pass-gate/{code}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PassGate_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pass-gate/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PassGate_releases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/passes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PassDesk_list"];
        put?: never;
        post: operations["PassDesk_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/passes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PassDesk_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/passes/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PassDesk_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/passes/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PassDesk_getGuide"];
        put: operations["PassDesk_saveGuide"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Billing_payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/wechat/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Payments_notify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_projects"];
        put?: never;
        post: operations["Org_createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Org_updateProject"];
        trace?: never;
    };
    "/api/v1/projects/{id}/code-table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Records_codeTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/code-table/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Records_approveCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_projectModules"];
        put: operations["Org_putProjectModules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/sla-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Sla_get"];
        put: operations["Sla_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_buildings"];
        put?: never;
        post: operations["Org_createBuilding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_clusters"];
        put?: never;
        post: operations["Org_createCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Org_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_projectsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Billing_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reconciliation-differences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reconciliation_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reconciliation-differences/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Reconciliation_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reconciliation_days"];
        put?: never;
        post: operations["Reconciliation_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/records/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Records_worklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Refunds_list"];
        put?: never;
        post: operations["Refunds_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/refunds/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Refunds_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/refunds/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Refunds_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/renovations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RenoDesk_list"];
        put?: never;
        post: operations["RenoDesk_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/renovations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RenoDesk_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/renovations/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RenoDesk_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/renovations/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RenoDesk_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/renovations/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RenoDesk_getGuide"];
        put: operations["RenoDesk_saveGuide"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/renovations/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RenoDesk_inspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Catalogue_list"];
        put?: never;
        post: operations["Catalogue_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-catalogue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Catalogue_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RepairCategories_categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/collection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_collection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/collection/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_exportCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/repair-kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_repairKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_rooms"];
        put?: never;
        post: operations["Org_createRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_room"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Org_updateRoom"];
        trace?: never;
    };
    "/api/v1/rooms/{id}/fee-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Records_feeInfo"];
        put: operations["Records_putFeeInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rooms/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Org_roomHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rooms/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Records_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceRequest_list"];
        put?: never;
        post: operations["ServiceRequest_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceRequest_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRequest_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Extensions_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRequest_handover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/link-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRequest_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRequest_print"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/reveal-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRequest_revealPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/second-callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRequest_secondCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Desk_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceRequest_duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shift-handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Desk_shiftList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shift-handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Desk_shiftHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Extensions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-extensions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Extensions_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-extensions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Extensions_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/due-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Sla_duePreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Staff_list"];
        put?: never;
        post: operations["Staff_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Staff_update"];
        trace?: never;
    };
    "/api/v1/staff/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Staff_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/desk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Staff_desk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/technicians": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tech_technicians"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Surveys_year"];
        put?: never;
        post: operations["Surveys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Surveys_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Surveys_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tech/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tech_orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tech/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tech_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Upload_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Upload_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["People_vehicles"];
        put?: never;
        post: operations["People_createVehicle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["People_archiveVehicle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VisitorGate_list"];
        put?: never;
        post: operations["VisitorGate_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visitors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VisitorGate_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visitors/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VisitorGate_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visitors/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VisitorGate_reveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visitors/code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VisitorGate_byCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visitors/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VisitorGate_hosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorkReports_list"];
        put?: never;
        post: operations["WorkReports_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorkReports_detail"];
        put: operations["WorkReports_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-reports/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WorkReports_act"];
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
        ActionDto: {
            /**
             * Format: date-time
             * @description 预约结束时间
             */
            appointmentEnd?: string;
            /**
             * Format: date-time
             * @description 预约开始时间
             */
            appointmentStart?: string;
            /** @description 技工 */
            assigneeStaffId?: number;
            /** @description 班组或外包单位 */
            assigneeTeam?: string;
            /** @description 评价或回访意见 */
            comment?: string;
            /** @description 户内维修完工且收费时必须确认（R-REP-16） */
            feeExplained?: boolean;
            /** @description 费用（分） */
            feeFen?: number;
            /** @description 户内维修完工时必须确认（R-REP-16） */
            fixTried?: boolean;
            /** @description 审核时标记，完工后一个月内二次回访（R-REP-10） */
            isImportant?: boolean;
            /**
             * Format: date-time
             * @description 技工离开时间
             */
            leftAt?: string;
            materials?: components["schemas"]["MaterialDto"][];
            /**
             * @description 回访方式
             * @enum {string}
             */
            method?: "phone" | "visit" | "miniapp" | "sms";
            /** @description 备注 */
            note?: string;
            /** @description 照片 */
            photoIds?: number[];
            /** @description 原因 */
            reason?: string;
            /**
             * Format: date-time
             * @description 要求完成时间
             */
            requiredBy?: string;
            /** @description 处理结果 */
            result?: string;
            /** @description 按报修类别的轮派名单依次派给下一位技工（R-REP-04） */
            roundRobin?: boolean;
            /**
             * @description 满意度
             * @enum {string}
             */
            satisfaction?: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied";
            /** @description 签名（PNG data URL） */
            signature?: string;
            /** @description 户内维修完工时必须确认（R-REP-16） */
            siteCleaned?: boolean;
            /** @description 放入抢单池 */
            toPool?: boolean;
            /**
             * @description 审核小程序报修时确定（R-REP-13）
             * @enum {string}
             */
            urgency?: "emergency" | "urgent" | "normal";
        };
        ActivityActionDto: {
            /** @description 申请/批准金额（分） */
            amountFen?: number;
            /** @description 说明 */
            note?: string;
            /** @description 活动照片 */
            photoIds?: number[];
            /** @description 原因 */
            reason?: string;
            /** @description 活动总结 */
            summary?: string;
        };
        ActivityCallbackDto: {
            /** @description 回访记录 */
            note?: string;
            /** @description 是否满意 */
            satisfied: boolean;
            /** @description 报名记录 */
            signupId: number;
        };
        ActivityCallbackRowDto: {
            /** Format: date-time */
            calledAt: string | null;
            name: string;
            note: string | null;
            people: number;
            /** @description 公平抽取的回访顺序（从1起） */
            rank: number;
            /** @description 在应回访名单内 */
            required: boolean;
            roomLabel: string;
            satisfied: boolean | null;
            signupId: number;
            staffName: string | null;
        };
        ActivityCallbacksDto: {
            made: number;
            quota: number;
            rows: components["schemas"]["ActivityCallbackRowDto"][];
            /** @description 满意率（%） */
            satisfactionRate: number | null;
            target: number;
        };
        ActivityDetailDto: {
            allowedActions: ("request_budget" | "approve_budget" | "reject_budget" | "publish" | "finish" | "archive" | "cancel")[];
            /** Format: date-time */
            archivedAt: string | null;
            archivedByName: string | null;
            /** Format: date-time */
            budgetApprovedAt: string | null;
            budgetApprovedByName: string | null;
            /** @description 批准预算（分） */
            budgetApprovedFen: number | null;
            budgetFen: number;
            budgetNote: string | null;
            budgetRejectReason: string | null;
            budgetRequestedFen: number | null;
            /** @description 应回访户数（报名户数的10%，向上取整） */
            callbackQuota: number;
            /** @description 已回访户数 */
            callbacksMade: number;
            callbacksSatisfied: number;
            cancelReason: string | null;
            capacity: number | null;
            createdByName: string;
            description: string | null;
            /** @description 可以修改详情 */
            editable: boolean;
            /** Format: date-time */
            endsAt: string | null;
            /** @description 计划外（定稿后增加） */
            extra: boolean;
            /** Format: date-time */
            finishedAt: string | null;
            id: number;
            maxPerSignup: number;
            photos: components["schemas"]["ActivityPhotoDto"][];
            place: string | null;
            plannedMonth: string;
            poll: components["schemas"]["PollOptionCountDto"][];
            /** Format: date-time */
            pollOpenedAt: string | null;
            pollQuestion: string | null;
            projectId: number;
            /** Format: date-time */
            publishedAt: string | null;
            publishedByName: string | null;
            purpose: string;
            safetyMeasures: string | null;
            /** @description 满意率（%） */
            satisfactionRate: number | null;
            /** @description 满意率目标（%） */
            satisfactionTarget: number;
            /** @description 已报名人数 */
            signedPeople: number;
            /** @description 报名户数 */
            signups: number;
            /** Format: date-time */
            startsAt: string | null;
            /** @enum {string} */
            status: "planned" | "budget_pending" | "budget_approved" | "published" | "finished" | "archived" | "cancelled";
            summary: string | null;
            theme: string;
            timeZone: string;
            year: number;
        };
        ActivityDetailsDto: {
            /** @description 预算（分） */
            budgetFen: number;
            /** @description 名额（人） */
            capacity?: number;
            /** @description 活动介绍 */
            description?: string;
            /**
             * Format: date-time
             * @description 结束时间
             */
            endsAt?: string;
            /** @description 每户最多人数 */
            maxPerSignup?: number;
            /** @description 开启意见征询 */
            openPoll?: boolean;
            /** @description 地点 */
            place?: string;
            /**
             * @description 计划月份
             * @example 2026-11
             */
            plannedMonth: string;
            /** @description 征询选项 */
            pollOptions?: string[];
            /** @description 征询问题 */
            pollQuestion?: string;
            /** @description 活动目的 */
            purpose: string;
            /** @description 安全措施 */
            safetyMeasures?: string;
            /**
             * Format: date-time
             * @description 开始时间
             */
            startsAt?: string;
            /** @description 活动主题 */
            theme: string;
        };
        ActivityPageDto: {
            items: components["schemas"]["ActivitySummaryDto"][];
            nextCursor: string | null;
        };
        ActivityPhotoDto: {
            id: number;
            thumbUrl: string;
            url: string;
        };
        ActivityPlanDto: {
            /** @description 计划预算合计（分） */
            budgetTotalFen: number;
            /** Format: date-time */
            finalizedAt: string | null;
            finalizedByName: string | null;
            items: components["schemas"]["ActivitySummaryDto"][];
            /** @description 可以定稿 */
            mayFinalize: boolean;
            projectId: number;
            /** @enum {string} */
            window: "early" | "due" | "open" | "late";
            windowLabel: string;
            year: number;
        };
        ActivitySignupRowDto: {
            /** Format: date-time */
            createdAt: string;
            id: number;
            name: string;
            people: number;
            roomLabel: string;
            /** @enum {string} */
            status: "active" | "cancelled";
        };
        ActivitySummaryDto: {
            /** @description 批准预算（分） */
            budgetApprovedFen: number | null;
            budgetFen: number;
            capacity: number | null;
            /** Format: date-time */
            endsAt: string | null;
            /** @description 计划外（定稿后增加） */
            extra: boolean;
            id: number;
            place: string | null;
            plannedMonth: string;
            projectId: number;
            purpose: string;
            /** @description 已报名人数 */
            signedPeople: number;
            /** Format: date-time */
            startsAt: string | null;
            /** @enum {string} */
            status: "planned" | "budget_pending" | "budget_approved" | "published" | "finished" | "archived" | "cancelled";
            theme: string;
            year: number;
        };
        AddPartyDto: {
            /** @description 联名人姓名 */
            name: string;
            /** @description 联名人 */
            personId?: number;
            /** @description 房屋 */
            roomId?: number;
        };
        AdjustmentDto: {
            /** @description 调整金额（分，正数） */
            amountFen: number;
            billId: number;
            /** @description 账单状态（已缴的账单不能再调整） */
            billStatus: string;
            /** @description 账单现在的合计应缴（分，含已通过的调整和今天的违约金） */
            billTotalFen: number;
            /** @description 审批时间 */
            decidedAt: string | null;
            /** @description 审批人 */
            decidedByName: string | null;
            /** @description 审批意见 / 驳回原因 */
            decisionNote: string | null;
            id: number;
            /** @enum {string} */
            kind: "reduce" | "increase";
            /** @description 减免 违约金 −¥12.00 */
            line: string;
            /** @description 账期 YYYY-MM */
            period: string | null;
            projectId: number;
            /** Format: date-time */
            proposedAt: string;
            /** @description 提出人（审批人不能是本人） */
            proposedById: number;
            proposedByName: string;
            reason: string;
            roomId: number;
            roomLabel: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** @enum {string} */
            target: "principal" | "late_fee";
            title: string;
        };
        AdjustmentPageDto: {
            items: components["schemas"]["AdjustmentDto"][];
            nextCursor: string | null;
        };
        AdoptCandidateDto: {
            /** @description 答案 */
            answer: string;
            /**
             * @description 分类
             * @enum {string}
             */
            category: "site" | "fees" | "phones" | "transport" | "shopping" | "dining" | "schools" | "housekeeping" | "common";
            /** @description 问题 */
            question: string;
        };
        AnnouncementActionDto: {
            /** @description 原因 */
            reason?: string;
        };
        AnnouncementBuildingDto: {
            id: number;
            name: string;
        };
        AnnouncementDetailDto: {
            /** @description 当前可执行的操作 */
            allowedActions: ("submit" | "approve" | "reject" | "withdraw" | "redraft")[];
            /** @description 审核发布人 */
            approvedByName: string | null;
            /** @enum {string} */
            audience: "project" | "buildings";
            body: string;
            buildings: components["schemas"]["AnnouncementBuildingDto"][];
            createdByName: string;
            /** @description 可以修改（草稿） */
            editable: boolean;
            id: number;
            /** @enum {string} */
            kind: "notice" | "reminder" | "outage" | "activity";
            pinned: boolean;
            projectId: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description 已读业主人数 */
            readCount: number;
            /** @description 退回修改的原因 */
            rejectReason: string | null;
            /**
             * @description 已发布且过了截止时间为 expired
             * @enum {string}
             */
            status: "draft" | "pending" | "published" | "withdrawn" | "expired";
            /** Format: date-time */
            submittedAt: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            urgent: boolean;
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validTo: string | null;
            /** Format: date-time */
            withdrawnAt: string | null;
            withdrawnByName: string | null;
            /** @description 撤回原因 */
            withdrawReason: string | null;
        };
        AnnouncementFormDto: {
            /**
             * @description 发布范围
             * @enum {string}
             */
            audience: "project" | "buildings";
            /** @description 纯文本，空行分段 */
            body: string;
            /** @description 楼栋 */
            buildingIds?: number[];
            /**
             * @description 类别
             * @enum {string}
             */
            kind: "notice" | "reminder" | "outage" | "activity";
            /** @description 置顶 */
            pinned?: boolean;
            /** @description 标题 */
            title: string;
            /** @description 紧急（首页提醒） */
            urgent?: boolean;
            /**
             * Format: date-time
             * @description 生效时间（默认审核发布时）
             */
            validFrom?: string;
            /**
             * Format: date-time
             * @description 截止时间（不填则长期有效）
             */
            validTo?: string;
        };
        AnnouncementPageDto: {
            items: components["schemas"]["AnnouncementSummaryDto"][];
            nextCursor: string | null;
        };
        AnnouncementSummaryDto: {
            /** @enum {string} */
            audience: "project" | "buildings";
            createdByName: string;
            id: number;
            /** @enum {string} */
            kind: "notice" | "reminder" | "outage" | "activity";
            pinned: boolean;
            projectId: number;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description 已发布且过了截止时间为 expired
             * @enum {string}
             */
            status: "draft" | "pending" | "published" | "withdrawn" | "expired";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            urgent: boolean;
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validTo: string | null;
        };
        ApplicationDto: {
            allowedActions: string[];
            applicantName: string;
            applicantRole: string;
            areaName: string | null;
            cardIssuedAt: string | null;
            cardNo: string | null;
            code: string;
            contractNo: string | null;
            createdAt: string;
            docs: components["schemas"]["DocStateDto"][];
            endOn: string | null;
            handling: components["schemas"]["HandlingDto"] | null;
            id: number;
            kind: string;
            offerExpiresAt: string | null;
            periods: components["schemas"]["PeriodDto"][];
            plate: string;
            projectId: number;
            /** @description 资料不全时告知业主的话 */
            refusal: string | null;
            refuseReason: string | null;
            /** @description 当期租金（分） */
            rentFen: number;
            roomId: number;
            roomLabel: string;
            spaceId: number | null;
            spaceNo: string | null;
            startOn: string | null;
            status: string;
            statusLabel: string;
            term: string;
            timeline: components["schemas"]["StepEventDto"][];
            waitingPosition: number | null;
            waitReason: string | null;
        };
        ApplicationPageDto: {
            items: components["schemas"]["ApplicationSummaryDto"][];
            nextCursor: string | null;
        };
        ApplicationSummaryDto: {
            applicantName: string;
            cardNo: string | null;
            code: string;
            contractNo: string | null;
            createdAt: string;
            endOn: string | null;
            id: number;
            kind: string;
            plate: string;
            roomLabel: string;
            spaceNo: string | null;
            status: string;
            term: string;
            /** @description 排队位次（排队等候时） */
            waitingPosition: number | null;
        };
        ApproveAdjustmentDto: {
            /** @description 审批意见 */
            note?: string;
        };
        ApproveCodesResultDto: {
            approved: number;
        };
        AreaDto: {
            code: string;
            id: number;
            name: string;
            projectId: number;
            sort: number;
        };
        ArrearsActionDto: {
            ageMonths: number;
            byName: string;
            createdAt: string;
            doneOn: string;
            id: number;
            /** @enum {string} */
            kind: "verbal" | "phone" | "sms" | "message" | "notice" | "lawyer_letter" | "sue" | "litigation" | "preservation";
            kindLabel: string;
            note: string | null;
            owedFen: number;
            promisedOn: string | null;
            roomId: number;
            signed: boolean | null;
            trackingNo: string | null;
        };
        ArrearsPageDto: {
            items: components["schemas"]["ArrearsRowDto"][];
            nextCursor: string | null;
            today: string;
            total: number;
            totalOwedFen: number;
        };
        ArrearsRowDto: {
            ageMonths: number;
            bills: number;
            buildingId: number;
            /** @enum {string} */
            due: "none" | "remind_and_notice" | "remind" | "notice" | "lawyer_letter" | "sue";
            dueLabel: string;
            flagged: boolean;
            largeCustomer: boolean;
            lastAction: components["schemas"]["ArrearsActionDto"] | null;
            lateFeeFen: number;
            oldestDueOn: string;
            owedFen: number;
            ownerName: string | null;
            ownerPhoneMasked: string | null;
            principalFen: number;
            promisedOn: string | null;
            promiseDue: boolean;
            propertyCode: string;
            roomId: number;
            roomLabel: string;
            /** @enum {string} */
            stage: "none" | "remind" | "lawyer" | "suit";
            stageLabel: string;
        };
        BillAdjustmentLineDto: {
            /** @description 调整金额（分，正数） */
            amountFen: number;
            id: number;
            /** @enum {string} */
            kind: "reduce" | "increase";
            /** @description 给业主看的一行：减免 违约金 −¥12.00 */
            line: string;
            /** @description 调整原因（业主也能看到） */
            reason: string;
            /** @enum {string} */
            target: "principal" | "late_fee";
        };
        BillDto: {
            /** @description R-PAY-04 已通过的调整 */
            adjustments: components["schemas"]["BillAdjustmentLineDto"][];
            /** @description 应缴金额（分） */
            amountFen: number;
            /** Format: date-time */
            createdAt: string;
            /** @description 缴费截止日 */
            dueOn: string | null;
            /** @description 收费项目 */
            feeItemId: number | null;
            id: number;
            kind: string;
            /** @description 逾期天数 */
            lateDays: number;
            /** @description R-FEE-05 截至今天的违约金（分）；已缴的为缴费时收取的 */
            lateFeeFen: number;
            /** @description R-FEE-05 违约金规则（给业主看的说明） */
            lateFeeRule: string;
            /** @description 缴费时间 */
            paidAt: string | null;
            /** @description 缴款人（已缴：收据上的；待缴：报修人） */
            payerName: string | null;
            /** @description 收款记录 */
            paymentId: number | null;
            /** @description R-PAY-04 等待审批的调整（调整中） */
            pendingAdjustment: components["schemas"]["PendingAdjustmentDto"] | null;
            /** @description 账期（YYYY-MM） */
            period: string | null;
            /** @description 调整后的应缴金额（分）= 应缴金额 ± 已通过的费用调整 */
            principalFen: number;
            projectId: number;
            /** @description 收据号 */
            receiptNo: string | null;
            roomId: number;
            roomLabel: string;
            /** @description 来源单号（如报修单号） */
            sourceCode: string | null;
            /** @description 来源记录（如报修单） */
            sourceId: number | null;
            sourceType: string;
            /** @enum {string} */
            status: "unpaid" | "paid" | "void";
            title: string;
            /** @description 合计应缴（分）= 应缴金额 + 违约金 */
            totalFen: number;
        };
        BillIdDto: {
            billId: number;
        };
        BillPageDto: {
            items: components["schemas"]["BillDto"][];
            nextCursor: string | null;
        };
        BillRunDto: {
            /** @description 本次运行新生成的账单数（重跑为 0） */
            addedNow: number;
            /** @description 本期账单合计（分） */
            amountFen: number;
            /** @description 本期已生成的账单数 */
            billsCreated: number;
            /** @description 完成时间 */
            finishedAt: string | null;
            id: number;
            period: string;
            projectId: number;
            runs: number;
            /** Format: date-time */
            startedAt: string;
            startedByName: string;
            /** @enum {string} */
            status: "running" | "done";
        };
        BillRunInputDto: {
            /**
             * @description 账期
             * @example 2026-11
             */
            period: string;
            /** @description 项目ID */
            projectId: number;
        };
        BillRunListDto: {
            items: components["schemas"]["BillRunDto"][];
        };
        BillRunPreviewDto: {
            amountFen: number;
            bills: number;
            /** @description 本期已有的账单数（重跑不会重复生成） */
            existingBills: number;
            lines: components["schemas"]["BillRunPreviewLineDto"][];
            /** @description 计量项目中本期未抄表的房屋数 */
            missingReadings: number;
            period: string;
            projectId: number;
        };
        BillRunPreviewLineDto: {
            /** @description 合计（分） */
            amountFen: number;
            /** @enum {string} */
            basis: "area" | "fixed" | "metered" | "one_off";
            /** @description 将生成的账单数 */
            bills: number;
            feeItemId: number;
            feeItemName: string;
        };
        BindingDto: {
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            note: string | null;
            personId: number;
            personName: string;
            phoneMasked: string | null;
            projectId: number;
            propertyCode: string;
            rejectReason: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            roomId: number;
            roomLabel: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "revoked";
        };
        BindingPageDto: {
            items: components["schemas"]["BindingDto"][];
            nextCursor: string | null;
        };
        BookMoveInDto: {
            /**
             * Format: date
             * @description 预约日期
             * @example 2026-11-23
             */
            day: string;
            /**
             * @description 预约时段
             * @enum {string}
             */
            half: "am" | "pm";
        };
        BuildingDto: {
            clusterCode: string;
            clusterId: number;
            clusterName: string;
            code: string;
            floors: number | null;
            id: number;
            name: string;
            projectId: number;
            roomCount: number;
        };
        CallbackCountsDto: {
            /** @description 全部待回访 */
            all: number;
            /** @description 已超时 */
            overdue: number;
            /** @description 6 小时内到期 */
            soon: number;
        };
        CallbackItemDto: {
            categoryName: string;
            code: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** @enum {string} */
            kind: "callback" | "second_callback";
            overdue: boolean;
            /**
             * @description 业主在小程序中的自评（如有）
             * @enum {string|null}
             */
            ownerSatisfaction: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | null;
            phoneMasked: string | null;
            requesterName: string;
            requestId: number;
            roomLabel: string | null;
        };
        CallbackPageDto: {
            items: components["schemas"]["CallbackItemDto"][];
            nextCursor: string | null;
        };
        CashConfirmHandoverDto: {
            /** @description 说明 */
            note?: string;
            /** @description 实收现金（分） */
            receivedCashFen: number;
        };
        CashCreateHandoverDto: {
            /**
             * Format: date
             * @description 营业日
             * @example 2026-11-23
             */
            businessDay: string;
            /** @description 备注 */
            note?: string;
            /** @description 移交的收款 */
            paymentIds: number[];
            /** @description 项目ID */
            projectId: number;
        };
        CashHandoverDetailDto: {
            /** Format: date */
            businessDay: string;
            byMethod: components["schemas"]["MethodTotalDto"][];
            /** @description 其中现金（分），财务清点的金额 */
            cashFen: number;
            cashierName: string;
            cashierStaffId: number;
            /** @description 交款单号 */
            code: string;
            companyName: string;
            /** @description 确认时间 */
            confirmedAt: string | null;
            /** @description 确认人 */
            confirmedByName: string | null;
            /** @description 确认说明（短款原因） */
            confirmNote: string | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @description 当前用户可确认（财务，且不是本人的交款单） */
            mayConfirm: boolean;
            /** @description 当前用户可撤回（本人的待确认交款单） */
            mayWithdraw: boolean;
            /** @description 备注 */
            note: string | null;
            paymentCount: number;
            payments: components["schemas"]["PaymentRowDto"][];
            projectId: number;
            projectName: string;
            /** @description 财务实收现金（分） */
            receivedCashFen: number | null;
            /** @description 短款（分） */
            shortFen: number | null;
            /** @enum {string} */
            status: "submitted" | "confirmed" | "short" | "withdrawn";
            /** @description 项目时区，如 Asia/Shanghai */
            timeZone: string;
            /** @description 合计（分） */
            totalFen: number;
        };
        CashHandoverDto: {
            /** Format: date */
            businessDay: string;
            byMethod: components["schemas"]["MethodTotalDto"][];
            /** @description 其中现金（分），财务清点的金额 */
            cashFen: number;
            cashierName: string;
            cashierStaffId: number;
            /** @description 交款单号 */
            code: string;
            /** @description 确认时间 */
            confirmedAt: string | null;
            /** @description 确认人 */
            confirmedByName: string | null;
            /** @description 确认说明（短款原因） */
            confirmNote: string | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @description 当前用户可确认（财务，且不是本人的交款单） */
            mayConfirm: boolean;
            /** @description 当前用户可撤回（本人的待确认交款单） */
            mayWithdraw: boolean;
            /** @description 备注 */
            note: string | null;
            paymentCount: number;
            projectId: number;
            /** @description 财务实收现金（分） */
            receivedCashFen: number | null;
            /** @description 短款（分） */
            shortFen: number | null;
            /** @enum {string} */
            status: "submitted" | "confirmed" | "short" | "withdrawn";
            /** @description 合计（分） */
            totalFen: number;
        };
        CashHandoverPageDto: {
            /** @description 本项目交过款的收款员（筛选用） */
            cashiers: components["schemas"]["IdNameDto"][];
            items: components["schemas"]["CashHandoverDto"][];
            nextCursor: string | null;
        };
        CashPendingHandoverDto: {
            /**
             * Format: date
             * @description 营业日（项目时区）
             */
            businessDay: string;
            byMethod: components["schemas"]["MethodTotalDto"][];
            /** @description 其中现金（分） */
            cashFen: number;
            count: number;
            items: components["schemas"]["PaymentRowDto"][];
            /** @description 其他营业日尚未移交的收款 */
            otherDays: components["schemas"]["DayTotalDto"][];
            /**
             * Format: date
             * @description 今天（项目时区）
             */
            today: string;
            /** @description 合计（分） */
            totalFen: number;
        };
        CatalogueItemDto: {
            active: boolean;
            code: string;
            id: number;
            name: string;
            paid: boolean;
            /** @description 公布的收费标准（分） */
            priceFen: number | null;
            priceNote: string | null;
            projectId: number;
            /** @description 轮派名单（技工ID，按顺序）；空 = 本项目全部技工 */
            rota: number[];
            /** @description 轮派名单上的技工姓名 */
            rotaNames: string[];
            /** @description 按类别轮派时下一单派给谁 */
            rotaNext: components["schemas"]["IdNameDto"] | null;
            /** @enum {string} */
            scope: "public" | "in_home";
            sort: number;
        };
        ClassItemDto: {
            active: boolean;
            /** @enum {string} */
            category: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT";
            id: number;
            /** @enum {string} */
            importance: "A" | "B" | "C";
            name: string;
            note: string | null;
            projectId: number;
            sort: number;
        };
        ClockDto: {
            /** Format: date-time */
            breachedAt: string | null;
            /**
             * Format: date-time
             * @description 撤销时间（工单取消、改派或重新处理时未完成的时限）
             */
            cancelledAt: string | null;
            cycle: number;
            /** @description 派单轮次（联系业主时限每次派单一轮，从 0 起；其他时限为 0） */
            dispatchRound: number;
            /** Format: date-time */
            dueAt: string;
            /** @description 最近一次延期申请（待批、已批或驳回） */
            extension: components["schemas"]["ClockExtensionDto"] | null;
            id: number;
            kind: string;
            /** Format: date-time */
            metAt: string | null;
            /** Format: date-time */
            pausedAt: string | null;
            /** Format: date-time */
            startedAt: string;
        };
        ClockExtensionDto: {
            id: number;
            reason: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** Format: date-time */
            until: string;
        };
        ClusterDto: {
            code: string;
            id: number;
            name: string;
            projectId: number;
        };
        CodeTableDto: {
            approvedRooms: number;
            draftRooms: number;
            /** @description 草拟的编码（最多200条） */
            drafts: components["schemas"]["RecordRowDto"][];
            lastApprovedAt: string | null;
            lastApprovedByName: string | null;
            projectId: number;
            /**
             * @description 有草拟编码时为草拟
             * @enum {string}
             */
            status: "draft" | "approved";
        };
        CollectionFiguresDto: {
            /** @description 应收（分） */
            billedFen: number;
            /** @description 实收（分） */
            collectedFen: number;
            /** @description 收缴率（%） */
            ratePct: number | null;
        };
        CollectionReportDto: {
            /** @enum {string} */
            by: "project" | "building" | "fee_item";
            from: string;
            items: components["schemas"]["CollectionRowDto"][];
            nextCursor: string | null;
            to: string;
            /** @description 整个项目的合计 */
            total: components["schemas"]["CollectionRowDto"];
        };
        CollectionRowDto: {
            /** @description 应收（分） */
            billedFen: number;
            /** @description 账单数 */
            bills: number;
            /** @description 实收（分，扣除退款） */
            collectedFen: number;
            /** @description 楼栋或收费项目（无收费项目的一次性收费为 null） */
            id: number | null;
            name: string;
            /** @description 未收（分） */
            owedFen: number;
            /** @description 百分比，一位小数，向下取整；无数据为 null */
            ratePct: number | null;
        };
        CommunicationDto: {
            /** @enum {string} */
            channel: "visit" | "phone" | "meeting" | "wechat" | "letter" | "other";
            channelLabel: string;
            contactOn: string;
            createdAt: string;
            customerKindLabel: string;
            customerName: string;
            followUp: string | null;
            id: number;
            keyCustomerId: number;
            staffName: string;
            summary: string;
            topic: string;
            withName: string;
        };
        CommunicationFormDto: {
            /**
             * @description 沟通方式
             * @enum {string}
             */
            channel: "visit" | "phone" | "meeting" | "wechat" | "letter" | "other";
            /**
             * Format: date
             * @description 沟通日期
             * @example 2026-11-23
             */
            contactOn: string;
            /** @description 跟进事项 */
            followUp?: string;
            /** @description 沟通对象 */
            keyCustomerId: number;
            /** @description 沟通人 */
            staffName?: string;
            /** @description 沟通内容 */
            summary: string;
            /** @description 沟通主题 */
            topic: string;
            /** @description 沟通对象姓名 */
            withName?: string;
        };
        CommunicationPageDto: {
            items: components["schemas"]["CommunicationDto"][];
            nextCursor: string | null;
        };
        CommunicationPrintDto: {
            coverage: components["schemas"]["CoverageLineDto"][];
            from: string;
            items: components["schemas"]["CommunicationDto"][];
            projectId: number;
            projectName: string;
            quarter: string;
            quarterLabel: string;
            to: string;
        };
        ComplaintActionDto: {
            /** @description 赔偿金额（分） */
            amountFen?: number;
            /**
             * @description 投诉类别
             * @enum {string}
             */
            category?: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT";
            /** @description 常见投诉分类 */
            classItemId?: number;
            /**
             * @description 延期的承诺
             * @enum {string}
             */
            clock?: "acknowledge" | "forward" | "answer" | "resolve" | "reply" | "callback" | "second_callback";
            /** @description 事实已核实评估 */
            factsConfirmed?: boolean;
            /** @description 处理主管 */
            handlerStaffId?: number;
            /**
             * @description 重要程度
             * @enum {string}
             */
            importance?: "A" | "B" | "C";
            /**
             * @description 投诉类型
             * @enum {string}
             */
            kind?: "help" | "inquiry" | "venting";
            /**
             * @description 方式
             * @enum {string}
             */
            method?: "phone" | "visit" | "miniapp" | "sms";
            /** @description 答复、处理结果、回复内容或无效投诉的解释 */
            note?: string;
            /** @description 原因 */
            reason?: string;
            /**
             * @description 满意度
             * @enum {string}
             */
            satisfaction?: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied";
            /**
             * @description 转交单位
             * @enum {string}
             */
            transferTo?: "company" | "developer" | "other";
            /**
             * Format: date-time
             * @description 延期至
             */
            until?: string;
            /** @description 是否有效投诉 */
            valid?: boolean;
        };
        ComplaintClockDto: {
            cancelled: boolean;
            cycle: number;
            /**
             * Format: date-time
             * @description 到期时间（已批准延期时为延期后的时间）
             */
            dueAt: string;
            /** Format: date-time */
            extendedUntil: string | null;
            extensionReason: string | null;
            /** @enum {string} */
            kind: "acknowledge" | "forward" | "answer" | "resolve" | "reply" | "callback" | "second_callback";
            /** @description 已超时（未完成且已过期，或完成时已过期） */
            late: boolean;
            /** Format: date-time */
            metAt: string | null;
            /** Format: date-time */
            startedAt: string;
        };
        ComplaintDetailDto: {
            /** @description 当前可执行的操作 */
            allowedActions: ("review" | "regrade" | "acknowledge" | "forward" | "answer" | "handle" | "reply" | "callback" | "second_callback" | "extend" | "compensate" | "transfer" | "verify_identity")[];
            /** Format: date-time */
            askedBy: string | null;
            asks: string | null;
            /** @enum {string|null} */
            category: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT" | null;
            /** @enum {string} */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            classItemId: number | null;
            clocks: components["schemas"]["ComplaintClockDto"][];
            /** @description 编码；评审前或无效投诉为空 */
            code: string | null;
            codeHistory: string[];
            /**
             * Format: date-time
             * @description 联名投诉书面上报公司的时间
             */
            companyReportedAt: string | null;
            /** @description 承诺的赔偿（分） */
            compensationFen: number | null;
            compensationNote: string | null;
            complainantName: string;
            complainantPhoneMasked: string | null;
            cycle: number;
            /** Format: date-time */
            escalatedAt: string | null;
            events: components["schemas"]["ComplaintEventDto"][];
            handlerName: string | null;
            handlerStaffId: number | null;
            id: number;
            /** Format: date-time */
            identityCheckedAt: string | null;
            immediate: ("worsens" | "asked" | "minor_clear" | "instant_effect" | "crisis")[];
            /** @enum {string|null} */
            importance: "A" | "B" | "C" | null;
            /** @description 无效投诉的解释 */
            invalidReason: string | null;
            /** @description 联名人数（含投诉人） */
            jointCount: number;
            /** @enum {string|null} */
            kind: "help" | "inquiry" | "venting" | null;
            /** @description 有承诺已超时 */
            late: boolean;
            /** @description 沟通类投诉：处理前须核实身份、查看缴费 */
            needsIdentityCheck: boolean;
            parties: components["schemas"]["ComplaintPartyDto"][];
            problem: string;
            projectId: number;
            /** Format: date-time */
            promisedAt: string;
            /** Format: date-time */
            receivedAt: string;
            result: string | null;
            roomId: number | null;
            /** @description 进行中的承诺 */
            running: components["schemas"]["ComplaintClockDto"][];
            /** @enum {string|null} */
            satisfaction: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | null;
            /** @enum {string} */
            status: "received" | "handling" | "handled" | "replied" | "closed" | "invalid";
            statusLabel: string;
            transferNote: string | null;
            /** @enum {string|null} */
            transferredTo: "company" | "developer" | "other" | null;
        };
        ComplaintEventDto: {
            action: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            audience: "owner" | "staff";
            fromStatus: string | null;
            id: number;
            /** @description 该步骤的名称 */
            label: string;
            note: string | null;
            toStatus: string | null;
        };
        ComplaintFiguresDto: {
            /** @description 回访率（%） */
            callbackRate: number | null;
            received: number;
            /** @description 满意率（%） */
            satisfactionRate: number | null;
            /** @description 投诉处理及时率（%） */
            timelyRate: number | null;
        };
        ComplaintGuideDto: {
            /** @description 处理流程 */
            flow: string[];
            /** @description R-CMP-19 的邀请语 */
            invitation: string;
            /** @description 处理时限（按本项目的投诉时限设置） */
            limits: string[];
            /** @description 在哪里、怎样投诉 */
            ways: string[];
        };
        ComplaintPageDto: {
            items: components["schemas"]["ComplaintSummaryDto"][];
            nextCursor: string | null;
        };
        ComplaintPartyDto: {
            /** Format: date-time */
            joinedAt: string;
            name: string;
            /** @description miniapp 小程序加入 / desk 服务中心登记 */
            via: string;
        };
        ComplaintStatsCategoryDto: {
            /** @description 回访率 */
            callbackRate: number | null;
            callbacksDone: number;
            callbacksDue: number;
            /** @enum {string} */
            category: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT";
            closed: number;
            closedFirstTime: number;
            /** @description 每百户有效投诉数 */
            complaintRate: number | null;
            /** @description 处理正确率 */
            correctRate: number | null;
            handled: number;
            handledInTime: number;
            label: string;
            received: number;
            /** @description 满意率 */
            satisfactionRate: number | null;
            satisfied: number;
            /** @description 及时处理率 */
            timelyRate: number | null;
            tracked: number;
            /** @description 投诉跟踪率 */
            trackingRate: number | null;
            valid: number;
            /** @description 有效投诉率 */
            validRate: number | null;
        };
        ComplaintStatsDto: {
            byCategory: components["schemas"]["ComplaintStatsCategoryDto"][];
            /** @description 户数 */
            households: number;
            month: string;
            total: components["schemas"]["ComplaintStatsRowDto"];
        };
        ComplaintStatsRowDto: {
            /** @description 回访率 */
            callbackRate: number | null;
            callbacksDone: number;
            callbacksDue: number;
            closed: number;
            closedFirstTime: number;
            /** @description 每百户有效投诉数 */
            complaintRate: number | null;
            /** @description 处理正确率 */
            correctRate: number | null;
            handled: number;
            handledInTime: number;
            received: number;
            /** @description 满意率 */
            satisfactionRate: number | null;
            satisfied: number;
            /** @description 及时处理率 */
            timelyRate: number | null;
            tracked: number;
            /** @description 投诉跟踪率 */
            trackingRate: number | null;
            valid: number;
            /** @description 有效投诉率 */
            validRate: number | null;
        };
        ComplaintSummaryDto: {
            /** @enum {string|null} */
            category: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT" | null;
            /** @enum {string} */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            /** @description 编码；评审前或无效投诉为空 */
            code: string | null;
            complainantName: string;
            handlerStaffId: number | null;
            id: number;
            immediate: ("worsens" | "asked" | "minor_clear" | "instant_effect" | "crisis")[];
            /** @enum {string|null} */
            importance: "A" | "B" | "C" | null;
            /** @enum {string|null} */
            kind: "help" | "inquiry" | "venting" | null;
            /** @description 有承诺已超时 */
            late: boolean;
            problem: string;
            projectId: number;
            /** Format: date-time */
            promisedAt: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description 进行中的承诺 */
            running: components["schemas"]["ComplaintClockDto"][];
            /** @enum {string} */
            status: "received" | "handling" | "handled" | "replied" | "closed" | "invalid";
            statusLabel: string;
        };
        CoverageLineDto: {
            /** @description 本季度沟通次数 */
            count: number;
            keyCustomerId: number;
            kindLabel: string;
            name: string;
            /** @description 应沟通次数（业委会委员每月一次，重点客户每季度一次） */
            required: number;
        };
        CreateAnnouncementDto: {
            /**
             * @description 发布范围
             * @enum {string}
             */
            audience: "project" | "buildings";
            /** @description 纯文本，空行分段 */
            body: string;
            /** @description 楼栋 */
            buildingIds?: number[];
            /**
             * @description 类别
             * @enum {string}
             */
            kind: "notice" | "reminder" | "outage" | "activity";
            /** @description 置顶 */
            pinned?: boolean;
            /** @description 项目ID */
            projectId: number;
            /** @description 标题 */
            title: string;
            /** @description 紧急（首页提醒） */
            urgent?: boolean;
            /**
             * Format: date-time
             * @description 生效时间（默认审核发布时）
             */
            validFrom?: string;
            /**
             * Format: date-time
             * @description 截止时间（不填则长期有效）
             */
            validTo?: string;
        };
        CreateAreaDto: {
            /** @description 区域编码 */
            code: string;
            /** @description 区域名称 */
            name: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 排序 */
            sort?: number;
        };
        CreateBuildingDto: {
            /** @description 组团 */
            clusterId: number;
            /** @description 楼栋编码 */
            code: string;
            /** @description 楼层数 */
            floors?: number;
            /** @description 楼栋名称 */
            name: string;
        };
        CreateCategoryDto: {
            /** @description 启用 */
            active?: boolean;
            /** @description 类别编码 */
            code: string;
            /** @description 类别名称 */
            name?: string;
            /** @description 有偿 */
            paid?: boolean;
            /** @description 收费标准（分） */
            priceFen?: number | null;
            /** @description 收费说明 */
            priceNote?: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 轮派名单 */
            rota?: number[];
            /**
             * @description 范围
             * @enum {string}
             */
            scope: "public" | "in_home";
            /** @description 排序 */
            sort?: number;
        };
        CreateClassItemDto: {
            /**
             * @description 投诉类别
             * @enum {string}
             */
            category: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT";
            /**
             * @description 重要程度
             * @enum {string}
             */
            importance: "A" | "B" | "C";
            /** @description 常见投诉 */
            name: string;
            /** @description 说明 */
            note?: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 排序 */
            sort?: number;
        };
        CreateClusterDto: {
            /** @description 组团编码 */
            code: string;
            /** @description 组团名称 */
            name: string;
        };
        CreateComplaintDto: {
            /**
             * Format: date-time
             * @description 投诉人要求的处理时限
             */
            askedBy?: string;
            /** @description 投诉人的要求 */
            asks?: string;
            /**
             * @description 投诉类别
             * @enum {string}
             */
            category?: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT";
            /**
             * @description 渠道
             * @enum {string}
             */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            /** @description 常见投诉分类 */
            classItemId?: number;
            /** @description 投诉人姓名 */
            complainantName: string;
            /** @description 投诉人 */
            complainantPersonId?: number;
            /** @description 联系电话 */
            complainantPhone?: string;
            /** @description 处理主管 */
            handlerStaffId?: number;
            /** @description 需立即处理的情形 */
            immediate?: ("worsens" | "asked" | "minor_clear" | "instant_effect" | "crisis")[];
            /**
             * @description 重要程度
             * @enum {string}
             */
            importance?: "A" | "B" | "C";
            /**
             * @description 投诉类型
             * @enum {string}
             */
            kind?: "help" | "inquiry" | "venting";
            /** @description 评审为无效投诉时的解释 */
            note?: string;
            /** @description 投诉内容 */
            problem: string;
            /** @description 项目ID */
            projectId: number;
            /**
             * Format: date-time
             * @description 告知投诉人的答复时间（默认按项目时限）
             */
            promisedAt?: string;
            /**
             * Format: date-time
             * @description 收到时间（默认现在）
             */
            receivedAt?: string;
            /** @description 受理时一并评审 */
            review?: boolean;
            /** @description 房屋 */
            roomId?: number;
            /** @description 是否有效投诉 */
            valid?: boolean;
        };
        CreateDutyDto: {
            /** @description 记录内容 */
            content: string;
            /** @description 项目ID */
            projectId: number;
        };
        CreateEnquiryDto: {
            /** @description 涉及建设单位 */
            aboutDeveloper?: boolean;
            /**
             * Format: date-time
             * @description 约定的答复时间
             */
            agreedReplyAt?: string;
            /** @description 当场答复 */
            answer?: string;
            /**
             * @description 渠道
             * @enum {string}
             */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            /** @description 内容 */
            content: string;
            /** @description 电子邮箱 */
            email?: string;
            /** @description 答客问条目 */
            faqEntryId?: number;
            /** @description 客户同意晚于3天答复 */
            laterAgreed?: boolean;
            /** @description 客户姓名 */
            name: string;
            /** @description 客户 */
            personId?: number;
            /** @description 联系电话 */
            phone?: string;
            /** @description 项目ID */
            projectId: number;
            /**
             * Format: date-time
             * @description 收到时间（默认现在）
             */
            receivedAt?: string;
            /**
             * @description 答复方式
             * @enum {string}
             */
            replyWay: "phone" | "writing" | "email" | "miniapp";
            /** @description 房屋 */
            roomId?: number;
            /**
             * @description 类别
             * @enum {string}
             */
            type: "suggestion" | "inquiry";
        };
        CreateFaqEntryDto: {
            /** @description 答案 */
            answer: string;
            /**
             * @description 分类
             * @enum {string}
             */
            category: "site" | "fees" | "phones" | "transport" | "shopping" | "dining" | "schools" | "housekeeping" | "common";
            /** @description 项目ID */
            projectId: number;
            /** @description 问题 */
            question: string;
            /** @description 排序 */
            sort?: number;
        };
        CreateFeeChangeDto: {
            /**
             * Format: date
             * @description 生效日期
             * @example 2026-11-23
             */
            effectiveOn: string;
            /**
             * @description 变更项目
             * @enum {string}
             */
            field: "area" | "use";
            /** @description 变更原因及依据 */
            reason: string;
            /** @description 房屋 */
            roomId: number;
            /** @description 建筑面积为0.01平方米的整数（89.25㎡ = 8925），用途为用途代码 */
            toValue: string;
        };
        CreateFeeItemDto: {
            /**
             * @description 计费方式
             * @enum {string}
             */
            basis: "area" | "fixed" | "metered" | "one_off";
            /** @description 收费依据 */
            basisNote?: string;
            /**
             * @description 类别
             * @enum {string}
             */
            category: "management" | "water" | "electricity" | "gas" | "parking" | "garbage" | "deposit" | "other";
            /** @description 编码 */
            code: string;
            /** @description 每月缴费截止日 */
            dueDay?: number;
            /** @description 违约金上限（本金百分比） */
            lateFeeCapPercent?: number;
            /** @description 违约金宽限天数 */
            lateFeeGraceDays?: number;
            /** @description 违约金（每日万分之） */
            lateFeePerTenThousand?: number;
            /** @description 计量单位 */
            meterUnit?: string;
            /** @description 名称 */
            name: string;
            /** @description 项目ID */
            projectId: number;
            /**
             * @description 适用房屋用途
             * @enum {string}
             */
            roomUse?: "residential" | "office" | "retail" | "hotel" | "apartment" | "parking" | "storage" | "other";
            /** @description 计量收费的阶梯价 */
            tiers?: components["schemas"]["FeeTierDto"][];
            /** @description 单价（分） */
            unitFen?: number;
        };
        CreateFollowUpDto: {
            /** @description 核查内容 */
            checks: ("progress" | "deadline" | "owner_contact" | "handler_contact" | "site" | "owner_phone" | "site" | "records" | "photos" | "fee" | "register" | "grading" | "timeliness" | "reply_callback" | "satisfaction")[];
            /**
             * @description 跟进类型
             * @enum {string}
             */
            kind: "daily" | "closure";
            /** @description 说明 */
            note?: string;
            /**
             * @description 结论
             * @enum {string}
             */
            result: "on_track" | "at_risk" | "verified" | "problem" | "proper" | "improve";
            /** @description 工单ID */
            subjectId: number;
            /**
             * @description 对象
             * @enum {string}
             */
            subjectKind: "repair" | "complaint";
        };
        CreateInvoiceRequestDto: {
            /** @description 开票的账单 */
            billIds: number[];
            /** @description 电子邮箱 */
            email: string;
            /** @description 税号 */
            taxNo?: string;
            /** @description 发票抬头 */
            title: string;
            /**
             * @description 抬头类型
             * @enum {string}
             */
            titleType: "personal" | "company";
        };
        CreateKeyCustomerDto: {
            /** @description 业委会职务 */
            committeeRole?: string;
            /**
             * @description 类别
             * @enum {string}
             */
            kind: "committee" | "key";
            /** @description 姓名 */
            name: string;
            /** @description 联系电话 */
            phone?: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 列为重点的原因 */
            reason: string;
            /** @description 房屋 */
            roomId?: number;
        };
        CreateMoveInBatchDto: {
            /** @description 建设单位（开发商） */
            developerName: string;
            /**
             * Format: date
             * @description 集中交付结束日期
             * @example 2026-11-23
             */
            endOn: string;
            /** @description 专项维修资金（分/平方米） */
            fundFenPerM2: number;
            /** @description 入伙办理指南 */
            guide: string;
            /** @description 批次名称 */
            name: string;
            /** @description 缴费通知 */
            paymentNotice: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 物业服务费（分/平方米·月） */
            propertyFeeFenPerM2: number;
            /** @description 预收物业服务费月数 */
            propertyFeeMonths: number;
            /** @description 装修须知 */
            renovationNotes: string;
            /** @description 交付的房屋及购房人（来自开发商的交付名单） */
            rooms: components["schemas"]["MoveInBuyerDto"][];
            /**
             * Format: date
             * @description 集中交付开始日期
             * @example 2026-11-23
             */
            startOn: string;
        };
        CreateMyBindingDto: {
            /**
             * @description 身份
             * @enum {string}
             */
            kind: "owner" | "member" | "tenant";
            /** @description 姓名 */
            name: string;
            /** @description 房屋 */
            roomId: number;
        };
        CreateOwnerDto: {
            /** @description 身份证号 */
            idNumber?: string;
            /** @description 重点客户 */
            isKeyCustomer?: boolean;
            /**
             * @description 身份
             * @enum {string}
             */
            kind: "owner" | "member" | "tenant";
            /** @description 姓名 */
            name: string;
            /** @description 备注 */
            note?: string;
            /** @description 手机号 */
            phone: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 房屋 */
            roomId: number;
        };
        CreatePayOrderDto: {
            /** @description 账单 */
            billIds: number[];
            /**
             * @description 支付方式
             * @enum {string}
             */
            channel: "jsapi" | "h5";
            /** @description 支付后返回的页面 */
            redirectUrl?: string;
        };
        CreateProjectDto: {
            /** @description 地址 */
            address?: string;
            /** @description 项目编码 */
            code: string;
            /**
             * @description 项目类型
             * @enum {string}
             */
            kind: "residential" | "office" | "mixed";
            /** @description 项目名称 */
            name: string;
            /** @description 服务中心电话 */
            servicePhone?: string;
            /** @description 时区 */
            timezone?: string;
        };
        CreateRefundDto: {
            /** @description 收款记录 */
            paymentId: number;
            /** @description 退款原因 */
            reason: string;
            /** @description 退款后重新出账 */
            reopen?: boolean;
        };
        CreateRequestDto: {
            /**
             * Format: date-time
             * @description 预约结束时间
             */
            appointmentEnd?: string;
            /**
             * Format: date-time
             * @description 预约开始时间
             */
            appointmentStart?: string;
            /** @description 报修类别 */
            categoryId: number;
            /**
             * @description 渠道
             * @enum {string}
             */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            /** @description 问题描述 */
            description: string;
            /** @description 重要报修 */
            isImportant?: boolean;
            /** @description 公共部位位置 */
            location?: string;
            /** @description 同一位置同一类别已有未完成工单时，客服核实是另一问题后仍新建（R-SRV-05） */
            notDuplicate?: boolean;
            /** @description 照片 */
            photoIds?: number[];
            /** @description 项目ID */
            projectId: number;
            /**
             * Format: date-time
             * @description 告知客户的答复/处理时间
             */
            promisedAt?: string;
            /**
             * Format: date-time
             * @description 收到时间（默认现在）
             */
            receivedAt?: string;
            /** @description 报修人姓名 */
            requesterName: string;
            /** @description 报修人 */
            requesterPersonId?: number;
            /** @description 联系电话 */
            requesterPhone: string;
            /** @description 房屋 */
            roomId?: number;
            /**
             * @description 紧急程度
             * @enum {string}
             */
            urgency: "emergency" | "urgent" | "normal";
        };
        CreateRoomDto: {
            /** @description 建筑面积，单位0.01平方米（89.25㎡ = 8925） */
            area: number;
            /** @description 楼栋 */
            buildingId: number;
            /**
             * Format: date
             * @description 交付日期
             * @example 2026-11-23
             */
            deliveredOn?: string;
            /** @description 楼层 */
            floor?: number;
            /** @description 户型 */
            layout?: string;
            /**
             * Format: date
             * @description R-OWN-02 资料收到（或交付）的日期：3天内须录入；不填时按交付日期
             * @example 2026-11-23
             */
            receivedOn?: string;
            /** @description 房号 */
            roomNo: string;
            /** @description 产权证号 */
            titleNo?: string;
            /** @description 单元 */
            unit?: string;
            /**
             * @description 用途
             * @enum {string}
             */
            use: "residential" | "office" | "retail" | "hotel" | "apartment" | "parking" | "storage" | "other";
        };
        CreateShiftHandoverDto: {
            /** @description 交接说明 */
            note?: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 接班员工 */
            toStaffId: number;
        };
        CreateSpacesDto: {
            /** @description 区域 */
            areaId: number;
            /** @description 起始编号 */
            from: number;
            /**
             * @description 车位类型
             * @enum {string}
             */
            kind: "rental" | "vip" | "temporary" | "disabled" | "charging";
            /** @description 编号前缀 */
            prefix?: string;
            /** @description 结束编号 */
            to: number;
        };
        CreateStaffDto: {
            /** @description 姓名 */
            name: string;
            /** @description 至少8位，含大写字母、小写字母、数字、符号中的至少三种，不能是常见密码 */
            password: string;
            /** @description 手机号 */
            phone?: string;
            /** @description 负责项目 */
            projectIds: number[];
            /** @description 角色 */
            roles: ("head_office" | "project_manager" | "cs_supervisor" | "cs_assistant" | "service_clerk" | "quality_supervisor" | "engineering_supervisor" | "security_supervisor" | "cleaning_supervisor" | "landscaping_supervisor" | "technician" | "finance")[];
            /** @description 用户名 */
            username: string;
        };
        CreateSurveyDto: {
            /** @description 项目ID */
            projectId: number;
            /** @description 如 2026Q4 */
            quarter: string;
            /** @description 标题 */
            title?: string;
        };
        CreateVehicleDto: {
            /** @description 颜色 */
            color?: string;
            /** @description 车型 */
            model?: string;
            /** @description 车主 */
            personId: number;
            /** @description 车牌号 */
            plate: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 房屋 */
            roomId?: number;
            /** @description 车位号 */
            spaceNo?: string;
        };
        CreateWeeklyReviewDto: {
            /** @description 重大（A 类）投诉必填 */
            cause?: string;
            /** @description 核查内容 */
            checks: ("register" | "grading" | "timeliness" | "reply_callback" | "satisfaction")[];
            /** @description 投诉ID */
            complaintId: number;
            /** @description 重大（A 类）投诉必填 */
            measures?: string;
            /** @description 说明 */
            note?: string;
            /** @description 重大（A 类）投诉必填 */
            prevention?: string;
            /**
             * @description 结论
             * @enum {string}
             */
            result: "on_track" | "at_risk" | "verified" | "problem" | "proper" | "improve";
            /**
             * Format: date
             * @description 这一周里的任一天（YYYY-MM-DD），默认本周
             * @example 2026-11-23
             */
            week?: string;
        };
        CreateWorkReportDto: {
            /**
             * @description 月份
             * @example 2026-11
             */
            month: string;
            /** @description 项目ID */
            projectId: number;
        };
        CreditsDto: {
            credits: {
                [key: string]: number;
            };
        };
        DayTotalDto: {
            count: number;
            /** Format: date */
            day: string;
            /** @description 金额（分） */
            totalFen: number;
        };
        DecideDto: {
            /** @description 审批意见 */
            note?: string;
        };
        DecideRefundDto: {
            /** @description 审批意见 */
            note?: string;
        };
        DefectMoveDto: {
            /** @description 说明 */
            note?: string;
            /**
             * @description 整改进度
             * @enum {string}
             */
            to: "pending" | "fixing" | "fixed" | "confirmed";
        };
        DeliverFeeChangeDto: {
            /**
             * Format: date-time
             * @description 送达时间
             */
            deliveredAt?: string;
            /**
             * @description 送达方式
             * @enum {string}
             */
            how: "in_person" | "mail" | "posted";
            /** @description 签收人、邮寄单号或张贴位置 */
            note?: string;
        };
        DeskBatchPaymentDto: {
            /** @description 收款金额（分） */
            amountFen: number;
            /** @description 账单 */
            billIds: number[];
            /**
             * @description 收款方式
             * @enum {string}
             */
            method: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan";
            /** @description 备注 */
            note?: string;
            /** @description 缴款人 */
            payerName?: string;
        };
        DeskBatchReceiptsDto: {
            receipts: components["schemas"]["ReceiptDto"][];
            /** @description 实收合计（分，含违约金） */
            totalFen: number;
        };
        DeskColleagueDto: {
            id: number;
            name: string;
            roles: ("head_office" | "project_manager" | "cs_supervisor" | "cs_assistant" | "service_clerk" | "quality_supervisor" | "engineering_supervisor" | "security_supervisor" | "cleaning_supervisor" | "landscaping_supervisor" | "technician" | "finance")[];
        };
        DeskCountsDto: {
            /** @description 待回访（含二次回访） */
            callbacksDue: number;
            /** @description 其中回访已逾期 */
            callbacksOverdue: number;
            /** @description 抢单池中待接单 */
            inPool: number;
            /** @description 处理中（已派单至完工前） */
            inProgress: number;
            /** @description 未完成且已超时 */
            overdue: number;
            /** @description 待审核的房屋绑定 */
            pendingBindings: number;
            /** @description 待审批的延期申请 */
            pendingExtensions: number;
            /** @description 待派单 */
            toDispatch: number;
        };
        DeskPassDetailDto: {
            /** @description 当前用户可执行的操作 */
            allowedActions: ("confirm" | "decline" | "cancel" | "issue" | "reject" | "release")[];
            applicantName: string;
            /** @description owner / member / tenant */
            applicantRole: string;
            applicantRoleLabel: string;
            /** @description R-PAS-02 该房屋当前逾期欠费 */
            arrears: components["schemas"]["PassArrearsDto"];
            /** @description 签发时的逾期欠费（分） */
            arrearsFen: number;
            arrearsReason: string | null;
            carrierName: string | null;
            /** @description 搬运人电话（工作人员可见） */
            carrierPhone: string | null;
            /** @description 放行条编号（签发后） */
            code: string | null;
            confirmedAt: string | null;
            confirmedByName: string | null;
            confirmNote: string | null;
            createdAt: string;
            fromTime: string | null;
            id: number;
            issuedAt: string | null;
            issuedByName: string | null;
            items: components["schemas"]["PassItemDto"][];
            moveOn: string;
            personId: number | null;
            plate: string | null;
            projectId: number;
            /** @enum {string} */
            reason: "move_out" | "repair" | "other";
            reasonLabel: string;
            reasonNote: string | null;
            refuseReason: string | null;
            releasedAt: string | null;
            releasedByName: string | null;
            releaseNote: string | null;
            roomId: number;
            roomLabel: string;
            /** @description 显示的状态（已签发而过了有效日为 expired） */
            shownStatus: string;
            /** @enum {string} */
            status: "awaiting_owner" | "submitted" | "issued" | "released" | "declined" | "rejected" | "cancelled";
            statusLabel: string;
            timeline: components["schemas"]["StepEventDto"][];
            toTime: string | null;
        };
        DeskPassDto: {
            /** @description 业主姓名 */
            applicantName: string;
            /** @description 搬运人 */
            carrierName?: string;
            /** @description 搬运人电话 */
            carrierPhone?: string;
            /** @description 开始时间 */
            fromTime?: string;
            /** @description 身份核验说明 */
            identityNote: string;
            /** @description 物品清单 */
            items: components["schemas"]["PassItemDto"][];
            /**
             * Format: date
             * @description 搬出日期
             * @example 2026-11-23
             */
            moveOn: string;
            /** @description 车牌号 */
            plate?: string;
            /**
             * @description 搬出原因
             * @enum {string}
             */
            reason: "move_out" | "repair" | "other";
            /** @description 原因说明 */
            reasonNote?: string;
            /** @description 房屋 */
            roomId: number;
            /** @description 结束时间 */
            toTime?: string;
        };
        DeskPaymentDto: {
            /** @description 收款金额（分） */
            amountFen: number;
            /**
             * @description 收款方式
             * @enum {string}
             */
            method: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan";
            /** @description 备注 */
            note?: string;
            /** @description 缴款人 */
            payerName?: string;
        };
        DeskRenoDetailDto: {
            /** @description 第几次申请验收 */
            acceptanceCount: number;
            /** @description R-REN-07 验收应完成时间 */
            acceptanceDueAt: string | null;
            acceptanceFailedAt: string | null;
            acceptanceFailedByName: string | null;
            /** @description 验收已超时 */
            acceptanceOverdue: boolean;
            /** @description 整改期限 */
            acceptanceRectifyBy: string | null;
            acceptanceRequestedAt: string | null;
            /** @description 验收不通过的整改要求 */
            acceptanceRequirements: string | null;
            acceptedAt: string | null;
            acceptedByName: string | null;
            /** @description 当前用户可执行的操作 */
            allowedActions: ("confirm" | "decline" | "cancel" | "resubmit" | "return" | "review" | "approve" | "refuse" | "permit" | "request_acceptance" | "fail_acceptance" | "accept" | "refund_deposits")[];
            /** @description 费用已全部缴清 */
            allPaid: boolean;
            applicantName: string;
            /** @description owner / member / tenant */
            applicantRole: string;
            applicantRoleLabel: string;
            approvedAt: string | null;
            approvedByName: string | null;
            changesGas: boolean;
            changesNote: string | null;
            changesPower: boolean;
            changesWater: boolean;
            charges: components["schemas"]["RenoChargeDto"][];
            /** @description 已收回的许可证及出入证编号 */
            collectedPasses: string[];
            confirmedAt: string | null;
            confirmedByName: string | null;
            contractorCompany: string;
            contractorLeader: string;
            /** @description 负责人电话（工作人员与申请人可见） */
            contractorPhone: string | null;
            createdAt: string;
            endOn: string;
            hours: string;
            id: number;
            /** @description 今日已巡查 */
            inspectedToday: boolean;
            /** @description 首个巡查日 */
            inspectFrom: string | null;
            inspections: components["schemas"]["RenoInspectionOutDto"][];
            items: string[];
            /** @description 漏检的日期（最近在前） */
            missedDays: string[];
            notices: components["schemas"]["RenoNoticeDto"][];
            /** @description 装修施工许可证编号 */
            permitCode: string | null;
            permittedAt: string | null;
            permittedByName: string | null;
            personId: number | null;
            photos: components["schemas"]["RenoPhotoDto"][];
            projectId: number;
            /** @description R-REN-08 应退还完成时间 */
            refundDueAt: string | null;
            /** @description 保证金全部退还的时间 */
            refundedAt: string | null;
            /** @description 未按时退还 */
            refundLate: boolean;
            /** @description R-REN-08 应发起退还时间 */
            refundStartDueAt: string | null;
            refundStartedAt: string | null;
            refundStartedByName: string | null;
            /** @description 未按时发起退还 */
            refundStartLate: boolean;
            /** @description 不予通过的依据（文字） */
            refuseGroundLabels: string[];
            /** @description 不予通过的依据（代码） */
            refuseGrounds: string[];
            refuseReason: string | null;
            /** @description 退回补正的原因 */
            returnReason: string | null;
            /** @description R-REN-04 审批应完成时间 */
            reviewDueAt: string | null;
            reviewedAt: string | null;
            reviewedByName: string | null;
            /** @description 审批已超时 */
            reviewOverdue: boolean;
            roomId: number;
            roomLabel: string;
            rubbleByCentre: boolean;
            startOn: string;
            /** @enum {string} */
            status: "awaiting_owner" | "submitted" | "returned" | "reviewed" | "approved" | "permitted" | "acceptance_requested" | "rectifying" | "accepted" | "refused" | "declined" | "cancelled";
            statusLabel: string;
            /** @description 提交（或补正后重新提交）时间 */
            submittedAt: string | null;
            supervisionPhone: string;
            timeline: components["schemas"]["StepEventDto"][];
            workers: components["schemas"]["RenoWorkerOutDto"][];
        };
        DeskRenoDto: {
            /** @description 业主姓名 */
            applicantName: string;
            /** @description 改动燃气 */
            changesGas: boolean;
            /** @description 改动说明 */
            changesNote?: string;
            /** @description 改动电路 */
            changesPower: boolean;
            /** @description 改动给排水 */
            changesWater: boolean;
            /** @description 施工单位 */
            contractorCompany: string;
            /** @description 施工负责人 */
            contractorLeader: string;
            /** @description 负责人电话 */
            contractorPhone: string;
            /**
             * Format: date
             * @description 完工日期
             * @example 2026-11-23
             */
            endOn: string;
            /** @description 身份核验说明 */
            identityNote: string;
            /** @description 装修项目 */
            items: string[];
            /** @description 房屋 */
            roomId: number;
            /** @description 由服务中心清运垃圾 */
            rubbleByCentre?: boolean;
            /**
             * Format: date
             * @description 开工日期
             * @example 2026-11-23
             */
            startOn: string;
            /** @description 照片和图纸 */
            uploadIds?: number[];
            /** @description 施工人员 */
            workers: components["schemas"]["RenoWorkerDto"][];
        };
        DirectoryBuildingDto: {
            clusterName: string;
            code: string;
            id: number;
            name: string;
        };
        DirectoryProjectDto: {
            address: string | null;
            code: string;
            id: number;
            name: string;
        };
        DirectoryRoomDto: {
            floor: number | null;
            id: number;
            roomNo: string;
            unit: string | null;
        };
        DocPhotosDto: {
            /**
             * @description 资料
             * @enum {string}
             */
            doc: "driving_licence" | "vehicle_licence" | "insurance" | "purchase" | "id_card" | "lease" | "tenant_info";
            /** @description 照片 */
            uploadIds: number[];
        };
        DocStateDto: {
            doc: string;
            label: string;
            reason: string | null;
            required: boolean;
            thumbUrls: string[];
            uploadIds: number[];
            verdict: string | null;
        };
        DocVerdictDto: {
            /**
             * @description 资料
             * @enum {string}
             */
            doc: "driving_licence" | "vehicle_licence" | "insurance" | "purchase" | "id_card" | "lease" | "tenant_info";
            /** @description 原因 */
            reason?: string;
            /**
             * @description 核对结果
             * @enum {string}
             */
            verdict: "checked" | "missing" | "wrong";
        };
        DuePreviewDto: {
            /**
             * Format: date-time
             * @description 按本项目时限与节假日算出的到期时间
             */
            dueAt: string;
            /** @description 本项目该承诺的时限设置 */
            duration: components["schemas"]["SlaDurationDto"];
            /** Format: date-time */
            from: string;
            /** @enum {string} */
            kind: "entry" | "dispatch" | "contact" | "resolve" | "completion_entry" | "callback" | "second_callback";
            /** @description 项目时区 */
            timeZone: string;
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "normal";
        };
        DutyEntryDto: {
            /** Format: date-time */
            at: string;
            content: string;
            id: number;
            /** @enum {string} */
            kind: "request" | "note" | "handover";
            requestCode: string | null;
            requestId: number | null;
            staffName: string;
        };
        EnquiryActionDto: {
            /** @description 是否采纳 */
            adopted?: boolean;
            /** @description 答客问条目 */
            faqEntryId?: number;
            /** @description 处理人 */
            handlerStaffId?: number;
            /** @description 书面询问的函件编号或内容 */
            letter?: string;
            /** @description 答复内容、转交说明、业委会意见或致谢内容 */
            note?: string;
            /**
             * @description 咨询结果
             * @enum {string}
             */
            outcome?: "answered" | "cannot_answer";
            /** @description 不采纳的原因 */
            reason?: string;
            /** @description 建议咨询的其他渠道 */
            referTo?: string;
            /**
             * @description 答复方式
             * @enum {string}
             */
            via?: "phone" | "writing" | "email" | "miniapp";
        };
        EnquiryDetailDto: {
            aboutDeveloper: boolean;
            adopted: boolean | null;
            /** Format: date-time */
            agreedReplyAt: string;
            /** @description 当前可执行的操作 */
            allowedActions: ("forward" | "consult" | "ask_developer" | "reply" | "thank")[];
            /** @enum {string} */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            /** Format: date-time */
            consultedAt: string | null;
            content: string;
            /** Format: date-time */
            developerAskedAt: string | null;
            developerLetter: string | null;
            email: string | null;
            events: components["schemas"]["EnquiryEventDto"][];
            faqEntryId: number | null;
            /** Format: date-time */
            forwardDueAt: string | null;
            /** Format: date-time */
            forwardedAt: string | null;
            /** @description 未按时转交（2 小时内） */
            forwardLate: boolean;
            handlerName: string | null;
            handlerStaffId: number | null;
            id: number;
            laterAgreed: boolean;
            name: string;
            notAdoptedReason: string | null;
            /** @enum {string|null} */
            outcome: "answered" | "cannot_answer" | null;
            phoneMasked: string | null;
            projectId: number;
            /** Format: date-time */
            receivedAt: string;
            referTo: string | null;
            /** Format: date-time */
            repliedAt: string | null;
            /** @enum {string|null} */
            repliedVia: "phone" | "writing" | "email" | "miniapp" | null;
            /** @description 未在约定时间前答复 */
            replyLate: boolean;
            replyText: string | null;
            /** @enum {string} */
            replyWay: "phone" | "writing" | "email" | "miniapp";
            roomId: number | null;
            /** @enum {string} */
            status: "received" | "forwarded" | "replied";
            statusLabel: string;
            /** Format: date-time */
            thankedAt: string | null;
            /** @enum {string} */
            type: "suggestion" | "inquiry";
        };
        EnquiryEventDto: {
            action: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            audience: "owner" | "staff";
            label: string;
            note: string | null;
        };
        EnquiryPageDto: {
            items: components["schemas"]["EnquirySummaryDto"][];
            nextCursor: string | null;
        };
        EnquiryRateDto: {
            /** @description 建议：采纳件数 */
            adopted: number;
            /** @description 建议：2 小时内转交的件数 */
            forwardedInTime: number;
            /** @description 按约定时间答复的件数 */
            inTime: number;
            received: number;
            replied: number;
            /** @description 答复率（%），无件数时为空 */
            replyRate: number | null;
            /** @description 及时答复率（%） */
            timelyRate: number | null;
            /** @enum {string} */
            type: "suggestion" | "inquiry";
        };
        EnquirySummaryDto: {
            aboutDeveloper: boolean;
            adopted: boolean | null;
            /** Format: date-time */
            agreedReplyAt: string;
            /** @enum {string} */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            content: string;
            /** Format: date-time */
            forwardDueAt: string | null;
            /** @description 未按时转交（2 小时内） */
            forwardLate: boolean;
            id: number;
            name: string;
            projectId: number;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            repliedAt: string | null;
            /** @description 未在约定时间前答复 */
            replyLate: boolean;
            /** @enum {string} */
            replyWay: "phone" | "writing" | "email" | "miniapp";
            /** @enum {string} */
            status: "received" | "forwarded" | "replied";
            statusLabel: string;
            /** @enum {string} */
            type: "suggestion" | "inquiry";
        };
        ExtensionDto: {
            /** @description 所延期的承诺（时限） */
            clockId: number;
            cycle: number;
            decisionNote: string | null;
            /** Format: date-time */
            dueAt: string;
            id: number;
            kind: string;
            reason: string;
            requestCode: string;
            /** Format: date-time */
            requestedAt: string;
            requestId: number;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** Format: date-time */
            until: string;
        };
        FaqCandidateDto: {
            answer: string | null;
            /** Format: date-time */
            createdAt: string;
            enquiryId: number;
            id: number;
            projectId: number;
            question: string;
            /** @description 未能解答的咨询 */
            unanswered: boolean;
        };
        FaqEntryDto: {
            active: boolean;
            answer: string;
            /** @enum {string} */
            category: "site" | "fees" | "phones" | "transport" | "shopping" | "dining" | "schools" | "housekeeping" | "common";
            categoryLabel: string;
            id: number;
            projectId: number;
            question: string;
            /** @description 已超过半年未审核 */
            reviewDue: boolean;
            /**
             * Format: date-time
             * @description 最近审核时间
             */
            reviewedAt: string;
            sort: number;
        };
        FaqQuizDto: {
            /** @description 交卷后：每题的正确选项 */
            correct: number[] | null;
            id: number;
            month: string;
            projectId: number;
            questions: components["schemas"]["QuizQuestionDto"][];
            /** @description 得分（百分制），交卷后才有 */
            score: number | null;
        };
        FaqReviewStatusDto: {
            /** @description 审核清单 */
            checklist: string[];
            /** @description 待审核（超过半年未审核）的条目数 */
            due: number;
            entries: components["schemas"]["FaqEntryDto"][];
            total: number;
        };
        FeeChangeDto: {
            decidedAt: string | null;
            decidedByName: string | null;
            deliveredAt: string | null;
            deliveredByName: string | null;
            /** @enum {string|null} */
            deliveredHow: "in_person" | "mail" | "posted" | null;
            deliveryNote: string | null;
            effectiveAt: string | null;
            effectiveOn: string;
            /** @enum {string} */
            field: "area" | "use";
            /** @description 变更前（给人看的） */
            fromText: string;
            fromValue: string;
            id: number;
            /** @description 业主（变更通知书的收件人） */
            ownerNames: string[];
            projectId: number;
            propertyCode: string;
            reason: string;
            rejectReason: string | null;
            requestedAt: string;
            requestedByName: string;
            roomId: number;
            roomLabel: string;
            /** @enum {string} */
            status: "pending" | "approved" | "delivered" | "effective" | "rejected";
            /** @description 变更后（给人看的） */
            toText: string;
            toValue: string;
        };
        FeeChangeNoticeDto: {
            companyName: string | null;
            decidedAt: string | null;
            decidedByName: string | null;
            deliveredAt: string | null;
            deliveredByName: string | null;
            /** @enum {string|null} */
            deliveredHow: "in_person" | "mail" | "posted" | null;
            deliveryNote: string | null;
            effectiveAt: string | null;
            effectiveOn: string;
            /** @enum {string} */
            field: "area" | "use";
            /** @description 变更前（给人看的） */
            fromText: string;
            fromValue: string;
            id: number;
            /** @description 业主（变更通知书的收件人） */
            ownerNames: string[];
            projectId: number;
            projectName: string;
            propertyCode: string;
            reason: string;
            rejectReason: string | null;
            requestedAt: string;
            requestedByName: string;
            roomId: number;
            roomLabel: string;
            servicePhone: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "delivered" | "effective" | "rejected";
            timezone: string;
            /** @description 变更后（给人看的） */
            toText: string;
            toValue: string;
        };
        FeeInfoDto: {
            /** @description 交费银行账号（脱敏） */
            accountMasked: string | null;
            /** @description 计费起始日期 */
            feeStartOn: string | null;
            roomId: number;
        };
        FeeItemDto: {
            active: boolean;
            /** @enum {string} */
            basis: "area" | "fixed" | "metered" | "one_off";
            /** @description 收费依据 */
            basisNote: string | null;
            /** @enum {string} */
            category: "management" | "water" | "electricity" | "gas" | "parking" | "garbage" | "deposit" | "other";
            code: string;
            dueDay: number;
            id: number;
            lateFeeCapPercent: number;
            lateFeeGraceDays: number;
            lateFeePerTenThousand: number;
            /** @description R-FEE-05 违约金规则（给业主看的说明） */
            lateFeeRule: string;
            /** @description 计量单位 */
            meterUnit: string | null;
            name: string;
            projectId: number;
            /** @description 适用房屋用途 */
            roomUse: string | null;
            tiers: components["schemas"]["FeeTierOutDto"][];
            /** @description 单价（分）：按面积为每平方米每月，固定为每户每月，一次性为默认金额 */
            unitFen: number;
        };
        FeeItemListDto: {
            items: components["schemas"]["FeeItemDto"][];
        };
        FeeStandardsDto: {
            projects: components["schemas"]["FeeStandardsProjectDto"][];
        };
        FeeStandardsProjectDto: {
            items: components["schemas"]["FeeItemDto"][];
            projectId: number;
            projectName: string;
        };
        FeeTierDto: {
            /** @description 阶梯单价（分） */
            unitFen: number;
            /** @description 本档上限（用量，百分之一单位；最后一档为空） */
            upTo?: number | null;
        };
        FeeTierOutDto: {
            unitFen: number;
            /** @description 本档上限（百分之一单位） */
            upTo: number | null;
        };
        FestivalDto: {
            date: string;
            /** @description 节日（如 spring-2027） */
            key: string;
            label: string;
        };
        FinalizePlanDto: {
            /** @description 项目ID */
            projectId: number;
            /** @description 年度 */
            year: number;
        };
        FinanceCountFenDto: {
            count: number;
            /** @description 金额（分） */
            fen: number;
        };
        FinanceHandoversDto: {
            /** @description 其中现金（分） */
            cashFen: number;
            /** @description 待确认的交款单 */
            count: number;
            /** @description 合计（分） */
            totalFen: number;
        };
        FinanceMethodTotalDto: {
            /** @description 笔数（每张收据一笔） */
            count: number;
            /** @description 金额（分） */
            fen: number;
            /** @enum {string} */
            method: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan" | "wechat_pay";
        };
        FinanceReconDto: {
            /** @description 对账日期（昨天，中国时间） */
            billDate: string;
            /** @description 所有日期未处理的差异（本项目及无项目的） */
            openDifferences: number;
            /** @description 该日未处理的差异（本项目及无项目的） */
            openDifferencesOfDay: number;
            /** @description 本系统笔数 */
            ourCount: number | null;
            /** @description 本系统金额（分） */
            ourFen: number | null;
            /** @description 微信账单笔数 */
            providerCount: number | null;
            /** @description 微信账单金额（分） */
            providerFen: number | null;
            /** @description 是否已对账 */
            reconciled: boolean;
            /** @description 最近一次对账时间 */
            runAt: string | null;
            /** @description 对账人 */
            runByName: string | null;
        };
        FinanceTodayDto: {
            /** @description 今天收款笔数 */
            count: number;
            /** @description 今天（项目所在时区） */
            date: string;
            handovers: components["schemas"]["FinanceHandoversDto"];
            /** @description 已过支付时限仍未关闭的微信订单 */
            openPastExpiry: components["schemas"]["FinanceCountFenDto"];
            /** @description 近 30 天微信已付款但未入账的订单（账单已在前台缴过，待退款） */
            paidNotCredited: components["schemas"]["FinanceCountFenDto"];
            reconciliation: components["schemas"]["FinanceReconDto"];
            /** @description 待审批的退款 */
            refunds: components["schemas"]["FinanceCountFenDto"];
            /** @description 今天各收款方式（每种方式一行，没有收款为 0） */
            takings: components["schemas"]["FinanceMethodTotalDto"][];
            /** @description 今天收款合计（分） */
            totalFen: number;
        };
        FinishChecklistDto: {
            /** @description 已向业主出示并解释费用（无费用时为 false） */
            feeExplained: boolean;
            /** @description 业主已试用确认修好 */
            fixTried: boolean;
            /** @description 现场已清理 */
            siteCleaned: boolean;
        };
        FollowUpCountsDto: {
            /** @description 还没验证的已结案投诉（近 30 天） */
            complaintClosure: number;
            /** @description 今天还没跟进的未完结投诉 */
            complaintDaily: number;
            /** @description 还没验证的已关闭报修（近 30 天） */
            repairClosure: number;
            /** @description 今天还没跟进的未完成报修 */
            repairDaily: number;
        };
        FollowUpItemDto: {
            /** Format: date-time */
            closedAt: string | null;
            /** @description 工单号或投诉编码 */
            code: string | null;
            /** @description 每日跟进：今天已跟进；验证关闭：本次关闭已验证 */
            done: boolean;
            /**
             * Format: date-time
             * @description 报修：要求完成时间；投诉：最近一项未兑现承诺的到期时间（没有时为告知的答复时间）
             */
            dueAt: string | null;
            id: number;
            /** @description 投诉的重要程度 A/B/C（报修为空） */
            importance: string | null;
            /** @description 重要报修或重大（A 类）投诉 */
            important: boolean;
            /** @description 最近一次（本类型的）跟进 */
            last: components["schemas"]["FollowUpRecordDto"] | null;
            overdue: boolean;
            /** @description 报修人或投诉人 */
            person: string;
            projectId: number;
            /** @description 投诉：有今天到期或已过期、尚未兑现的承诺 */
            promiseDue: boolean;
            /** Format: date-time */
            receivedAt: string;
            status: string;
            /** @enum {string} */
            subjectKind: "repair" | "complaint";
            /** @description 报修描述或投诉内容（截短） */
            summary: string;
            /** @description 报修类别，或投诉的类别 */
            title: string;
        };
        FollowUpPageDto: {
            items: components["schemas"]["FollowUpItemDto"][];
            nextCursor: string | null;
        };
        FollowUpRecordDto: {
            /** Format: date-time */
            at: string;
            /** @description progress 核对处理进度；deadline 核对承诺时限；owner_contact 联系业主；handler_contact 联系责任人；site 现场查看；owner_phone 电话核实业主；records 核对单据记录；photos 核对完工照片；fee 核对收费；register 登记完整；grading 分级分类准确；timeliness 处理及时；reply_callback 答复回访到位；satisfaction 投诉人满意 */
            checks: ("progress" | "deadline" | "owner_contact" | "handler_contact" | "site" | "owner_phone" | "site" | "records" | "photos" | "fee" | "register" | "grading" | "timeliness" | "reply_callback" | "satisfaction")[];
            /** @description 重大（A 类）投诉每周回顾的深入内容 */
            depth: components["schemas"]["WeeklyDepthDto"] | null;
            id: number;
            /** @enum {string} */
            kind: "daily" | "closure" | "weekly";
            note: string | null;
            /** @enum {string} */
            result: "on_track" | "at_risk" | "verified" | "problem" | "proper" | "improve";
            staffName: string;
            subjectId: number;
            /** @enum {string} */
            subjectKind: "repair" | "complaint";
        };
        GatePassDto: {
            /** @description 当前用户可执行的操作 */
            allowedActions: ("confirm" | "decline" | "cancel" | "issue" | "reject" | "release")[];
            applicantName: string;
            /** @description owner / member / tenant */
            applicantRole: string;
            applicantRoleLabel: string;
            /** @description 签发时的逾期欠费（分） */
            arrearsFen: number;
            arrearsReason: string | null;
            carrierName: string | null;
            /** @description 搬运人电话（工作人员可见） */
            carrierPhone: string | null;
            /** @description 放行条编号（签发后） */
            code: string | null;
            confirmedAt: string | null;
            confirmedByName: string | null;
            confirmNote: string | null;
            createdAt: string;
            fromTime: string | null;
            id: number;
            issuedAt: string | null;
            issuedByName: string | null;
            items: components["schemas"]["PassItemDto"][];
            moveOn: string;
            plate: string | null;
            projectId: number;
            /** @enum {string} */
            reason: "move_out" | "repair" | "other";
            reasonLabel: string;
            reasonNote: string | null;
            /** @description R-PAS-03 不能放行的原因 */
            refusal: string | null;
            refuseReason: string | null;
            releasedAt: string | null;
            releasedByName: string | null;
            releaseNote: string | null;
            roomId: number;
            roomLabel: string;
            /** @description 显示的状态（已签发而过了有效日为 expired） */
            shownStatus: string;
            /** @enum {string} */
            status: "awaiting_owner" | "submitted" | "issued" | "released" | "declined" | "rejected" | "cancelled";
            statusLabel: string;
            timeline: components["schemas"]["StepEventDto"][];
            toTime: string | null;
        };
        GatePlateDto: {
            areaName: string;
            cardNo: string | null;
            /** @description 宽限期最后一天 */
            graceUntil: string | null;
            plate: string;
            spaceNo: string;
            updatedAt: string;
            /** @description 现在是否可以通行 */
            valid: boolean;
            /** @description 生效日期 */
            validFrom: string | null;
            /** @description 到期日期（含宽限期仍可通行至 graceUntil） */
            validTo: string | null;
        };
        GatePlatesDto: {
            /** @description 本次导出的时间；下次以它为 since 取变化 */
            generatedAt: string;
            items: components["schemas"]["GatePlateDto"][];
            since: string | null;
        };
        GateVisitorDto: {
            /** @description 当前用户可执行的操作 */
            allowedActions: ("approve" | "refuse" | "cancel" | "phone_approve" | "phone_refuse" | "enter" | "leave")[];
            /** @description 电话确认的接听人 */
            answeredBy: string | null;
            /** @description 访客码（仅预约人可见；工作人员可见） */
            code: string | null;
            confirmedAt: string | null;
            confirmedByName: string | null;
            /** @description app / phone / invite */
            confirmedVia: string | null;
            createdAt: string;
            enteredAt: string | null;
            enteredByName: string | null;
            hostName: string;
            id: number;
            /** @description 证件号码（遮掩） */
            idNumberMasked: string | null;
            leftAt: string | null;
            leftByName: string | null;
            name: string;
            peopleCount: number;
            /** @description 访客手机号（预约人可见全号，其他人遮掩） */
            phone: string | null;
            plate: string | null;
            projectId: number;
            /** @enum {string} */
            reason: "family" | "delivery" | "repair" | "business" | "other";
            reasonLabel: string;
            reasonNote: string | null;
            /** @description R-PAS-05 不能进入的原因 */
            refusal: string | null;
            refuseReason: string | null;
            registeredByName: string | null;
            roomId: number;
            roomLabel: string;
            /** @description 显示的状态（过了来访日未使用为 expired） */
            shownStatus: string;
            /** @description gate / invite */
            source: string;
            sourceLabel: string;
            /** @enum {string} */
            status: "awaiting_host" | "invited" | "confirmed" | "refused" | "in" | "left" | "cancelled";
            statusLabel: string;
            /** @description 来访日期（项目时区） */
            visitOn: string;
        };
        GreetDto: {
            /**
             * @description 问候方式
             * @enum {string}
             */
            channel: "visit" | "phone" | "meeting" | "wechat" | "letter" | "other";
            /** @description 节日 */
            festival: string;
            /**
             * Format: date
             * @description 问候日期
             * @example 2026-11-23
             */
            greetedOn: string;
            /** @description 问候对象 */
            keyCustomerId: number;
            /** @description 备注 */
            note?: string;
        };
        GreetingBoardDto: {
            festival: components["schemas"]["FestivalDto"];
            /** @description 可登记问候的节日（即将到来的与近60天内的） */
            festivals: components["schemas"]["FestivalDto"][];
            greeted: components["schemas"]["GreetingDto"][];
            /** @description 尚未问候的人 */
            notGreeted: components["schemas"]["KeyCustomerDto"][];
        };
        GreetingDto: {
            byName: string;
            channel: string;
            channelLabel: string;
            customerName: string;
            festival: string;
            festivalLabel: string;
            greetedOn: string;
            id: number;
            keyCustomerId: number;
            kindLabel: string;
            note: string | null;
        };
        GuideDto: {
            /** @description 是否为默认文本（项目未编写） */
            isDefault: boolean;
            projectId: number;
            /** @description 所需资料和流程 */
            text: string;
        };
        HandlerDto: {
            id: number;
            name: string;
            roles: string[];
        };
        HandlingDto: {
            late: boolean;
            limitMinutes: number;
            minutes: number;
        };
        HandoverDto: {
            /** @description 交接说明 */
            note?: string;
            /** @description 接手员工 */
            toStaffId: number;
        };
        HealthDto: {
            /** @enum {string} */
            dbKind: "sqlite" | "mysql";
            status: string;
            /** Format: date-time */
            time: string;
        };
        HouseholdEventDto: {
            /** Format: date-time */
            at: string;
            detail: string | null;
            /** @description 条目键（类别:编号） */
            key: string;
            /** @enum {string} */
            kind: "request" | "complaint" | "enquiry" | "payment" | "binding" | "arrears";
            ref: components["schemas"]["HouseholdEventRefDto"] | null;
            /** @description 当前状态 */
            status: string;
            title: string;
        };
        HouseholdEventRefDto: {
            id: number;
            /** @enum {string} */
            type: "request" | "complaint" | "enquiry" | "payment" | "binding" | "arrears";
        };
        HouseholdHistoryPageDto: {
            items: components["schemas"]["HouseholdEventDto"][];
            nextCursor: string | null;
        };
        IdNameDto: {
            id: number;
            name: string;
        };
        ImportDto: {
            /** @description 文件内容（base64） */
            contentBase64: string;
            /** @description 文件名 */
            fileName: string;
        };
        ImportResultDto: {
            buildingsCreated: number;
            clustersCreated: number;
            roomsCreated: number;
        };
        InviteVisitorDto: {
            /** @description 访客姓名 */
            name: string;
            /** @description 来访人数 */
            peopleCount: number;
            /** @description 访客手机号 */
            phone: string;
            /** @description 车牌号 */
            plate?: string;
            /**
             * @description 来访事由
             * @enum {string}
             */
            reason?: "family" | "delivery" | "repair" | "business" | "other";
            /** @description 房屋 */
            roomId: number;
            /**
             * Format: date
             * @description 来访日期
             * @example 2026-11-23
             */
            visitOn: string;
        };
        InvoiceableBillDto: {
            /** @description 可申请开票 */
            available: boolean;
            billId: number;
            /** @description 实缴金额（分）：已缴减已退 */
            fen: number;
            /** @description 缴费时间 */
            paidAt: string | null;
            /** @description 账期 */
            period: string | null;
            projectId: number;
            /** @description 收据号 */
            receiptNo: string | null;
            roomLabel: string;
            title: string;
            /** @description 不可申请的原因 */
            unavailableReason: string | null;
        };
        InvoiceableBillsDto: {
            items: components["schemas"]["InvoiceableBillDto"][];
        };
        InvoiceLineDto: {
            billId: number;
            /** @description 申请时的实缴金额（分）：已缴减已退 */
            fen: number;
            /** @description 账期 */
            period: string | null;
            /** @description 收据号 */
            receiptNo: string | null;
            roomLabel: string;
            title: string;
        };
        InvoiceRequestDto: {
            /** @description 申请开票金额（分） */
            amountFen: number;
            applicantName: string;
            /** Format: date-time */
            createdAt: string;
            /** @description 处理时间 */
            decidedAt: string | null;
            /** @description 处理人 */
            decidedByName: string | null;
            email: string;
            id: number;
            /** @description 开票日期（项目时区） */
            invoiceDate: string | null;
            /** @description 发票号码 */
            invoiceNo: string | null;
            lines: components["schemas"]["InvoiceLineDto"][];
            /** @description 业主可撤回（待开票） */
            mayWithdraw: boolean;
            /** @description 已开票后又退款：须开红字发票冲销 */
            needsReversal: boolean;
            projectId: number;
            /** @description 最近退款时间 */
            refundedAt: string | null;
            /** @description 申请后退款的金额（分）；已开票的须红冲 */
            refundedFen: number;
            /** @description 驳回原因 */
            rejectReason: string | null;
            /** @enum {string} */
            status: "pending" | "issued" | "rejected" | "withdrawn";
            /** @description 税号 */
            taxNo: string | null;
            title: string;
            /** @enum {string} */
            titleType: "personal" | "company";
        };
        InvoiceRequestPageDto: {
            items: components["schemas"]["InvoiceRequestDto"][];
            nextCursor: string | null;
            /** @description 本项目待开票的申请数 */
            pendingCount: number;
            /**
             * Format: date
             * @description 今天（项目时区），开票日期的默认值
             */
            today: string;
        };
        IssueInvoiceDto: {
            /**
             * Format: date
             * @description 开票日期
             * @example 2026-11-23
             */
            invoiceDate?: string;
            /** @description 发票号码 */
            invoiceNo: string;
        };
        JoinComplaintDto: {
            /** @description 联名码 */
            joinCode: string;
            /** @description 房屋 */
            roomId: number;
        };
        JsapiPayParamsDto: {
            appId: string;
            nonceStr: string;
            package: string;
            paySign: string;
            /** @enum {string} */
            signType: "RSA";
            timeStamp: string;
        };
        KeyCustomerDto: {
            committeeRole: string | null;
            /** @enum {string} */
            contactState: "ok" | "due" | "overdue";
            contactStateLabel: string;
            createdAt: string;
            /** @description 下次沟通的截止日（项目时区） */
            dueBy: string;
            id: number;
            /** @enum {string} */
            kind: "committee" | "key";
            kindLabel: string;
            lastContactOn: string | null;
            listedOn: string;
            name: string;
            /** @description 联系电话（遮掩） */
            phoneMasked: string | null;
            projectId: number;
            reason: string;
            roomId: number | null;
            roomLabel: string | null;
        };
        KeyCustomerFormDto: {
            /** @description 业委会职务 */
            committeeRole?: string;
            /**
             * @description 类别
             * @enum {string}
             */
            kind: "committee" | "key";
            /** @description 姓名 */
            name: string;
            /** @description 联系电话 */
            phone?: string;
            /** @description 列为重点的原因 */
            reason: string;
            /** @description 房屋 */
            roomId?: number;
        };
        KeyCustomerPageDto: {
            items: components["schemas"]["KeyCustomerDto"][];
            nextCursor: string | null;
        };
        KeyCustomerRevealDto: {
            phone: string | null;
        };
        LargeCustomerDto: {
            /** @description 大客户 */
            large: boolean;
        };
        LedgerPageDto: {
            items: components["schemas"]["LedgerRowDto"][];
            nextCursor: string | null;
        };
        LedgerRowDto: {
            applicationId: number;
            areaName: string;
            cardNo: string | null;
            contractNo: string | null;
            endOn: string | null;
            holderName: string;
            kind: string;
            paidFen: number;
            plate: string;
            rentFen: number;
            roomLabel: string;
            spaceNo: string;
            startOn: string | null;
            status: string;
        };
        LinkReportDto: {
            /**
             * @description 渠道
             * @enum {string}
             */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            /** @description 备注 */
            note?: string;
            /** @description 报告人姓名 */
            requesterName: string;
            /** @description 联系电话 */
            requesterPhone?: string;
        };
        MaterialDto: {
            /** @description 材料名称 */
            name: string;
            /** @description 数量 */
            quantity: number;
            /** @description 规格型号 */
            spec?: string;
            /** @description 单位 */
            unit?: string;
        };
        MaterialOutDto: {
            name: string;
            quantity: number;
            spec?: string;
            unit?: string;
        };
        MeDto: {
            allProjects: boolean;
            id: number;
            /** @enum {string} */
            kind: "staff" | "owner";
            name: string;
            phoneMasked: string | null;
            projects: components["schemas"]["ProjectRefDto"][];
            roles: ("head_office" | "project_manager" | "cs_supervisor" | "cs_assistant" | "service_clerk" | "quality_supervisor" | "engineering_supervisor" | "security_supervisor" | "cleaning_supervisor" | "landscaping_supervisor" | "technician" | "finance")[];
            username: string | null;
        };
        MeterReadingDto: {
            /** @description 按阶梯价计算的金额（分） */
            amountFen: number;
            /** Format: date-time */
            at: string;
            /** @description 本期账单是否已生成（已生成则读数不能再改） */
            billed: boolean;
            current: number;
            feeItemId: number;
            feeItemName: string;
            id: number;
            period: string;
            previous: number;
            readByName: string;
            roomId: number;
            roomLabel: string;
            /** @description 用量（百分之一单位） */
            usage: number;
        };
        MeterReadingInputDto: {
            /** @description 本期读数（百分之一单位） */
            current: number;
            /** @description 收费项目 */
            feeItemId: number;
            /**
             * @description 账期
             * @example 2026-11
             */
            period: string;
            /** @description 上期读数（百分之一单位） */
            previous: number;
            /** @description 房屋 */
            roomId: number;
        };
        MeterReadingPageDto: {
            items: components["schemas"]["MeterReadingDto"][];
            nextCursor: string | null;
        };
        MethodTotalDto: {
            count: number;
            /** @description 金额（分） */
            fen: number;
            /** @enum {string} */
            method: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan";
        };
        MoveInBatchDto: {
            createdAt: string;
            createdByName: string;
            developerName: string;
            done: number;
            endOn: string;
            fundFenPerM2: number;
            guide: string;
            id: number;
            name: string;
            paymentNotice: string;
            projectId: number;
            propertyFeeFenPerM2: number;
            propertyFeeMonths: number;
            /** @description 发布时间（发布后业主可见） */
            publishedAt: string | null;
            renovationNotes: string;
            rooms: number;
            startOn: string;
        };
        MoveInBatchPageDto: {
            items: components["schemas"]["MoveInBatchDto"][];
            nextCursor: string | null;
        };
        MoveInBillDto: {
            billId: number;
            receiptNo: string | null;
            status: string;
            title: string;
            totalFen: number;
        };
        MoveInBuyerDto: {
            /** @description 购房人姓名 */
            buyerName: string;
            /** @description 购房人手机号 */
            buyerPhone: string;
            /** @description 房屋 */
            roomId: number;
        };
        MoveInDefectDto: {
            /** @description 当前用户可改到的进度 */
            allowedMoves: string[];
            description: string;
            id: number;
            photoId: number | null;
            photoThumbUrl: string | null;
            place: string;
            progressNote: string | null;
            /** @enum {string} */
            status: "pending" | "fixing" | "fixed" | "confirmed";
            statusLabel: string;
            updatedAt: string;
        };
        MoveInDefectLineDto: {
            /** @description 问题描述 */
            description: string;
            /** @description 照片 */
            photoId?: number;
            /** @description 部位 */
            place: string;
        };
        MoveInDto: {
            agreements: string[];
            /** @description 当前可办理的操作 */
            allowedActions: ("arrive" | "start" | "identity" | "agreements" | "fees" | "inspection" | "keys")[];
            /** @description 建筑面积（百分之一平方米） */
            area: number;
            arrivedAt: string | null;
            batchId: number;
            batchName: string;
            bills: components["schemas"]["MoveInBillDto"][];
            /** @description 预约到场的半天，如 2026-12-08 上午 9:00–12:00 */
            bookedLabel: string | null;
            buyerName: string;
            /** @description 购房人手机号（工作人员可见，已遮蔽） */
            buyerPhone: string | null;
            collection: string | null;
            collectionNote: string | null;
            currentStepLabel: string | null;
            defectLines: components["schemas"]["MoveInDefectDto"][];
            defects: number;
            defectsOpen: number;
            defectsSentAt: string | null;
            defectsSentByName: string | null;
            defectsSentNote: string | null;
            developerName: string;
            finishedAt: string | null;
            handledByName: string | null;
            id: number;
            identityDocs: string[];
            identityNote: string | null;
            inspectedAt: string | null;
            inspectionSignatureId: number | null;
            inspectionSigned: string;
            keys: components["schemas"]["MoveInKeyDto"][];
            keysSignatureId: number | null;
            keysSigned: string;
            meters: components["schemas"]["MoveInMetersOutDto"] | null;
            projectId: number;
            projectName: string;
            propertyCode: string;
            roomId: number;
            roomLabel: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "notified" | "waiting" | "handling" | "done";
            statusLabel: string;
            steps: components["schemas"]["MoveInStepStateDto"][];
            stepsDone: number;
            timeline: components["schemas"]["MoveInEventDto"][];
            timing: components["schemas"]["MoveInTimingDto"];
        };
        MoveInEventDto: {
            action: string;
            actorName: string;
            at: string;
            label: string;
            note: string | null;
        };
        MoveInKeyDto: {
            name: string;
            quantity: number;
        };
        MoveInKeyRowDto: {
            /** @description 物品名称 */
            name: string;
            /** @description 数量 */
            quantity: number;
        };
        MoveInLimitsDto: {
            /** @description 办理时限（分钟） */
            handleMinutes: number;
            /** @description 项目ID */
            projectId: number;
            /** @description 等候时限（分钟） */
            waitMinutes: number;
        };
        MoveInLimitsOutDto: {
            handleMinutes: number;
            projectId: number;
            waitMinutes: number;
        };
        MoveInMetersDto: {
            /** @description 电表底数 */
            electricity: string;
            /** @description 燃气表底数 */
            gas?: string;
            /** @description 水表底数 */
            water: string;
        };
        MoveInMetersOutDto: {
            electricity: string;
            gas: string | null;
            water: string;
        };
        MoveInMonthDto: {
            /** @description 当月交钥匙的户数 */
            finished: number;
            handleLimit: number;
            handleOk: number;
            month: string;
            /** @description 达标率（%） */
            rate: number | null;
            waitLimit: number;
            waitOk: number;
            /** @description 等候与办理均在时限内的户数 */
            withinBoth: number;
        };
        MoveInPageDto: {
            items: components["schemas"]["MoveInSummaryDto"][];
            nextCursor: string | null;
        };
        MoveInStepDto: {
            /** @description 已签署的协议 */
            agreements?: ("service_agreement" | "management_rules")[];
            /**
             * @description 银行托收
             * @enum {string}
             */
            collection?: "set_up" | "declined";
            /** @description 托收说明 */
            collectionNote?: string;
            defects?: components["schemas"]["MoveInDefectLineDto"][];
            /** @description 已核验的资料 */
            identityDocs?: ("notice" | "contract" | "receipt")[];
            keys?: components["schemas"]["MoveInKeyRowDto"][];
            meters?: components["schemas"]["MoveInMetersDto"];
            /** @description 备注 */
            note?: string;
            /** @description 已纸质签字 */
            paperSigned?: boolean;
            /** @description 业主签名 */
            signatureId?: number;
        };
        MoveInStepStateDto: {
            label: string;
            /** @enum {string} */
            state: "done" | "current" | "todo";
            step: string;
        };
        MoveInSummaryDto: {
            arrivedAt: string | null;
            batchId: number;
            batchName: string;
            /** @description 预约到场的半天，如 2026-12-08 上午 9:00–12:00 */
            bookedLabel: string | null;
            buyerName: string;
            currentStepLabel: string | null;
            defects: number;
            defectsOpen: number;
            finishedAt: string | null;
            id: number;
            roomId: number;
            roomLabel: string;
            /** @enum {string} */
            status: "notified" | "waiting" | "handling" | "done";
            statusLabel: string;
            stepsDone: number;
            timing: components["schemas"]["MoveInTimingDto"];
        };
        MoveInTimingDto: {
            handleLimit: number;
            /** @description 办理分钟 */
            handleMinutes: number | null;
            handleOk: boolean | null;
            waitLimit: number;
            /** @description 等候分钟 */
            waitMinutes: number | null;
            waitOk: boolean | null;
        };
        MyActivityDetailDto: {
            capacity: number | null;
            description: string | null;
            /** Format: date-time */
            endsAt: string | null;
            id: number;
            maxPerSignup: number;
            mySignup: components["schemas"]["MyActivitySignupDto"] | null;
            /** @description 我的选择（从0起） */
            myVote: number | null;
            /**
             * @description 征求意见 / 报名中 / 已满 / 报名截止 / 已结束 / 已取消
             * @enum {string}
             */
            phase: "poll" | "open" | "full" | "closed" | "ended" | "cancelled";
            phaseLabel: string;
            place: string | null;
            plannedMonth: string;
            poll: components["schemas"]["PollOptionCountDto"][];
            pollQuestion: string | null;
            projectId: number;
            projectName: string;
            purpose: string;
            signedPeople: number;
            /** @description 我已报名 */
            signedUp: boolean;
            /** Format: date-time */
            startsAt: string | null;
            theme: string;
            timeZone: string;
        };
        MyActivityDto: {
            capacity: number | null;
            /** Format: date-time */
            endsAt: string | null;
            id: number;
            /**
             * @description 征求意见 / 报名中 / 已满 / 报名截止 / 已结束 / 已取消
             * @enum {string}
             */
            phase: "poll" | "open" | "full" | "closed" | "ended" | "cancelled";
            phaseLabel: string;
            place: string | null;
            plannedMonth: string;
            projectId: number;
            projectName: string;
            signedPeople: number;
            /** @description 我已报名 */
            signedUp: boolean;
            /** Format: date-time */
            startsAt: string | null;
            theme: string;
            timeZone: string;
        };
        MyActivityPageDto: {
            items: components["schemas"]["MyActivityDto"][];
        };
        MyActivitySignupDto: {
            name: string;
            people: number;
            roomId: number;
            roomLabel: string;
        };
        MyAnnouncementDetailDto: {
            /** @description 纯文本，空行分段 */
            body: string;
            id: number;
            /** @enum {string} */
            kind: "notice" | "reminder" | "outage" | "activity";
            kindLabel: string;
            pinned: boolean;
            projectName: string;
            /** Format: date-time */
            publishedAt: string;
            read: boolean;
            /** @description 项目时区 */
            timeZone: string;
            title: string;
            urgent: boolean;
            /**
             * Format: date-time
             * @description 截止时间
             */
            validTo: string | null;
        };
        MyAnnouncementDto: {
            id: number;
            /** @enum {string} */
            kind: "notice" | "reminder" | "outage" | "activity";
            kindLabel: string;
            pinned: boolean;
            projectName: string;
            /** Format: date-time */
            publishedAt: string;
            read: boolean;
            /** @description 项目时区 */
            timeZone: string;
            title: string;
            urgent: boolean;
            /**
             * Format: date-time
             * @description 截止时间
             */
            validTo: string | null;
        };
        MyAnnouncementPageDto: {
            items: components["schemas"]["MyAnnouncementDto"][];
            nextCursor: string | null;
        };
        MyAnnouncementReadDto: {
            /** Format: date-time */
            readAt: string;
        };
        MyApplyDto: {
            /** @description 资料照片 */
            docs: components["schemas"]["DocPhotosDto"][];
            /**
             * @description 车位类型
             * @enum {string}
             */
            kind: "rental" | "vip" | "disabled" | "charging";
            /** @description 车牌号 */
            plate: string;
            /** @description 房屋 */
            roomId: number;
            /**
             * @description 租期
             * @enum {string}
             */
            term: "month" | "quarter" | "year";
            /** @description 车辆 */
            vehicleId?: number;
        };
        MyBillsDto: {
            items: components["schemas"]["BillDto"][];
            /** @description 待缴合计（分，含违约金） */
            unpaidFen: number;
        };
        MyBindingDto: {
            buildingName: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            projectId: number;
            projectName: string;
            propertyCode: string;
            rejectReason: string | null;
            roomId: number;
            roomNo: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "revoked";
            unit: string | null;
        };
        MyComplaintDto: {
            asks: string | null;
            events: components["schemas"]["MyComplaintEventDto"][];
            id: number;
            /** @description 联名码：邻居凭它在小程序加入联名（只给投诉人本人） */
            joinCode: string | null;
            /** @description 联名人数（含投诉人） */
            jointCount: number;
            problem: string;
            /**
             * Format: date-time
             * @description 告知您的答复时间
             */
            promisedAt: string;
            promises: components["schemas"]["MyPromiseDto"][];
            /** Format: date-time */
            receivedAt: string;
            statusLabel: string;
        };
        MyComplaintEventDto: {
            /** Format: date-time */
            at: string;
            label: string;
            note: string | null;
        };
        MyCreateComplaintDto: {
            /**
             * Format: date-time
             * @description 希望处理完成的时间
             */
            askedBy?: string;
            /** @description 您的要求 */
            asks?: string;
            /** @description 投诉内容 */
            problem: string;
            /** @description 房屋 */
            roomId: number;
        };
        MyCreateEnquiryDto: {
            /** @description 内容 */
            content: string;
            /**
             * @description 答复方式
             * @enum {string}
             */
            replyWay?: "phone" | "miniapp";
            /** @description 房屋 */
            roomId: number;
            /**
             * @description 类别
             * @enum {string}
             */
            type: "suggestion" | "inquiry";
        };
        MyCreateRequestDto: {
            /**
             * Format: date-time
             * @description 预约结束时间
             */
            appointmentEnd?: string;
            /**
             * Format: date-time
             * @description 预约开始时间
             */
            appointmentStart?: string;
            /** @description 报修类别 */
            categoryId: number;
            /** @description 问题描述 */
            description: string;
            /** @description 同一房屋同一类别已有处理中的报修时，业主确认这是另一个问题后仍提交（R-SRV-05） */
            notDuplicate?: boolean;
            /** @description 照片 */
            photoIds?: number[];
            /** @description 房屋 */
            roomId: number;
        };
        MyEnquiryDto: {
            /**
             * Format: date-time
             * @description 约定的答复时间
             */
            agreedReplyAt: string;
            content: string;
            events: components["schemas"]["MyEnquiryEventDto"][];
            id: number;
            /** Format: date-time */
            receivedAt: string;
            /** @description 答复内容 */
            replyText: string | null;
            statusLabel: string;
            /** @enum {string} */
            type: "suggestion" | "inquiry";
            typeLabel: string;
        };
        MyEnquiryEventDto: {
            /** Format: date-time */
            at: string;
            label: string;
            note: string | null;
        };
        MyInvoiceRequestPageDto: {
            items: components["schemas"]["InvoiceRequestDto"][];
            nextCursor: string | null;
        };
        MyMoveInDto: {
            batchName: string;
            bills: components["schemas"]["MoveInBillDto"][];
            /** @description 可预约的日期（交付期内，今天起）；已到场后为空 */
            bookableDays: string[];
            bookedHalf: string | null;
            bookedLabel: string | null;
            bookedOn: string | null;
            defectLines: components["schemas"]["MoveInDefectDto"][];
            defectsSentAt: string | null;
            endOn: string;
            finishedAt: string | null;
            guide: string;
            id: number;
            paymentNotice: string;
            projectName: string;
            renovationNotes: string;
            roomLabel: string;
            startOn: string;
            status: string;
            statusLabel: string;
            steps: components["schemas"]["MoveInStepStateDto"][];
            timeline: components["schemas"]["MoveInEventDto"][];
        };
        MyOccupantDto: {
            bindingId: number;
            isMe: boolean;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            name: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "revoked";
        };
        MyPassApplyDto: {
            /** @description 搬运人 */
            carrierName?: string;
            /** @description 搬运人电话 */
            carrierPhone?: string;
            /** @description 开始时间 */
            fromTime?: string;
            /** @description 物品清单 */
            items: components["schemas"]["PassItemDto"][];
            /**
             * Format: date
             * @description 搬出日期
             * @example 2026-11-23
             */
            moveOn: string;
            /** @description 车牌号 */
            plate?: string;
            /**
             * @description 搬出原因
             * @enum {string}
             */
            reason: "move_out" | "repair" | "other";
            /** @description 原因说明 */
            reasonNote?: string;
            /** @description 房屋 */
            roomId: number;
            /** @description 结束时间 */
            toTime?: string;
        };
        MyPollVoteFormDto: {
            /** @description 选项 */
            option: number;
        };
        MyPromiseDto: {
            done: boolean;
            /** Format: date-time */
            dueAt: string;
            label: string;
        };
        MyResubmitDto: {
            /** @description 资料照片 */
            docs: components["schemas"]["DocPhotosDto"][];
        };
        MyRoomDetailDto: {
            area: number;
            buildingName: string;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            /** @description 本项目向业主开放的功能 */
            modules: ("repair" | "fee" | "complaint" | "info" | "parking" | "renovation" | "pass" | "movein" | "visitor")[];
            occupants: components["schemas"]["MyOccupantDto"][];
            projectId: number;
            projectName: string;
            propertyCode: string;
            roomId: number;
            roomNo: string;
            servicePhone: string | null;
            /** @description 项目时区，时间按它显示，如 Asia/Shanghai */
            timeZone: string;
            unit: string | null;
            use: string;
        };
        MyRoomDto: {
            area: number;
            buildingName: string;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            /** @description 本项目向业主开放的功能 */
            modules: ("repair" | "fee" | "complaint" | "info" | "parking" | "renovation" | "pass" | "movein" | "visitor")[];
            projectId: number;
            projectName: string;
            propertyCode: string;
            roomId: number;
            roomNo: string;
            servicePhone: string | null;
            /** @description 项目时区，时间按它显示，如 Asia/Shanghai */
            timeZone: string;
            unit: string | null;
            use: string;
        };
        MySignupFormDto: {
            /** @description 报名人姓名 */
            name: string;
            /** @description 人数 */
            people: number;
            /** @description 房屋 */
            roomId: number;
        };
        MySurveyDto: {
            /** Format: date-time */
            closesAt: string;
            id: number;
            projectName: string;
            quarterLabel: string;
            /** @description 本项目我可以答卷的房屋 */
            rooms: components["schemas"]["MySurveyRoomDto"][];
            timeZone: string;
            title: string;
        };
        MySurveyRoomDto: {
            /** @description 本季度已答卷 */
            answered: boolean;
            label: string;
            roomId: number;
        };
        MyWorkReportDetailDto: {
            figures: components["schemas"]["WorkReportFiguresDto"];
            id: number;
            month: string;
            plan: string;
            projectName: string;
            /** Format: date-time */
            publishedAt: string;
            /** Format: date-time */
            reviewedAt: string;
            reviewOpinion: string;
            summary: string;
        };
        MyWorkReportDto: {
            id: number;
            month: string;
            projectName: string;
            /** Format: date-time */
            publishedAt: string;
        };
        MyWorkReportPageDto: {
            items: components["schemas"]["MyWorkReportDto"][];
            nextCursor: string | null;
        };
        NoticeBatchDto: {
            buildingName: string;
            companyName: string;
            notices: components["schemas"]["NoticeDto"][];
            payInstructions: string;
            payLink: string;
            projectName: string;
            servicePhone: string | null;
            today: string;
        };
        NoticeBillDto: {
            billId: number;
            dueOn: string;
            lateFeeFen: number;
            lateFeeRule: string;
            period: string | null;
            principalFen: number;
            title: string;
            totalFen: number;
        };
        NoticeDto: {
            ageMonths: number;
            bills: components["schemas"]["NoticeBillDto"][];
            lateFeeFen: number;
            noticedThisMonth: boolean;
            ownerName: string | null;
            principalFen: number;
            propertyCode: string;
            roomId: number;
            roomLabel: string;
            totalFen: number;
        };
        NotificationDto: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            title: string;
        };
        OccupantDto: {
            bindingId: number;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            name: string;
            personId: number;
            phoneMasked: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "revoked";
        };
        OkDto: {
            ok: boolean;
        };
        OneOffChargeDto: {
            /** @description 金额（分） */
            amountFen?: number;
            /** @description 收费项目 */
            feeItemId: number;
            /** @description 说明 */
            note?: string;
            /**
             * @description 账期
             * @example 2026-11
             */
            period: string;
            /** @description 房屋 */
            roomId: number;
        };
        OwnerModuleDto: {
            /** @description 已上线（未上线的功能不能开启，业主端也不显示） */
            built: boolean;
            desc: string;
            /** @description 本项目是否向业主开放 */
            enabled: boolean;
            /** @enum {string} */
            key: "repair" | "fee" | "complaint" | "info" | "parking" | "renovation" | "pass" | "movein" | "visitor";
            label: string;
        };
        ParkingActionDto: {
            /** @description 说明 */
            note?: string;
            /** @description 原因 */
            reason?: string;
            /** @description 车位 */
            spaceId?: number;
            /** @description 核对结果 */
            verdicts?: components["schemas"]["DocVerdictDto"][];
        };
        PassActionDto: {
            /** @description 已核对的物品（清单序号，从0起） */
            checkedItems?: number[];
            /** @description 备注 */
            note?: string;
            /** @description 仍然签发 */
            overrideArrears?: boolean;
            /** @description 原因 */
            reason?: string;
        };
        PassArrearsDto: {
            /** @description 逾期未缴账单数 */
            count: number;
            /** @description 逾期欠费（分，含滞纳金） */
            fen: number;
        };
        PassDto: {
            /** @description 当前用户可执行的操作 */
            allowedActions: ("confirm" | "decline" | "cancel" | "issue" | "reject" | "release")[];
            applicantName: string;
            /** @description owner / member / tenant */
            applicantRole: string;
            applicantRoleLabel: string;
            /** @description 签发时的逾期欠费（分） */
            arrearsFen: number;
            arrearsReason: string | null;
            carrierName: string | null;
            /** @description 搬运人电话（工作人员可见） */
            carrierPhone: string | null;
            /** @description 放行条编号（签发后） */
            code: string | null;
            confirmedAt: string | null;
            confirmedByName: string | null;
            confirmNote: string | null;
            createdAt: string;
            fromTime: string | null;
            id: number;
            issuedAt: string | null;
            issuedByName: string | null;
            items: components["schemas"]["PassItemDto"][];
            moveOn: string;
            plate: string | null;
            projectId: number;
            /** @enum {string} */
            reason: "move_out" | "repair" | "other";
            reasonLabel: string;
            reasonNote: string | null;
            refuseReason: string | null;
            releasedAt: string | null;
            releasedByName: string | null;
            releaseNote: string | null;
            roomId: number;
            roomLabel: string;
            /** @description 显示的状态（已签发而过了有效日为 expired） */
            shownStatus: string;
            /** @enum {string} */
            status: "awaiting_owner" | "submitted" | "issued" | "released" | "declined" | "rejected" | "cancelled";
            statusLabel: string;
            timeline: components["schemas"]["StepEventDto"][];
            toTime: string | null;
        };
        PassItemDto: {
            /** @description 物品名称 */
            name: string;
            /** @description 物品数量 */
            quantity: number;
        };
        PassPageDto: {
            items: components["schemas"]["PassSummaryDto"][];
            nextCursor: string | null;
        };
        PassSummaryDto: {
            applicantName: string;
            applicantRoleLabel: string;
            code: string | null;
            createdAt: string;
            fromTime: string | null;
            id: number;
            itemCount: number;
            itemsText: string;
            moveOn: string;
            plate: string | null;
            reasonLabel: string;
            releasedAt: string | null;
            releasedByName: string | null;
            roomLabel: string;
            shownStatus: string;
            status: string;
            statusLabel: string;
            toTime: string | null;
        };
        PaymentPageDto: {
            /** @description 筛选范围内的笔数 */
            count: number;
            items: components["schemas"]["PaymentRowDto"][];
            nextCursor: string | null;
            /** @description 其中已退款合计（分） */
            refundedFen: number;
            /** @description 筛选范围内的收款合计（分） */
            totalFen: number;
        };
        PaymentRowDto: {
            /** @description 实收（分，含违约金） */
            amountFen: number;
            /** Format: date-time */
            at: string;
            billId: number;
            id: number;
            /** @description 其中违约金（分） */
            lateFeeFen: number;
            /** @enum {string} */
            method: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan" | "wechat_pay";
            note: string | null;
            payerName: string;
            /** @description 账期 */
            period: string | null;
            receiptNo: string;
            /** @description 收款人（微信支付为“微信支付”） */
            receivedByName: string;
            /** @description 最近一次退款完成时间 */
            refundedAt: string | null;
            /** @description 已退款（分） */
            refundedFen: number;
            /** @enum {string} */
            refundState: "none" | "partial" | "full";
            roomLabel: string;
            title: string;
        };
        PayOrderBillDto: {
            amountFen: number;
            billId: number;
            lateFeeFen: number;
        };
        PayOrderDto: {
            bills: components["schemas"]["PayOrderBillDto"][];
            /** Format: date-time */
            expiresAt: string;
            /** @description 收银台地址（手机浏览器支付） */
            h5Url: string | null;
            id: number;
            outTradeNo: string;
            /** @description 支付时间 */
            paidAt: string | null;
            /** @description wx.requestPayment 的参数（小程序内支付） */
            payParams: components["schemas"]["JsapiPayParamsDto"] | null;
            /** @enum {string} */
            status: "created" | "paid" | "closed";
            /** @description 合计（分） */
            totalFen: number;
        };
        PendingAdjustmentDto: {
            id: number;
            /** @description 减免 违约金 −¥12.00 */
            line: string;
            proposedByName: string;
            reason: string;
        };
        PeriodDto: {
            amountFen: number;
            billId: number | null;
            billStatus: string | null;
            endOn: string;
            paidAt: string | null;
            receiptNo: string | null;
            seq: number;
            startOn: string;
        };
        PersonDetailDto: {
            /** Format: date-time */
            archivedAt: string | null;
            id: number;
            idNumberMasked: string | null;
            isKeyCustomer: boolean;
            name: string;
            note: string | null;
            phoneMasked: string | null;
            rooms: components["schemas"]["PersonRoomDto"][];
            vehicles: components["schemas"]["VehicleDto"][];
        };
        PersonPageDto: {
            items: components["schemas"]["PersonSummaryDto"][];
            nextCursor: string | null;
        };
        PersonRoomDto: {
            bindingId: number;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            projectId: number;
            propertyCode: string;
            roomId: number;
            /** @description 如 A座 1203 */
            roomLabel: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "revoked";
        };
        PersonSummaryDto: {
            /** Format: date-time */
            archivedAt: string | null;
            id: number;
            isKeyCustomer: boolean;
            name: string;
            phoneMasked: string | null;
            rooms: components["schemas"]["PersonRoomDto"][];
        };
        PhotoDto: {
            id: number;
            /** @description 缩略图（最长边 240 像素）：列表和详情显示它，点开再看原图 */
            thumbUrl: string;
            /** @description 原图 */
            url: string;
        };
        PlanActivityDto: {
            /** @description 预算（分） */
            budgetFen: number;
            /**
             * @description 计划月份
             * @example 2026-11
             */
            plannedMonth: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 活动目的 */
            purpose: string;
            /** @description 活动主题 */
            theme: string;
            /** @description 年度 */
            year: number;
        };
        PlanDocDto: {
            kind: string;
            kindLabel: string;
            owner: string[];
            tenant: string[];
        };
        PlanDto: {
            approvalDocument: string;
            approvedOn: string;
            /** @description 各类车位需提交的资料 */
            documents: components["schemas"]["PlanDocDto"][];
            /** @description 办理时限（分钟） */
            handlingMinutes: number;
            prices: components["schemas"]["PlanPriceDto"][];
            process: string;
            projectId: number;
            projectName: string;
            publishedAt: string | null;
            title: string;
        };
        PlanPriceDto: {
            amountFen: number;
            kind: string;
            kindLabel: string;
            term: string;
            termLabel: string;
        };
        PollOptionCountDto: {
            label: string;
            votes: number;
        };
        PriceDto: {
            /** @description 价格（分） */
            amountFen: number;
            /**
             * @description 车位类型
             * @enum {string}
             */
            kind: "rental" | "vip" | "disabled" | "charging";
            /**
             * @description 租期
             * @enum {string}
             */
            term: "month" | "quarter" | "year";
        };
        ProjectDto: {
            address: string | null;
            buildingCount: number;
            code: string;
            companyName: string;
            id: number;
            /** @enum {string} */
            kind: "residential" | "office" | "mixed";
            name: string;
            roomCount: number;
            servicePhone: string | null;
            timezone: string;
        };
        ProjectModulesDto: {
            modules: components["schemas"]["OwnerModuleDto"][];
            projectId: number;
        };
        ProjectPageDto: {
            items: components["schemas"]["ProjectDto"][];
            nextCursor: string | null;
        };
        ProjectRefDto: {
            code: string;
            id: number;
            name: string;
        };
        ProjectStatsDto: {
            /** @description 楼栋数 */
            buildings: number;
            /** @description 已绑定的业主/住户人数 */
            owners: number;
            /** @description 待审核的绑定申请 */
            pendingBindings: number;
            /** @description 房屋数 */
            rooms: number;
        };
        ProposeAdjustmentDto: {
            /** @description 调整金额（分） */
            amountFen: number;
            /** @description 账单 */
            billId: number;
            /**
             * @description 调整方式
             * @enum {string}
             */
            kind: "reduce" | "increase";
            /** @description 调整原因 */
            reason: string;
            /**
             * @description 调整项目
             * @enum {string}
             */
            target: "principal" | "late_fee";
        };
        PutFeeInfoDto: {
            /** @description 交费银行账号 */
            account?: string;
            /**
             * Format: date
             * @description 计费起始日期
             * @example 2026-11-23
             */
            feeStartOn?: string;
        };
        PutProjectModulesDto: {
            /** @description 开放的功能 */
            enabled: ("repair" | "fee" | "complaint" | "info" | "parking" | "renovation" | "pass" | "movein" | "visitor")[];
        };
        PutSlaSettingsDto: {
            holidays: string[];
            repair: components["schemas"]["RepairSlaDto"];
            workdays: string[];
        };
        QuizQuestionDto: {
            options: string[];
            question: string;
        };
        QuizScoreDto: {
            id: number;
            /** @description 达到全部答对 */
            mastered: boolean;
            month: string;
            score: number | null;
            staffId: number;
            staffName: string;
            /** Format: date-time */
            submittedAt: string | null;
        };
        ReadyDto: {
            db: string;
            /** @enum {string} */
            dbKind: "sqlite" | "mysql";
            migrations: string;
            status: string;
            /** Format: date-time */
            time: string;
        };
        ReasonDto: {
            /** @description 原因 */
            reason: string;
        };
        ReceiptDto: {
            /** @description R-PAY-04 账单已通过的调整 */
            adjustments: components["schemas"]["BillAdjustmentLineDto"][];
            /** @description 实收合计（分，含违约金） */
            amountFen: number;
            /** Format: date-time */
            at: string;
            /** @description 账单原金额（分） */
            billAmountFen: number;
            companyName: string;
            /** @description R-CMP-19 收据上的意见征询语 */
            feedbackLine: string;
            /** @description 其中违约金（分） */
            lateFeeFen: number;
            /** @enum {string} */
            method: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan" | "wechat_pay";
            note: string | null;
            payerName: string;
            paymentId: number;
            /** @description 账期 */
            period: string | null;
            projectName: string;
            propertyCode: string;
            receiptNo: string;
            receivedByName: string;
            /** @description 最近一次退款完成时间 */
            refundedAt: string | null;
            /** @description 已退款（分） */
            refundedFen: number;
            /** @enum {string} */
            refundState: "none" | "partial" | "full";
            roomLabel: string;
            /** @description 服务中心电话 */
            servicePhone: string | null;
            /** @description 来源单号（如报修单号） */
            sourceCode: string | null;
            /** @description 项目时区（收据上的时间按它显示），如 Asia/Shanghai */
            timeZone: string;
            title: string;
        };
        ReconcileDto: {
            /**
             * Format: date
             * @description 对账日期
             * @example 2026-11-23
             */
            billDate: string;
        };
        ReconDayDto: {
            billDate: string;
            /** @description 当日未处理的差异 */
            openDifferences: number;
            /** @description 本系统笔数 */
            ourCount: number;
            /** @description 本系统金额（分） */
            ourFen: number;
            /** @description 本系统当日微信受理的退款笔数 */
            ourRefundCount: number;
            /** @description 本系统当日微信受理的退款金额（分） */
            ourRefundFen: number;
            /** @description 微信账单笔数 */
            providerCount: number;
            /** @description 微信账单金额（分） */
            providerFen: number;
            /** @description 微信账单退款笔数 */
            providerRefundCount: number;
            /** @description 微信账单退款金额（分） */
            providerRefundFen: number;
            /** Format: date-time */
            runAt: string;
            runByName: string;
            runs: number;
        };
        ReconDayPageDto: {
            items: components["schemas"]["ReconDayDto"][];
            nextCursor: string | null;
        };
        ReconDiffDto: {
            billDate: string;
            /** Format: date-time */
            foundAt: string;
            id: number;
            /** @enum {string} */
            kind: "missing_here" | "missing_there" | "amount_differs" | "refund_unknown" | "refund_unlisted" | "refund_differs";
            /** @description 本系统金额（分） */
            ourFen: number | null;
            /** @description 商户退款单号（退款的差异） */
            outRefundNo: string | null;
            outTradeNo: string;
            /** @description 项目 */
            projectId: number | null;
            /** @description 微信账单金额（分） */
            providerFen: number | null;
            /** @description 处理说明 */
            resolution: string | null;
            /** @description 处理时间 */
            resolvedAt: string | null;
            /** @description 处理人 */
            resolvedByName: string | null;
            /** @enum {string} */
            status: "open" | "resolved";
            /** @description 微信支付订单号 */
            transactionId: string | null;
        };
        ReconDiffPageDto: {
            items: components["schemas"]["ReconDiffDto"][];
            nextCursor: string | null;
        };
        RecordArrearsActionDto: {
            /**
             * Format: date
             * @description 催缴日期
             * @example 2026-11-23
             */
            doneOn?: string;
            /**
             * @description 催缴方式
             * @enum {string}
             */
            kind: "verbal" | "phone" | "sms" | "message" | "notice" | "lawyer_letter" | "sue" | "litigation" | "preservation";
            /** @description 说明 */
            note?: string;
            /**
             * Format: date
             * @description 承诺缴费日期
             * @example 2026-11-23
             */
            promisedOn?: string;
            /** @description 房屋 */
            roomId: number;
            /** @description 客户已签收 */
            signed?: boolean;
            /** @description 快递单号 */
            trackingNo?: string;
        };
        RecordedNoticesDto: {
            recorded: number;
            skipped: number;
        };
        RecordedTimesDto: {
            /** @description 接单（领取工单） */
            acceptedAt: string | null;
            /** @description 到场 */
            arrivedAt: string | null;
            /** @description 关闭 */
            closedAt: string | null;
            /** @description 业主确认 */
            confirmedAt: string | null;
            /** @description 技工联系业主确认上门（户内维修，R-REP-16） */
            contactedAt: string | null;
            /** @description 客服签收工单 */
            countersignedAt: string | null;
            /** @description 派单 */
            dispatchedAt: string | null;
            /** @description 完工 */
            finishedAt: string | null;
            /** @description 技工离开时间（客服签收时填写） */
            leftAt: string | null;
            /** @description 工单交回 */
            orderReturnedAt: string | null;
            /** @description 首次打印派工单（R-REP-04） */
            printedAt: string | null;
        };
        RecordNoticesDto: {
            /** @description 楼栋 */
            buildingId: number;
            /** @description 项目ID */
            projectId: number;
            /** @description 房屋 */
            roomIds: number[];
        };
        RecordRowDto: {
            /** @enum {string} */
            codeStatus: "draft" | "approved";
            documents: ("purchase_contract" | "title_certificate" | "id_card")[];
            /** @description 最迟录入日期 */
            dueOn: string | null;
            /** @description 录入时间 */
            enteredAt: string;
            late: boolean;
            projectId: number;
            propertyCode: string;
            /** @description 资料接收（交付）日期 */
            receivedOn: string | null;
            /** @enum {string} */
            recordStatus: "entered" | "verified";
            roomId: number;
            roomLabel: string;
            verifiedAt: string | null;
            verifiedByName: string | null;
        };
        RefreshDto: {
            /** @description 刷新令牌 */
            refreshToken: string;
        };
        RefundDto: {
            /** @description 退款金额（分） */
            amountFen: number;
            billId: number;
            /** @description 审批时间 */
            decidedAt: string | null;
            /** @description 审批人 */
            decidedByName: string | null;
            /** @description 审批意见 */
            decisionNote: string | null;
            /** @description 完成时间 */
            finishedAt: string | null;
            id: number;
            /** @description 最近一次失败原因 */
            lastError: string | null;
            /** @enum {string} */
            method: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan" | "wechat_pay";
            outRefundNo: string;
            payerName: string;
            paymentId: number;
            projectId: number;
            reason: string;
            receiptNo: string;
            /** @description 重新出账的账单 */
            reissuedBillId: number | null;
            /** @description 退款后重新出账 */
            reopen: boolean;
            /** Format: date-time */
            requestedAt: string;
            /** @description 申请人（审批人不能是本人） */
            requestedById: number;
            requestedByName: string;
            roomLabel: string;
            /** @enum {string} */
            status: "requested" | "processing" | "succeeded" | "rejected" | "failed";
            title: string;
        };
        RefundPageDto: {
            items: components["schemas"]["RefundDto"][];
            nextCursor: string | null;
        };
        RegisterVisitorDto: {
            /** @description 被访住户 */
            hostPersonId: number;
            /** @description 证件号码 */
            idNumber: string;
            /** @description 访客姓名 */
            name: string;
            /** @description 来访人数 */
            peopleCount: number;
            /** @description 车牌号 */
            plate?: string;
            /**
             * @description 来访事由
             * @enum {string}
             */
            reason: "family" | "delivery" | "repair" | "business" | "other";
            /** @description 事由说明 */
            reasonNote?: string;
            /** @description 被访房屋 */
            roomId: number;
        };
        RejectAdjustmentDto: {
            /** @description 驳回原因 */
            note: string;
        };
        RejectFeeChangeDto: {
            /** @description 驳回原因 */
            reason: string;
        };
        RejectInvoiceDto: {
            /** @description 驳回原因 */
            reason: string;
        };
        RejectRefundDto: {
            /** @description 驳回原因 */
            note: string;
        };
        RenoActionDto: {
            collected?: components["schemas"]["RenoCollectedDto"];
            deductions?: components["schemas"]["RenoDeductionDto"][];
            /** @description 不予通过的依据 */
            grounds?: ("structure" | "wet_room" | "bearing_wall" | "energy" | "planning" | "facade" | "heating_gas" | "safety")[];
            /** @description 备注 */
            note?: string;
            /** @description 原因 */
            reason?: string;
            /**
             * Format: date
             * @description 整改期限
             * @example 2026-11-23
             */
            rectifyBy?: string;
            /** @description 整改要求 */
            requirements?: string;
        };
        RenoChargeDto: {
            amountFen: number;
            billId: number | null;
            /** @description 扣除金额（分） */
            deductionFen: number;
            /** @description 扣除原因 */
            deductionReason: string | null;
            /** @enum {string} */
            kind: "management" | "owner_deposit" | "contractor_deposit" | "rubble";
            label: string;
            paidAt: string | null;
            receiptNo: string | null;
            refundedAt: string | null;
            /** @description 应退金额（分）：保证金减扣除 */
            refundFen: number | null;
            /** @description 退款被驳回或失败的原因 */
            refundProblem: string | null;
            refundRequestedAt: string | null;
            /**
             * @description 保证金退还情况（仅保证金）
             * @enum {string}
             */
            refundState: "not_started" | "requested" | "processing" | "rejected" | "failed" | "refunded" | "withheld";
            refundStateLabel: string;
        };
        RenoCollectedDto: {
            /** @description 已收回的施工人员出入证编号 */
            passes: string[];
            /** @description 已收回装修施工许可证 */
            permit: boolean;
        };
        RenoCountDto: {
            late: number;
            n: number;
            status: string;
        };
        RenoDeductionDto: {
            /** @description 扣除金额（分） */
            fen: number;
            /**
             * @description 保证金
             * @enum {string}
             */
            kind: "owner_deposit" | "contractor_deposit";
            /** @description 扣除原因 */
            reason?: string;
        };
        RenoDto: {
            /** @description 第几次申请验收 */
            acceptanceCount: number;
            /** @description R-REN-07 验收应完成时间 */
            acceptanceDueAt: string | null;
            acceptanceFailedAt: string | null;
            acceptanceFailedByName: string | null;
            /** @description 验收已超时 */
            acceptanceOverdue: boolean;
            /** @description 整改期限 */
            acceptanceRectifyBy: string | null;
            acceptanceRequestedAt: string | null;
            /** @description 验收不通过的整改要求 */
            acceptanceRequirements: string | null;
            acceptedAt: string | null;
            acceptedByName: string | null;
            /** @description 当前用户可执行的操作 */
            allowedActions: ("confirm" | "decline" | "cancel" | "resubmit" | "return" | "review" | "approve" | "refuse" | "permit" | "request_acceptance" | "fail_acceptance" | "accept" | "refund_deposits")[];
            /** @description 费用已全部缴清 */
            allPaid: boolean;
            applicantName: string;
            /** @description owner / member / tenant */
            applicantRole: string;
            applicantRoleLabel: string;
            approvedAt: string | null;
            approvedByName: string | null;
            changesGas: boolean;
            changesNote: string | null;
            changesPower: boolean;
            changesWater: boolean;
            charges: components["schemas"]["RenoChargeDto"][];
            /** @description 已收回的许可证及出入证编号 */
            collectedPasses: string[];
            confirmedAt: string | null;
            confirmedByName: string | null;
            contractorCompany: string;
            contractorLeader: string;
            /** @description 负责人电话（工作人员与申请人可见） */
            contractorPhone: string | null;
            createdAt: string;
            endOn: string;
            id: number;
            /** @description 今日已巡查 */
            inspectedToday: boolean;
            /** @description 首个巡查日 */
            inspectFrom: string | null;
            inspections: components["schemas"]["RenoInspectionOutDto"][];
            items: string[];
            /** @description 漏检的日期（最近在前） */
            missedDays: string[];
            notices: components["schemas"]["RenoNoticeDto"][];
            /** @description 装修施工许可证编号 */
            permitCode: string | null;
            permittedAt: string | null;
            permittedByName: string | null;
            photos: components["schemas"]["RenoPhotoDto"][];
            projectId: number;
            /** @description R-REN-08 应退还完成时间 */
            refundDueAt: string | null;
            /** @description 保证金全部退还的时间 */
            refundedAt: string | null;
            /** @description 未按时退还 */
            refundLate: boolean;
            /** @description R-REN-08 应发起退还时间 */
            refundStartDueAt: string | null;
            refundStartedAt: string | null;
            refundStartedByName: string | null;
            /** @description 未按时发起退还 */
            refundStartLate: boolean;
            /** @description 不予通过的依据（文字） */
            refuseGroundLabels: string[];
            /** @description 不予通过的依据（代码） */
            refuseGrounds: string[];
            refuseReason: string | null;
            /** @description 退回补正的原因 */
            returnReason: string | null;
            /** @description R-REN-04 审批应完成时间 */
            reviewDueAt: string | null;
            reviewedAt: string | null;
            reviewedByName: string | null;
            /** @description 审批已超时 */
            reviewOverdue: boolean;
            roomId: number;
            roomLabel: string;
            rubbleByCentre: boolean;
            startOn: string;
            /** @enum {string} */
            status: "awaiting_owner" | "submitted" | "returned" | "reviewed" | "approved" | "permitted" | "acceptance_requested" | "rectifying" | "accepted" | "refused" | "declined" | "cancelled";
            statusLabel: string;
            /** @description 提交（或补正后重新提交）时间 */
            submittedAt: string | null;
            timeline: components["schemas"]["StepEventDto"][];
            workers: components["schemas"]["RenoWorkerOutDto"][];
        };
        RenoFeeDto: {
            /** @description 金额（分） */
            amountFen: number;
            /** @enum {string} */
            kind: "management" | "owner_deposit" | "contractor_deposit" | "rubble";
            label: string;
        };
        RenoFeesInput: {
            /** @description 施工单位装修保证金（分） */
            contractor_deposit: number;
            /** @description 装修管理费（分） */
            management: number;
            /** @description 业主装修保证金（分） */
            owner_deposit: number;
            /** @description 垃圾清运费（分） */
            rubble: number;
        };
        RenoFormDto: {
            /** @description 改动燃气 */
            changesGas: boolean;
            /** @description 改动说明 */
            changesNote?: string;
            /** @description 改动电路 */
            changesPower: boolean;
            /** @description 改动给排水 */
            changesWater: boolean;
            /** @description 施工单位 */
            contractorCompany: string;
            /** @description 施工负责人 */
            contractorLeader: string;
            /** @description 负责人电话 */
            contractorPhone: string;
            /**
             * Format: date
             * @description 完工日期
             * @example 2026-11-23
             */
            endOn: string;
            /** @description 装修项目 */
            items: string[];
            /** @description 房屋 */
            roomId: number;
            /** @description 由服务中心清运垃圾 */
            rubbleByCentre?: boolean;
            /**
             * Format: date
             * @description 开工日期
             * @example 2026-11-23
             */
            startOn: string;
            /** @description 照片和图纸 */
            uploadIds?: number[];
            /** @description 施工人员 */
            workers: components["schemas"]["RenoWorkerDto"][];
        };
        RenoGuideDto: {
            /** @description 收费标准 */
            fees: components["schemas"]["RenoFeeDto"][];
            /** @description 办理流程、所需资料 */
            guide: string;
            hours: string;
            /** @description 是否为默认文本（项目未编写） */
            isDefault: boolean;
            projectId: number;
            /** @description 审批时限：自然日 */
            reviewCalendarDays: number;
            /** @description 审批时限：工作日 */
            reviewWorkingDays: number;
            supervisionPhone: string;
        };
        RenoInspectionDto: {
            /**
             * Format: date
             * @description 整改期限
             * @example 2026-11-23
             */
            deadlineOn?: string;
            /** @description 巡查说明 */
            note?: string;
            notices?: components["schemas"]["RenoNoticeOutcomeDto"][];
            /**
             * @description 巡查结果
             * @enum {string}
             */
            result: "ok" | "violation";
            /** @description 照片 */
            uploadIds?: number[];
            /** @description 违规情况 */
            violations?: ("structure" | "wet_room" | "facade" | "pipes" | "hours" | "fire" | "rubble" | "public_area" | "unregistered" | "other")[];
        };
        RenoInspectionOutDto: {
            at: string;
            id: number;
            inspectorName: string;
            note: string | null;
            onDate: string;
            photos: components["schemas"]["RenoPhotoDto"][];
            /** @enum {string} */
            result: "ok" | "violation";
            resultLabel: string;
            violationLabels: string[];
            violations: string[];
        };
        RenoInspectionPageDto: {
            /** @description 在施装修总数 */
            active: number;
            items: components["schemas"]["RenoInspectionRowDto"][];
            nextCursor: string | null;
            /** @description 今日未巡查数 */
            pending: number;
            /** @description 今天（项目所在时区） */
            today: string;
        };
        RenoInspectionRowDto: {
            applicantName: string;
            contractorCompany: string;
            contractorLeader: string;
            /** @description 今日应巡查（尚未巡查） */
            due: boolean;
            endOn: string;
            id: number;
            /** @description 首个巡查日 */
            inspectFrom: string;
            /** @description 漏检天数 */
            missedCount: number;
            /** @description 漏检的日期（最近在前，至多7个） */
            missedDays: string[];
            /** @description 待整改的通知书（复查用） */
            notices: components["schemas"]["RenoNoticeDto"][];
            /** @description 待整改的通知书数 */
            openNotices: number;
            /** @description 已过整改期限的通知书数 */
            overdueNotices: number;
            permitCode: string | null;
            roomLabel: string;
            startOn: string;
            status: string;
            statusLabel: string;
            todayInspectorName: string | null;
            /** @description 今日巡查结果 */
            todayResult: string | null;
            todayResultLabel: string | null;
        };
        RenoNoticeDto: {
            closedAt: string | null;
            closedByName: string | null;
            code: string;
            /** @description 整改期限 */
            deadlineOn: string;
            id: number;
            issuedAt: string;
            issuedByName: string;
            note: string | null;
            /** @description 已过整改期限仍未整改 */
            overdue: boolean;
            /** @description 报告主管部门的时间 */
            reportedAt: string | null;
            /** @description 报告人 */
            reportedByName: string | null;
            reportNote: string | null;
            /** @enum {string} */
            status: "open" | "rectified" | "refused";
            statusLabel: string;
            violationLabels: string[];
            violations: string[];
        };
        RenoNoticeOutcomeDto: {
            /** @description 整改通知书 */
            noticeId: number;
            /**
             * @description 整改情况
             * @enum {string}
             */
            outcome: "pending" | "rectified" | "refused";
            /** @description 上报说明 */
            reportNote?: string;
        };
        RenoPageDto: {
            counts: components["schemas"]["RenoCountDto"][];
            items: components["schemas"]["RenoSummaryDto"][];
            nextCursor: string | null;
        };
        RenoPhotoDto: {
            id: number;
            thumbUrl: string;
            url: string;
        };
        RenoSummaryDto: {
            /** @description R-REN-07 验收应完成时间 */
            acceptanceDueAt: string | null;
            /** @description 验收已超时 */
            acceptanceOverdue: boolean;
            applicantName: string;
            applicantRoleLabel: string;
            contractorCompany: string;
            createdAt: string;
            endOn: string;
            id: number;
            permitCode: string | null;
            /** @description 保证金未按时发起或未按时退还 */
            refundLate: boolean;
            reviewDueAt: string | null;
            reviewOverdue: boolean;
            roomLabel: string;
            startOn: string;
            status: string;
            statusLabel: string;
        };
        RenoWorkerDto: {
            /** @description 身份证号 */
            idNo?: string;
            /** @description 施工人员姓名 */
            name: string;
            /** @description 施工人员电话 */
            phone?: string;
        };
        RenoWorkerOutDto: {
            /** @description 身份证号（脱敏） */
            idNo: string | null;
            name: string;
            /** @description 施工人员出入证编号 */
            passCode: string | null;
            /** @description 电话（工作人员与申请人可见） */
            phone: string | null;
            seq: number;
        };
        RepairCategoryDto: {
            code: string;
            id: number;
            name: string;
            paid: boolean;
            /** @description 公布的收费标准（分） */
            priceFen: number | null;
            priceNote: string | null;
            projectId: number;
            /** @enum {string} */
            scope: "public" | "in_home";
        };
        RepairFiguresDto: {
            /** @description 回访率（%） */
            callbackRate: number | null;
            received: number;
            resolved: number;
            /** @description 满意率（%） */
            satisfactionRate: number | null;
            /** @description 报修处理及时率（%） */
            timelyRate: number | null;
        };
        RepairKpisDto: {
            /** @description 百分比，一位小数，向下取整；无数据为 null */
            callbackRate: number | null;
            callbacksDone: number;
            callbacksDue: number;
            callbacksOnTime: number;
            /** @description 目标（%） */
            callbackTarget: number;
            /** @description 百分比，一位小数，向下取整；无数据为 null */
            callbackTimelyRate: number | null;
            /** @description 应联系业主（户内维修每轮派单一次，当月到期且已联系或已超时） */
            contactsDue: number;
            /** @description 按时联系业主 */
            contactsOnTime: number;
            /** @description 百分比，一位小数，向下取整；无数据为 null */
            contactTimelyRate: number | null;
            /** @description YYYY-MM（项目所在时区） */
            month: string;
            /** @description 当前未完成且已超时的工单 */
            openOverdue: number;
            rated: number;
            received: number;
            resolved: number;
            resolvedOnTime: number;
            /** @description 满意度按回访结果计的回访数（业主未自评） */
            satisfactionCallbackRated: number;
            /** @description 满意度按业主自评计的回访数 */
            satisfactionOwnerRated: number;
            /** @description 百分比，一位小数，向下取整；无数据为 null */
            satisfactionRate: number | null;
            /** @description 满意（含非常满意）：有业主自评的按自评，否则按回访结果 */
            satisfied: number;
            /** @description 百分比，一位小数，向下取整；无数据为 null */
            timelyRate: number | null;
            /** @description 目标（%） */
            timelyTarget: number;
            /** @description R-REP-12 维修及时率是否达到 100% 目标 */
            timelyTargetMet: boolean | null;
        };
        RepairSlaDto: {
            callback: components["schemas"]["SlaDurationDto"];
            /** @description 工单交回后录入完工信息（R-REP-05） */
            completionEntry: components["schemas"]["SlaDurationDto"];
            /** @description 户内维修派单后技工联系业主确认上门（R-REP-16） */
            contact: components["schemas"]["SlaDurationDto"];
            dispatch: components["schemas"]["SlaDurationDto"];
            entry: components["schemas"]["SlaDurationDto"];
            resolve: {
                [key: string]: components["schemas"]["SlaDurationDto"];
            };
            secondCallback: components["schemas"]["SlaDurationDto"];
        };
        RequestDetailDto: {
            allowedActions: ("review" | "dispatch" | "grab" | "accept" | "transfer" | "return" | "contact" | "arrive" | "reschedule" | "pause" | "resume" | "finish" | "confirm" | "callback" | "reopen" | "cancel" | "countersign" | "hand_in")[];
            /** Format: date-time */
            appointmentEnd: string | null;
            /** Format: date-time */
            appointmentStart: string | null;
            /**
             * @description 技工、班组/外包，或抢单池
             * @enum {string|null}
             */
            assigneeKind: "staff" | "team" | "pool" | null;
            assigneeName: string | null;
            /** @description 有偿维修的费用账单 */
            bill: components["schemas"]["BillDto"] | null;
            callbackComment: string | null;
            /**
             * @description 回访记录的满意度（客服记录，不覆盖业主自评）
             * @enum {string|null}
             */
            callbackSatisfaction: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | null;
            categoryId: number;
            categoryName: string;
            /** @enum {string} */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            chargeKind: string;
            clocks: components["schemas"]["ClockDto"][];
            code: string;
            /** @description 签收交回工单的客服（R-REP-05） */
            countersignedByName: string | null;
            description: string;
            /**
             * Format: date-time
             * @description 最近一个未完成承诺的到期时间
             */
            dueAt: string | null;
            /**
             * @description dueAt 属于哪一个承诺（派单、完成维修、回访…）
             * @enum {string|null}
             */
            dueKind: "entry" | "dispatch" | "contact" | "resolve" | "completion_entry" | "callback" | "second_callback" | null;
            events: components["schemas"]["TimelineEventDto"][];
            feeFen: number | null;
            firstContactName: string | null;
            id: number;
            isImportant: boolean;
            isKeyCustomer: boolean;
            location: string | null;
            materials: components["schemas"]["MaterialOutDto"][];
            overdue: boolean;
            /**
             * @description 业主在小程序确认完工时的自评（本轮）
             * @enum {string|null}
             */
            ownerSatisfaction: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | null;
            phoneMasked: string | null;
            photos: components["schemas"]["PhotoDto"][];
            priceFen: number | null;
            projectId: number;
            /** Format: date-time */
            promisedAt: string | null;
            /** Format: date-time */
            receivedAt: string;
            requesterName: string;
            /** Format: date-time */
            requiredBy: string | null;
            result: string | null;
            roomId: number | null;
            roomLabel: string | null;
            /** @description 每一轮维修（返修另起一轮）的结果、材料和费用，各轮保留 */
            rounds: components["schemas"]["WorkRoundDto"][];
            /** @enum {string} */
            scope: "public" | "in_home";
            /** @description 业主签字（R-REP-06） */
            signature: components["schemas"]["PhotoDto"] | null;
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "arrived" | "paused" | "finished" | "confirmed" | "closed" | "cancelled";
            summary: string;
            /** @description R-REP-05 记录的各环节时间 */
            times: components["schemas"]["RecordedTimesDto"];
            type: string;
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "normal";
        };
        RequestExtensionDto: {
            /**
             * @description 承诺
             * @enum {string}
             */
            kind: "entry" | "dispatch" | "contact" | "resolve" | "completion_entry" | "callback" | "second_callback";
            /** @description 延期原因 */
            reason: string;
            /**
             * Format: date-time
             * @description 延期至
             */
            until: string;
        };
        RequestPageDto: {
            items: components["schemas"]["RequestSummaryDto"][];
            nextCursor: string | null;
        };
        RequestSummaryDto: {
            /** Format: date-time */
            appointmentEnd: string | null;
            /** Format: date-time */
            appointmentStart: string | null;
            /**
             * @description 技工、班组/外包，或抢单池
             * @enum {string|null}
             */
            assigneeKind: "staff" | "team" | "pool" | null;
            assigneeName: string | null;
            categoryId: number;
            categoryName: string;
            /** @enum {string} */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            code: string;
            /**
             * Format: date-time
             * @description 最近一个未完成承诺的到期时间
             */
            dueAt: string | null;
            /**
             * @description dueAt 属于哪一个承诺（派单、完成维修、回访…）
             * @enum {string|null}
             */
            dueKind: "entry" | "dispatch" | "contact" | "resolve" | "completion_entry" | "callback" | "second_callback" | null;
            id: number;
            isImportant: boolean;
            isKeyCustomer: boolean;
            location: string | null;
            overdue: boolean;
            phoneMasked: string | null;
            projectId: number;
            /** Format: date-time */
            promisedAt: string | null;
            /** Format: date-time */
            receivedAt: string;
            requesterName: string;
            /** Format: date-time */
            requiredBy: string | null;
            roomId: number | null;
            roomLabel: string | null;
            /** @enum {string} */
            scope: "public" | "in_home";
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "arrived" | "paused" | "finished" | "confirmed" | "closed" | "cancelled";
            summary: string;
            type: string;
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "normal";
        };
        ResolveDiffDto: {
            /** @description 处理说明 */
            note: string;
        };
        RevealDto: {
            idNumber: string | null;
            phone: string | null;
        };
        RevealPhoneDto: {
            /** @description 报修人完整手机号（查看记入审计） */
            phone: string | null;
        };
        ReviewFaqDto: {
            /** @description 已按清单逐项核对 */
            checked: boolean;
        };
        RoomArrearsDto: {
            actions: components["schemas"]["ArrearsActionDto"][];
            ageMonths: number;
            /** @enum {string} */
            due: "none" | "remind_and_notice" | "remind" | "notice" | "lawyer_letter" | "sue";
            dueLabel: string;
            flagged: boolean;
            inArrears: boolean;
            largeCustomer: boolean;
            owedFen: number;
            promisedOn: string | null;
            promiseDue: boolean;
            roomId: number;
            /** @enum {string} */
            stage: "none" | "remind" | "lawyer" | "suit";
            stageLabel: string;
        };
        RoomDetailDto: {
            /** @description 0.01平方米 */
            area: number;
            buildingId: number;
            buildingName: string;
            /**
             * @description R-ORG-05 编码：草拟 / 已批准
             * @enum {string}
             */
            codeStatus: "draft" | "approved";
            deliveredOn: string | null;
            floor: number | null;
            id: number;
            layout: string | null;
            occupantNames: string[];
            occupants: components["schemas"]["OccupantDto"][];
            projectId: number;
            propertyCode: string;
            /** @description R-OWN-02 超过3天才录入 */
            recordLate: boolean;
            /**
             * @description R-OWN-02 基础资料：已录入 / 已核对
             * @enum {string}
             */
            recordStatus: "entered" | "verified";
            roomNo: string;
            titleNo: string | null;
            unit: string | null;
            /** @enum {string} */
            use: "residential" | "office" | "retail" | "hotel" | "apartment" | "parking" | "storage" | "other";
            vehicles: components["schemas"]["VehicleDto"][];
        };
        RoomDto: {
            /** @description 0.01平方米 */
            area: number;
            buildingId: number;
            buildingName: string;
            /**
             * @description R-ORG-05 编码：草拟 / 已批准
             * @enum {string}
             */
            codeStatus: "draft" | "approved";
            deliveredOn: string | null;
            floor: number | null;
            id: number;
            layout: string | null;
            occupantNames: string[];
            projectId: number;
            propertyCode: string;
            /** @description R-OWN-02 超过3天才录入 */
            recordLate: boolean;
            /**
             * @description R-OWN-02 基础资料：已录入 / 已核对
             * @enum {string}
             */
            recordStatus: "entered" | "verified";
            roomNo: string;
            titleNo: string | null;
            unit: string | null;
            /** @enum {string} */
            use: "residential" | "office" | "retail" | "hotel" | "apartment" | "parking" | "storage" | "other";
        };
        RoomPageDto: {
            items: components["schemas"]["RoomDto"][];
            nextCursor: string | null;
        };
        SaveGuideDto: {
            /** @description 项目ID */
            projectId: number;
            /** @description 办理须知 */
            text: string;
        };
        SavePlanDto: {
            /** @description 业主大会决议文件 */
            approvalDocument: string;
            /**
             * Format: date
             * @description 业主大会通过日期
             * @example 2026-11-23
             */
            approvedOn: string;
            /** @description 价格 */
            prices: components["schemas"]["PriceDto"][];
            /** @description 办理流程 */
            process: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 方案名称 */
            title: string;
        };
        SaveRenoSettingsDto: {
            fees: components["schemas"]["RenoFeesInput"];
            /** @description 办理须知 */
            guide: string;
            /** @description 施工时间 */
            hours: string;
            /** @description 项目ID */
            projectId: number;
            /** @description 装修监管电话 */
            supervisionPhone: string;
        };
        SendDefectsDto: {
            /** @description 送达方式及签收人 */
            note: string;
        };
        ShiftHandoverListDto: {
            /** Format: date-time */
            generatedAt: string;
            openRequests: components["schemas"]["RequestSummaryDto"][];
        };
        SlaDurationDto: {
            /** @enum {string} */
            unit: "minutes" | "hours" | "days" | "working_days";
            value: number;
        };
        SlaSettingsDto: {
            /** @description 节假日（YYYY-MM-DD） */
            holidays: string[];
            repair: components["schemas"]["RepairSlaDto"];
            /** @description 调休上班日（YYYY-MM-DD） */
            workdays: string[];
        };
        SmsCodeDto: {
            /** @description 手机号 */
            phone: string;
        };
        SmsLoginDto: {
            /** @description 验证码 */
            code: string;
            /** @description 手机号 */
            phone: string;
        };
        SmsSentDto: {
            ttlSeconds: number;
        };
        SpaceCountDto: {
            areaId: number;
            kind: string;
            n: number;
            state: string;
        };
        SpaceCreatedDto: {
            created: number;
        };
        SpaceDto: {
            areaId: number;
            areaName: string;
            /** @description 到期日 */
            endOn: string | null;
            holderApplicationId: number | null;
            /** @description 租用人 */
            holderName: string | null;
            id: number;
            /** @enum {string} */
            kind: "rental" | "vip" | "temporary" | "disabled" | "charging";
            no: string;
            note: string | null;
            /** @description 租用车牌 */
            plate: string | null;
            projectId: number;
            /** @enum {string} */
            state: "free" | "reserved" | "rented" | "fixed" | "out_of_use";
        };
        SpacePageDto: {
            items: components["schemas"]["SpaceDto"][];
            nextCursor: string | null;
        };
        SpaceStateDto: {
            /** @description 说明 */
            note?: string;
            /**
             * @description 车位状态
             * @enum {string}
             */
            state: "free" | "fixed" | "out_of_use";
        };
        StaffLoginDto: {
            /** @description 密码 */
            password: string;
            /** @description 用户名 */
            username: string;
        };
        StaffMemberDto: {
            /** Format: date-time */
            archivedAt: string | null;
            id: number;
            locked: boolean;
            name: string;
            phoneMasked: string | null;
            projectIds: number[];
            roles: ("head_office" | "project_manager" | "cs_supervisor" | "cs_assistant" | "service_clerk" | "quality_supervisor" | "engineering_supervisor" | "security_supervisor" | "cleaning_supervisor" | "landscaping_supervisor" | "technician" | "finance")[];
            username: string;
        };
        StaffPageDto: {
            items: components["schemas"]["StaffMemberDto"][];
            nextCursor: string | null;
        };
        StartQuizDto: {
            /** @description 项目ID */
            projectId: number;
        };
        StepEventDto: {
            action: string;
            actorName: string;
            at: string;
            label: string;
            note: string | null;
            toStatus: string | null;
        };
        SubmitQuizDto: {
            /** @description 答案 */
            answers: number[];
        };
        SubscriptionsDto: {
            templates: ("accepted" | "dispatched" | "finished" | "invoice_issued")[];
        };
        SurveyAnswerDto: {
            /** @description 保洁服务评分 */
            cleaning: number;
            /** @description 意见建议 */
            comment?: string;
            /** @description 绿化养护评分 */
            greening: number;
            /** @description 维修服务评分 */
            repair: number;
            /** @description 房屋 */
            roomId: number;
            /** @description 秩序维护评分 */
            security: number;
            /** @description 客户服务评分 */
            service: number;
        };
        SurveyAreaScoreDto: {
            /** @enum {string} */
            area: "service" | "repair" | "cleaning" | "security" | "greening";
            /** @description 平均分（1–5） */
            average: number | null;
            label: string;
        };
        SurveyCommentDto: {
            comment: string;
            /** Format: date-time */
            createdAt: string;
            roomLabel: string;
        };
        SurveyDetailDto: {
            areas: components["schemas"]["SurveyAreaScoreDto"][];
            /** Format: date-time */
            closesAt: string;
            /** @description 最近的意见建议（最多50条） */
            comments: components["schemas"]["SurveyCommentDto"][];
            /** @description 本项目已绑定房屋数（户） */
            households: number;
            id: number;
            /** @description 满意度指数（百分制） */
            index: number | null;
            /** Format: date-time */
            opensAt: string;
            projectId: number;
            quarter: string;
            quarterLabel: string;
            /** @description 答卷数（户） */
            responses: number;
            /** @description 平均分（1–5） */
            score: number | null;
            /** @enum {string} */
            status: "upcoming" | "open" | "closed";
            title: string;
        };
        SurveyRowDto: {
            areas: components["schemas"]["SurveyAreaScoreDto"][];
            /** Format: date-time */
            closesAt: string;
            id: number;
            /** @description 满意度指数（百分制） */
            index: number | null;
            /** Format: date-time */
            opensAt: string;
            projectId: number;
            quarter: string;
            quarterLabel: string;
            /** @description 答卷数（户） */
            responses: number;
            /** @description 平均分（1–5） */
            score: number | null;
            /** @enum {string} */
            status: "upcoming" | "open" | "closed";
            title: string;
        };
        SurveyYearDto: {
            /** @description 年度客户满意度指数：有答卷季度指数的平均（每季同权） */
            annualIndex: number | null;
            /** @description 四个季度都有答卷 */
            complete: boolean;
            /** @description 可以创建的季度（本季度、下季度中还没有调查的） */
            creatable: string[];
            /** @description 有答卷的季度数 */
            quartersSurveyed: number;
            surveys: components["schemas"]["SurveyRowDto"][];
            year: number;
        };
        TechnicianDto: {
            id: number;
            name: string;
            openOrders: number;
        };
        TechStatsDto: {
            inProgress: number;
            overdue: number;
            toAccept: number;
            todayAppointments: number;
        };
        TimelineEventDto: {
            action: string;
            actorKind: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            /**
             * @description owner：业主也可见；staff：仅员工可见
             * @enum {string}
             */
            audience: "owner" | "staff";
            fromStatus: string | null;
            id: number;
            /** @description 步骤名称（业主端为业主用语） */
            label: string;
            /** @description 员工端：处理说明；业主端：给业主看的说明 */
            note: string | null;
            photos: components["schemas"]["PhotoDto"][];
            toStatus: string | null;
        };
        TokenPairDto: {
            accessToken: string;
            /** @description 访问令牌有效秒数 */
            expiresIn: number;
            me: components["schemas"]["MeDto"];
            refreshToken: string;
        };
        UpdateBuildingDto: {
            /** @description 楼层数 */
            floors?: number;
            /** @description 楼栋名称 */
            name?: string;
        };
        UpdateCategoryDto: {
            /** @description 启用 */
            active?: boolean;
            /** @description 类别名称 */
            name?: string;
            /** @description 有偿 */
            paid?: boolean;
            /** @description 收费标准（分） */
            priceFen?: number | null;
            /** @description 收费说明 */
            priceNote?: string;
            /** @description 轮派名单 */
            rota?: number[];
            /** @description 排序 */
            sort?: number;
        };
        UpdateClassItemDto: {
            /** @description 启用 */
            active?: boolean;
            /**
             * @description 投诉类别
             * @enum {string}
             */
            category?: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT";
            /**
             * @description 重要程度
             * @enum {string}
             */
            importance?: "A" | "B" | "C";
            /** @description 常见投诉 */
            name?: string;
            /** @description 说明 */
            note?: string;
            /** @description 排序 */
            sort?: number;
        };
        UpdateFaqEntryDto: {
            /** @description 启用 */
            active?: boolean;
            /** @description 答案 */
            answer?: string;
            /**
             * @description 分类
             * @enum {string}
             */
            category?: "site" | "fees" | "phones" | "transport" | "shopping" | "dining" | "schools" | "housekeeping" | "common";
            /** @description 问题 */
            question?: string;
            /** @description 排序 */
            sort?: number;
        };
        UpdateFeeItemDto: {
            /** @description 启用 */
            active?: boolean;
            /** @description 收费依据 */
            basisNote?: string;
            /** @description 每月缴费截止日 */
            dueDay?: number;
            /** @description 违约金上限（本金百分比） */
            lateFeeCapPercent?: number;
            /** @description 违约金宽限天数 */
            lateFeeGraceDays?: number;
            /** @description 违约金（每日万分之） */
            lateFeePerTenThousand?: number;
            /** @description 名称 */
            name?: string;
            /** @description 计量收费的阶梯价 */
            tiers?: components["schemas"]["FeeTierDto"][];
            /** @description 单价（分） */
            unitFen?: number;
        };
        UpdateMoveInBatchDto: {
            /** @description 建设单位（开发商） */
            developerName: string;
            /**
             * Format: date
             * @description 集中交付结束日期
             * @example 2026-11-23
             */
            endOn: string;
            /** @description 专项维修资金（分/平方米） */
            fundFenPerM2: number;
            /** @description 入伙办理指南 */
            guide: string;
            /** @description 批次名称 */
            name: string;
            /** @description 缴费通知 */
            paymentNotice: string;
            /** @description 物业服务费（分/平方米·月） */
            propertyFeeFenPerM2: number;
            /** @description 预收物业服务费月数 */
            propertyFeeMonths: number;
            /** @description 装修须知 */
            renovationNotes: string;
            /**
             * Format: date
             * @description 集中交付开始日期
             * @example 2026-11-23
             */
            startOn: string;
        };
        UpdateOwnerDto: {
            /** @description 身份证号 */
            idNumber?: string;
            /** @description 重点客户 */
            isKeyCustomer?: boolean;
            /** @description 姓名 */
            name?: string;
            /** @description 备注 */
            note?: string;
            /** @description 手机号 */
            phone?: string;
        };
        UpdateProfileDto: {
            /** @description 姓名 */
            name: string;
        };
        UpdateProjectDto: {
            /** @description 地址 */
            address?: string;
            /**
             * @description 项目类型
             * @enum {string}
             */
            kind?: "residential" | "office" | "mixed";
            /** @description 项目名称 */
            name?: string;
            /** @description 服务中心电话 */
            servicePhone?: string;
        };
        UpdateRoomDto: {
            /** @description 建筑面积（0.01平方米） */
            area?: number;
            /**
             * Format: date
             * @description 交付日期
             * @example 2026-11-23
             */
            deliveredOn?: string;
            /** @description 楼层 */
            floor?: number;
            /** @description 户型 */
            layout?: string;
            /** @description 产权证号 */
            titleNo?: string;
            /** @description 单元 */
            unit?: string;
            /**
             * @description 用途
             * @enum {string}
             */
            use?: "residential" | "office" | "retail" | "hotel" | "apartment" | "parking" | "storage" | "other";
        };
        UpdateStaffDto: {
            /** @description 停用 */
            archived?: boolean;
            /** @description 姓名 */
            name?: string;
            /** @description 至少8位，含大写字母、小写字母、数字、符号中的至少三种，不能是常见密码 */
            password?: string;
            /** @description 负责项目 */
            projectIds?: number[];
            /** @description 角色 */
            roles?: ("head_office" | "project_manager" | "cs_supervisor" | "cs_assistant" | "service_clerk" | "quality_supervisor" | "engineering_supervisor" | "security_supervisor" | "cleaning_supervisor" | "landscaping_supervisor" | "technician" | "finance")[];
        };
        UploadDto: {
            /** @description 文件内容（base64） */
            contentBase64: string;
            /**
             * @description 文件类型
             * @enum {string}
             */
            contentType: "image/jpeg" | "image/png" | "image/webp";
            /** @description 文件名 */
            fileName: string;
        };
        UploadedDto: {
            id: number;
            thumbUrl: string;
            url: string;
        };
        VehicleDto: {
            color: string | null;
            id: number;
            model: string | null;
            personId: number;
            personName: string;
            plate: string;
            projectId: number;
            roomId: number | null;
            roomLabel: string | null;
            spaceNo: string | null;
        };
        VehiclePageDto: {
            items: components["schemas"]["VehicleDto"][];
            nextCursor: string | null;
        };
        VerifyRecordDto: {
            /** @description 核对的原件复印件 */
            documents: ("purchase_contract" | "title_certificate" | "id_card")[];
        };
        VisitorActionDto: {
            /** @description 接听人 */
            answeredBy?: string;
            /** @description 证件号码 */
            idNumber?: string;
            /** @description 原因 */
            reason?: string;
        };
        VisitorDto: {
            /** @description 当前用户可执行的操作 */
            allowedActions: ("approve" | "refuse" | "cancel" | "phone_approve" | "phone_refuse" | "enter" | "leave")[];
            /** @description 电话确认的接听人 */
            answeredBy: string | null;
            /** @description 访客码（仅预约人可见；工作人员可见） */
            code: string | null;
            confirmedAt: string | null;
            confirmedByName: string | null;
            /** @description app / phone / invite */
            confirmedVia: string | null;
            createdAt: string;
            enteredAt: string | null;
            enteredByName: string | null;
            hostName: string;
            id: number;
            /** @description 证件号码（遮掩） */
            idNumberMasked: string | null;
            leftAt: string | null;
            leftByName: string | null;
            name: string;
            peopleCount: number;
            /** @description 访客手机号（预约人可见全号，其他人遮掩） */
            phone: string | null;
            plate: string | null;
            projectId: number;
            /** @enum {string} */
            reason: "family" | "delivery" | "repair" | "business" | "other";
            reasonLabel: string;
            reasonNote: string | null;
            refuseReason: string | null;
            registeredByName: string | null;
            roomId: number;
            roomLabel: string;
            /** @description 显示的状态（过了来访日未使用为 expired） */
            shownStatus: string;
            /** @description gate / invite */
            source: string;
            sourceLabel: string;
            /** @enum {string} */
            status: "awaiting_host" | "invited" | "confirmed" | "refused" | "in" | "left" | "cancelled";
            statusLabel: string;
            /** @description 来访日期（项目时区） */
            visitOn: string;
        };
        VisitorHostDto: {
            /** @description 业主 / 家庭成员 / 租户 */
            kindLabel: string;
            name: string;
            personId: number;
        };
        VisitorPageDto: {
            items: components["schemas"]["VisitorDto"][];
            nextCursor: string | null;
        };
        VisitorRevealDto: {
            idNumber: string | null;
            phone: string | null;
        };
        WechatLoginDto: {
            /** @description 微信登录凭证 */
            code: string;
            /** @description 手机号授权凭证 */
            phoneCode?: string;
        };
        WeeklyDepthDto: {
            /** @description 原因分析 */
            cause: string;
            /** @description 纠正措施 */
            measures: string;
            /** @description 预防措施 */
            prevention: string;
        };
        WeeklyReviewPageDto: {
            items: components["schemas"]["FollowUpItemDto"][];
            nextCursor: string | null;
            /** @description 本周投诉中还没回顾的件数 */
            pendingCount: number;
            /**
             * Format: date
             * @description 本周周日
             */
            weekEnd: string;
            /**
             * Format: date
             * @description 本周周一（项目所在时区）
             */
            weekStart: string;
        };
        WorkOrderPrintContentsDto: {
            /** Format: date-time */
            appointmentEnd: string | null;
            /** Format: date-time */
            appointmentStart: string | null;
            assigneeName: string | null;
            categoryName: string;
            chargeKind: string;
            code: string;
            description: string;
            location: string | null;
            phoneMasked: string | null;
            priceFen: number | null;
            /** Format: date-time */
            receivedAt: string;
            requesterName: string;
            /** Format: date-time */
            requiredBy: string | null;
            roomLabel: string | null;
            /** @description 已完工时：每一轮的结果、费用与完工确认 */
            rounds: components["schemas"]["WorkRoundDto"][];
            /** @enum {string} */
            scope: "public" | "in_home";
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "normal";
        };
        WorkOrderPrintDto: {
            contents: components["schemas"]["WorkOrderPrintContentsDto"];
            /**
             * Format: date-time
             * @description 首次打印时间
             */
            firstPrintedAt: string;
            /** @description 第几次打印 */
            printCount: number;
            /**
             * Format: date-time
             * @description 本次打印时间
             */
            printedAt: string;
        };
        WorkReportActionDto: {
            /** @description 审核意见 */
            opinion?: string;
            /** @description 原因 */
            reason?: string;
            /**
             * Format: date
             * @description 审核日期
             * @example 2026-11-23
             */
            reviewedOn?: string;
            /** @description 审核委员 */
            reviewerName?: string;
        };
        WorkReportDetailDto: {
            allowedActions: ("submit" | "return" | "review" | "publish")[];
            createdByName: string;
            /**
             * Format: date-time
             * @description 应提交业委会的时间（当月28日结束）
             */
            dueAt: string;
            /** @description 草稿时为实时数据，提交业委会后为提交时的数据 */
            figures: components["schemas"]["WorkReportFiguresDto"];
            /** @description 数据是否已在提交业委会时固定 */
            figuresFrozen: boolean;
            id: number;
            /** @description 逾期：28日结束前未提交，或提交时已过 */
            late: boolean;
            /** @description YYYY-MM（项目所在时区） */
            month: string;
            plan: string;
            projectId: number;
            projectName: string;
            /** @description 公示时间 */
            publishedAt: string | null;
            publishedByName: string | null;
            /** @description 业委会退回的原因 */
            returnReason: string | null;
            /** @description 业委会审核日期 */
            reviewedAt: string | null;
            reviewerName: string | null;
            reviewOpinion: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "reviewed" | "published";
            /** @description 提交业委会时间 */
            submittedAt: string | null;
            submittedByName: string | null;
            summary: string;
        };
        WorkReportFiguresDto: {
            collection: components["schemas"]["CollectionFiguresDto"];
            complaints: components["schemas"]["ComplaintFiguresDto"];
            repairs: components["schemas"]["RepairFiguresDto"];
        };
        WorkReportFormDto: {
            /** @description 下月计划 */
            plan?: string;
            /** @description 本月工作 */
            summary?: string;
        };
        WorkReportPageDto: {
            items: components["schemas"]["WorkReportSummaryDto"][];
            nextCursor: string | null;
        };
        WorkReportSummaryDto: {
            createdByName: string;
            /**
             * Format: date-time
             * @description 应提交业委会的时间（当月28日结束）
             */
            dueAt: string;
            id: number;
            /** @description 逾期：28日结束前未提交，或提交时已过 */
            late: boolean;
            /** @description YYYY-MM（项目所在时区） */
            month: string;
            projectId: number;
            /** @description 公示时间 */
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "reviewed" | "published";
            /** @description 提交业委会时间 */
            submittedAt: string | null;
        };
        WorkRoundDto: {
            actorName: string;
            /** @description 户内维修完工确认（公共区域为空） */
            checklist: components["schemas"]["FinishChecklistDto"] | null;
            feeFen: number | null;
            /** Format: date-time */
            finishedAt: string;
            materials: components["schemas"]["MaterialOutDto"][];
            result: string | null;
            /** @description 第几轮（从 1 起） */
            round: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Activities_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 主题 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "planned" | "budget_pending" | "budget_approved" | "published" | "finished" | "archived" | "cancelled";
                /** @description 年度 */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPageDto"];
                };
            };
        };
    };
    Activities_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDetailDto"];
                };
            };
        };
    };
    Activities_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDetailDto"];
                };
            };
        };
    };
    Activities_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityDetailsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDetailDto"];
                };
            };
        };
    };
    Activities_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "request_budget" | "approve_budget" | "reject_budget" | "publish" | "finish" | "archive" | "cancel";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDetailDto"];
                };
            };
        };
    };
    Activities_callbacks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityCallbacksDto"];
                };
            };
        };
    };
    Activities_callback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCallbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityCallbacksDto"];
                };
            };
        };
    };
    Activities_signupList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivitySignupRowDto"][];
                };
            };
        };
    };
    Activities_plan: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
                /** @description 年度 */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPlanDto"];
                };
            };
        };
    };
    Activities_finalize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalizePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPlanDto"];
                };
            };
        };
    };
    Announcements_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 标题 */
                keyword?: string;
                /** @description 类别 */
                kind?: "notice" | "reminder" | "outage" | "activity";
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "draft" | "pending" | "published" | "withdrawn" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPageDto"];
                };
            };
        };
    };
    Announcements_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAnnouncementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDetailDto"];
                };
            };
        };
    };
    Announcements_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDetailDto"];
                };
            };
        };
    };
    Announcements_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDetailDto"];
                };
            };
        };
    };
    Announcements_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "submit" | "approve" | "reject" | "withdraw" | "redraft";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDetailDto"];
                };
            };
        };
    };
    Arrears_list: {
        parameters: {
            query: {
                /** @description 楼栋 */
                buildingId?: number;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 承诺到期 */
                promiseDue?: boolean;
                /** @description 排序 */
                sort?: "age" | "amount";
                /** @description 催缴阶段 */
                stage?: "none" | "remind" | "lawyer" | "suit";
                /** @description 本月待办 */
                todo?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsPageDto"];
                };
            };
        };
    };
    Arrears_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordArrearsActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsActionDto"];
                };
            };
        };
    };
    Arrears_notices: {
        parameters: {
            query: {
                /** @description 楼栋 */
                buildingId: number;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeBatchDto"];
                };
            };
        };
    };
    Arrears_recordNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordNoticesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedNoticesDto"];
                };
            };
        };
    };
    Arrears_room: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomArrearsDto"];
                };
            };
        };
    };
    Arrears_setLarge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LargeCustomerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    Auth_smsCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsSentDto"];
                };
            };
        };
    };
    Auth_smsLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    Auth_wechat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WechatLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    Auth_staffLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    Adjustments_list: {
        parameters: {
            query: {
                /** @description 账单 */
                billId?: number;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 房屋 */
                roomId?: number;
                /** @description 状态 */
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentPageDto"];
                };
            };
        };
    };
    Adjustments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeAdjustmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentDto"];
                };
            };
        };
    };
    Adjustments_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveAdjustmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentDto"];
                };
            };
        };
    };
    Adjustments_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectAdjustmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentDto"];
                };
            };
        };
    };
    Fees_listRuns: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillRunListDto"];
                };
            };
        };
    };
    Fees_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BillRunInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillRunDto"];
                };
            };
        };
    };
    Fees_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BillRunInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillRunPreviewDto"];
                };
            };
        };
    };
    Billing_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 账期 */
                period?: string;
                /** @description 项目ID */
                projectId: number;
                /** @description 房屋 */
                roomId?: number;
                /** @description 状态 */
                status?: "unpaid" | "paid" | "void";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillPageDto"];
                };
            };
        };
    };
    Billing_pay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskPaymentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDto"];
                };
            };
        };
    };
    Fees_oneOff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OneOffChargeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillIdDto"];
                };
            };
        };
    };
    People_bindings: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "pending" | "approved" | "rejected" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindingPageDto"];
                };
            };
        };
    };
    People_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindingDto"];
                };
            };
        };
    };
    People_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindingDto"];
                };
            };
        };
    };
    People_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindingDto"];
                };
            };
        };
    };
    Org_updateBuilding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBuildingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildingDto"];
                };
            };
        };
    };
    Desk_callbacks: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 范围 */
                due?: "soon" | "overdue" | "all";
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackPageDto"];
                };
            };
        };
    };
    Desk_callbackCounts: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackCountsDto"];
                };
            };
        };
    };
    Handover_list: {
        parameters: {
            query: {
                /** @description 收款员 */
                cashierId?: number;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 开始日期 */
                from?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "submitted" | "confirmed" | "short" | "withdrawn";
                /** @description 结束日期 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashHandoverPageDto"];
                };
            };
        };
    };
    Handover_make: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CashCreateHandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashHandoverDetailDto"];
                };
            };
        };
    };
    Handover_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashHandoverDetailDto"];
                };
            };
        };
    };
    Handover_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CashConfirmHandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashHandoverDetailDto"];
                };
            };
        };
    };
    Handover_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashHandoverDetailDto"];
                };
            };
        };
    };
    Handover_pending: {
        parameters: {
            query: {
                /** @description 营业日 */
                day?: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashPendingHandoverDto"];
                };
            };
        };
    };
    Communications_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 沟通对象 */
                keyCustomerId?: number;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 季度 */
                quarter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationPageDto"];
                };
            };
        };
    };
    Communications_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunicationFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationDto"];
                };
            };
        };
    };
    Communications_print: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
                /** @description 季度 */
                quarter: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationPrintDto"];
                };
            };
        };
    };
    ComplaintClasses_list: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassItemDto"][];
                };
            };
        };
    };
    ComplaintClasses_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClassItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassItemDto"];
                };
            };
        };
    };
    ComplaintClasses_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClassItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassItemDto"];
                };
            };
        };
    };
    Complaints_list: {
        parameters: {
            query: {
                /** @description 投诉类别 */
                category?: "KF" | "ZX" | "GC" | "BJ" | "YY" | "QT";
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 只看需立即处理 */
                immediate?: boolean;
                /** @description 重要程度 */
                importance?: "A" | "B" | "C";
                /** @description 编码、投诉人或内容 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 只看超时 */
                overdue?: boolean;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "received" | "handling" | "handled" | "replied" | "closed" | "invalid";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPageDto"];
                };
            };
        };
    };
    Complaints_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
        };
    };
    Complaints_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
        };
    };
    Complaints_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "review" | "regrade" | "acknowledge" | "forward" | "answer" | "handle" | "reply" | "callback" | "second_callback" | "extend" | "compensate" | "transfer" | "verify_identity";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
        };
    };
    Complaints_addParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPartyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
        };
    };
    Complaints_escalations: {
        parameters: {
            query?: {
                /** @description 项目ID */
                projectId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintSummaryDto"][];
                };
            };
        };
    };
    Complaints_guide: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintGuideDto"];
                };
            };
        };
    };
    Complaints_handlers: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlerDto"][];
                };
            };
        };
    };
    Complaints_stats: {
        parameters: {
            query: {
                /** @description 月份 */
                month: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintStatsDto"];
                };
            };
        };
    };
    Complaints_exportStats: {
        parameters: {
            query: {
                /** @description 月份 */
                month: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Billing_payMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskBatchPaymentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskBatchReceiptsDto"];
                };
            };
        };
    };
    Directory_rooms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryRoomDto"][];
                };
            };
        };
    };
    Directory_projects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryProjectDto"][];
                };
            };
        };
    };
    Directory_buildings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryBuildingDto"][];
                };
            };
        };
    };
    RepairCategories_publicCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairCategoryDto"][];
                };
            };
        };
    };
    Desk_duty: {
        parameters: {
            query: {
                /** @description 日期 */
                date: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyEntryDto"][];
                };
            };
        };
    };
    Desk_addDuty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDutyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyEntryDto"];
                };
            };
        };
    };
    Enquiries_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 关键字 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 只看超时 */
                overdue?: boolean;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "received" | "forwarded" | "replied";
                /** @description 类别 */
                type?: "suggestion" | "inquiry";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnquiryPageDto"];
                };
            };
        };
    };
    Enquiries_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnquiryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnquiryDetailDto"];
                };
            };
        };
    };
    Enquiries_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnquiryDetailDto"];
                };
            };
        };
    };
    Enquiries_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "forward" | "consult" | "ask_developer" | "reply" | "thank";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnquiryActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnquiryDetailDto"];
                };
            };
        };
    };
    Enquiries_stats: {
        parameters: {
            query: {
                /** @description 月份 */
                month: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnquiryRateDto"][];
                };
            };
        };
    };
    Faq_candidates: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqCandidateDto"][];
                };
            };
        };
    };
    Faq_adopt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptCandidateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqEntryDto"];
                };
            };
        };
    };
    Faq_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkDto"];
                };
            };
        };
    };
    Faq_list: {
        parameters: {
            query: {
                /** @description 分类 */
                category?: "site" | "fees" | "phones" | "transport" | "shopping" | "dining" | "schools" | "housekeeping" | "common";
                /** @description 关键字 */
                keyword?: string;
                /** @description 项目ID */
                projectId: number;
                /** @description 只看待审核 */
                reviewDue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqEntryDto"][];
                };
            };
        };
    };
    Faq_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFaqEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqEntryDto"];
                };
            };
        };
    };
    Faq_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFaqEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqEntryDto"];
                };
            };
        };
    };
    Faq_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewFaqDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqEntryDto"];
                };
            };
        };
    };
    Faq_scores: {
        parameters: {
            query: {
                /** @description 月份 */
                month: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizScoreDto"][];
                };
            };
        };
    };
    Faq_startQuiz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartQuizDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqQuizDto"];
                };
            };
        };
    };
    Faq_submitQuiz: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitQuizDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqQuizDto"];
                };
            };
        };
    };
    Faq_reviewStatus: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqReviewStatusDto"];
                };
            };
        };
    };
    Records_list: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "pending" | "approved" | "delivered" | "effective" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeChangeDto"][];
                };
            };
        };
    };
    Records_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeeChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeChangeDto"];
                };
            };
        };
    };
    Records_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeChangeDto"];
                };
            };
        };
    };
    Records_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeChangeDto"];
                };
            };
        };
    };
    Records_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverFeeChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeChangeDto"];
                };
            };
        };
    };
    Records_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeChangeNoticeDto"];
                };
            };
        };
    };
    Records_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectFeeChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeChangeDto"];
                };
            };
        };
    };
    Fees_list: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeItemListDto"];
                };
            };
        };
    };
    Fees_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeeItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeItemDto"];
                };
            };
        };
    };
    Fees_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeeItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeItemDto"];
                };
            };
        };
    };
    Greetings_board: {
        parameters: {
            query: {
                /** @description 节日 */
                festival?: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreetingBoardDto"];
                };
            };
        };
    };
    Greetings_greet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GreetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreetingDto"];
                };
            };
        };
    };
    FinanceToday_get: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceTodayDto"];
                };
            };
        };
    };
    FollowUps_history: {
        parameters: {
            query: {
                /** @description 工单ID */
                subjectId: number;
                /** @description 对象 */
                subjectKind: "repair" | "complaint";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpRecordDto"][];
                };
            };
        };
    };
    FollowUps_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFollowUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpRecordDto"];
                };
            };
        };
    };
    FollowUps_counts: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpCountsDto"];
                };
            };
        };
    };
    FollowUps_items: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 跟进类型 */
                kind: "daily" | "closure";
                /** @description 每页条数 */
                limit?: number;
                /** @description 只看超时 */
                overdue?: boolean;
                /** @description 每日跟进：今天还没跟进的；验证关闭：还没验证的 */
                pending?: boolean;
                /** @description 项目ID */
                projectId: number;
                /** @description 每日跟进·投诉：有今天到期或已过期的承诺 */
                promiseDue?: boolean;
                /** @description 对象 */
                subject: "repair" | "complaint";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPageDto"];
                };
            };
        };
    };
    FollowUps_weekly: {
        parameters: {
            query: {
                /** @description 只看重大投诉 */
                classA?: boolean;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 只看未回顾 */
                pending?: boolean;
                /** @description 项目ID */
                projectId: number;
                /** @description 这一周里的任一天（YYYY-MM-DD），默认本周；每周从周一开始 */
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeeklyReviewPageDto"];
                };
            };
        };
    };
    FollowUps_createWeekly: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWeeklyReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpRecordDto"];
                };
            };
        };
    };
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyDto"];
                };
            };
            /** @description 数据库不可用或有未执行的迁移 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Org_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Invoices_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 开始日期 */
                from?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 只看开票后退款的 */
                refunded?: boolean;
                /** @description 状态 */
                status?: "pending" | "issued" | "rejected" | "withdrawn";
                /** @description 结束日期 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRequestPageDto"];
                };
            };
        };
    };
    Invoices_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRequestDto"];
                };
            };
        };
    };
    Invoices_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueInvoiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRequestDto"];
                };
            };
        };
    };
    Invoices_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectInvoiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRequestDto"];
                };
            };
        };
    };
    KeyCustomers_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 关键字 */
                keyword?: string;
                /** @description 类别 */
                kind?: "committee" | "key";
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 沟通状态 */
                state?: "ok" | "due" | "overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCustomerPageDto"];
                };
            };
        };
    };
    KeyCustomers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKeyCustomerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCustomerDto"];
                };
            };
        };
    };
    KeyCustomers_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCustomerDto"];
                };
            };
        };
    };
    KeyCustomers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyCustomerFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCustomerDto"];
                };
            };
        };
    };
    KeyCustomers_reveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCustomerRevealDto"];
                };
            };
        };
    };
    MyActivities_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActivityPageDto"];
                };
            };
        };
    };
    MyActivities_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActivityDetailDto"];
                };
            };
        };
    };
    MyActivities_vote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyPollVoteFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActivityDetailDto"];
                };
            };
        };
    };
    MyActivities_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MySignupFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActivityDetailDto"];
                };
            };
        };
    };
    MyActivities_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkDto"];
                };
            };
        };
    };
    MyAnnouncements_list: {
        parameters: {
            query?: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAnnouncementPageDto"];
                };
            };
        };
    };
    MyAnnouncements_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAnnouncementDetailDto"];
                };
            };
        };
    };
    MyAnnouncements_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAnnouncementReadDto"];
                };
            };
        };
    };
    MyAnnouncements_urgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAnnouncementDto"][];
                };
            };
        };
    };
    Billing_mine: {
        parameters: {
            query?: {
                /** @description 状态 */
                status?: "unpaid" | "paid" | "void";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBillsDto"];
                };
            };
        };
    };
    Me_bindings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBindingDto"][];
                };
            };
        };
    };
    Me_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMyBindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBindingDto"];
                };
            };
        };
    };
    Me_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBindingDto"];
                };
            };
        };
    };
    Me_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBindingDto"];
                };
            };
        };
    };
    MyComplaints_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyComplaintDto"][];
                };
            };
        };
    };
    MyComplaints_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyCreateComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyComplaintDto"];
                };
            };
        };
    };
    MyComplaints_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyComplaintDto"];
                };
            };
        };
    };
    MyComplaints_guide: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintGuideDto"];
                };
            };
        };
    };
    MyComplaints_join: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyComplaintDto"];
                };
            };
        };
    };
    MyEnquiries_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyEnquiryDto"][];
                };
            };
        };
    };
    MyEnquiries_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyCreateEnquiryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyEnquiryDto"];
                };
            };
        };
    };
    MyEnquiries_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyEnquiryDto"];
                };
            };
        };
    };
    MyFaq_list: {
        parameters: {
            query: {
                /** @description 分类 */
                category?: "site" | "fees" | "phones" | "transport" | "shopping" | "dining" | "schools" | "housekeeping" | "common";
                /** @description 关键字 */
                keyword?: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqEntryDto"][];
                };
            };
        };
    };
    Fees_standards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeStandardsDto"];
                };
            };
        };
    };
    Invoices_mine: {
        parameters: {
            query?: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyInvoiceRequestPageDto"];
                };
            };
        };
    };
    Invoices_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvoiceRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRequestDto"];
                };
            };
        };
    };
    Invoices_myDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRequestDto"];
                };
            };
        };
    };
    Invoices_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRequestDto"];
                };
            };
        };
    };
    Invoices_invoiceable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceableBillsDto"];
                };
            };
        };
    };
    MyMoveIns_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyMoveInDto"][];
                };
            };
        };
    };
    MyMoveIns_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyMoveInDto"];
                };
            };
        };
    };
    MyMoveIns_book: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookMoveInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyMoveInDto"];
                };
            };
        };
    };
    MyMoveIns_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefectMoveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyMoveInDto"];
                };
            };
        };
    };
    MyParking_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"][];
                };
            };
        };
    };
    MyParking_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyApplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
        };
    };
    MyParking_myDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
        };
    };
    MyParking_resubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyResubmitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
        };
    };
    MyParking_renew: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
        };
    };
    MyParking_plan: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
        };
    };
    MyPasses_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDto"][];
                };
            };
        };
    };
    MyPasses_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyPassApplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDto"];
                };
            };
        };
    };
    MyPasses_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDto"];
                };
            };
        };
    };
    MyPasses_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "confirm" | "decline" | "cancel";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PassActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassDto"];
                };
            };
        };
    };
    MyPasses_getGuide: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideDto"];
                };
            };
        };
    };
    Payments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayOrderDto"];
                };
            };
        };
    };
    Payments_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayOrderDto"];
                };
            };
        };
    };
    Me_profile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MyReno_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoDto"][];
                };
            };
        };
    };
    MyReno_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenoFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoDto"];
                };
            };
        };
    };
    MyReno_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoDto"];
                };
            };
        };
    };
    MyReno_resubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenoFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoDto"];
                };
            };
        };
    };
    MyReno_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "confirm" | "decline" | "cancel" | "request_acceptance";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenoActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoDto"];
                };
            };
        };
    };
    MyReno_getGuide: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoGuideDto"];
                };
            };
        };
    };
    Me_rooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyRoomDto"][];
                };
            };
        };
    };
    Me_room: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roomId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyRoomDetailDto"];
                };
            };
        };
    };
    MyRequests_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestSummaryDto"][];
                };
            };
        };
    };
    MyRequests_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyCreateRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    MyRequests_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    MyRequests_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "review" | "dispatch" | "grab" | "accept" | "transfer" | "return" | "contact" | "arrive" | "reschedule" | "pause" | "resume" | "finish" | "confirm" | "callback" | "reopen" | "cancel" | "countersign" | "hand_in";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    Subscriptions_subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsDto"];
                };
            };
        };
    };
    MySurveys_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySurveyDto"][];
                };
            };
        };
    };
    MySurveys_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkDto"];
                };
            };
        };
    };
    Me_vehicles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleDto"][];
                };
            };
        };
    };
    MyVisitors_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorDto"][];
                };
            };
        };
    };
    MyVisitors_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteVisitorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorDto"];
                };
            };
        };
    };
    MyVisitors_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorDto"];
                };
            };
        };
    };
    MyVisitors_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "approve" | "refuse" | "cancel";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitorActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorDto"];
                };
            };
        };
    };
    MyWorkReports_list: {
        parameters: {
            query?: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyWorkReportPageDto"];
                };
            };
        };
    };
    MyWorkReports_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyWorkReportDetailDto"];
                };
            };
        };
    };
    Fees_readings: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 收费项目 */
                feeItemId?: number;
                /** @description 每页条数 */
                limit?: number;
                /** @description 账期 */
                period: string;
                /** @description 项目ID */
                projectId: number;
                /** @description 只看这些房屋（逗号分隔的ID，最多100个） */
                roomIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeterReadingPageDto"];
                };
            };
        };
    };
    Fees_enterReading: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeterReadingInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeterReadingDto"];
                };
            };
        };
    };
    MoveInBatches_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInBatchPageDto"];
                };
            };
        };
    };
    MoveInBatches_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMoveInBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInBatchDto"];
                };
            };
        };
    };
    MoveInBatches_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInBatchDto"];
                };
            };
        };
    };
    MoveInBatches_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMoveInBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInBatchDto"];
                };
            };
        };
    };
    MoveInBatches_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInBatchDto"];
                };
            };
        };
    };
    MoveInDefects_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefectMoveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInDto"];
                };
            };
        };
    };
    MoveInDesk_list: {
        parameters: {
            query: {
                /** @description 批次 */
                batchId?: number;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 购房人 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 房屋 */
                roomId?: number;
                /** @description 状态 */
                status?: "notified" | "waiting" | "handling" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInPageDto"];
                };
            };
        };
    };
    MoveInDesk_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInDto"];
                };
            };
        };
    };
    MoveInDesk_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "arrive" | "start" | "identity" | "agreements" | "fees" | "inspection" | "keys";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveInStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInDto"];
                };
            };
        };
    };
    MoveInDesk_charge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInDto"];
                };
            };
        };
    };
    MoveInDesk_sent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendDefectsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInDto"];
                };
            };
        };
    };
    MoveInDesk_getLimits: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInLimitsOutDto"];
                };
            };
        };
    };
    MoveInDesk_saveLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveInLimitsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInLimitsOutDto"];
                };
            };
        };
    };
    MoveInDesk_month: {
        parameters: {
            query: {
                /** @description 月份 */
                month: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInMonthDto"];
                };
            };
        };
    };
    Notifications_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"][];
                };
            };
        };
    };
    Notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    People_owners: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 姓名、手机号或物业编码/房号 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPageDto"];
                };
            };
        };
    };
    People_createOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOwnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetailDto"];
                };
            };
        };
    };
    People_owner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetailDto"];
                };
            };
        };
    };
    People_updateOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOwnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetailDto"];
                };
            };
        };
    };
    People_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetailDto"];
                };
            };
        };
    };
    People_reveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealDto"];
                };
            };
        };
    };
    ParkingDesk_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 关键字 */
                keyword?: string;
                /** @description 车位类型 */
                kind?: "rental" | "vip" | "disabled" | "charging";
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "submitted" | "incomplete" | "checked" | "waiting" | "offered" | "pending_approval" | "approved" | "awaiting_payment" | "paid" | "card_made" | "tested" | "active" | "rejected" | "cancelled" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageDto"];
                };
            };
        };
    };
    ParkingDesk_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
        };
    };
    ParkingDesk_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "check" | "contract" | "approve" | "refuse" | "make_card" | "test" | "hand_over" | "cancel";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParkingActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
        };
    };
    ParkingSetup_areas: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaDto"][];
                };
            };
        };
    };
    ParkingSetup_createArea: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAreaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaDto"];
                };
            };
        };
    };
    ParkingGate_plates: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
                /** @description 起始时间 */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatePlatesDto"];
                };
            };
        };
    };
    ParkingGate_csv: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
                /** @description 起始时间 */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParkingDesk_ledger: {
        parameters: {
            query: {
                /** @description 区域 */
                areaId?: number;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 即将到期天数 */
                expiringWithin?: number;
                /** @description 关键字 */
                keyword?: string;
                /** @description 车位类型 */
                kind?: "rental" | "vip" | "disabled" | "charging";
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "active" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPageDto"];
                };
            };
        };
    };
    ParkingSetup_plan: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
        };
    };
    ParkingSetup_savePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
        };
    };
    ParkingSetup_counts: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceCountDto"][];
                };
            };
        };
    };
    ParkingSetup_spaces: {
        parameters: {
            query: {
                /** @description 区域 */
                areaId?: number;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 车位编号 */
                keyword?: string;
                /** @description 车位类型 */
                kind?: "rental" | "vip" | "temporary" | "disabled" | "charging";
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 车位状态 */
                state?: "free" | "reserved" | "rented" | "fixed" | "out_of_use";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpacePageDto"];
                };
            };
        };
    };
    ParkingSetup_createSpaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpacesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceCreatedDto"];
                };
            };
        };
    };
    ParkingSetup_setState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpaceStateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceDto"];
                };
            };
        };
    };
    PassGate_byCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatePassDto"];
                };
            };
        };
    };
    PassGate_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PassActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatePassDto"];
                };
            };
        };
    };
    PassGate_releases: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 放行日期 */
                date?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassPageDto"];
                };
            };
        };
    };
    PassDesk_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 关键字 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 搬出日期 */
                moveOn?: string;
                /** @description 项目ID */
                projectId: number;
                /** @description 房屋 */
                roomId?: number;
                /** @description 状态 */
                status?: "awaiting_owner" | "submitted" | "issued" | "released" | "declined" | "rejected" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassPageDto"];
                };
            };
        };
    };
    PassDesk_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskPassDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskPassDetailDto"];
                };
            };
        };
    };
    PassDesk_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskPassDetailDto"];
                };
            };
        };
    };
    PassDesk_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "issue" | "reject";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PassActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskPassDetailDto"];
                };
            };
        };
    };
    PassDesk_getGuide: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideDto"];
                };
            };
        };
    };
    PassDesk_saveGuide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveGuideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideDto"];
                };
            };
        };
    };
    Billing_payments: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 开始日期 */
                from?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 收款方式 */
                method?: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan" | "wechat_pay";
                /** @description 项目ID */
                projectId: number;
                /** @description 退款情况 */
                refund?: "none" | "partial" | "full" | "any";
                /** @description 结束日期 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPageDto"];
                };
            };
        };
    };
    Payments_notify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Org_projects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"][];
                };
            };
        };
    };
    Org_createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
        };
    };
    Org_updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
        };
    };
    Records_codeTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeTableDto"];
                };
            };
        };
    };
    Records_approveCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApproveCodesResultDto"];
                };
            };
        };
    };
    Org_projectModules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectModulesDto"];
                };
            };
        };
    };
    Org_putProjectModules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutProjectModulesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectModulesDto"];
                };
            };
        };
    };
    Sla_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaSettingsDto"];
                };
            };
        };
    };
    Sla_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSlaSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaSettingsDto"];
                };
            };
        };
    };
    Org_buildings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildingDto"][];
                };
            };
        };
    };
    Org_createBuilding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBuildingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildingDto"];
                };
            };
        };
    };
    Org_clusters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDto"][];
                };
            };
        };
    };
    Org_createCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClusterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDto"];
                };
            };
        };
    };
    Org_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
        };
    };
    Org_stats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectStatsDto"];
                };
            };
        };
    };
    Org_projectsPage: {
        parameters: {
            query?: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 项目编码或名称 */
                keyword?: string;
                /** @description 项目类型 */
                kind?: "residential" | "office" | "mixed";
                /** @description 每页条数 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPageDto"];
                };
            };
        };
    };
    Billing_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDto"];
                };
            };
        };
    };
    Reconciliation_list: {
        parameters: {
            query?: {
                /** @description 对账日期 */
                billDate?: string;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 状态 */
                status?: "open" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconDiffPageDto"];
                };
            };
        };
    };
    Reconciliation_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveDiffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconDiffDto"];
                };
            };
        };
    };
    Reconciliation_days: {
        parameters: {
            query?: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconDayPageDto"];
                };
            };
        };
    };
    Reconciliation_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconcileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconDayDto"];
                };
            };
        };
    };
    Records_worklist: {
        parameters: {
            query: {
                /** @description 清单 */
                list: "unverified" | "late";
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordRowDto"][];
                };
            };
        };
    };
    Refunds_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "requested" | "processing" | "succeeded" | "rejected" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPageDto"];
                };
            };
        };
    };
    Refunds_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRefundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundDto"];
                };
            };
        };
    };
    Refunds_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideRefundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundDto"];
                };
            };
        };
    };
    Refunds_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRefundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundDto"];
                };
            };
        };
    };
    RenoDesk_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 关键字 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 只看审批超时 */
                overdue?: boolean;
                /** @description 项目ID */
                projectId: number;
                /** @description 房屋 */
                roomId?: number;
                /** @description 状态 */
                status?: "awaiting_owner" | "submitted" | "returned" | "reviewed" | "approved" | "permitted" | "acceptance_requested" | "rectifying" | "accepted" | "refused" | "declined" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoPageDto"];
                };
            };
        };
    };
    RenoDesk_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskRenoDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskRenoDetailDto"];
                };
            };
        };
    };
    RenoDesk_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskRenoDetailDto"];
                };
            };
        };
    };
    RenoDesk_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "return" | "review" | "approve" | "refuse" | "permit" | "request_acceptance" | "fail_acceptance" | "accept" | "refund_deposits";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenoActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskRenoDetailDto"];
                };
            };
        };
    };
    RenoDesk_inspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenoInspectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskRenoDetailDto"];
                };
            };
        };
    };
    RenoDesk_getGuide: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoGuideDto"];
                };
            };
        };
    };
    RenoDesk_saveGuide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRenoSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoGuideDto"];
                };
            };
        };
    };
    RenoDesk_inspections: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 关键字 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 巡查情况 */
                state?: "pending" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenoInspectionPageDto"];
                };
            };
        };
    };
    Catalogue_list: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItemDto"][];
                };
            };
        };
    };
    Catalogue_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItemDto"];
                };
            };
        };
    };
    Catalogue_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItemDto"];
                };
            };
        };
    };
    RepairCategories_categories: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairCategoryDto"][];
                };
            };
        };
    };
    Reports_collection: {
        parameters: {
            query: {
                /** @description 统计维度 */
                by?: "project" | "building" | "fee_item";
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 开始账期 */
                from?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 结束账期 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionReportDto"];
                };
            };
        };
    };
    Reports_exportCollection: {
        parameters: {
            query: {
                /** @description 统计维度 */
                by?: "project" | "building" | "fee_item";
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 开始账期 */
                from?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 结束账期 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Reports_repairKpis: {
        parameters: {
            query: {
                /** @description 月份 */
                month?: string;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairKpisDto"];
                };
            };
        };
    };
    Org_rooms: {
        parameters: {
            query: {
                /** @description 楼栋ID */
                buildingId?: number;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 物业编码、房号或单元 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomPageDto"];
                };
            };
        };
    };
    Org_createRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomDetailDto"];
                };
            };
        };
    };
    Org_room: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomDetailDto"];
                };
            };
        };
    };
    Org_updateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomDetailDto"];
                };
            };
        };
    };
    Records_feeInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeInfoDto"];
                };
            };
        };
    };
    Records_putFeeInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutFeeInfoDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeInfoDto"];
                };
            };
        };
    };
    Org_roomHistory: {
        parameters: {
            query?: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdHistoryPageDto"];
                };
            };
        };
    };
    Records_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordRowDto"];
                };
            };
        };
    };
    ServiceRequest_list: {
        parameters: {
            query: {
                /** @description 技工 */
                assigneeId?: number;
                /** @description 类别 */
                categoryId?: number;
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 只看抢单池 */
                inPool?: boolean;
                /** @description 单号、物业编码或报修人 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 只看超时 */
                overdue?: boolean;
                /** @description 项目ID */
                projectId: number;
                /** @description 阶段 */
                stage?: "in_progress" | "open";
                /** @description 状态 */
                status?: "received" | "dispatched" | "accepted" | "arrived" | "paused" | "finished" | "confirmed" | "closed" | "cancelled";
                /** @description 类型 */
                type?: "repair" | "complaint" | "suggestion" | "inquiry";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestPageDto"];
                };
            };
        };
    };
    ServiceRequest_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    ServiceRequest_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    ServiceRequest_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "review" | "dispatch" | "grab" | "accept" | "transfer" | "return" | "contact" | "arrive" | "reschedule" | "pause" | "resume" | "finish" | "confirm" | "callback" | "reopen" | "cancel" | "countersign" | "hand_in";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    Extensions_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExtensionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionDto"];
                };
            };
        };
    };
    ServiceRequest_handover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    ServiceRequest_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    ServiceRequest_print: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderPrintDto"];
                };
            };
        };
    };
    ServiceRequest_revealPhone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealPhoneDto"];
                };
            };
        };
    };
    ServiceRequest_secondCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
        };
    };
    Desk_counts: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskCountsDto"];
                };
            };
        };
    };
    ServiceRequest_duplicates: {
        parameters: {
            query: {
                /** @description 报修类别 */
                categoryId: number;
                /** @description 公共部位位置 */
                location?: string;
                /** @description 项目ID */
                projectId: number;
                /** @description 房屋 */
                roomId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestSummaryDto"][];
                };
            };
        };
    };
    Desk_shiftList: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftHandoverListDto"];
                };
            };
        };
    };
    Desk_shiftHandover: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShiftHandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyEntryDto"];
                };
            };
        };
    };
    Extensions_list: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
                /** @description 工单 */
                requestId?: number;
                /** @description 状态 */
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionDto"][];
                };
            };
        };
    };
    Extensions_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionDto"];
                };
            };
        };
    };
    Extensions_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionDto"];
                };
            };
        };
    };
    Sla_duePreview: {
        parameters: {
            query: {
                /** @description 预约结束时间（resolve：晚于时限时以预约结束为准） */
                appointmentEnd?: string;
                /** @description 起算时间（默认现在） */
                from?: string;
                /** @description 默认 resolve（维修完成） */
                kind?: "entry" | "dispatch" | "contact" | "resolve" | "completion_entry" | "callback" | "second_callback";
                /** @description 项目ID */
                projectId: number;
                /** @description 默认 normal */
                urgency?: "emergency" | "urgent" | "normal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuePreviewDto"];
                };
            };
        };
    };
    Staff_list: {
        parameters: {
            query?: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 姓名或用户名 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId?: number;
                /** @description 默认在职 */
                state?: "active" | "locked" | "archived" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPageDto"];
                };
            };
        };
    };
    Staff_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
        };
    };
    Staff_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
        };
    };
    Staff_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
        };
    };
    Staff_desk: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskColleagueDto"][];
                };
            };
        };
    };
    Tech_technicians: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicianDto"][];
                };
            };
        };
    };
    Surveys_year: {
        parameters: {
            query: {
                /** @description 项目ID */
                projectId: number;
                /** @description 年度 */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyYearDto"];
                };
            };
        };
    };
    Surveys_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDetailDto"];
                };
            };
        };
    };
    Surveys_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDetailDto"];
                };
            };
        };
    };
    Surveys_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDetailDto"];
                };
            };
        };
    };
    Tech_orders: {
        parameters: {
            query: {
                /** @description 范围 */
                scope: "mine" | "pool";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestSummaryDto"][];
                };
            };
        };
    };
    Tech_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechStatsDto"];
                };
            };
        };
    };
    Upload_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedDto"];
                };
            };
        };
    };
    Upload_get: {
        parameters: {
            query?: {
                /** @description 尺寸 */
                size?: "thumb";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    People_vehicles: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 车牌号 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehiclePageDto"];
                };
            };
        };
    };
    People_createVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVehicleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleDto"];
                };
            };
        };
    };
    People_archiveVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VisitorGate_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 来访日期 */
                date?: string;
                /** @description 关键字 */
                keyword?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "awaiting_host" | "invited" | "confirmed" | "refused" | "in" | "left" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorPageDto"];
                };
            };
        };
    };
    VisitorGate_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterVisitorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorDto"];
                };
            };
        };
    };
    VisitorGate_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorDto"];
                };
            };
        };
    };
    VisitorGate_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "phone_approve" | "phone_refuse" | "enter" | "leave";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitorActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorDto"];
                };
            };
        };
    };
    VisitorGate_reveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorRevealDto"];
                };
            };
        };
    };
    VisitorGate_byCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GateVisitorDto"];
                };
            };
        };
    };
    VisitorGate_hosts: {
        parameters: {
            query: {
                /** @description 房屋 */
                roomId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorHostDto"][];
                };
            };
        };
    };
    WorkReports_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
                /** @description 项目ID */
                projectId: number;
                /** @description 状态 */
                status?: "draft" | "submitted" | "reviewed" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkReportPageDto"];
                };
            };
        };
    };
    WorkReports_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkReportDetailDto"];
                };
            };
        };
    };
    WorkReports_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkReportDetailDto"];
                };
            };
        };
    };
    WorkReports_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkReportFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkReportDetailDto"];
                };
            };
        };
    };
    WorkReports_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "submit" | "return" | "review" | "publish";
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkReportActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkReportDetailDto"];
                };
            };
        };
    };
}
