import type { CalendarLocale } from "../types.js";

export const calendar: CalendarLocale = {
  months: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  weekdays: [
    ["monday", "mon"],
    ["tuesday", "tue", "tues"],
    ["wednesday", "wed"],
    ["thursday", "thu", "thurs"],
    ["friday", "fri"],
    ["saturday", "sat"],
    ["sunday", "sun"],
  ],
};
