/* eslint-disable */
// Generated from the API by `npm run gen:api`. Do not edit by hand.
export interface paths {
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
        get: operations["ServiceRequest_callbacks"];
        put?: never;
        post?: never;
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
        get: operations["ServiceRequest_publicCategories"];
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
        get: operations["ServiceRequest_duty"];
        put?: never;
        post: operations["ServiceRequest_addDuty"];
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
        post: operations["MyRequests_subscribe"];
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
    "/api/v1/projects/{id}/sla-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SlaAdmin_get"];
        put: operations["SlaAdmin_put"];
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
        get: operations["ServiceRequest_categories"];
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
        post: operations["SlaAdmin_request"];
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
        get: operations["ServiceRequest_counts"];
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
        get: operations["ServiceRequest_shiftList"];
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
        post: operations["ServiceRequest_shiftHandover"];
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
        get: operations["SlaAdmin_list"];
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
        post: operations["SlaAdmin_approve"];
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
        post: operations["SlaAdmin_reject"];
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
    "/api/v1/staff/technicians": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceRequest_technicians"];
        put?: never;
        post?: never;
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
        get: operations["ServiceRequest_techOrders"];
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
        get: operations["ServiceRequest_techStats"];
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
            /** @description 费用（分） */
            feeFen?: number;
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
            /** @description 放入抢单池 */
            toPool?: boolean;
        };
        BillDto: {
            /** @description 应缴金额（分） */
            amountFen: number;
            /** Format: date-time */
            createdAt: string;
            id: number;
            kind: string;
            /** @description 缴费时间 */
            paidAt: string | null;
            /** @description 缴款人（已缴：收据上的；待缴：报修人） */
            payerName: string | null;
            /** @description 收款记录 */
            paymentId: number | null;
            projectId: number;
            /** @description 收据号 */
            receiptNo: string | null;
            roomId: number;
            roomLabel: string;
            /** @description 来源单号（如报修单号） */
            sourceCode: string | null;
            sourceId: number;
            sourceType: string;
            /** @enum {string} */
            status: "unpaid" | "paid" | "void";
            title: string;
        };
        BillPageDto: {
            items: components["schemas"]["BillDto"][];
            nextCursor: string | null;
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
            phoneMasked: string | null;
            requesterName: string;
            requestId: number;
            roomLabel: string | null;
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
        ClockDto: {
            /** Format: date-time */
            breachedAt: string | null;
            cycle: number;
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
        CreateClusterDto: {
            /** @description 组团编码 */
            code: string;
            /** @description 组团名称 */
            name: string;
        };
        CreateDutyDto: {
            /** @description 记录内容 */
            content: string;
            /** @description 项目ID */
            projectId: number;
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
            /** @description 交付日期 */
            deliveredOn?: string;
            /** @description 楼层 */
            floor?: number;
            /** @description 户型 */
            layout?: string;
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
        CreateStaffDto: {
            /** @description 姓名 */
            name: string;
            /** @description 密码 */
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
        CreditsDto: {
            credits: {
                [key: string]: number;
            };
        };
        DecideDto: {
            /** @description 审批意见 */
            note?: string;
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
        HandoverDto: {
            /** @description 交接说明 */
            note?: string;
            /** @description 接手员工 */
            toStaffId: number;
        };
        HealthDto: {
            db: string;
            /** @enum {string} */
            dbKind: "sqlite" | "mysql";
            status: string;
            /** Format: date-time */
            time: string;
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
        MyBillsDto: {
            items: components["schemas"]["BillDto"][];
            /** @description 待缴合计（分） */
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
            /** @description 照片 */
            photoIds?: number[];
            /** @description 房屋 */
            roomId: number;
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
        MyRoomDetailDto: {
            area: number;
            buildingName: string;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            occupants: components["schemas"]["MyOccupantDto"][];
            projectId: number;
            projectName: string;
            propertyCode: string;
            roomId: number;
            roomNo: string;
            servicePhone: string | null;
            unit: string | null;
            use: string;
        };
        MyRoomDto: {
            area: number;
            buildingName: string;
            /** @enum {string} */
            kind: "owner" | "member" | "tenant";
            projectId: number;
            projectName: string;
            propertyCode: string;
            roomId: number;
            roomNo: string;
            servicePhone: string | null;
            unit: string | null;
            use: string;
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
            url: string;
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
        PutSlaSettingsDto: {
            holidays: string[];
            repair: components["schemas"]["RepairSlaDto"];
            workdays: string[];
        };
        ReasonDto: {
            /** @description 原因 */
            reason: string;
        };
        ReceiptDto: {
            amountFen: number;
            /** Format: date-time */
            at: string;
            companyName: string;
            /** @description R-CMP-19 收据上的意见征询语 */
            feedbackLine: string;
            /** @enum {string} */
            method: "cash" | "card" | "transfer" | "wechat_scan" | "alipay_scan";
            note: string | null;
            payerName: string;
            paymentId: number;
            projectName: string;
            propertyCode: string;
            receiptNo: string;
            receivedByName: string;
            roomLabel: string;
            /** @description 服务中心电话 */
            servicePhone: string | null;
            /** @description 来源单号（如报修单号） */
            sourceCode: string | null;
            /** @description 项目时区（收据上的时间按它显示），如 Asia/Shanghai */
            timeZone: string;
            title: string;
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
            /** @description 派单 */
            dispatchedAt: string | null;
            /** @description 完工 */
            finishedAt: string | null;
            /** @description 工单交回 */
            orderReturnedAt: string | null;
        };
        RefreshDto: {
            /** @description 刷新令牌 */
            refreshToken: string;
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
            /** @description YYYY-MM（项目所在时区） */
            month: string;
            /** @description 当前未完成且已超时的工单 */
            openOverdue: number;
            rated: number;
            received: number;
            resolved: number;
            resolvedOnTime: number;
            /** @description 百分比，一位小数，向下取整；无数据为 null */
            satisfactionRate: number | null;
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
            dispatch: components["schemas"]["SlaDurationDto"];
            entry: components["schemas"]["SlaDurationDto"];
            resolve: {
                [key: string]: components["schemas"]["SlaDurationDto"];
            };
            secondCallback: components["schemas"]["SlaDurationDto"];
        };
        RequestDetailDto: {
            allowedActions: ("dispatch" | "grab" | "accept" | "transfer" | "return" | "arrive" | "reschedule" | "pause" | "resume" | "finish" | "confirm" | "callback" | "reopen" | "cancel" | "hand_in")[];
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
            categoryId: number;
            categoryName: string;
            /** @enum {string} */
            channel: "miniapp" | "phone" | "walk_in" | "email" | "letter" | "website" | "patrol";
            chargeKind: string;
            clocks: components["schemas"]["ClockDto"][];
            code: string;
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
            dueKind: "entry" | "dispatch" | "resolve" | "completion_entry" | "callback" | "second_callback" | null;
            events: components["schemas"]["TimelineEventDto"][];
            feeFen: number | null;
            firstContactName: string | null;
            id: number;
            isImportant: boolean;
            isKeyCustomer: boolean;
            location: string | null;
            materials: components["schemas"]["MaterialOutDto"][];
            overdue: boolean;
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
            satisfaction: string | null;
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
            kind: "entry" | "dispatch" | "resolve" | "completion_entry" | "callback" | "second_callback";
            /** @description 延期原因 */
            reason: string;
            /** @description 延期至 */
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
            dueKind: "entry" | "dispatch" | "resolve" | "completion_entry" | "callback" | "second_callback" | null;
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
        RevealDto: {
            idNumber: string | null;
            phone: string | null;
        };
        RoomDetailDto: {
            /** @description 0.01平方米 */
            area: number;
            buildingId: number;
            buildingName: string;
            deliveredOn: string | null;
            floor: number | null;
            id: number;
            layout: string | null;
            occupantNames: string[];
            occupants: components["schemas"]["OccupantDto"][];
            projectId: number;
            propertyCode: string;
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
            deliveredOn: string | null;
            floor: number | null;
            id: number;
            layout: string | null;
            occupantNames: string[];
            projectId: number;
            propertyCode: string;
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
        SubscriptionsDto: {
            templates: ("accepted" | "dispatched" | "finished")[];
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
            fromStatus: string | null;
            id: number;
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
            /** @description 交付日期 */
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
            /** @description 密码 */
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
        WechatLoginDto: {
            /** @description 微信登录凭证 */
            code: string;
            /** @description 手机号授权凭证 */
            phoneCode?: string;
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
    Billing_list: {
        parameters: {
            query: {
                /** @description 翻页游标 */
                cursor?: string;
                /** @description 每页条数 */
                limit?: number;
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
    ServiceRequest_callbacks: {
        parameters: {
            query: {
                /** @description 范围 */
                due?: "soon" | "overdue" | "all";
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
                    "application/json": components["schemas"]["CallbackItemDto"][];
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
    ServiceRequest_publicCategories: {
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
    ServiceRequest_duty: {
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
    ServiceRequest_addDuty: {
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
                action: "dispatch" | "grab" | "accept" | "transfer" | "return" | "arrive" | "reschedule" | "pause" | "resume" | "finish" | "confirm" | "callback" | "reopen" | "cancel" | "hand_in";
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
    MyRequests_subscribe: {
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
    SlaAdmin_get: {
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
    SlaAdmin_put: {
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
    ServiceRequest_categories: {
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
                action: "dispatch" | "grab" | "accept" | "transfer" | "return" | "arrive" | "reschedule" | "pause" | "resume" | "finish" | "confirm" | "callback" | "reopen" | "cancel" | "hand_in";
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
    SlaAdmin_request: {
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
    ServiceRequest_counts: {
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
    ServiceRequest_shiftList: {
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
    ServiceRequest_shiftHandover: {
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
    SlaAdmin_list: {
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
    SlaAdmin_approve: {
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
    SlaAdmin_reject: {
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
    Staff_list: {
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
                    "application/json": components["schemas"]["StaffMemberDto"][];
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
    ServiceRequest_technicians: {
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
    ServiceRequest_techOrders: {
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
    ServiceRequest_techStats: {
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
}
