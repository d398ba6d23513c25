//! The explorer's own strings: search, filters, sort, pages, charts.

crate::strings! {
    pub struct Explorer {
        skip_to_results: "跳到结果列表"
            | "Skip to results",
        search_label: "搜索"
            | "Search",
        search_placeholder: "输入关键词，如 低空、港口、drone"
            | "Keywords, e.g. drone, port, 低空",
        filters: "筛选"
            | "Filters",
        clear_all: "清除全部筛选"
            | "Clear all filters",
        sort_by: "排序"
            | "Sort by",
        prev_page: "上一页"
            | "Previous",
        next_page: "下一页"
            | "Next",
        pagination: "分页"
            | "Pages",
        ignored_notice: "链接中有无法识别的条件，已忽略："
            | "Parts of this link were not understood and were left out:",
        unknown_key: "未知参数"
            | "unknown setting",
        bad_value: "无效取值"
            | "invalid value",
        range_min: "最低"
            | "Min",
        range_max: "最高"
            | "Max",
        remove: "移除"
            | "Remove",
        active_filters: "当前筛选"
            | "Active filters",
        charts: "图表"
            | "Charts",
        results: "条"
            | "results",
        show_results: "查看"
            | "Show",
        show_results_after: "条结果"
            | "results",
    }
}
