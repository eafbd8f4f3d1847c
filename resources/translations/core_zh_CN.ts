<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Backup</name>
        <message>
            <source>A store on a database server is backed up and restored by its administrator (pg_dump / pg_restore), not by the app.</source>
            <translation>数据库服务器上的数据由其管理员备份和恢复（pg_dump / pg_restore），不由本程序进行。</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <source>The backup of {name} failed its check, so it was not kept: the store itself may be damaged (run crm db check).</source>
            <translation>{name} 的备份未通过校验，因此未保留：数据库本身可能已损坏（请运行 crm db check）。</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>store maintenance: upgrade, check, backup, backups, restore, path</source>
            <translation>数据库维护：升级、检查、备份、备份列表、恢复、路径</translation>
        </message>
        <message>
            <source>upgrade the store to this version's schema (a SQLite file is backed up first)</source>
            <translation>将数据库升级到本版本的结构（SQLite 文件会先备份）</translation>
        </message>
        <message>
            <source>check the file's integrity, foreign keys, search index and schema version</source>
            <translation>检查文件完整性、外键、搜索索引和结构版本</translation>
        </message>
        <message>
            <source>rebuild what can be rebuilt without a backup (indexes, the search index)</source>
            <translation>重建无需备份即可重建的部分（索引、搜索索引）</translation>
        </message>
        <message>
            <source>quick_check only (faster)</source>
            <translation>只做快速检查（quick_check，更快）</translation>
        </message>
        <message>
            <source>a verified backup now: into the backup folder, or to FILE if given</source>
            <translation>立即做一次经过校验的备份：存入备份文件夹，或写到指定的 FILE</translation>
        </message>
        <message>
            <source>file to write</source>
            <translation>要写入的文件</translation>
        </message>
        <message>
            <source>list the store's backups</source>
            <translation>列出数据库的备份</translation>
        </message>
        <message>
            <source>put a backup in place of the store (number from crm db backups, or a file; default: the newest verified one); the store is copied aside first</source>
            <translation>用备份替换数据库（crm db backups 列出的编号或文件；默认为最新的已校验备份）；当前数据库会先另存一份</translation>
        </message>
        <message>
            <source>number or file</source>
            <translation>编号或文件</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>不再询问确认</translation>
        </message>
        <message>
            <source>print which store would be used</source>
            <translation>显示将使用哪个数据库</translation>
        </message>
        <message>
            <source>{store} is at schema {rev}</source>
            <translation>{store} 的结构版本为 {rev}</translation>
        </message>
        <message>
            <source>backed up to {file} (verified)</source>
            <translation>已备份到 {file}（已校验）</translation>
        </message>
        <message>
            <source>search index rebuilt for {count} leads</source>
            <translation>已为 {count} 条线索重建搜索索引</translation>
        </message>
        <message>
            <source>store: {store}</source>
            <translation>数据库：{store}</translation>
        </message>
        <message>
            <source>schema: {rev} (this app: {head})</source>
            <translation>结构版本：{rev}（本程序：{head}）</translation>
        </message>
        <message>
            <source>problem: {text}</source>
            <translation>问题：{text}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>problems found</source>
            <translation>发现问题</translation>
        </message>
        <message>
            <source>repaired: {what}</source>
            <translation>已修复：{what}</translation>
        </message>
        <message>
            <source>The store is damaged and there is no verified backup of it; nothing will be written to it. Keep the file for a specialist.</source>
            <translation>数据库已损坏，且没有它的已校验备份；不会再向其中写入任何内容。请保留该文件交由专业人员处理。</translation>
        </message>
        <message>
            <source>The store is damaged; nothing will be written to it. Restore the newest verified backup ({when}, {leads} leads) with: crm db restore</source>
            <translation>数据库已损坏；不会再向其中写入任何内容。请用 crm db restore 恢复最新的已校验备份（{when}，{leads} 条线索）</translation>
        </message>
        <message>
            <source>backups of {store} in {folder}:</source>
            <translation>{store} 的备份，位于 {folder}：</translation>
        </message>
        <message>
            <source>  (none yet)</source>
            <translation>  （尚无备份）</translation>
        </message>
        <message>
            <source>{leads} leads, {activities} follow-ups, {contacts} contacts</source>
            <translation>{leads} 条线索，{activities} 条跟进，{contacts} 位联系人</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已校验</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>未校验</translation>
        </message>
        <message>
            <source>Replace {store} with the backup {backup}? The store is copied aside first. [y/N] </source>
            <translation>用备份 {backup} 替换 {store}？当前数据库会先另存一份。[y/N] </translation>
        </message>
        <message>
            <source>nothing was changed</source>
            <translation>未做任何改动</translation>
        </message>
        <message>
            <source>restored {backup} ({leads} leads); the store as it was is kept at {safety}</source>
            <translation>已恢复 {backup}（{leads} 条线索）；恢复前的数据库保存在 {safety}</translation>
        </message>
        <message>
            <source>fill an empty store with demo data</source>
            <translation>向空数据库写入演示数据</translation>
        </message>
        <message>
            <source>Write a realistic, deterministic demo store: the same seed and day give the same data.</source>
            <translation>生成逼真且可复现的演示数据：相同的种子和日期得到相同的数据。</translation>
        </message>
        <message>
            <source>number of leads (default 2000)</source>
            <translation>线索数量（默认 2000）</translation>
        </message>
        <message>
            <source>number of activities (default 20000)</source>
            <translation>跟进记录数量（默认 20000）</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>随机种子（默认 1）</translation>
        </message>
        <message>
            <source>the day the data is anchored to (default: today)</source>
            <translation>数据的基准日期（默认：今天）</translation>
        </message>
        <message>
            <source>{leads} leads, {activities} activities, {companies} companies, {contacts} contacts, {users} users written to {store} in {seconds:.1f} s</source>
            <translation>已写入 {leads} 条线索、{activities} 条跟进记录、{companies} 家企业、{contacts} 位联系人、{users} 个用户到 {store}，用时 {seconds:.1f} 秒</translation>
        </message>
        <message>
            <source>translations: update the .ts sources, list missing, build .qm</source>
            <translation>翻译：更新 .ts 源文件、列出缺失项、生成 .qm</translation>
        </message>
        <message>
            <source>extract strings from the sources into the .ts files</source>
            <translation>从源代码提取文本到 .ts 文件</translation>
        </message>
        <message>
            <source>list messages that have no Chinese translation</source>
            <translation>列出没有中文翻译的文本</translation>
        </message>
        <message>
            <source>fill translations from a JSON file {source: translation}</source>
            <translation>从 JSON 文件 {原文: 译文} 填入翻译</translation>
        </message>
        <message>
            <source>compile the .ts files into .qm files</source>
            <translation>将 .ts 文件编译为 .qm 文件</translation>
        </message>
        <message>
            <source>folder for the .qm files (default: the cache)</source>
            <translation>.qm 文件的目录（默认：缓存目录）</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>错误：{message}</translation>
        </message>
        <message>
            <source>Investment-attraction CRM of the Hangzhou City West Sci-Tech Innovation Corridor. Without a subcommand it opens the app.</source>
            <translation>杭州城西科创大走廊统一招商管理系统。不带子命令时打开桌面程序。</translation>
        </message>
        <message>
            <source>store to use: a SQLite file or a postgresql:// URL (default: CRM_DATABASE_URL, else the file in your data directory)</source>
            <translation>要使用的数据库：SQLite 文件或 postgresql:// 地址（默认：CRM_DATABASE_URL，否则为用户数据目录中的文件）</translation>
        </message>
        <message>
            <source>language (default: Chinese)</source>
            <translation>界面语言（默认：中文）</translation>
        </message>
        <message>
            <source>unknown language {lang}: use zh or en</source>
            <translation>未知语言 {lang}：请使用 zh 或 en</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <source>export leads to Excel</source>
            <translation>将线索导出到 Excel</translation>
        </message>
        <message>
            <source>export the lead list (filtered, sorted) to .xlsx</source>
            <translation>将线索列表（按筛选和排序）导出为 .xlsx</translation>
        </message>
        <message>
            <source>only this city (repeatable)</source>
            <translation>只含此城市（可重复）</translation>
        </message>
        <message>
            <source>only this field or sub-field (repeatable)</source>
            <translation>只含此领域或细分领域（可重复）</translation>
        </message>
        <message>
            <source>only this stage (repeatable)</source>
            <translation>只含此阶段（可重复）</translation>
        </message>
        <message>
            <source>only this owner (repeatable)</source>
            <translation>只含此负责人（可重复）</translation>
        </message>
        <message>
            <source>only key projects</source>
            <translation>只含重点项目</translation>
        </message>
        <message>
            <source>full-text search</source>
            <translation>全文搜索</translation>
        </message>
        <message>
            <source>only the leads of this import</source>
            <translation>只含此次导入的线索</translation>
        </message>
        <message>
            <source>sort key, comma-separated (default updated_at:desc)</source>
            <translation>排序字段，用逗号分隔（默认 updated_at:desc）</translation>
        </message>
        <message>
            <source>columns to write (default: all)</source>
            <translation>要写出的列（默认：全部）</translation>
        </message>
        <message>
            <source>export as this user sees the leads (masking applies)</source>
            <translation>按此用户可见的内容导出（适用脱敏规则）</translation>
        </message>
        <message>
            <source>Unknown {kind}: {value}</source>
            <translation>未知的{kind}：{value}</translation>
        </message>
        <message>
            <source>{rows} leads written to {file}</source>
            <translation>已将 {rows} 条线索写入 {file}</translation>
        </message>
        <message>
            <source>import a ledger (xlsx, xls, csv), preview it, or undo an import</source>
            <translation>导入台账（xlsx、xls、csv）、预览导入，或撤销一次导入</translation>
        </message>
        <message>
            <source>Import the leads of an Excel or CSV ledger in one transaction. Duplicates of companies someone already follows are skipped unless --duplicates says otherwise.</source>
            <translation>在一个事务中导入 Excel 或 CSV 台账中的线索。已有人跟进的企业默认跳过，除非 --duplicates 另行指定。</translation>
        </message>
        <message>
            <source>the ledger to import</source>
            <translation>要导入的台账</translation>
        </message>
        <message>
            <source>the sheet to read</source>
            <translation>要读取的工作表</translation>
        </message>
        <message>
            <source>say what would happen, write nothing</source>
            <translation>只说明将会发生什么，不写入任何内容</translation>
        </message>
        <message>
            <source>write the refused rows to this workbook</source>
            <translation>将被拒绝的行写入此工作簿</translation>
        </message>
        <message>
            <source>import nothing and exit with status 1 if any row is refused</source>
            <translation>如有任何行被拒绝，则不导入并以状态 1 退出</translation>
        </message>
        <message>
            <source>owner of the rows that name none; an officer given here follows them, so a row about a lead another officer follows is a duplicate</source>
            <translation>未注明负责人的行归此人；此处指定的招商专员即为这些行的跟进人，其他专员已在跟进的线索记为重复</translation>
        </message>
        <message>
            <source>city of the rows that name none</source>
            <translation>未注明城市的行的城市</translation>
        </message>
        <message>
            <source>what to do with companies someone already follows (default: skip)</source>
            <translation>对已有人跟进的企业如何处理（默认：跳过）</translation>
        </message>
        <message>
            <source>why second records are made (--duplicates create)</source>
            <translation>建立重复记录的理由（--duplicates create）</translation>
        </message>
        <message>
            <source>print every row, not only the refused</source>
            <translation>列出每一行，而不只是被拒绝的行</translation>
        </message>
        <message>
            <source>undo the import with this number</source>
            <translation>撤销此编号的导入</translation>
        </message>
        <message>
            <source>There is no active user {name}.</source>
            <translation>没有名为 {name} 的在用用户。</translation>
        </message>
        <message>
            <source>{name} is not a known city.</source>
            <translation>{name} 不是已知的城市。</translation>
        </message>
        <message>
            <source>Name the file to import (or --undo ID).</source>
            <translation>请指定要导入的文件（或 --undo 编号）。</translation>
        </message>
        <message>
            <source>import {id} undone: {removed} leads removed, {restored} restored</source>
            <translation>已撤销导入 {id}：删除 {removed} 条线索，恢复 {restored} 条</translation>
        </message>
        <message>
            <source>refused rows written to {file}</source>
            <translation>被拒绝的行已写入 {file}</translation>
        </message>
        <message>
            <source> (dry run: nothing was written)</source>
            <translation>（试运行：未写入任何内容）</translation>
        </message>
        <message>
            <source> (--strict: nothing was imported)</source>
            <translation>（--strict：未导入任何内容）</translation>
        </message>
        <message>
            <source> (nothing to change)</source>
            <translation>（没有需要更改的内容）</translation>
        </message>
        <message>
            <source> (import {id}; undo with: crm import --undo {id})</source>
            <translation>（导入编号 {id}；撤销请运行：crm import --undo {id}）</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, header in row {row}</source>
            <translation>{file}，工作表 {sheet}，表头在第 {row} 行</translation>
        </message>
        <message>
            <source>not imported: {columns}</source>
            <translation>未导入的列：{columns}</translation>
        </message>
        <message>
            <source>row {row}: {what}</source>
            <translation>第 {row} 行：{what}</translation>
        </message>
        <message>
            <source>row {row}: left out ({why})</source>
            <translation>第 {row} 行：未导入（{why}）</translation>
        </message>
        <message>
            <source>reports for the management committee</source>
            <translation>向管委会报送的报告</translation>
        </message>
        <message>
            <source>the weekly report (PDF and Excel)</source>
            <translation>招商工作周报（PDF 和 Excel）</translation>
        </message>
        <message>
            <source>Write the weekly report of an ISO week (default: the last complete week). Without --pdf or --xlsx both files are written to the current folder.</source>
            <translation>生成某一 ISO 周的招商工作周报（默认：最近一个完整的周）。未指定 --pdf 或 --xlsx 时，两种文件都写入当前文件夹。</translation>
        </message>
        <message>
            <source>the ISO week, e.g. 2026-W20</source>
            <translation>ISO 周，例如 2026-W20</translation>
        </message>
        <message>
            <source>only this sci-tech city</source>
            <translation>只含此科技城</translation>
        </message>
        <message>
            <source>only this field</source>
            <translation>只含此领域</translation>
        </message>
        <message>
            <source>write the PDF here</source>
            <translation>PDF 写入此处</translation>
        </message>
        <message>
            <source>write the Excel workbook here</source>
            <translation>Excel 工作簿写入此处</translation>
        </message>
        <message>
            <source>unknown city {name} (known: {known})</source>
            <translation>未知的城市 {name}（已知：{known}）</translation>
        </message>
        <message>
            <source>unknown field {name} (known: {known})</source>
            <translation>未知的领域 {name}（已知：{known}）</translation>
        </message>
        <message>
            <source>the store holds no leads for this scope: the report says so</source>
            <translation>该范围内没有线索：报告中已注明</translation>
        </message>
        <message>
            <source>note: took over the lock left by {holder} (it ended without closing)</source>
            <translation>提示：已接管 {holder} 遗留的锁（该进程未正常关闭）</translation>
        </message>
    </context>
    <context>
        <name>Dedup</name>
        <message>
            <source>{company} is already followed by {owner} ({city}) since {day}.</source>
            <translation>{company} 已由 {owner}（{city}）自 {day} 起跟进。</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Choose between 0 and 2,000,000 leads and 0 and 20,000,000 activities.</source>
            <translation>线索数量须在 0 至 2,000,000 之间，跟进记录须在 0 至 20,000,000 之间。</translation>
        </message>
        <message>
            <source>Activities need leads to belong to.</source>
            <translation>跟进记录必须属于某条线索。</translation>
        </message>
        <message>
            <source>The store {name} already holds {count} leads; demo data goes into an empty store (give another --db).</source>
            <translation>数据库 {name} 中已有 {count} 条线索；演示数据只能写入空数据库（请用 --db 指定另一个文件）。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>is required</source>
            <translation>必须填写</translation>
        </message>
        <message>
            <source>cannot be in the future</source>
            <translation>不能晚于今天</translation>
        </message>
        <message>
            <source>cannot be before the activity</source>
            <translation>不能早于本次跟进日期</translation>
        </message>
        <message>
            <source>The lead {id} does not exist.</source>
            <translation>线索 {id} 不存在。</translation>
        </message>
        <message>
            <source>The activity {id} does not exist.</source>
            <translation>跟进记录 {id} 不存在。</translation>
        </message>
        <message>
            <source>is not an e-mail address</source>
            <translation>不是有效的电子邮箱</translation>
        </message>
        <message>
            <source>is not a phone number</source>
            <translation>不是有效的电话号码</translation>
        </message>
        <message>
            <source>You may not change this lead's contacts.</source>
            <translation>您无权修改该线索的联系人。</translation>
        </message>
        <message>
            <source>The contact {id} does not exist.</source>
            <translation>联系人 {id} 不存在。</translation>
        </message>
        <message>
            <source>This record was changed by someone else since you opened it; reload it and apply your change again.</source>
            <translation>您打开此记录后，其他人已修改了它；请重新加载后再次修改。</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}：{problem}</translation>
        </message>
        <message>
            <source>already belongs to {company}</source>
            <translation>已属于 {company}</translation>
        </message>
        <message>
            <source>'{text}' is not a known value</source>
            <translation>“{text}”不是可选的值</translation>
        </message>
        <message>
            <source>a lost project needs the reason</source>
            <translation>流失的项目必须填写流失原因</translation>
        </message>
        <message>
            <source>a project on hold needs a date to look again</source>
            <translation>搁置的项目必须填写再次跟进日期</translation>
        </message>
        <message>
            <source>must be after the day it is put on hold</source>
            <translation>必须晚于搁置日期</translation>
        </message>
        <message>
            <source>the lead is already at this stage</source>
            <translation>该线索已处于此阶段</translation>
        </message>
        <message>
            <source>cannot be before the current stage was reached ({day})</source>
            <translation>不能早于进入当前阶段的日期（{day}）</translation>
        </message>
        <message>
            <source>is required from the signing stage on</source>
            <translation>签约及以后阶段必须填写</translation>
        </message>
        <message>
            <source>must increase: officer &lt; manager &lt; at risk, all between 1 and 365 days</source>
            <translation>必须递增：提醒专员 &lt; 提醒主管 &lt; 风险，且都在 1 至 365 天之间</translation>
        </message>
        <message>
            <source>There is no active user {id}.</source>
            <translation>不存在有效用户 {id}。</translation>
        </message>
        <message>
            <source>is too long</source>
            <translation>过长</translation>
        </message>
        <message>
            <source>is not a known value</source>
            <translation>不是可选的值</translation>
        </message>
        <message>
            <source>{sub} does not belong to {field}</source>
            <translation>{sub} 不属于 {field}</translation>
        </message>
        <message>
            <source>a confidential project needs a codename</source>
            <translation>保密项目必须填写代号</translation>
        </message>
        <message>
            <source>is required (at most 64 characters)</source>
            <translation>为必填项（最多 64 个字符）</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>须为 {low} 到 {high} 之间的整数</translation>
        </message>
        <message>
            <source>must be a full path</source>
            <translation>须为完整路径</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Expected scale</source>
            <translation>预期规模</translation>
        </message>
        <message>
            <source>Flags and policies</source>
            <translation>标签与政策需求</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>流程</translation>
        </message>
        <message>
            <source>After signing</source>
            <translation>签约后</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>保密</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Origin (province or country)</source>
            <translation>来源地（省份或国家/地区）</translation>
        </message>
        <message>
            <source>Project name</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <source>Business type</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <source>Project type</source>
            <translation>项目类型</translation>
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
            <source>Sci-tech city</source>
            <translation>落地科技城</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Source channel</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <source>Planned investment</source>
            <translation>计划投资额</translation>
        </message>
        <message>
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <source>Expected annual output</source>
            <translation>预计年产值</translation>
        </message>
        <message>
            <source>Expected annual tax</source>
            <translation>预计年税收</translation>
        </message>
        <message>
            <source>Land needed</source>
            <translation>用地需求</translation>
        </message>
        <message>
            <source>Floor space needed</source>
            <translation>用房需求</translation>
        </message>
        <message>
            <source>Expected jobs</source>
            <translation>预计就业人数</translation>
        </message>
        <message>
            <source>High-level talent</source>
            <translation>高层次人才</translation>
        </message>
        <message>
            <source>Key project</source>
            <translation>重点项目</translation>
        </message>
        <message>
            <source>National high-tech enterprise</source>
            <translation>国家高新技术企业</translation>
        </message>
        <message>
            <source>National-level R&amp;D platform</source>
            <translation>国家级研发机构与平台</translation>
        </message>
        <message>
            <source>Foreign-funded</source>
            <translation>外资项目</translation>
        </message>
        <message>
            <source>Asks for industry policy</source>
            <translation>申请产业政策</translation>
        </message>
        <message>
            <source>Asks for talent policy</source>
            <translation>申请人才政策</translation>
        </message>
        <message>
            <source>Asks for science &amp; technology policy</source>
            <translation>申请科技专项政策</translation>
        </message>
        <message>
            <source>Competing regions</source>
            <translation>竞争地区</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Stage reached on</source>
            <translation>进入阶段日期</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
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
            <source>Lost to region</source>
            <translation>流失去向地区</translation>
        </message>
        <message>
            <source>Agreed investment</source>
            <translation>协议投资额</translation>
        </message>
        <message>
            <source>Funds in place</source>
            <translation>到位资金</translation>
        </message>
        <message>
            <source>Land supplied</source>
            <translation>供地面积</translation>
        </message>
        <message>
            <source>Confidential project</source>
            <translation>保密项目</translation>
        </message>
        <message>
            <source>Codename</source>
            <translation>代号</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>内容摘要</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>跟进方式</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参与人员</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>联系人姓名</translation>
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
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <source>Note on the move</source>
            <translation>阶段变更备注</translation>
        </message>
        <message>
            <source>Reason for a second record</source>
            <translation>重复登记的理由</translation>
        </message>
        <message>
            <source>Investment intensity</source>
            <translation>投资强度</translation>
        </message>
        <message>
            <source>Tax intensity</source>
            <translation>税收强度</translation>
        </message>
        <message>
            <source>Follow-up thresholds</source>
            <translation>跟进提醒阈值</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>View name</source>
            <translation>视图名称</translation>
        </message>
        <message>
            <source>Lead ID</source>
            <translation>线索编号</translation>
        </message>
        <message>
            <source>First signed on</source>
            <translation>首次签约日期</translation>
        </message>
        <message>
            <source>Follow-up state</source>
            <translation>跟进状态</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最近跟进日期</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>停留天数</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>录入时间</translation>
        </message>
        <message>
            <source>Last changed at</source>
            <translation>最后修改时间</translation>
        </message>
        <message>
            <source>Contact's title</source>
            <translation>联系人职务</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>The disk holding {path} is full; free some space and try again.</source>
            <translation>{path} 所在的磁盘已满；请腾出空间后重试。</translation>
        </message>
        <message>
            <source>{path} is open in another program; close it there and try again.</source>
            <translation>{path} 正被其他程序打开；请在那里关闭后重试。</translation>
        </message>
        <message>
            <source>{path} is on a read-only disk or share; choose another folder.</source>
            <translation>{path} 位于只读磁盘或共享上；请选择其他文件夹。</translation>
        </message>
        <message>
            <source>{path} cannot be written: permission denied (or the file is read-only).</source>
            <translation>无法写入 {path}：没有权限（或文件为只读）。</translation>
        </message>
        <message>
            <source>The path {path} is too long; choose a shorter folder or file name.</source>
            <translation>路径 {path} 太长；请选择较短的文件夹或文件名。</translation>
        </message>
        <message>
            <source>The folder for {path} does not exist.</source>
            <translation>{path} 所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} 是文件夹，不是文件。</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Followup</name>
        <message>
            <source>Not scheduled</source>
            <translation>未安排</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>已安排</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Overdue {days}+ days</source>
            <translation>逾期 {days} 天以上</translation>
        </message>
        <message>
            <source>Overdue {days}+ days, manager told</source>
            <translation>逾期 {days} 天以上，已提醒主管</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>有风险</translation>
        </message>
    </context>
    <context>
        <name>Integrity</name>
        <message>
            <source>the leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>the companies</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>the follow-up records</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <source>the contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>the stage history</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <source>the change history (audit log)</source>
            <translation>变更记录（审计日志）</translation>
        </message>
        <message>
            <source>the people (user accounts)</source>
            <translation>人员（用户账号）</translation>
        </message>
        <message>
            <source>the reference lists</source>
            <translation>基础数据</translation>
        </message>
        <message>
            <source>the annual targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>the import history</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <source>the search index</source>
            <translation>搜索索引</translation>
        </message>
        <message>
            <source>the file is sound</source>
            <translation>文件完好</translation>
        </message>
        <message>
            <source>The file is not a readable database: its header is damaged.</source>
            <translation>该文件不是可读的数据库：文件头已损坏。</translation>
        </message>
        <message>
            <source>The file cannot be opened for reading (no permission, or it is gone).</source>
            <translation>无法读取该文件（没有权限，或文件已不存在）。</translation>
        </message>
        <message>
            <source>The file's structure is damaged so badly that SQLite cannot read it through ({error}).</source>
            <translation>文件结构损坏严重，SQLite 无法完整读取（{error}）。</translation>
        </message>
        <message>
            <source>Damaged data in {what} ({count} places in the file): some of it may be unreadable or lost.</source>
            <translation>{what}的数据已损坏（文件中 {count} 处）：部分内容可能无法读取或已丢失。</translation>
        </message>
        <message>
            <source>Parts of the file are damaged ({count} places).</source>
            <translation>文件的部分内容已损坏（{count} 处）。</translation>
        </message>
        <message>
            <source>An index of {what} ({index}) is damaged or out of step with its rows; no data is lost and it can be rebuilt (crm db check --repair).</source>
            <translation>{what}的一个索引（{index}）已损坏或与数据不一致；数据没有丢失，可以重建（crm db check --repair）。</translation>
        </message>
        <message>
            <source>The record of free space in the file is inconsistent ({count} pages); no data is lost and it can be rebuilt (crm db check --repair).</source>
            <translation>文件中的空闲空间记录不一致（{count} 页）；数据没有丢失，可以重建（crm db check --repair）。</translation>
        </message>
        <message>
            <source>{count} {what} refer to {parent} that no longer exist.</source>
            <translation>有 {count} 条{what}引用的{parent}已不存在。</translation>
        </message>
        <message>
            <source>indexes rebuilt</source>
            <translation>索引已重建</translation>
        </message>
        <message>
            <source>free-space record rebuilt</source>
            <translation>空闲空间记录已重建</translation>
        </message>
        <message>
            <source>The damage could not be put right here ({error}); restore a verified backup (crm db restore).</source>
            <translation>无法在此修复该损坏（{error}）；请恢复一份已校验的备份（crm db restore）。</translation>
        </message>
    </context>
    <context>
        <name>Location</name>
        <message>
            <source>The store {name} is on a network share ({fs}). SQLite cannot keep a store safe there: its write-ahead log needs one computer's shared memory and network locks are unreliable, so two computers can damage it. Keep the store on this computer's disk (backups may go to the share), or use the team server.</source>
            <translation>数据库 {name} 位于网络共享上（{fs}）。SQLite 无法在那里保证数据安全：它的预写日志需要同一台电脑的共享内存，网络锁也不可靠，两台电脑同时使用可能损坏数据库。请把数据库放在本机磁盘上（备份可以放到共享上），或使用团队服务器。</translation>
        </message>
        <message>
            <source>The store {name} is in a {service} sync folder. The sync client copies the store and its write-ahead log separately, in the middle of writes, and may put an older copy back: the store can be damaged or lose work. Keep the store outside the sync folder (backups may go into it), or use the team server.</source>
            <translation>数据库 {name} 位于{service}同步文件夹中。同步客户端会在写入过程中分别复制数据库及其预写日志，还可能用旧副本覆盖：数据库可能损坏或丢失工作成果。请把数据库放在同步文件夹之外（备份可以放进去），或使用团队服务器。</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>the CRM app</source>
            <translation>招商管理系统</translation>
        </message>
        <message>
            <source>a crm command</source>
            <translation>crm 命令</translation>
        </message>
        <message>
            <source>The store {name} is in use by {person} on {computer} ({program}, process {pid}, since {since}); only one program may write to it at a time.</source>
            <translation>数据库 {name} 正由 {person} 在 {computer} 上使用（{program}，进程 {pid}，自 {since} 起）；同一时间只能有一个程序写入。</translation>
        </message>
    </context>
    <context>
        <name>Parse</name>
        <message>
            <source>'{text}' is not a known value</source>
            <translation>“{text}”不是可选的值</translation>
        </message>
        <message>
            <source>not an amount</source>
            <translation>不是金额</translation>
        </message>
        <message>
            <source>too long to be an amount</source>
            <translation>太长，不是金额</translation>
        </message>
        <message>
            <source>an amount cannot be negative</source>
            <translation>金额不能为负数</translation>
        </message>
        <message>
            <source>amounts are in RMB; convert a foreign-currency amount to 万元 first</source>
            <translation>金额以人民币计；外币金额请先折算为万元</translation>
        </message>
        <message>
            <source>'{text}' is a range: write one amount (the one the project plans)</source>
            <translation>“{text}”是一个范围：请只填一个金额（项目计划的金额）</translation>
        </message>
        <message>
            <source>'{text}' is not an amount: write it like 5000万, 1.2亿 or 3,000</source>
            <translation>“{text}”不是金额：请写成 5000万、1.2亿 或 3,000 这样的形式</translation>
        </message>
        <message>
            <source>unknown unit '{unit}': use 元, 万元 or 亿元</source>
            <translation>无法识别的单位“{unit}”：请使用 元、万元 或 亿元</translation>
        </message>
        <message>
            <source>{text} is larger than any project could be</source>
            <translation>{text} 超出了合理的项目规模</translation>
        </message>
        <message>
            <source>a credit code has 18 characters, this one has {count}</source>
            <translation>统一社会信用代码应为 18 位，此处为 {count} 位</translation>
        </message>
        <message>
            <source>'{char}' cannot appear in a credit code (the letters I, O, S, V and Z are never used)</source>
            <translation>统一社会信用代码中不能出现“{char}”（不使用字母 I、O、S、V、Z）</translation>
        </message>
        <message>
            <source>characters 3 to 8 of a credit code are the region's 6 digits</source>
            <translation>统一社会信用代码第 3 至 8 位应为 6 位行政区划代码</translation>
        </message>
        <message>
            <source>the check character does not match the first 17 characters: one of them is mistyped</source>
            <translation>校验码与前 17 位不符：其中有字符输入错误</translation>
        </message>
        <message>
            <source>{text} is not a date</source>
            <translation>{text} 不是日期</translation>
        </message>
        <message>
            <source>too long to be a date</source>
            <translation>太长，不是日期</translation>
        </message>
        <message>
            <source>'{text}' is not a date: write it like 2026-05-18 or 2026年5月18日</source>
            <translation>“{text}”不是日期：请写成 2026-05-18 或 2026年5月18日</translation>
        </message>
        <message>
            <source>{text} is not a day of the calendar</source>
            <translation>{text} 不是有效的日期</translation>
        </message>
        <message>
            <source>the year {year} is out of range</source>
            <translation>年份 {year} 超出范围</translation>
        </message>
        <message>
            <source>{year} has no ISO week {week}</source>
            <translation>{year} 年没有第 {week} 周</translation>
        </message>
        <message>
            <source>'{text}' is not a week: write it like 2026-W20</source>
            <translation>“{text}”不是周次：请写成 2026-W20</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>不是整数</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>“{text}”不是整数</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <source>is implausibly large</source>
            <translation>数值大得不合理</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <source>'{text}' is not a number</source>
            <translation>“{text}”不是数字</translation>
        </message>
        <message>
            <source>'{text}' is not yes or no</source>
            <translation>“{text}”不是“是”或“否”</translation>
        </message>
        <message>
            <source>is too long ({count} characters, at most {limit})</source>
            <translation>过长（{count} 个字符，最多 {limit} 个）</translation>
        </message>
        <message>
            <source>'{text}' is not a known user</source>
            <translation>“{text}”不是系统中的用户</translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <source>The store {name} is open read-only here (another program holds it); restore it from the program that holds it.</source>
            <translation>数据库 {name} 在此处以只读方式打开（另一个程序正在使用）；请在正在使用它的程序中恢复。</translation>
        </message>
        <message>
            <source>There is no backup {name}.</source>
            <translation>没有备份 {name}。</translation>
        </message>
        <message>
            <source>The backup {name} is damaged ({what}); choose another one.</source>
            <translation>备份 {name} 已损坏（{what}）；请选择其他备份。</translation>
        </message>
        <message>
            <source>{name} is not a backup of a CRM store.</source>
            <translation>{name} 不是本系统数据库的备份。</translation>
        </message>
        <message>
            <source>The backup {name} was made by a newer version of the CRM (schema {rev}); update the app to restore it.</source>
            <translation>备份 {name} 由更新版本的系统生成（结构 {rev}）；请更新程序后再恢复。</translation>
        </message>
        <message>
            <source>The copy of {name} failed its check; the store was left as it was.</source>
            <translation>{name} 的副本未通过校验；数据库保持原样。</translation>
        </message>
        <message>
            <source>There is no verified backup of {name}.</source>
            <translation>{name} 没有已校验的备份。</translation>
        </message>
        <message>
            <source>There is no backup number {n}; crm db backups lists them.</source>
            <translation>没有编号为 {n} 的备份；crm db backups 可列出备份。</translation>
        </message>
        <message>
            <source>A restore replaces the store; add --yes to confirm it.</source>
            <translation>恢复会替换数据库；请加上 --yes 确认。</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Investment officer</source>
            <translation>招商专员</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>管理人员</translation>
        </message>
        <message>
            <source>Report staff</source>
            <translation>报表人员</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>{name} is a database, but not a CRM store; it was left untouched.</source>
            <translation>{name} 是数据库，但不是本系统的数据库；未做任何改动。</translation>
        </message>
        <message>
            <source>The store {name} was written by a newer version of the CRM (schema {rev}); update the app to open it. The store was left untouched.</source>
            <translation>数据库 {name} 由更新版本的系统写入（结构版本 {rev}）；请升级程序后再打开。数据库未做任何改动。</translation>
        </message>
        <message>
            <source>The store {name} needs an upgrade; run: crm db upgrade</source>
            <translation>数据库 {name} 需要升级；请运行：crm db upgrade</translation>
        </message>
        <message>
            <source>The upgrade of the store was rolled back: it would have left {count} rows without the rows they refer to. The store is unchanged; report this.</source>
            <translation>数据库升级已回滚：升级会使 {count} 行数据失去其引用的记录。数据库未做改动；请报告此问题。</translation>
        </message>
        <message>
            <source>The store {name} is open read-only.</source>
            <translation>数据库 {name} 以只读方式打开。</translation>
        </message>
        <message>
            <source>The store {name} is locked by another program; try again in a moment.</source>
            <translation>数据库 {name} 被其他程序锁定；请稍后再试。</translation>
        </message>
        <message>
            <source>The store {name} cannot be written: the file or its folder is read-only.</source>
            <translation>无法写入数据库 {name}：文件或所在目录为只读。</translation>
        </message>
        <message>
            <source>The disk holding {name} is full; nothing was saved.</source>
            <translation>{name} 所在磁盘已满；未保存任何内容。</translation>
        </message>
        <message>
            <source>The store {name} could not be written to its disk (input/output error); nothing was saved. Check that the disk has free space and is still connected.</source>
            <translation>数据库 {name} 无法写入磁盘（输入/输出错误）；未保存任何内容。请检查磁盘是否有空余空间、是否仍然连接。</translation>
        </message>
        <message>
            <source>The store {name} is damaged (SQLite found its structure broken); nothing was saved. Run crm db check, and restore a verified backup.</source>
            <translation>数据库 {name} 已损坏（SQLite 发现其结构被破坏）；未保存任何内容。请运行 crm db check，并恢复已校验的备份。</translation>
        </message>
        <message>
            <source>{name} is not a CRM store or is damaged.</source>
            <translation>{name} 不是本系统的数据库，或已损坏。</translation>
        </message>
        <message>
            <source>The store {name} cannot be opened.</source>
            <translation>无法打开数据库 {name}。</translation>
        </message>
        <message>
            <source>Cannot reach the database server {name}.</source>
            <translation>无法连接数据库服务器 {name}。</translation>
        </message>
        <message>
            <source>The database server {name} refused the connection.</source>
            <translation>数据库服务器 {name} 拒绝了连接。</translation>
        </message>
        <message>
            <source>'{name}' is not a database URL or a file path.</source>
            <translation>“{name}”不是数据库地址或文件路径。</translation>
        </message>
        <message>
            <source>{name} is a folder, not a store file.</source>
            <translation>{name} 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>The store {name} cannot be read: permission denied.</source>
            <translation>无法读取数据库 {name}：没有权限。</translation>
        </message>
        <message>
            <source>{name} is not a CRM store (it is not a SQLite database).</source>
            <translation>{name} 不是本系统的数据库（不是 SQLite 数据库文件）。</translation>
        </message>
        <message>
            <source>There is no store at {name}.</source>
            <translation>{name} 处没有数据库。</translation>
        </message>
        <message>
            <source>The folder for {name} does not exist.</source>
            <translation>{name} 所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>The store {name} cannot be created: the folder is read-only.</source>
            <translation>无法创建数据库 {name}：文件夹为只读。</translation>
        </message>
        <message>
            <source>Back up a PostgreSQL store with pg_dump; crm db backup copies SQLite files.</source>
            <translation>PostgreSQL 数据库请用 pg_dump 备份；crm db backup 用于复制 SQLite 文件。</translation>
        </message>
        <message>
            <source>{name} already exists; choose a new file.</source>
            <translation>{name} 已存在；请选择新的文件名。</translation>
        </message>
        <message>
            <source>The store {name} failed its integrity check ({when}: {what}). Nothing is written to it: restore a verified backup (crm db restore) or check it again (crm db check).</source>
            <translation>数据库 {name} 未通过完整性检查（{when}：{what}）。不会再向其中写入任何内容：请恢复已校验的备份（crm db restore）或重新检查（crm db check）。</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>Signed projects</source>
            <translation>签约项目</translation>
        </message>
        <message>
            <source>Signed investment</source>
            <translation>签约额</translation>
        </message>
        <message>
            <source>Landed projects</source>
            <translation>落地项目</translation>
        </message>
        <message>
            <source>Funds in place</source>
            <translation>到位资金</translation>
        </message>
        <message>
            <source>High-tech enterprises</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>就业人数</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Sci-tech city</source>
            <translation>科技城</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>(10k yuan)</source>
            <translation>（万元）</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>{name} is too large to be a targets workbook.</source>
            <translation>{name} 太大，不是年度目标工作簿。</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx).</source>
            <translation>{name} 不是 Excel 工作簿（.xlsx）。</translation>
        </message>
        <message>
            <source>{name} has more than {limit} rows.</source>
            <translation>{name} 超过 {limit} 行。</translation>
        </message>
        <message>
            <source>{name} has no header row with a Year column and at least one target column.</source>
            <translation>{name} 没有表头行：需要“年度”列和至少一个目标列。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {problem}</source>
            <translation>第 {row} 行，{column}：{problem}</translation>
        </message>
        <message>
            <source>must be a year between 2000 and 2100</source>
            <translation>必须是 2000 到 2100 之间的年份</translation>
        </message>
        <message>
            <source>this target is already on an earlier row</source>
            <translation>该目标在前面的行中已出现</translation>
        </message>
        <message>
            <source>{name}: {count} problems; nothing was imported.</source>
            <translation>{name}：{count} 处问题，未导入任何内容。</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>must be a number of zero or more</source>
            <translation>必须是大于或等于零的数</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>10k yuan</source>
            <translation>万元</translation>
        </message>
        <message>
            <source>10k yuan / year</source>
            <translation>万元/年</translation>
        </message>
        <message>
            <source>mu</source>
            <translation>亩</translation>
        </message>
        <message>
            <source>m²</source>
            <translation>平方米</translation>
        </message>
        <message>
            <source>people</source>
            <translation>人</translation>
        </message>
        <message>
            <source>10k yuan / mu</source>
            <translation>万元/亩</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>显示版本号并退出</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个参数值</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>必须提供参数 %s 之一</translation>
        </message>
    </context>
</TS>