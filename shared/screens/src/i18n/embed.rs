//! The strings of an embed (the frame on a zone's website) and of the embed builder (`#/embed`).

use crate::lang::Lang;

crate::strings! {
    /// Inside the frame.
    pub struct Embed {
        full_explorer: "完整版"
            | "Full explorer",
        new_tab: "（在新标签页打开）"
            | "(opens in a new tab)",
        ignored_notice: "嵌入设置中有无法识别的选项，已忽略："
            | "Some embed settings were not understood and were left out:",
        map: "地图"
            | "Map",
    }
}

crate::strings! {
    /// The builder's page.
    pub struct Builder {
        title: "嵌入到您的网站"
            | "Embed on your website",
        intro: "选择园区、板块、语言和颜色，把代码粘贴到您网站的页面中。下方预览与代码显示的内容完全一致。"
            | "Pick your zone, section, language and colour, then paste the code into a page of your website. The preview below shows exactly what the code shows.",
        zones: "园区（不选即全部园区）"
            | "Zones (none ticked: every zone)",
        section: "板块"
            | "Section",
        language: "语言"
            | "Language",
        accent: "主题色"
            | "Accent colour",
        limit: "每页条数"
            | "Items per page",
        any: "不限"
            | "Any",
        only_open: "只显示仍可对接的（征集中、可供地、有效）"
            | "Only what is open now (open, available, in force)",
        presets: "沿用的筛选条件："
            | "Filters carried over from the explorer:",
        drop_presets: "不沿用"
            | "Leave them out",
        script_snippet: "脚本代码（推荐：自动适应内容高度）"
            | "Script snippet (recommended: sizes itself to its content)",
        iframe_snippet: "纯 iframe 代码（固定高度，适用于不允许外部脚本的网站）"
            | "Plain iframe snippet (fixed height, for sites that allow no third-party script)",
        copy: "复制代码"
            | "Copy the code",
        copied: "已复制到剪贴板。"
            | "Copied to the clipboard.",
        copy_failed: "无法自动复制：请选中代码后手动复制。"
            | "Could not copy automatically: select the code and copy it.",
        preview: "预览"
            | "Preview",
        csp: "如果您的网站设置了内容安全策略（CSP），请在 script-src 和 frame-src 中加入："
            | "If your website sets a Content-Security-Policy, add this origin to script-src and frame-src:",
        fallback: "在科创淮河投资机会中查看"
            | "View in the Huaihe investment explorer",
        frame_title: "科创淮河投资机会"
            | "Huaihe investment explorer",
        open_builder: "将这些结果嵌入您的网站"
            | "Embed these results on your website",
    }
}

/// Said when the accent asked for was too light and the embed uses a darker one.
pub fn darkened_note(asked: &str, used: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "颜色 {asked} 与背景的对比度低于 4.5:1，文字难以辨认，已自动加深为 {used}。"
        ),
        Lang::En => format!(
            "The colour {asked} has less than 4.5:1 contrast with the background and would be hard to read, so {used} is used instead."
        ),
    }
}
