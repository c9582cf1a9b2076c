import type { CalendarLocale } from "../types.js";

export const calendar: CalendarLocale = {
  months: [
    ["januar", "jänner", "jan"],
    ["februar", "feber", "feb", "febr"],
    ["märz", "mär", "mrz"],
    ["april", "apr"],
    ["mai"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["dezember", "dez"],
  ],
  weekdays: [
    ["montag", "mo"],
    ["dienstag", "di"],
    ["mittwoch", "mi"],
    ["donnerstag", "do"],
    ["freitag", "fr"],
    ["samstag", "sonnabend", "sa"],
    ["sonntag", "so"],
  ],
};
