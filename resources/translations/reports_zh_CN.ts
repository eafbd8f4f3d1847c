<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Corridor</name>
        <message>
            <source>Industrial added value</source>
            <translation>规上工业增加值</translation>
        </message>
        <message>
            <source>over 400 billion yuan</source>
            <translation>4,000亿元以上</translation>
        </message>
        <message>
            <source>Digital-economy core industries' revenue</source>
            <translation>数字经济核心产业营业收入</translation>
        </message>
        <message>
            <source>over 1 trillion yuan</source>
            <translation>1万亿元以上</translation>
        </message>
        <message>
            <source>National-level R&amp;D institutions and platforms</source>
            <translation>国家级研发机构与平台</translation>
        </message>
        <message>
            <source>50</source>
            <translation>50家</translation>
        </message>
        <message>
            <source>Talents</source>
            <translation>人才总量</translation>
        </message>
        <message>
            <source>over 700,000</source>
            <translation>70万人以上</translation>
        </message>
        <message>
            <source>National high-tech enterprises</source>
            <translation>国家高新技术企业</translation>
        </message>
        <message>
            <source>over 2,000</source>
            <translation>2,000家以上</translation>
        </message>
        <message>
            <source>City funding for the corridor's innovation work</source>
            <translation>市财政每年投入大走廊创新工作</translation>
        </message>
        <message>
            <source>1 billion yuan a year</source>
            <translation>每年10亿元</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>is required</source>
            <translation>必须填写</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} 是文件夹，不是文件。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <source>{path} cannot be written: permission denied.</source>
            <translation>无法写入 {path}：没有权限。</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>New leads</source>
            <translation>新增线索</translation>
        </message>
        <message>
            <source>City West Sci-Tech Innovation Corridor · Unified investment attraction</source>
            <translation>杭州城西科创大走廊 · 大走廊统一招商</translation>
        </message>
        <message>
            <source>Weekly investment-attraction report</source>
            <translation>招商工作周报</translation>
        </message>
        <message>
            <source>Scope: {scope}</source>
            <translation>范围：{scope}</translation>
        </message>
        <message>
            <source>Generated {when} from {store}; figures as of {day}.</source>
            <translation>生成于{when}，数据来源：{store}；数据截至{day}。</translation>
        </message>
        <message>
            <source>There is no data for this scope yet: the store holds no leads.</source>
            <translation>该范围内暂无数据：数据库中还没有线索。</translation>
        </message>
        <message>
            <source>as of {day}</source>
            <translation>截至{day}</translation>
        </message>
        <message>
            <source>vs previous: {change}</source>
            <translation>较上期：{change}</translation>
        </message>
        <message>
            <source>The week at a glance</source>
            <translation>本期概览</translation>
        </message>
        <message>
            <source>Changes are against {period}.</source>
            <translation>变化均与{period}相比。</translation>
        </message>
        <message>
            <source>By city and field</source>
            <translation>分城市、分领域</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source> (10k yuan)</source>
            <translation>（万元）</translation>
        </message>
        <message>
            <source>Fingerprint {fp}</source>
            <translation>指纹 {fp}</translation>
        </message>
        <message>
            <source>Week closed {when} by {who}: these figures stay as they were on {day}. Fingerprint {fp} (crm report verify checks a copy against it).</source>
            <translation>本周已于 {when} 由{who}结周：数字保持 {day} 时的状态。指纹 {fp}（可用 crm report verify 核对副本）。</translation>
        </message>
        <message>
            <source>The week is closed, but only the corridor-wide report is kept as it was: this report of one city or field comes from today's data.</source>
            <translation>本周已结周，但只有全走廊报表保持结周时的数字：本报表（单个城市或领域）按当前数据计算。</translation>
        </message>
        <message>
            <source>This week is not closed: its figures come from today's data and may still change.</source>
            <translation>本周尚未结周：数字按当前数据计算，仍可能变化。</translation>
        </message>
        <message>
            <source>Summary of the week</source>
            <translation>本周工作小结</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>下一步工作</translation>
        </message>
        <message>
            <source>As reported</source>
            <translation>原报数</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>现数</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>调整数</translation>
        </message>
        <message>
            <source>Adjustments (调整)</source>
            <translation>调整事项</translation>
        </message>
        <message>
            <source>Corrections recorded after an earlier week was closed: its report stays as it was sent, and the difference is shown here.</source>
            <translation>以往周结周后补录的更正：原周报保持报送时的数字，差额在此列示。</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>调整</translation>
        </message>
        <message>
            <source>What changed since last week</source>
            <translation>较上周变化</translation>
        </message>
        <message>
            <source>Shown once this week and the week before are closed: the changes come from the two weeks' snapshots.</source>
            <translation>本周与上周均结周后显示：变化由两周的快照比对得出。</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索数</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>变化前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>变化后</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Each lead at the close of this week against the close of {week}.</source>
            <translation>本周结周时各线索与 {week} 结周时比对。</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变化汇总</translation>
        </message>
        <message>
            <source>The changes</source>
            <translation>变化明细</translation>
        </message>
        <message>
            <source>Change list</source>
            <translation>变化明细</translation>
        </message>
        <message>
            <source>New leads by city and field</source>
            <translation>新增线索（城市 × 领域）</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Reached (all leads)</source>
            <translation>累计到达（全部线索）</translation>
        </message>
        <message>
            <source>Reached this period</source>
            <translation>本期新到达</translation>
        </message>
        <message>
            <source>Went on to the next stage</source>
            <translation>进入下一阶段比例</translation>
        </message>
        <message>
            <source>Stopped at this stage</source>
            <translation>止步于本阶段</translation>
        </message>
        <message>
            <source>Stage funnel</source>
            <translation>项目推进漏斗</translation>
        </message>
        <message>
            <source>Leads that reached each stage by {day} (a lead that skipped a stage counts as having passed it), from the stage history; all business types.</source>
            <translation>截至{day}到达各阶段的线索数（跳过某阶段的线索视为已经过该阶段），依据阶段变更记录统计，含全部业务类型。</translation>
        </message>
        <message>
            <source>Leads that reached the stage</source>
            <translation>到达该阶段的线索数</translation>
        </message>
        <message>
            <source>Activities and visits per week</source>
            <translation>每周跟进与走访</translation>
        </message>
        <message>
            <source>New, signed and landed per week</source>
            <translation>每周新增、签约与落地</translation>
        </message>
        <message>
            <source>Trend over {n} weeks</source>
            <translation>近{n}周趋势</translation>
        </message>
        <message>
            <source>Showing {shown} of {total}; the workbook lists up to {limit}.</source>
            <translation>共{total}项，此处列出{shown}项；Excel 周报最多列出{limit}项。</translation>
        </message>
        <message>
            <source>{in_play} key projects in play; {moved} changed stage and {busy} were moved or worked on this period.</source>
            <translation>在推重点项目{in_play}个；本期{moved}个阶段有变化，{busy}个有推进或跟进。</translation>
        </message>
        <message>
            <source>Key projects</source>
            <translation>重点项目动态</translation>
        </message>
        <message>
            <source>No key project moved this period.</source>
            <translation>本期没有重点项目推进或跟进。</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Stage moves</source>
            <translation>阶段变化</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>跟进次数</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>{n} projects; agreed investment {amount}.</source>
            <translation>共{n}个项目，协议投资{amount}。</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Business type</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <source>Agreed (10k yuan)</source>
            <translation>协议投资（万元）</translation>
        </message>
        <message>
            <source>In place (10k yuan)</source>
            <translation>到位资金（万元）</translation>
        </message>
        <message>
            <source>{n} projects.</source>
            <translation>共{n}个项目。</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>跟进预警</translation>
        </message>
        <message>
            <source>{overdue} follow-ups are overdue on {day}, {risk} of them by 7 days or more (at risk); {stale} leads in play had no activity for 30 days.</source>
            <translation>截至{day}，逾期未跟进{overdue}个，其中逾期7天及以上（存在风险）{risk}个；在推线索中30天无跟进记录{stale}个。</translation>
        </message>
        <message>
            <source>Most overdue follow-ups</source>
            <translation>逾期最久的跟进</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应跟进日期</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Longest without activity</source>
            <translation>最久未跟进的线索</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最近跟进</translation>
        </message>
        <message>
            <source>Days quiet</source>
            <translation>未跟进天数</translation>
        </message>
        <message>
            <source>Activity per officer and city</source>
            <translation>督查考核：人员与城市工作量</translation>
        </message>
        <message>
            <source>For supervision and assessment (督查考核): activities count for the officer who logged them, lead figures for the lead's owner.</source>
            <translation>用于督查考核：跟进记录计入记录人，线索类指标计入线索负责人。</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>招商专员</translation>
        </message>
        <message>
            <source>Per city</source>
            <translation>分城市</translation>
        </message>
        <message>
            <source>Per city and field (printed: those with a target)</source>
            <translation>分城市、分领域（打印有目标的项）</translation>
        </message>
        <message>
            <source>Targets by city and field</source>
            <translation>分城市领域目标</translation>
        </message>
        <message>
            <source>Year to date against the annual targets</source>
            <translation>年度目标完成情况</translation>
        </message>
        <message>
            <source>{start} to {end}: {share} of the year has passed (the mark on each bar).</source>
            <translation>{start}至{end}：全年时间已过{share}（见各进度条上的标记）。</translation>
        </message>
        <message>
            <source>Designations</source>
            <translation>企业称号</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>累计完成</translation>
        </message>
        <message>
            <source>Annual target</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>No annual targets are set for {year} yet.</source>
            <translation>尚未设置{year}年度目标。</translation>
        </message>
        <message>
            <source>New leads: leads registered in the period. Leads advanced: leads moved forward along the pipeline in the period (moves that were undone do not count).</source>
            <translation>新增线索：本期登记的线索。推进线索：本期在流程中向前推进的线索（已撤销的变更不计）。</translation>
        </message>
        <message>
            <source>Signed: projects whose first signing falls in the period; a project counts once, at its first signing. Landed: projects that first reached 落地 (landed) in the period. Upgrades (升格) and changes of investing entity (更换投资主体) are not new projects and are not counted.</source>
            <translation>签约：首次签约日期在本期的项目；一个项目只在首次签约时计一次（不重复统计）。落地：本期首次到达“落地”阶段的项目。升格和更换投资主体不属于新项目，不计入。</translation>
        </message>
        <message>
            <source>Signed investment: the agreed investment of the projects signed, in 10k yuan (万元). Visits: visits to companies and companies visiting us.</source>
            <translation>签约额：签约项目的协议投资额，单位万元。走访：拜访企业及企业来访考察。</translation>
        </message>
        <message>
            <source>Confidential projects appear under their codename; contact details never appear in this report.</source>
            <translation>保密项目以代号显示；本报告不含任何联系人信息。</translation>
        </message>
        <message>
            <source>How the figures are counted</source>
            <translation>统计口径</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>洽谈会议</translation>
        </message>
        <message>
            <source>Leads advanced</source>
            <translation>推进线索</translation>
        </message>
        <message>
            <source>Projects signed</source>
            <translation>签约项目</translation>
        </message>
        <message>
            <source>Projects landed</source>
            <translation>落地项目</translation>
        </message>
        <message>
            <source>Signed investment</source>
            <translation>签约额</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>推进</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>Landed</source>
            <translation>落地</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Quiet 30 days</source>
            <translation>30天未跟进</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>本期</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上期</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Change %</source>
            <translation>变化率</translation>
        </message>
        <message>
            <source>Leads in scope</source>
            <translation>范围内线索总数</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Year to date: funds in place, high-tech enterprises and jobs are those of the projects signed this year (the store keeps no dated history of funds).</source>
            <translation>年度累计：到位资金、高新技术企业和就业人数按本年签约项目统计（系统未记录到位资金的历次变化日期）。</translation>
        </message>
        <message>
            <source>Stage date</source>
            <translation>阶段日期</translation>
        </message>
        <message>
            <source>Newly signed</source>
            <translation>新签约项目</translation>
        </message>
        <message>
            <source>Newly landed</source>
            <translation>新落地项目</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>逾期跟进</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>存在风险</translation>
        </message>
        <message>
            <source>No activity for 30 days</source>
            <translation>30天未跟进</translation>
        </message>
        <message>
            <source>Key projects in play</source>
            <translation>在推重点项目</translation>
        </message>
        <message>
            <source>Key projects that moved</source>
            <translation>阶段有变化的重点项目</translation>
        </message>
        <message>
            <source>Confidential project {id}</source>
            <translation>保密项目{id}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>all cities and fields</source>
            <translation>全部城市和领域</translation>
        </message>
        <message>
            <source>Unified investment attraction · Weekly report</source>
            <translation>大走廊统一招商 · 招商工作周报</translation>
        </message>
        <message>
            <source>Generated {when} · {store}</source>
            <translation>生成于{when} · {store}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>Newly signed projects</source>
            <translation>新签约项目</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签约日期</translation>
        </message>
        <message>
            <source>No project was signed this period.</source>
            <translation>本期没有新签约项目。</translation>
        </message>
        <message>
            <source>Newly landed projects</source>
            <translation>新落地项目</translation>
        </message>
        <message>
            <source>Landed on</source>
            <translation>落地日期</translation>
        </message>
        <message>
            <source>No project landed this period.</source>
            <translation>本期没有新落地项目。</translation>
        </message>
        <message>
            <source>Weekly report</source>
            <translation>招商工作周报</translation>
        </message>
        <message>
            <source>Unified investment attraction</source>
            <translation>大走廊统一招商</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>推进漏斗</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起</translation>
        </message>
        <message>
            <source>To</source>
            <translation>止</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>趋势</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>人员工作量</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>城市工作量</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Scope of the report</source>
            <translation>本报告范围</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>Lead ID</source>
            <translation>线索编号</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Planned (10k yuan)</source>
            <translation>计划投资（万元）</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进状态</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Sub-field</source>
            <translation>细分领域</translation>
        </message>
        <message>
            <source>Project type</source>
            <translation>项目类型</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <source>Expected jobs</source>
            <translation>预计就业人数</translation>
        </message>
        <message>
            <source>Key project</source>
            <translation>重点项目</translation>
        </message>
        <message>
            <source>High-tech enterprise</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <source>First signed</source>
            <translation>首次签约</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <source>New this period</source>
            <translation>本期新增</translation>
        </message>
        <message>
            <source>Leads of the period</source>
            <translation>本期线索明细</translation>
        </message>
        <message>
            <source>Activity ID</source>
            <translation>跟进编号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Stage now</source>
            <translation>当前阶段</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Activities of the period</source>
            <translation>本期跟进明细</translation>
        </message>
        <message>
            <source>Week {week} of {year}, {days}</source>
            <translation>{year}年第{week}周，{days}</translation>
        </message>
        <message>
            <source>{name} is not a PDF, Excel workbook or Word document.</source>
            <translation>{name} 不是 PDF、Excel 工作簿或 Word 文档。</translation>
        </message>
        <message>
            <source>{name} names no closed week: it is not a closed week's report made by this app.</source>
            <translation>{name} 未标明已结的周：不是本系统生成的已结周报表。</translation>
        </message>
        <message>
            <source>Does not match: {week} is not closed in this store (it may have been reopened).</source>
            <translation>不一致：本数据库中 {week} 未结周（可能已被重新打开）。</translation>
        </message>
        <message>
            <source>Does not match: the file's fingerprint {file} is not the closed week's {week_fp} (the week was closed again, or its summary rewritten, since).</source>
            <translation>不一致：文件指纹 {file} 与已结周的指纹 {week_fp} 不同（该周此后重新结周，或小结已修改）。</translation>
        </message>
        <message>
            <source>Matches the closed week {week} (fingerprint {fp}).</source>
            <translation>与已结周 {week} 一致（指纹 {fp}）。</translation>
        </message>
        <message>
            <source>Does not match: the file was made by version {file} of the CRM and this is {app}, which draws the report differently; check it with that version.</source>
            <translation>不一致：该文件由 {file} 版生成，本系统为 {app} 版，报表版式不同；请用该版本核对。</translation>
        </message>
        <message>
            <source>Does not match: the file says something the closed week {week} does not (it was changed after it was made).</source>
            <translation>不一致：文件内容与已结周 {week} 不符（生成后被修改过）。</translation>
        </message>
        <message>
            <source>This closed week was stored by another version of the CRM and cannot be read; a manager can reopen the week and close it again.</source>
            <translation>该已结周由其他版本的系统保存，无法读取；管理人员可重新打开后再次结周。</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>新增线索</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>流失</translation>
        </message>
        <message>
            <source>Stage move</source>
            <translation>阶段变化</translation>
        </message>
        <message>
            <source>Amount changed</source>
            <translation>金额变化</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>{week} has not ended yet: it can be closed from {day}.</source>
            <translation>{week} 尚未结束：{day} 起可结周。</translation>
        </message>
        <message>
            <source>{week} ended before the first lead was logged: there is nothing to close.</source>
            <translation>{week} 结束时尚未登记任何线索：无可结周的内容。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>{week} is not closed.</source>
            <translation>{week} 尚未结周。</translation>
        </message>
        <message>
            <source>is {n} characters long; at most 20,000 fit in a report</source>
            <translation>共 {n} 字，报表最多容纳 20,000 字</translation>
        </message>
    </context>
</TS>