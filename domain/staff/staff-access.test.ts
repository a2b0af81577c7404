import { describe, expect, it } from "vitest";
import { can, staffPermissions } from "@/config/staff-permissions";
import type { StaffActor } from "@/config/staff-roles";
import { NotAllowedError, requirePermission } from "./staff-access";

const admin: StaffActor = { id: "a", email: "a@dostek.kg", role: "admin", office: null };
const osh: StaffActor = { id: "o", email: "o@dostek.kg", role: "operator", office: "osh" };
const accountant: StaffActor = { id: "c", email: "c@dostek.kg", role: "accountant", office: null };

describe("the permission table", () => {
  it("gives an operator office work at their own office only, and no say over money requests", () => {
    expect(can(osh, "officeWork", "osh")).toBe(true);
    expect(can(osh, "officeWork", "jalal-abad")).toBe(false);
    // Without an office: may they do it at all (for their own office).
    expect(can(osh, "officeWork")).toBe(true);
    expect(can(osh, "decideMoneyRequests")).toBe(false);
    expect(can(osh, "requestReversal", "osh")).toBe(true);
    expect(can(osh, "requestReversal", null)).toBe(false);
  });

  it("lets accountants and admins decide money requests, and only admins ask to adjust a balance", () => {
    expect(can(accountant, "decideMoneyRequests")).toBe(true);
    expect(can(admin, "decideMoneyRequests")).toBe(true);
    expect(can(accountant, "requestBalanceAdjustment")).toBe(false);
    expect(can(admin, "requestBalanceAdjustment")).toBe(true);
    expect(can(accountant, "officeWork")).toBe(false);
  });

  it("is read by the domain's check, which refuses with what was refused", () => {
    expect(() => requirePermission(osh, "officeWork", "record payments", "jalal-abad")).toThrow(
      new NotAllowedError("operator of osh may not record payments for jalal-abad"),
    );
    expect(() => requirePermission(admin, "officeWork", "record payments", "jalal-abad")).not.toThrow();
    // Every row names only known roles, with a known reach.
    for (const row of Object.values(staffPermissions))
      for (const [role, reach] of Object.entries(row)) {
        expect(["admin", "operator", "accountant"]).toContain(role);
        expect(["any", "own"]).toContain(reach);
      }
  });
});
