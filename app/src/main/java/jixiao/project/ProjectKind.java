package jixiao.project;

public enum ProjectKind {
    /** 项目支出绩效目标表. */
    PROJECT,
    /** 部门整体绩效目标: monitored and self-evaluated like a project. */
    DEPARTMENT
}
