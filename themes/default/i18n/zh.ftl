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
nav-menu = 菜单
feed-session-title = { $session } · { $site }
sep-and = 和
sep-comma = 、
sep-semicolon = ；
sep-colon = ：
sentence-end = 。

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
discrepancies-count = { $count } 处不一致
absent-count = { $count } 个缺席

## 列表
draft = 草稿
home-latest = 最新文件
home-sessions = 届会
home-browse = 浏览档案
find-label = 搜索档案
find-button = 搜索
list-newest-first = 共 { $count } 份文件，按时间由新到旧排列。
list-in-date-order = 共 { $count } 份文件，按日期顺序排列。
list-in-date-order-then-undated = 共 { $count } 份文件，按日期顺序排列，未注明日期的文件按标题排在其后。
list-by-title = 共 { $count } 份文件，按标题排列。
undated = 未注明日期
undated-title = 未注明日期的文件
undated-note = 来源未注明日期、也无法归入任何届会的文件。
taxonomy-session = 届会
taxonomy-signatory = 签署方
taxonomy-tag = 主题
taxonomy-sessions = 届会
taxonomy-title = { $name }（{ $taxonomy }）
sessions-heading = 届会
signatories-heading = 签署方
tags-heading = 主题
also-printed-as = 亦作：{ $names }
also-in = 其他语言版本：
pagination-label = 分页
pagination-page-of = 第 { $number } 页，共 { $of } 页
pagination-first = 首页
pagination-previous = 上一页
pagination-next = 下一页
pagination-last = 末页
title-page-of = { $title }（第 { $number } 页，共 { $of } 页）
list-count = 共 { $count } 项。

## 文件页面
meta-date = 日期
meta-undated = 未注明日期：来源未注明日期
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
toc-heading = 目录
toc-paragraph = 第{ $number }段
toc-paragraphs = 第{ $first }–{ $last }段
toc-paragraph-run = 第{ $first }至{ $last }段

## 表决
vote-heading-html = 对 <a href="{ $url }" class="symbol">{ $symbol }</a> 的记录表决
vote-heading-titled = 记录表决：{ $title }
vote-recorded-in-html = 记录于 <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = 赞成
position-no = 反对
position-abstain = 弃权
position-absent = 缺席
position-not_recorded = 无表决记录
position-disputed = 有争议
outcome-adopted = 通过
outcome-rejected = 未通过
outcome-not-known = 结果不明
outcome-unknown = 不明
outcome-in-sentence = { $outcome ->
    [adopted] 通过
   *[rejected] 未通过
}
outcome-contradicted = （按票数应为{ $outcome ->
        [adopted] 通过
       *[rejected] 未通过
    }）
vote-counted = 根据下列 { $count } 个国家统计。
vote-announced = 宣布的结果：{ $yes } 票赞成，{ $no } 票反对，{ $abstain } 票弃权。
vote-announced-only = 宣布的结果；档案中没有各国的表决记录。
vote-partial = 宣布的结果。记录列出了所计国家中的 { $named } 个（见下表）；另有 { $count } 个未列出。
vote-outcome-rule = 结果依理事会规则得出：赞成票多于反对票即为通过。
vote-result-not-known = 票数不明
vote-sources = 记录于
vote-given-in = 据
vote-no-record = 档案中既没有结果，也没有各国的表决记录。
vote-discrepancies = 记录中的不一致之处
vote-table-caption = 各国对 { $symbol } 的表决
vote-table-caption-titled = 各国对“{ $title }”的表决
vote-state = 国家
vote-position = 表决
vote-not-in-registry = （不在登记册中）
vote-list-not-named = { $count } 个未列出
vote-list-none = 无
vote-all-states = 同一批国家的表格
votes-heading = 表决
votes-lede-html = 档案中记录的所有表决，按时间由新到旧排列。相同数据另以 <a href="{ $csv }">votes.csv</a> 和 <a href="{ $json }">votes.json</a> 发布；各国的表决记录见<a href="{ $states }">国家</a>下的相应页面。
votes-caption = 记录表决
votes-date = 日期
votes-voted-on = 表决事项
votes-outcome = 结果
votes-recorded-in = 记录于
votes-announced-only = 仅有宣布的结果
votes-announced-not-named = 宣布的结果；{ $count } 个未列出
votes-records = 表决记录
votes-recorded-count = 共 { $count } 次记录表决。
votes-records-count = 共 { $count } 份文件记录了表决。

