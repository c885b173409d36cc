import { z } from "zod";
import { ZNewEmployee, ZNewGroup, ZNewPin } from "@/server/domain/employee";
import { createEmployee, listEmployees, resetPin, setEmployeeActive, unlockEmployee } from "@/server/services/employees";
import { createGroup, deleteGroup, listGroups, setGroupMember } from "@/server/services/staff-groups";
import { personProcedure, storeProcedure } from "../init";

const ZEmployeeId = z.object({ id: z.int().positive() });
const ZGroupId = z.object({ groupId: z.int().positive() });

/** Managers look after the people of their stores; the services check each person against the caller. */
export const employeesRouter = {
  list: storeProcedure("store.manage").query(async ({ ctx, input }) => await listEmployees(ctx.principal, input.storeId)),
  create: personProcedure
    .input(ZNewEmployee)
    .mutation(async ({ ctx, input }) => await createEmployee(ctx.principal, input)),
  setActive: personProcedure
    .input(ZEmployeeId.extend({ active: z.boolean() }))
    .mutation(async ({ ctx, input }) => await setEmployeeActive(ctx.principal, input.id, input.active)),
  resetPin: personProcedure
    .input(ZEmployeeId.extend(ZNewPin.shape))
    .mutation(async ({ ctx, input }) => await resetPin(ctx.principal, input.id, input.pin)),
  unlock: personProcedure.input(ZEmployeeId).mutation(async ({ ctx, input }) => await unlockEmployee(ctx.principal, input.id)),
  // Staff groups (kitchen, expo, drivers): orders are assigned to them, and "My orders" on the board includes a person's groups.
  groups: storeProcedure("store.manage").query(async ({ input }) => await listGroups(input.storeId)),
  createGroup: storeProcedure("store.manage")
    .input(ZNewGroup)
    .mutation(async ({ input }) => await createGroup(input.storeId, input.name)),
  deleteGroup: storeProcedure("store.manage")
    .input(ZGroupId)
    .mutation(async ({ input }) => await deleteGroup(input.storeId, input.groupId)),
  setGroupMember: storeProcedure("store.manage")
    .input(ZGroupId.extend({ employeeId: z.int().positive(), member: z.boolean() }))
    .mutation(async ({ input }) => await setGroupMember(input.storeId, input.groupId, input.employeeId, input.member)),
};
