import { describe, expect, it } from "vitest";
import { assignmentLabel, isMine } from "./assignment";

const names = { people: [{ id: 1, name: "Sam Rivera", role: "staff" as const }], groups: [{ id: 7, name: "Kitchen", memberIds: [2] }] };

describe("an order's assignment on the board", () => {
  it("names the person and the group, either, or neither", () => {
    expect(assignmentLabel({ assigneeId: 1, groupId: 7 }, names)).toBe("Sam Rivera · Kitchen");
    expect(assignmentLabel({ assigneeId: null, groupId: 7 }, names)).toBe("Kitchen");
    expect(assignmentLabel({ assigneeId: 1, groupId: null }, names)).toBe("Sam Rivera");
    expect(assignmentLabel({ assigneeId: null, groupId: null }, names)).toBeUndefined();
  });

  it("counts an order as mine when it is assigned to me or to a group I am in", () => {
    expect(isMine({ assigneeId: 1, groupId: null }, 1, names)).toBe(true);
    expect(isMine({ assigneeId: null, groupId: 7 }, 2, names)).toBe(true);
    expect(isMine({ assigneeId: null, groupId: 7 }, 1, names)).toBe(false);
    expect(isMine({ assigneeId: 1, groupId: null }, undefined, names)).toBe(false);
  });
});
