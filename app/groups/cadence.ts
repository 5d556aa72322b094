// How often a group meets; the meetings issue derives date proposals from it.
export const groupCadences = ["monthly", "bimonthly", "quarterly", "half_yearly", "ad_hoc"] as const;
export type GroupCadence = (typeof groupCadences)[number];

export const groupKinds = ["steering", "forum", "specialist"] as const;
