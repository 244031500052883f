/**
 * Bulk-import plumbing shared by the services that import files (enterprise-service,
 * matchmaking-service): reading XLSX/CSV sheets into rows of text, header matching, cell dates, the
 * job record with its state and progress, the upload check and the CSV row report. No domain types:
 * each service keeps its column mapping and its writes.
 */
package cn.gov.huaian.zjtx.platform.imports;
