package jixiao.access;

import jixiao.common.Messages;

public enum Role {
    /** 系统管理员: users, units, configuration; sees everything. */
    ADMIN,
    /** 财政局绩效科: sees and reviews every unit, runs monitoring, returns reports. */
    FINANCE,
    /** 单位填报人: bound to one or more units, sees and edits only those. */
    BUREAU;

    public String label() {
        return Messages.text("role." + name());
    }

    public boolean seesAllUnits() {
        return this != BUREAU;
    }
}
