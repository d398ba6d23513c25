//! The error panel's strings (what a problem says is in `expected.rs` and `problem.rs`).

crate::strings! {
    pub struct Errors {
        error_title: "数据未能加载"
            | "The data could not be loaded",
        error_lead: "数据文件有问题，下面列出了每一处："
            | "Something is wrong with the data files. Every problem is listed below:",
        error_file: "文件"
            | "File",
        error_where: "位置"
            | "Where",
        error_found: "实际值"
            | "Found",
        error_expected: "应为"
            | "Expected",
        retry: "重试"
            | "Try again",
        show_valid_anyway: "仍然显示有效的记录"
            | "Show the valid records anyway",
        warnings: "提示"
            | "Notes",
    }
}
