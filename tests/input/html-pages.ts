/**
 * Builds realistic government web pages around a real report: doctype, <head> with site metadata,
 * scripts and styles; a header with logo, navigation menu and search box; a breadcrumb; a sidebar
 * listing the column's other 法治政府建设年度报告; the report in a CMS body container; share and
 * print tools, related links and a footer with 版权所有/ICP备/网站标识码. Four page skins as found on
 * county portals: TRS (div.TRS_Editor in .content), HTML5 (header/nav/main/article/aside/footer),
 * ASP.NET (the whole page inside one <form>) and an old table layout.
 */
import { depthsOf, esc, headerDate, headerSource, headingDepth, type ReportParts } from './report-parts.js';

export type Skin = 'trs' | 'html5' | 'aspnet' | 'table-layout';
/** How section headings are marked up: h2/h3, all-bold paragraphs, or h2 over bold paragraphs. */
export type HeadingStyle = 'h' | 'strong' | 'mixed';
/** Where the title is: an <h1> above the body, a div.article-title, or the body's first bold line. */
export type TitlePlace = 'h1' | 'div' | 'body';

export interface PageOptions {
  skin: Skin;
  headings: HeadingStyle;
  title: TitlePlace;
  /** Put <meta name="PubDate"> and ContentSource in the head. */
  headMeta: boolean;
}

export const SITE = '临澄市松岩区人民政府门户网站';
/** Text that appears only in the page's chrome: none of it may reach the extracted text. */
export const CHROME_TEXT = [
  SITE, '政务服务', '互动交流', '站内搜索', '当前位置', '分享到', '微信扫一扫', '【打印本页】', '【关闭窗口】', '版权所有',
  '网站标识码', 'ICP备', '公网安备', '返回顶部', '松岩区2016年法治政府建设年度报告', '松岩区2017年法治政府建设年度报告',
  'jQuery', '_hmt', 'text-indent', 'ga(', '法治政府建设年度报告专栏', '无障碍浏览',
];

function headingHtml(line: string, parts: ReportParts, style: HeadingStyle): string {
  const depth = headingDepth(line);
  if (depth === null) return `<p style="text-indent:2em;">${esc(line)}</p>`;
  const rank = depthsOf(parts).indexOf(depth);
  if (style === 'h' || (style === 'mixed' && rank === 0)) return `<h${rank + 2}>${esc(line)}</h${rank + 2}>`;
  return `<p style="text-indent:2em;"><strong>${esc(line)}</strong></p>`;
}

