<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AmountEdit</name>
        <message>
            <source>e.g. 5000万 or 1.2亿</source>
            <translation>如 5000万 或 1.2亿</translation>
        </message>
        <message>
            <source>= {amount} 10k yuan</source>
            <translation>= {amount} 万元</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the store</source>
            <translation>无法打开数据库</translation>
        </message>
    </context>
    <context>
        <name>BugDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>出现了问题</translation>
        </message>
        <message>
            <source>The CRM hit a problem it did not expect. Your data is safe and open forms keep what you typed. The details below were written to {log}; copy them for the administrator.</source>
            <translation>系统遇到了意外问题。您的数据是安全的，已打开的表单保留了您输入的内容。详细信息已写入 {log}；请复制后发给管理员。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Click to copy</source>
            <translation>单击复制</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Add contact</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Copied {value}</source>
            <translation>已复制 {value}</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>年-月-日</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search company, project, contact, notes…  (Ctrl+F)</source>
            <translation>搜索企业、项目、联系人、备注…（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>搜索线索</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>全部科技城</translation>
        </message>
        <message>
            <source>All fields</source>
            <translation>全部领域</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>全部阶段</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Any follow-up</source>
            <translation>全部跟进状态</translation>
        </message>
        <message>
            <source>Overdue (any)</source>
            <translation>已逾期（全部）</translation>
        </message>
        <message>
            <source>No activity for 30 days</source>
            <translation>30 天无跟进</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进状态</translation>
        </message>
        <message>
            <source>Key projects</source>
            <translation>重点项目</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>清除全部筛选</translation>
        </message>
    </context>
    <context>
        <name>IdentifyDialog</name>
        <message>
            <source>Who are you?</source>
            <translation>您是哪位？</translation>
        </message>
        <message>
            <source>Tell the CRM your name and city once; your leads, follow-ups and changes are recorded under it.</source>
            <translation>请填写一次您的姓名和所在科技城；您的线索、跟进和修改都将记在您名下。</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>您的姓名</translation>
        </message>
        <message>
            <source>Your city</source>
            <translation>所在科技城</translation>
        </message>
        <message>
            <source>Corridor committee (all cities)</source>
            <translation>大走廊管委会（全部科技城）</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>您的角色</translation>
        </message>
    </context>
    <context>
        <name>LeadColumns</name>
        <message>
            <source>Key</source>
            <translation>重点</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>City</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Sub-field</source>
            <translation>细分领域</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>进入日期</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>停留天数</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Planned (10k yuan)</source>
            <translation>计划投资（万元）</translation>
        </message>
        <message>
            <source>Agreed (10k yuan)</source>
            <translation>协议投资（万元）</translation>
        </message>
        <message>
            <source>Funds in place (10k yuan)</source>
            <translation>到位资金（万元）</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进状态</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最近跟进</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <source>Project type</source>
            <translation>项目类型</translation>
        </message>
        <message>
            <source>Business type</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>信用代码</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
    </context>
    <context>
        <name>LeadDetailPanel</name>
        <message>
            <source>Edit (Enter)</source>
            <translation>编辑（Enter）</translation>
        </message>
        <message>
            <source>Move stage…</source>
            <translation>推进阶段…</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>跟进时间线</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>Select a lead to see its timeline, log a follow-up or move its stage.</source>
            <translation>选择一条线索，查看跟进时间线、记录跟进或推进阶段。</translation>
        </message>
        <message>
            <source>Owner: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <source>Planned {amount} 10k yuan</source>
            <translation>计划投资 {amount} 万元</translation>
        </message>
        <message>
            <source>Since {day}</source>
            <translation>自 {day}</translation>
        </message>
        <message>
            <source>Next follow-up {day} ({state})</source>
            <translation>下次跟进 {day}（{state}）</translation>
        </message>
        <message>
            <source>Key project</source>
            <translation>重点项目</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>next follow-up {day}</source>
            <translation>下次跟进 {day}</translation>
        </message>
        <message>
            <source>look again {day}</source>
            <translation>{day} 再次跟进</translation>
        </message>
        <message>
            <source>No activity yet.</source>
            <translation>尚无跟进记录。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>move stage</source>
            <translation>推进阶段</translation>
        </message>
    </context>
    <context>
        <name>LeadForm</name>
        <message>
            <source>New lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <source>Edit lead</source>
            <translation>编辑线索</translation>
        </message>
        <message>
            <source>The stage changes through “Move stage” so that every move is recorded in the history.</source>
            <translation>阶段通过“推进阶段”变更，以便每次变更都记入历史。</translation>
        </message>
        <message>
            <source>Open that lead</source>
            <translation>打开该线索</translation>
        </message>
        <message>
            <source>Reason for a second record (e.g. capital increase, a new project)</source>
            <translation>重复登记的理由（如增资、新项目）</translation>
        </message>
        <message>
            <source>Create anyway</source>
            <translation>仍然新建</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Already followed by {owner} ({city}) since {day}: {company} — {stage}.</source>
            <translation>已由 {owner}（{city}）自 {day} 起跟进：{company} —— {stage}。</translation>
        </message>
        <message>
            <source>({count} records in all)</source>
            <translation>（共 {count} 条记录）</translation>
        </message>
        <message>
            <source>No record of this company yet, but some names are close:</source>
            <translation>尚无该企业的记录，但有名称相近的企业：</translation>
        </message>
        <message>
            <source>{company} ({owner}, {city})</source>
            <translation>{company}（{owner}，{city}）</translation>
        </message>
        <message>
            <source>Similar: </source>
            <translation>相近：</translation>
        </message>
        <message>
            <source>new lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <source>edit lead</source>
            <translation>编辑线索</translation>
        </message>
        <message>
            <source>{count} field(s) need attention; nothing was saved.</source>
            <translation>有 {count} 处需要修改；未保存任何内容。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>This lead has changes that are not saved.</source>
            <translation>这条线索有尚未保存的修改。</translation>
        </message>
        <message>
            <source>{name} ({city})</source>
            <translation>{name}（{city}）</translation>
        </message>
    </context>
    <context>
        <name>LeadTableModel</name>
        <message>
            <source>Confidential project: shown by its codename</source>
            <translation>保密项目：仅显示代号</translation>
        </message>
    </context>
    <context>
        <name>LeadsPage</name>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>New lead (Ctrl+N)</source>
            <translation>新建线索（Ctrl+N）</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>已存视图</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Lead list</source>
            <translation>线索列表</translation>
        </message>
        <message>
            <source>{count} leads</source>
            <translation>共 {count} 条</translation>
        </message>
        <message>
            <source>Save current view…</source>
            <translation>保存当前视图…</translation>
        </message>
        <message>
            <source>Delete a view</source>
            <translation>删除视图</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <source>Name of this view:</source>
            <translation>视图名称：</translation>
        </message>
        <message>
            <source>View “{name}” saved</source>
            <translation>视图“{name}”已保存</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>My day</source>
            <translation>我的工作台</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>City West Corridor · Unified Investment CRM</source>
            <translation>城西科创大走廊 · 统一招商管理系统</translation>
        </message>
        <message>
            <source>Unified Investment</source>
            <translation>大走廊统一招商</translation>
        </message>
        <message>
            <source>Hangzhou City West Sci-Tech Innovation Corridor</source>
            <translation>杭州城西科创大走廊</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>线索(&amp;L)</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>记录跟进</translation>
        </message>
        <message>
            <source>Move stage…</source>
            <translation>推进阶段…</translation>
        </message>
        <message>
            <source>Delete lead</source>
            <translation>删除线索</translation>
        </message>
        <message>
            <source>Load demo data…</source>
            <translation>加载演示数据…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>数据库：{store}</translation>
        </message>
        <message>
            <source>{name} ({city})</source>
            <translation>{name}（{city}）</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>delete lead</source>
            <translation>删除线索</translation>
        </message>
        <message>
            <source>Lead deleted; Ctrl+Z brings it back.</source>
            <translation>线索已删除；按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>加载演示数据</translation>
        </message>
        <message>
            <source>Write 2,000 demo leads with a year of follow-ups into this store? Use a separate store for real work.</source>
            <translation>向当前数据库写入 2,000 条演示线索及一年的跟进记录？正式使用请另建数据库。</translation>
        </message>
        <message>
            <source>Writing demo data…</source>
            <translation>正在写入演示数据…</translation>
        </message>
        <message>
            <source>Unsaved lead</source>
            <translation>未保存的线索</translation>
        </message>
        <message>
            <source>A lead you were editing was not saved when the app last closed. Reopen it?</source>
            <translation>上次关闭程序时，有一条正在编辑的线索尚未保存。是否重新打开？</translation>
        </message>
    </context>
    <context>
        <name>MyDayPage</name>
        <message>
            <source>My day</source>
            <translation>我的工作台</translation>
        </message>
        <message>
            <source>{name} · {city}</source>
            <translation>{name} · {city}</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>Follow-ups due today</source>
            <translation>今日到期跟进</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>逾期跟进</translation>
        </message>
        <message>
            <source>At risk (7+ days overdue)</source>
            <translation>有风险（逾期 7 天以上）</translation>
        </message>
        <message>
            <source>No activity for 30 days</source>
            <translation>30 天无跟进</translation>
        </message>
        <message>
            <source>Due today and overdue</source>
            <translation>今日到期与逾期跟进</translation>
        </message>
        <message>
            <source>Escalated to managers (5+ days overdue)</source>
            <translation>已提醒主管（逾期 5 天以上）</translation>
        </message>
        <message>
            <source>Recently changed</source>
            <translation>最近变更</translation>
        </message>
    </context>
    <context>
        <name>QuickLog</name>
        <message>
            <source>Type</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <source>What happened? (Ctrl+Enter to log)</source>
            <translation>跟进情况？（Ctrl+Enter 保存）</translation>
        </message>
        <message>
            <source>Activity summary</source>
            <translation>跟进内容</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Log this activity (Ctrl+Enter)</source>
            <translation>记录本次跟进（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>log activity</source>
            <translation>记录跟进</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>You</source>
            <translation>当前用户</translation>
        </message>
        <message>
            <source>{name} · {city} · {role}</source>
            <translation>{name} · {city} · {role}</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>管委会</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>切换用户…</translation>
        </message>
        <message>
            <source>Follow-up reminders (whole team)</source>
            <translation>跟进提醒（全体适用）</translation>
        </message>
        <message>
            <source>Flag to the officer after (days overdue)</source>
            <translation>提醒专员（逾期天数）</translation>
        </message>
        <message>
            <source>Flag to the manager after (days overdue)</source>
            <translation>提醒主管（逾期天数）</translation>
        </message>
        <message>
            <source>Mark at risk after (days overdue)</source>
            <translation>标记为风险（逾期天数）</translation>
        </message>
        <message>
            <source>Idle after (days without activity)</source>
            <translation>视为停滞（无跟进天数）</translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>保存阈值</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Data is kept in {store}</source>
            <translation>数据保存在 {store}</translation>
        </message>
        <message>
            <source>Thresholds saved</source>
            <translation>阈值已保存</translation>
        </message>
    </context>
    <context>
        <name>StageMoveDialog</name>
        <message>
            <source>Move stage</source>
            <translation>推进阶段</translation>
        </message>
        <message>
            <source>Now at: {stage}</source>
            <translation>当前阶段：{stage}</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>进入日期</translation>
        </message>
        <message>
            <source>Look again on</source>
            <translation>再次跟进日期</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Region that won</source>
            <translation>流失去向地区</translation>
        </message>
        <message>
            <source>Agreed investment</source>
            <translation>协议投资额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>In 10k yuan; 1.2亿 and 5000万 are understood</source>
            <translation>单位万元；可输入 1.2亿、5000万</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>move stage</source>
            <translation>推进阶段</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to the corridor's investment CRM</source>
            <translation>欢迎使用大走廊统一招商系统</translation>
        </message>
        <message>
            <source>This store has no leads yet. Log your first lead, bring in the Excel ledger you keep today, or load demo data to look around (it goes into this store; use a separate store file for real work).</source>
            <translation>这个数据库还没有线索。您可以登记第一条线索、导入现有的 Excel 招商台账，或加载演示数据先看看（演示数据会写入当前数据库；正式使用请另建数据库文件）。</translation>
        </message>
        <message>
            <source>Create the first lead</source>
            <translation>新建第一条线索</translation>
        </message>
        <message>
            <source>Import a ledger…</source>
            <translation>导入台账…</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>加载演示数据</translation>
        </message>
    </context>
</TS>