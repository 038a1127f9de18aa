### Plenary 默认主题：界面中的所有文字（中文）。
###
### MACHINE-UNCHECKED: this translation was written without review by a native
### speaker. A Chinese speaker should read it through and correct it; until then,
### treat its wording as provisional. （本译文尚未经母语人士审校。）
###
### See en.ftl for the syntax (Fluent) and how a site overrides a message. Messages
### whose name ends in -html hold markup. Chinese has a single plural form (`other`).

language-name = 中文

## 每个页面
skip-to-content = 跳至正文
nav-label = 主导航
nav-votes = 表决
nav-states = 国家
nav-sessions = 届会
nav-signatories = 签署方
nav-tags = 主题
nav-symbols = 联合国文件
nav-search = 搜索
feed-session-title = { $session } · { $site }

## 文件类型
kind-letter = 信函
kind-statement = 声明
kind-annex = 附件
kind-report = 报告
kind-news = 新闻
kind-vote = 表决
kinds-letter = 信函
kinds-statement = 声明
kinds-annex = 附件
kinds-report = 报告
kinds-news = 新闻
kinds-vote = 表决

## 数量
documents-count = { $count } 份文件
organisations-count = { $count } 个组织
votes-count = { $count } 次表决
discrepancies-count = { $count } 处不一致
absent-count = { $count } 个缺席

## 列表
draft = 草稿
home-latest = 最新文件
home-sessions = 届会
home-browse = 浏览档案
list-newest-first = 共 { $count } 份文件，按时间由新到旧排列。
list-in-date-order = 共 { $count } 份文件，按日期顺序排列。
taxonomy-session = 届会
taxonomy-signatory = 签署方
taxonomy-tag = 主题
taxonomy-title = { $name }（{ $taxonomy }）
sessions-heading = 届会
signatories-heading = 签署方
tags-heading = 主题
also-printed-as = 亦作：{ $names }
also-in = 其他语言版本：

## 文件页面
meta-date = 日期
meta-session = 届会
meta-to = 致
meta-symbol = 联合国文号
meta-concerns = 涉及
meta-signatories = 签署方
meta-tags = 主题
meta-original = 原文
meta-language = 语言
concerning-votes = 本文件所涉文本的表决
signatories = 签署方
related-documents = 相关文件
cited-by = 引用本文件的文件
session-more-label = { $session } 的更多文件
session-more-html = <a href="{ $url }">{ $session }</a> 的更多文件
session-earlier = 上一份：
session-later = 下一份：
session-only = 这是本届会唯一的文件。

## 表决
vote-heading-html = 对 <a href="{ $url }" class="symbol">{ $symbol }</a> 的记录表决
vote-recorded-in-html = 记录于 <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = 赞成
position-no = 反对
position-abstain = 弃权
position-absent = 缺席
position-not_recorded = 无表决记录
outcome-adopted = 通过
outcome-rejected = 未通过
vote-counted = 根据下列 { $count } 个国家统计。
vote-announced = 宣布的结果：{ $yes } 票赞成，{ $no } 票反对，{ $abstain } 票弃权。
vote-announced-only = 宣布的结果；档案中没有各国的表决记录。
vote-no-record = 档案中既没有结果，也没有各国的表决记录。
vote-discrepancies = 记录中的不一致之处
vote-table-caption = 各国对 { $symbol } 的表决
vote-state = 国家
vote-position = 表决
vote-not-in-registry = （不在登记册中）
votes-heading = 表决
votes-lede-html = 档案中记录的所有表决，按时间由新到旧排列。相同数据另以 <a href="{ $csv }">votes.csv</a> 和 <a href="{ $json }">votes.json</a> 发布；各国的表决记录见<a href="{ $states }">国家</a>下的相应页面。
votes-caption = 记录表决
votes-date = 日期
votes-resolution = 决议
votes-recorded-in = 记录于
votes-announced-only = 仅有宣布的结果
votes-records = 表决记录

## 国家
state = 国家
states-heading = 国家
states-lede = 档案所记录表决中出现的所有国家及其表决历史。
state-lede = ISO 3166 代码：{ $iso3 }。档案中共有 { $count } 次记录表决，按时间由新到旧排列。
state-history-caption = { $state } 的表决历史
state-discussed-in = 讨论于

## 联合国文件
symbol = 联合国文件
symbols-heading = 联合国文件
symbols-lede = 档案引用或记录了表决的所有联合国文件，以及引用这些文件的档案文件。
symbol-cited-count = { $count ->
    [0] 有表决记录
   *[other] 被 { $count } 份文件引用
}
symbol-official-html = 正式文本见 <a href="{ $url }">{ $url }</a>。
symbol-session = { $session } 的文件。
symbol-session-link-html = <a href="{ $url }">{ $session }</a> 的文件。
symbol-votes = 记录表决
symbol-vote-html = <a href="{ $url }">{ $date }的表决</a>：{ $yes } 票赞成，{ $no } 票反对，{ $abstain } 票弃权
symbol-announced = （宣布的结果）
symbol-cited-in = 档案中的引用
symbol-listed = 列于其所涉文件之中。
symbol-not-cited = 档案中没有文件在正文中引用它；它见于一项记录表决。
symbol-neighbours-label = { $session } 的其他文件
symbol-neighbours = 档案引用的 { $session } 其他文件

## 搜索
search-title = 搜索
search-heading = 搜索档案
search-lede = 对所有文件进行全文搜索，可按类型、届会和签署方筛选。索引是网站的一部分，因此离线也能搜索。
search-terms = 搜索词
search-kind = 类型
search-any-kind = 所有类型
search-session = 届会
search-any-session = 所有届会
search-signatory = 签署方
search-any-signatory = 所有签署方
search-found = 找到 { $count } 份文件{ $shown }。
search-first-shown = （显示前 { $count } 份）
search-noscript-html = 搜索需要 JavaScript。所有文件也按<a href="{ $sessions }">届会</a>、<a href="{ $signatories }">签署方</a>和<a href="{ $tags }">主题</a>列出。

## 找不到页面
not-found-title = 找不到页面
not-found-text = 此地址没有页面。档案重新整理时，页面可能已经移动。
not-found-home-html = <a href="{ $home }">返回首页</a>，按届会、类型或签署方浏览文件。
