//! The strings every page uses: the shell, the navigation, units, and what records say.
//! Each is written once, Chinese first, English beside it (`strings!`).

crate::strings! {
    pub struct Strings {
        app_name: "科创淮河 · 投资机会"
            | "Sci-Tech Huaihe · Investment Explorer",
        app_tagline: "淮河生态经济带高新区产业科技创新战略联盟"
            | "Huaihe Eco-Economic Belt High-tech Zone Industrial Sci-Tech Innovation Alliance",
        skip_to_content: "跳到正文"
            | "Skip to content",
        nav_label: "主导航"
            | "Main navigation",
        nav_home: "首页"
            | "Home",
        nav_scenarios: "场景开放"
            | "Application scenarios",
        nav_projects: "内河+低空项目"
            | "River & low-altitude projects",
        nav_parcels: "园区用地"
            | "Land parcels",
        nav_incentives: "优惠政策"
            | "Incentives",
        nav_river_air: "内河+低空"
            | "River + low-altitude",
        nav_zones: "高新区"
            | "Zones",
        nav_alliance: "联盟"
            | "Alliance",
        switch_language: "English"
            | "中文",
        loading: "正在加载数据…"
            | "Loading data…",
        loading_page: "正在加载页面…"
            | "Loading the page…",
        sample_notice: "场景、项目、用地和政策条目为演示用的虚构示例，不是正式发布的招商信息；高新区和联盟信息来自公开资料并注明出处。"
            | "The scenarios, projects, parcels and incentives are illustrative examples, not official investment listings. Zone and alliance facts come from public sources, which are cited.",
        sample_badge: "示例数据"
            | "Sample data",
        fig_zones: "家成员高新区"
            | "member high-tech zones",
        fig_provinces: "个省份"
            | "provinces",
        fig_open_scenarios: "个开放场景"
            | "open scenarios",
        fig_scenario_budget: "开放场景预算上限合计"
            | "maximum budgets of open scenarios, combined",
        fig_river_projects: "个招商中的内河项目"
            | "open inland-river projects",
        fig_air_projects: "个招商中的低空项目"
            | "open low-altitude projects",
        fig_project_investment: "招商中项目总投资"
            | "total investment of open projects",
        fig_parcels: "宗可供地块"
            | "available parcels",
        fig_parcel_area: "可供用地面积"
            | "land available",
        fig_incentives: "项有效政策"
            | "active incentives",
        unit_mu: "亩"
            | "mu",
        unit_ha: "公顷"
            | "ha",
        unit_km: "公里"
            | "km",
        data_updated: "数据更新于"
            | "Data updated",
        pack_version: "数据版本"
            | "Data version",
        open_now: "当前开放"
            | "Open now",
        zone: "高新区"
            | "Zone",
        status: "状态"
            | "Status",
        deadline: "截止日期"
            | "Deadline",
        budget: "预算"
            | "Budget",
        investment: "总投资"
            | "Total investment",
        area: "面积"
            | "Area",
        price: "地价"
            | "Land price",
        plot_ratio: "容积率"
            | "Plot ratio",
        land_use: "用地性质"
            | "Permitted use",
        category: "类别"
            | "Category",
        valid_until: "有效期至"
            | "Valid until",
        validity: "有效期"
            | "Validity period",
        industry: "产业"
            | "Industry",
        track: "赛道"
            | "Track",
        contact: "联系方式"
            | "Contact",
        phone: "电话"
            | "Phone",
        email: "邮箱"
            | "Email",
        website: "网址"
            | "Website",
        verified: "最近核实"
            | "Last verified",
        sources: "来源"
            | "Sources",
        requirements: "申报主体要求"
            | "Who may apply",
        seeking: "合作方式"
            | "Partnership sought",
        stage: "阶段"
            | "Stage",
        utilities: "配套条件"
            | "Utilities ready",
        distances: "交通距离"
            | "Distances",
        policy: "政策文件"
            | "Policy document",
        eligibility: "适用条件"
            | "Eligibility",
        national_since: "获批国家级"
            | "National since",
        leading_industries: "主导产业"
            | "Leading industries",
        coords_city: "位置为所在城市（县）中心，并非园区边界。"
            | "Location is the city (or county) seat, not the zone boundary.",
        low_confidence: "可信度较低"
            | "low confidence",
        translation_missing: "（仅有英文）"
            | "(in Chinese only)",
        publisher_unnamed: "未署名"
            | "publisher not named",
        copy_posted: "副本发布于"
            | "copy posted",
        list_comma: "，"
            | ", ",
        cite_colon: "："
            | ": ",
        titles_as_published: ""
            | "Titles are given as published, mostly in Chinese.",
        foreign_title: "（外文原题）"
            | "",
        official_website: "官方网站"
            | "Official website",
        no_sourced: "暂无可靠来源"
            | "no reliable source yet",
        key_figures: "园区发布的数据"
            | "Figures the zone has published",
        alliance_contact: "联盟秘书处"
            | "The alliance secretariat",
        back_to_list: "返回列表"
            | "Back to the list",
        not_found_title: "页面不存在"
            | "Page not found",
        not_found_body: "这个链接没有对应的页面，可能已经失效或输入有误。"
            | "This link does not lead to a page. It may be outdated or mistyped.",
        record_not_found: "没有找到这条记录，它可能已被移除或编号有误。"
            | "This record was not found. It may have been removed, or the id is wrong.",
        go_home: "回到首页"
            | "Go to the home page",
        alliance_founded: "成立"
            | "Founded",
        alliance_secretariat: "秘书处"
            | "Secretariat",
        alliance_directions: "五个工作方向"
            | "Five areas of work",
        alliance_milestones: "大事记"
            | "Milestones",
        river_air_lead: "“内河+低空”双轮驱动：沿淮港口航运与低空经济项目。"
            | "Two growth engines, \"inland river + low-altitude\": port and shipping projects along the Huaihe, and the low-altitude economy.",
        footer_data: "静态数据包，可由各高新区自行更新。"
            | "A static data pack that each zone can update itself.",
        projects_count: "项目数"
            | "Projects",
        track_projects_all: "项目数（含各状态）"
            | "Projects (all statuses)",
        track_investment_all: "总投资（含各状态）"
            | "Total investment (all statuses)",
        no_results: "没有符合条件的结果。"
            | "Nothing matches these filters.",
        incentives_applying: "适用的优惠政策"
            | "Incentives that apply",
        if_investing: "投资额不低于"
            | "if investing at least",
        could_host: "可承载的场景与项目"
            | "Scenarios and projects it could host",
        parcels_applying: "适用的地块"
            | "Parcels where it applies",
        zones_applying: "适用的高新区"
            | "Zones where it applies",
        similar_elsewhere: "其他联盟园区的类似机会"
            | "Similar in other alliance zones",
        in_this_zone: "本园区的机会"
            | "Opportunities in this zone",
        river_activity: "内河动态（据公开资料）"
            | "Inland-river activity (from public sources)",
        air_activity: "低空动态（据公开资料）"
            | "Low-altitude activity (from public sources)",
        chart_table: "以表格查看图表数据"
            | "Show the chart as a table",
        river_here: "本园区的内河项目"
            | "Inland-river projects in this zone",
        air_here: "本园区的低空项目"
            | "Low-altitude projects in this zone",
        no_contact: "本数据包尚未收录该园区招商部门的公开联系方式。"
            | "This data pack holds no published contact for the zone's investment office yet.",
        supports: "佐证"
            | "supports",
        official_name: "正式名称"
            | "Official name",
        english_name_note: "英文名称为译名，来源可信度低"
            | "the English name is a translation; low confidence",
        amount: "金额"
            | "Amount",
        rate: "比例"
            | "Rate",
        cap: "上限"
            | "Cap",
        timeline: "建设周期"
            | "Construction period",
        planned_start: "计划开工"
            | "Planned start",
        months: "个月"
            | "months",
        location: "位置"
            | "Location",
        min_investment: "最低投资额"
            | "Minimum investment",
        dist_port: "港口"
            | "port",
        dist_airport: "机场"
            | "airport",
        dist_expressway: "高速出入口"
            | "expressway entrance",
        dist_rail: "铁路货运站"
            | "rail freight yard",
    }
}
