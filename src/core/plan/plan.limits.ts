/**
 * Field limits of the SharePoint lists that hold the plan. The schemas enforce them so a value
 * that SharePoint would truncate or refuse is caught in the form, and a hand-edited list item
 * that breaks them is flagged when read.
 */

/**
 * "Single line of text" columns hold at most 255 characters. SharePoint counts UTF-16 code units
 * (nvarchar), as JavaScript's `length` does, so an emoji counts as two.
 */
export const SINGLE_LINE_MAX = 255;

/** "Multiple lines of text" columns (plain text) hold at most 63,999 characters. */
export const MULTI_LINE_MAX = 63_999;

/** Budgets are amounts in euro, to the cent. */
export const BUDGET_DECIMALS = 2;

/** SharePoint "Date and Time" columns accept dates from 1 January 1900 to 31 December 8900. */
export const SHAREPOINT_DATE_MIN = '1900-01-01';
export const SHAREPOINT_DATE_MAX = '8900-12-31';
