package jixiao.importing;

public enum TableKind {
    /** 项目支出绩效目标表: the targets of one budget project. */
    PROJECT,
    /** 部门整体绩效目标: the targets of the department as a whole. */
    DEPARTMENT
}