function infoHtml(parts: ReportParts): string {
  // Flattened metadata tables (索引号: | … |) were tables on the page; other field lines an info bar.
  const rows = parts.header.filter((l) => l.includes('|'));
  const table = rows.length
    ? `<table class="xxgk-table">${rows.map((r) => `<tr>${r.split('|').map((c) => c.trim()).filter(Boolean).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`
    : '';
  const fields = parts.header.filter((l) => !l.includes('|')).map((l) => `<span>${esc(l)}</span>`).join('&nbsp;&nbsp;');
  return `${table}<div class="info">${fields} <span class="font-size">字体：[<a>大</a> <a>中</a> <a>小</a>]</span></div>`;
}

function bodyHtml(parts: ReportParts, o: PageOptions): string {
  const title = parts.title && o.title === 'body' ? `<p style="text-align:center;"><strong>${esc(parts.title)}</strong></p>` : '';
  return `${title}${parts.body.map((l) => headingHtml(l, parts, o.headings)).join('\n')}<p>&nbsp;</p>`;
}

function articleHtml(parts: ReportParts, o: PageOptions): string {
  const title = !parts.title || o.title === 'body' ? '' : o.title === 'h1' ? `<h1 class="title">${esc(parts.title)}</h1>` : `<div class="article-title">${esc(parts.title)}</div>`;
  const tools = `<div class="share">分享到：<a>微信</a> <a>微博</a> <span>微信扫一扫</span></div><div class="print-bar"><a>【打印本页】</a> <a>【关闭窗口】</a></div>`;
  const related = `<div class="related"><h4>相关链接</h4><ul>${parts.chromeBottom.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></div>`;
  return `${title}${infoHtml(parts)}<div id="zoom" class="TRS_Editor">\n${bodyHtml(parts, o)}\n</div>${tools}${related}`;
}

function headHtml(parts: ReportParts, o: PageOptions): string {
  const date = headerDate(parts);
  const source = headerSource(parts);
  return `<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(parts.title ?? '政务公开')}-${SITE}</title>
<meta name="SiteName" content="${SITE}"><meta name="ColumnName" content="法治政府建设年度报告">
${parts.title ? `<meta name="ArticleTitle" content="${esc(parts.title)}">` : ''}
${o.headMeta && date ? `<meta name="PubDate" content="${date} 09:30">` : ''}
${o.headMeta && source ? `<meta name="ContentSource" content="${esc(source)}">` : ''}
<link rel="stylesheet" href="/css/style.css"><style>.TRS_Editor p { text-indent: 2em; line-height: 2; }</style>
<script src="/js/jQuery.min.js"></script>
<script>var _hmt = _hmt || []; ga('send', 'pageview'); document.title = '法治政府建设年度报告专栏';</script>
</head>`;
}

const NAV = `<ul class="nav"><li><a href="/">首页</a></li><li><a>政务公开</a></li><li><a>法治政府建设年度报告</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li></ul>`;
const SEARCH = `<form class="search" action="/search"><input name="q" placeholder="站内搜索"><button>站内搜索</button></form>`;
const TOPBAR = `<div class="topbar"><a>无障碍浏览</a></div>`;
const SIDEBAR_ITEMS = `<h3>法治政府建设年度报告</h3><ul><li><a>松岩区2017年法治政府建设年度报告</a></li><li><a>松岩区2016年法治政府建设年度报告</a></li></ul>`;
const FOOTER_TEXT = `<p>主办：临澄市松岩区人民政府办公室 版权所有：${SITE}</p><p>网站标识码：3301990012 澜ICP备17004521号-1 澜公网安备 33019902000218号</p><p><a href="#top">返回顶部</a></p>`;
const TAIL_SCRIPT = `<script>$(function(){ $('.nav li').hover(function(){ $(this).addClass('on'); }); });</script>`;

function crumb(parts: ReportParts): string {
  return `当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法治政府建设年度报告</a>${parts.chromeTop.map((l) => ` <span>${esc(l)}</span>`).join('')}`;
}

/** A whole page in the chosen skin. */
export function buildPage(parts: ReportParts, o: PageOptions): string {
  const head = headHtml(parts, o);
  const article = articleHtml(parts, o);
  const logo = `<div class="logo"><h1><img src="/images/logo.png" alt="">${SITE}</h1></div>`;
  switch (o.skin) {
    case 'trs':
      return `<!DOCTYPE html><html lang="zh-CN">${head}<body>${TOPBAR}<div class="header">${logo}${NAV}${SEARCH}</div>
<div class="breadcrumb">${crumb(parts)}</div>
<div class="container"><div class="sidebar">${SIDEBAR_ITEMS}</div><div class="content">${article}</div></div>
<div class="footer">${FOOTER_TEXT}</div>${TAIL_SCRIPT}</body></html>`;
    case 'html5':
      return `<!doctype html><html>${head}<body><header>${logo}<nav>${NAV}</nav>${SEARCH}</header>
<nav aria-label="breadcrumb">${crumb(parts)}</nav>
<main><article>${article}</article><aside>${SIDEBAR_ITEMS}</aside></main>
<footer>${FOOTER_TEXT}</footer>${TAIL_SCRIPT}</body></html>`;
    case 'aspnet':
      return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">${head}<body><form method="post" action="./show.aspx?id=3301" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
${TOPBAR}<div id="header">${logo}${NAV}</div><div class="dqwz-position">${crumb(parts)}</div>
<div class="wrap"><div class="leftMenu">${SIDEBAR_ITEMS}</div><div class="right-con">${article}</div></div>
<div id="footer">${FOOTER_TEXT}</div></form>${TAIL_SCRIPT}</body></html>`;
    case 'table-layout':
      return `<html>${head}<body><table width="1000" align="center"><tr><td class="top-banner">${logo}</td></tr>
<tr><td class="navbg">${NAV}</td></tr><tr><td class="location">${crumb(parts)}</td></tr></table>
<table width="1000" align="center"><tr><td width="220" valign="top" class="left-menu">${SIDEBAR_ITEMS}</td>
<td valign="top">${article}</td></tr></table>
<table width="1000" align="center" class="bottom-copyright"><tr><td>${FOOTER_TEXT}</td></tr></table></body></html>`;
  }
}