## 国家
state = 国家
states-heading = 国家
states-lede = 档案所记录表决中出现的所有国家，按联合国区域组排列，并注明各国有记录的表决次数。
states-count = { $count } 个国家
recorded-votes-count = { $count ->
    [0] 无表决记录
   *[other] { $count } 次有记录的表决
}
states-groups-source = 区域组依据联合国大会和会议管理部公布的名单。土耳其同时参加两个区域组，此处列入其选举所属的西欧和其他国家组；不属于任何区域组的国家（如观察员国）列在最后。
group-african = 非洲国家
group-asia-pacific = 亚洲－太平洋国家
group-eastern-european = 东欧国家
group-latin-american-caribbean = 拉丁美洲和加勒比国家
group-western-european-other = 西欧和其他国家
group-none = 不属于任何区域组
state-lede = ISO 3166 代码：{ $iso3 }。{ $count ->
    [0] 档案中无该国有记录的表决。
   *[other] 档案中共有 { $count } 次有记录的表决。
}
state-lede-not-recorded = 另有 { $count } 份表决记录单列有该国但无表决记录。
state-record-heading = 按届会分列的表决
state-record-caption = { $state } 按届会分列的立场
state-session = 届会
state-total = 合计
state-no-session = 无届会
state-likeness-heading = 表决相近的国家
state-agreement-defined = 一致率指两国均参加表决（赞成、反对或弃权）的表决中，两国立场相同的比例；共同表决少于 { $min } 次的两国不作比较。
state-likeness-most = 与 { $state } 表决最相近
state-likeness-least = 与 { $state } 表决最不相近
state-agreement = { $shared } 次共同表决中一致 { $percent }%
state-likeness-none = 档案中没有其他国家与 { $state } 有 { $min } 次或更多此类共同表决。
state-history-caption = { $state } 的表决历史，按时间由新到旧排列
state-discussed-in = 亦讨论于

## 联合国文件
symbol = 联合国文件
symbols-heading = 联合国文件
symbols-lede = 档案引用或记录了表决的所有联合国文件，按发布机构及届会或年份排列，并附引用这些文件的档案文件。草案、其订正本和据以通过的案文合为一项。
symbols-also = 连同 { $symbols }
symbols-series-session = 第 { $number } 届会议
symbols-series-special = 第 S-{ $number } 届特别会议
symbols-series-other = 其他文件
body-hrc = 人权理事会
body-general-assembly = 大会
body-security-council = 安全理事会
body-ecosoc = 经济及社会理事会
body-commission-on-human-rights = 人权委员会
body-other = 其他联合国文件
text-resolution = 决议
text-decision = 决定
text-president-statement = 主席声明
text-revised-draft = 订正草案
text-draft = 草案
text-document = 文件
symbol-cited-count = { $count ->
    [0] 有表决记录
   *[other] 被 { $count } 份文件引用
}
symbol-text-adopted-html = ，通过日期：<time datetime="{ $iso }">{ $date }</time>
symbol-text-in-archive-html = （见档案；<a href="{ $url }">正式文本</a>）
symbol-group-lede = 草案、其订正本和据以通过的案文合为一页；每个文号均链接至其正式文本。
symbol-single-lede = 文号链接至正式文本。
symbol-session = { $session } 的文件。
symbol-session-link-html = <a href="{ $url }">{ $session }</a> 的文件。
symbol-votes = 记录表决
symbol-vote-of = { $date }的表决
symbol-vote-at-undated = { $session } 的表决，未注明日期
symbol-vote-undated = 未注明日期的表决
symbol-vote-on-html = 关于 <span class="symbol">{ $symbol }</span>
symbol-vote-result = { $yes } 票赞成，{ $no } 票反对，{ $abstain } 票弃权
symbol-vote-recorded-in = 记录于
symbol-announced = （宣布的结果）
symbol-announced-not-named = （宣布的结果；{ $count } 个未列出）
symbol-cited-in = 档案中的引用
symbol-listed = 列于其所涉文件之中
symbol-not-cited = 档案中没有文件在正文中引用它；它见于一项记录表决。
symbol-neighbours-label = { $session } 的其他文件
symbol-neighbours = 档案引用的 { $session } 其他文件
symbols-count = 共 { $count } 份联合国文件。
symbol-cited-by-count = 共有 { $count } 份文件引用。
symbol-before = 前一份：
symbol-after = 后一份：

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
search-filter-chosen = { $filter }：{ $value }
search-none-filtered = 在筛选条件 { $filters } 下，没有与“{ $query }”匹配的文件；不加筛选时有 { $count } 份匹配。
search-none-in-filters = 没有同时符合筛选条件 { $filters } 的文件。
search-clear-filters = 清除筛选条件
search-noscript-html = 搜索需要 JavaScript。所有文件也按<a href="{ $sessions }">届会</a>、<a href="{ $signatories }">签署方</a>和<a href="{ $tags }">主题</a>列出。

