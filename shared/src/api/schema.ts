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
        CreateClusterDto: {
            /** @description 组团编码 */
            code: string;
            /** @description 组团名称 */
            name: string;
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
        HealthDto: {
            db: string;
            /** @enum {string} */
            dbKind: "sqlite" | "mysql";
            status: string;
            /** Format: date-time */
            time: string;
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
        ReasonDto: {
            /** @description 原因 */
            reason: string;
        };
        RefreshDto: {
            /** @description 刷新令牌 */
            refreshToken: string;
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
