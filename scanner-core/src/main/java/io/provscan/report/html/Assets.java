package io.provscan.report.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's own style sheet and script, and the Content-Security-Policy that admits exactly these
 * two by their SHA-256 hashes (CSP Level 3, "hash-source"). Nothing else can run or style the page:
 * no other inline script, no event-handler attribute, no {@code style} attribute, no network load
 * of any kind ({@code default-src 'none'}). Escaping keeps corpus strings inert; the policy is the
 * second wall if escaping ever failed.
 */
final class Assets {
  static final String STYLE =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC",\
      "Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:0;\
      color:#1d2330;background:#f6f7f9}
      header{background:#1d2330;color:#fff;padding:18px 28px}
      header h1{margin:0 0 4px;font-size:22px}
      header p{margin:2px 0;color:#c9cfdb}
      nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #dde1e8;padding:8px 28px;\
      z-index:2}
      nav a{margin-right:14px;color:#2857b8;text-decoration:none}
      main{padding:8px 28px 40px}
      section{background:#fff;border:1px solid #dde1e8;border-radius:6px;margin:16px 0;\
      padding:12px 18px}
      h2{font-size:18px;margin:6px 0 10px}
      h3{font-size:15px;margin:14px 0 6px}
      .cards{display:flex;flex-wrap:wrap;gap:10px}
      .card{border:1px solid #dde1e8;border-radius:6px;padding:8px 14px;min-width:120px}
      .card b{display:block;font-size:20px}
      .card.bad{border-color:#c0392b;background:#fdf0ee}
      .card.warn{border-color:#d68910;background:#fef7e8}
      .charts{display:flex;flex-wrap:wrap;gap:24px}
      figure{margin:8px 0}
      .tbl{overflow-x:auto;margin:6px 0 4px}
      .filter{margin:4px 0 6px;padding:4px 6px;width:260px}
      table.data{border-collapse:collapse;width:100%;font-size:13px}
      table.data th{background:#eef1f6;text-align:left;cursor:pointer;white-space:nowrap;\
      padding:5px 8px;border-bottom:2px solid #c9cfdb;user-select:none}
      table.data th[aria-sort=ascending]::after{content:" \\25B2"}
      table.data th[aria-sort=descending]::after{content:" \\25BC"}
      table.data td{padding:4px 8px;border-bottom:1px solid #eceff4;vertical-align:top;\
      overflow-wrap:anywhere;min-width:7em}
      td.n{text-align:right;white-space:nowrap;min-width:0}
      td.mono{min-width:9em}
      .mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
      .x{color:#6b7385}
      tr.block td:first-child{border-left:4px solid #c0392b}
      tr.review td:first-child{border-left:4px solid #d68910}
      .flag{color:#c0392b;font-weight:600}
      .verdict-block{color:#c0392b;font-weight:600}
      .verdict-review{color:#b9770e;font-weight:600}
      .verdict-allow{color:#1e8449}
      .cap,.none,.note{color:#6b7385;font-size:12px;margin:4px 0}
      dl.facts{margin:0}dl.facts dt{font-weight:600}dl.facts dd{margin:0 0 4px 10px}
      .blank{background:#fef7e8;border-left:4px solid #d68910;padding:4px 8px}
      .status-evidence{color:#1e8449;font-weight:600}
      .status-problems{color:#b9770e;font-weight:600}
      .status-outside{color:#6b7385;font-weight:600}
      tr.duty-problems td:first-child{border-left:4px solid #d68910}
      table.plain{border-collapse:collapse;font-size:13px;margin:4px 0 8px}
      table.plain th,table.plain td{border-bottom:1px solid #eceff4;padding:3px 8px;text-align:left;\
      vertical-align:top}
      @media screen{.print-only{display:none}}
      @page{margin:14mm 10mm}
      @media print{body{background:#fff;font-size:11px}nav,.filter,.charts{display:none}\
      header{background:#fff;color:#000;padding:0 0 6px;border-bottom:2px solid #1d2330}\
      header p{color:#333}main{padding:0}section{border:none;padding:0;margin:10px 0}\
      h2{break-after:avoid}.tbl{overflow:visible}table.data{font-size:9.5px}\
      thead{display:table-header-group}tr,td,th,.card,figure{break-inside:avoid}\
      td{overflow-wrap:anywhere;min-width:0}a{color:inherit;text-decoration:none}}
      """;

  static final String SCRIPT =
      """
      (function () {
        'use strict';
        document.body.setAttribute('data-report-script', 'ran');
        function key(cell) {
          var v = cell.getAttribute('data-v');
          return v === null ? cell.textContent.trim().toLowerCase() : parseFloat(v);
        }
        function sort(table, col, th) {
          var asc = th.getAttribute('aria-sort') !== 'ascending';
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) {
            h.removeAttribute('aria-sort');
          });
          th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a.cells[col]), y = key(b.cells[col]);
            var c = typeof x === 'number' && typeof y === 'number'
                ? x - y : String(x).localeCompare(String(y), undefined, {numeric: true});
            return asc ? c : -c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        }
        Array.prototype.forEach.call(document.querySelectorAll('table.data'), function (t) {
          Array.prototype.forEach.call(t.tHead.rows[0].cells, function (th, i) {
            th.tabIndex = 0;
            th.addEventListener('click', function () { sort(t, i, th); });
            th.addEventListener('keydown', function (e) {
              if (e.key === 'Enter') { sort(t, i, th); }
            });
          });
        });
        Array.prototype.forEach.call(document.querySelectorAll('input.filter'), function (f) {
          var table = document.getElementById(f.getAttribute('data-table'));
          f.addEventListener('input', function () {
            var q = f.value.trim().toLowerCase();
            Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
              r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
            });
          });
        });
      })();
      """;

  /** The policy for the page's meta tag. */
  static final String CSP =
      "default-src 'none'; script-src "
          + hash(SCRIPT)
          + "; style-src "
          + hash(STYLE)
          + "; img-src data:; base-uri 'none'; form-action 'none'";

  private Assets() {}

  /** {@code 'sha256-…'} of the exact text between the tags (CSP3 §8.4 matches UTF-8 bytes). */
  static String hash(String inline) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java runtime has no SHA-256", e);
    }
  }
}