## 找不到页面
not-found-title = 找不到页面
not-found-text = 此地址没有页面。档案重新整理时，页面可能已经移动。
not-found-home-html = <a href="{ $home }">返回首页</a>，按届会、类型或签署方浏览文件。

## 页面归于另一文件的联合国文件的旧地址
redirect-html = { $symbol } 见<a href="{ $url }">此页</a>，该页还载有其草案、订正本和通过的案文。

## Markdown 阶段写入文件正文的文字（MACHINE-UNCHECKED）
body-paragraph-link = 链接到第{ $number }段
body-notes-heading = 注释
body-note-back = 返回正文

## 表决记录中的差异，列于“记录中的不一致之处”之下（MACHINE-UNCHECKED）。结果按
## 赞成-反对-弃权书写（23-16-8）；`$position` 为 yes、no、abstain、absent 或
## not_recorded，结果为 adopted 或 rejected。
quoted = “{ $text }”
vote-note-in = 在“{ $title }”中：{ $note }
vote-note-run-together = “{ $printed }”被读作{ $states }：来源似乎漏了一个逗号。
vote-note-unknown-state = “{ $printed }”不是登记册中的国家；其投票按原文显示。
vote-note-listed-twice = { $state }被列出两次（作为“{ $first }”和“{ $again }”）。
vote-note-no-recorded-vote = { $state }出现在表决单上，但无表决记录。
vote-note-roll-and-declared = 名单印出的结果为 { $roll }；记录宣布的结果为 { $declared }。
vote-note-roll-count = 名单印出“{ $label }”（{ $count }），但列出 { $named } 个国家。
vote-note-state-disputed = 各来源对{ $state }的记载不一：{ $positions }。
vote-note-position-in = { $sources }记为{ $position ->
    [yes] 赞成
    [no] 反对
    [abstain] 弃权
    [absent] 缺席
   *[not_recorded] 无表决记录
}
vote-note-results-disagree = 各来源的结果不一：“{ $first_title }”为 { $first }，“{ $other_title }”为 { $other }。
vote-note-outcomes-disagree = 各来源的表决结果不一：“{ $first_title }”记为{ $first ->
    [adopted] 通过
   *[rejected] 否决
}，“{ $other_title }”记为{ $other ->
    [adopted] 通过
   *[rejected] 否决
}。
vote-note-result-differs = 宣布的结果（{ $declared }）与此处记录的投票（{ $counted }）不同{ $not_recorded ->
    [0] {""}
   *[other] （其中 { $not_recorded } 个无表决记录）
}。
vote-note-named-beyond-count = 记录列出 { $named } 个{ $position ->
    [yes] 投赞成票的
    [no] 投反对票的
   *[abstain] 弃权的
}国家，但宣布的结果（{ $declared }）只计 { $counted } 个。
vote-note-outcome-contradicted = 记录称案文{ $stated ->
    [adopted] 获得通过
   *[rejected] 被否决
}，但按理事会规则，{ $yes } 票赞成、{ $no } 票反对意味着案文{ $derived ->
    [adopted] 获得通过
   *[rejected] 被否决
}。
vote-note-outcome-contradicted-in = “{ $title }”称案文{ $stated ->
    [adopted] 获得通过
   *[rejected] 被否决
}，但按理事会规则，{ $yes } 票赞成、{ $no } 票反对意味着案文{ $derived ->
    [adopted] 获得通过
   *[rejected] 被否决
}。
