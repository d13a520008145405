/**
 * Danish public holidays and the counting of procedural time limits (D0-3, D0-5), behind a small
 * interface so that a caller can supply its own calendar.
 */
package dk.kvalitetsstandard.calendar;
