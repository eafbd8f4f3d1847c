<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>cannot be in the future</source>
            <translation>不能晚于今天</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Lead ID</source>
            <translation>线索编号</translation>
        </message>
        <message>
            <source>First signed on</source>
            <translation>首次签约日期</translation>
        </message>
        <message>
            <source>Contact's title</source>
            <translation>联系人职务</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>导出已取消，未写入文件。</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>招商线索</translation>
        </message>
        <message>
            <source>Leads · exported {day} by {name}</source>
            <translation>招商线索 · {day} 由{name}导出</translation>
        </message>
        <message>
            <source>About</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Exported from Corridor CRM</source>
            <translation>导出自大走廊招商 CRM</translation>
        </message>
        <message>
            <source>Exported by</source>
            <translation>导出人</translation>
        </message>
        <message>
            <source>Exported at</source>
            <translation>导出时间</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Contacts masked in rows</source>
            <translation>联系人已脱敏的行数</translation>
        </message>
        <message>
            <source>Confidential projects shown by codename</source>
            <translation>以代号显示的保密项目数</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <source>{name} cannot be written: it is open in another program or read-only.</source>
            <translation>无法写入 {name}：文件已被其他程序打开或为只读。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{count} rows are refused, so nothing was imported (all or nothing).</source>
            <translation>有 {count} 行被拒绝，按“全部或不导入”未导入任何数据。</translation>
        </message>
        <message>
            <source>The leads changed since the preview (rows {rows}); nothing was imported. Run the preview again.</source>
            <translation>预览之后线索数据已有变化（第 {rows} 行），未导入任何数据。请重新预览。</translation>
        </message>
        <message>
            <source>Rows that name no city go to {city}, named above the table.</source>
            <translation>未填写科技城的行归入表头上方注明的{city}。</translation>
        </message>
        <message>
            <source>Rows that name no city go to {city}, named in the file's name.</source>
            <translation>未填写科技城的行归入{city}（文件名中所写）。</translation>
        </message>
        <message>
            <source>Rows that name no city go to {city}, named in the sheet's name.</source>
            <translation>未填写科技城的行归入{city}（工作表名称中所写）。</translation>
        </message>
        <message>
            <source>Rows that name no city go to {city}, the owner's city.</source>
            <translation>未填写科技城的行归入负责人所在的{city}。</translation>
        </message>
        <message>
            <source>The file {name} does not exist.</source>
            <translation>文件 {name} 不存在。</translation>
        </message>
        <message>
            <source>{name} is a folder, not a file.</source>
            <translation>{name} 是文件夹，不是文件。</translation>
        </message>
        <message>
            <source>The file {name} cannot be read: permission denied.</source>
            <translation>无法读取文件 {name}：没有权限。</translation>
        </message>
        <message>
            <source>The file {name} is empty.</source>
            <translation>文件 {name} 是空的。</translation>
        </message>
        <message>
            <source>The file {name} is {size} MB; files up to {limit} MB can be imported.</source>
            <translation>文件 {name} 有 {size} MB，最多只能导入 {limit} MB 的文件。</translation>
        </message>
        <message>
            <source>{name} is not a spreadsheet: import an Excel workbook (.xlsx, .xls) or a CSV file.</source>
            <translation>{name} 不是电子表格：请导入 Excel 工作簿（.xlsx、.xls）或 CSV 文件。</translation>
        </message>
        <message>
            <source>{name} is a web page (HTML), not an Excel workbook, although it is named so: open it in Excel or WPS and save it as .xlsx, then import that file.</source>
            <translation>{name} 虽以 Excel 命名，实为网页（HTML）而非 Excel 工作簿：请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</translation>
        </message>
        <message>
            <source>{name} is named as an Excel workbook but holds plain text: save it as a real workbook, or rename it .csv if it is a CSV file.</source>
            <translation>{name} 以 Excel 工作簿命名，内容却是纯文本：请另存为真正的工作簿；如果是 CSV 文件，请改名为 .csv。</translation>
        </message>
        <message>
            <source>{name} is a ZIP archive but not an Excel workbook (.xlsx): open it in Excel and save it as a workbook.</source>
            <translation>{name} 是 ZIP 压缩包而不是 Excel 工作簿（.xlsx）：请用 Excel 打开并另存为工作簿。</translation>
        </message>
        <message>
            <source>{name} holds XML that no spreadsheet program writes (a document type declaration, used to attack readers); it was not opened.</source>
            <translation>{name} 含有电子表格软件不会写入的 XML（文档类型声明，常用于攻击读取程序），未打开。</translation>
        </message>
        <message>
            <source>{name} would expand to far more data than a ledger holds (a damaged or malicious file); it was not opened.</source>
            <translation>{name} 解压后的数据量远超任何台账（文件已损坏或含恶意内容），未打开。</translation>
        </message>
        <message>
            <source>{name} is damaged: it is not a readable Excel workbook.</source>
            <translation>{name} 已损坏：不是可读取的 Excel 工作簿。</translation>
        </message>
        <message>
            <source>{name} is an Office document but not an Excel workbook.</source>
            <translation>{name} 是 Office 文档，但不是 Excel 工作簿。</translation>
        </message>
        <message>
            <source>{name} is protected by a password: open it in Excel, remove the password (File → Info → Protect Workbook) and import the saved copy.</source>
            <translation>{name} 设有密码保护：请在 Excel 中打开，取消密码（文件 → 信息 → 保护工作簿）后导入保存的副本。</translation>
        </message>
        <message>
            <source>{name} has {rows} rows; at most {limit} can be imported at once: split the file.</source>
            <translation>{name} 有 {rows} 行，一次最多导入 {limit} 行：请拆分文件。</translation>
        </message>
        <message>
            <source>The file {name} was moved, deleted or changed while it was being read.</source>
            <translation>读取过程中文件 {name} 被移动、删除或修改。</translation>
        </message>
        <message>
            <source>{header}: {problem}</source>
            <translation>{header}：{problem}</translation>
        </message>
        <message>
            <source>not the full registered name (有限公司 …)</source>
            <translation>不是登记的全称（有限公司 …）</translation>
        </message>
        <message>
            <source>'{name}' is no longer an active user</source>
            <translation>“{name}”已不是在用的用户</translation>
        </message>
        <message>
            <source>'{name}' is not a user of the CRM</source>
            <translation>“{name}”不是 CRM 的用户</translation>
        </message>
        <message>
            <source>{why}: {then}</source>
            <translation>{why}：{then}</translation>
        </message>
        <message>
            <source>{rows} data rows: {created} created, {updated} updated, {skipped} skipped, {refused} refused</source>
            <translation>数据 {rows} 行：新建 {created}，更新 {updated}，跳过 {skipped}，拒绝 {refused}</translation>
        </message>
        <message>
            <source>The file has no project name column: each project is named after its company.</source>
            <translation>文件没有项目名称列：各项目以企业名称命名。</translation>
        </message>
        <message>
            <source>Amounts whose header names no unit are in {unit}, as stated above the table.</source>
            <translation>表头未注明单位的金额按表格上方注明的{unit}计。</translation>
        </message>
        <message>
            <source>{n} rows are hidden in the sheet (rows {rows}): imported like the others.</source>
            <translation>工作表中有 {n} 行被隐藏（第 {rows} 行）：与其他行一样导入。</translation>
        </message>
        <message>
            <source>{n} rows are hidden in the sheet (rows {rows}): skipped.</source>
            <translation>工作表中有 {n} 行被隐藏（第 {rows} 行）：已跳过。</translation>
        </message>
        <message>
            <source>The ledger is {name}'s own (named in its title): {name} follows its projects.</source>
            <translation>这是 {name} 本人的台账（标题中写明）：其中项目由 {name} 跟进。</translation>
        </message>
        <message>
            <source>there is no lead {id} (deleted?)</source>
            <translation>线索 {id} 不存在（已删除？）</translation>
        </message>
        <message>
            <source>lead {id} is another company's ({company}): matched by company instead</source>
            <translation>线索 {id} 属于另一家企业（{company}）：改为按企业匹配</translation>
        </message>
        <message>
            <source>another project of the company of row {row}</source>
            <translation>与第 {row} 行为同一企业的另一个项目</translation>
        </message>
        <message>
            <source>row {row} already brings this lead in; choose create for a second one</source>
            <translation>第 {row} 行已导入该线索；如需第二条记录请选择新建</translation>
        </message>
        <message>
            <source>a second record of a company needs a reason</source>
            <translation>同一企业登记第二条记录须说明理由</translation>
        </message>
        <message>
            <source>{name} is not in UTF-8 or GB18030 (GBK) text: in Excel, save it as "CSV UTF-8" or as a workbook and import that.</source>
            <translation>{name} 不是 UTF-8 或 GB18030（GBK）编码的文本：请在 Excel 中另存为“CSV UTF-8”或工作簿后再导入。</translation>
        </message>
        <message>
            <source>Row in original file</source>
            <translation>原文件行号</translation>
        </message>
        <message>
            <source>Why it was refused</source>
            <translation>拒绝原因</translation>
        </message>
        <message>
            <source>refused: {reason}</source>
            <translation>拒绝：{reason}</translation>
        </message>
        <message>
            <source>new lead, a second record of the company (reason: {reason})</source>
            <translation>新建线索，该企业的第二条记录（理由：{reason}）</translation>
        </message>
        <message>
            <source>new lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <source>updates lead {id}: {fields}</source>
            <translation>更新线索 {id}：{fields}</translation>
        </message>
        <message>
            <source>skipped: the row is hidden in the sheet</source>
            <translation>跳过：该行在工作表中被隐藏</translation>
        </message>
        <message>
            <source>skipped: the same company as row {row} of this file</source>
            <translation>跳过：与本文件第 {row} 行为同一企业</translation>
        </message>
        <message>
            <source>skipped: {company} is already followed by {owner} ({city}) since {day}</source>
            <translation>跳过：{company} 自 {day} 起已由{owner}（{city}）跟进</translation>
        </message>
        <message>
            <source>skipped: lead {id} already says the same</source>
            <translation>跳过：线索 {id} 内容相同</translation>
        </message>
        <message>
            <source>needs review: {columns} kept in the notes</source>
            <translation>需核实：{columns} 已记入备注</translation>
        </message>
        <message>
            <source>{header}: {reason}</source>
            <translation>{header}：{reason}</translation>
        </message>
        <message>
            <source>needs review: {what}</source>
            <translation>需核实：{what}</translation>
        </message>
        <message>
            <source>{columns} kept in the notes</source>
            <translation>{columns} 已记入备注</translation>
        </message>
        <message>
            <source>create</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>refuse</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>导入已取消，数据未作任何改动。</translation>
        </message>
        <message>
            <source>page footer</source>
            <translation>页脚</translation>
        </message>
        <message>
            <source>the title again</source>
            <translation>重复的标题</translation>
        </message>
        <message>
            <source>total row</source>
            <translation>合计行</translation>
        </message>
        <message>
            <source>officer of the rows below</source>
            <translation>下方各行的对接人</translation>
        </message>
        <message>
            <source>the template's hints</source>
            <translation>模板的填写提示行</translation>
        </message>
        <message>
            <source>the template's example</source>
            <translation>模板的示例行</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注说明</translation>
        </message>
        <message>
            <source>heading or note outside the table's columns</source>
            <translation>表格列以外的标题或说明</translation>
        </message>
        <message>
            <source>repeated header row</source>
            <translation>重复的表头行</translation>
        </message>
        <message>
            <source>empty row</source>
            <translation>空行</translation>
        </message>
        <message>
            <source>section heading</source>
            <translation>分组标题行</translation>
        </message>
        <message>
            <source>No header row was recognised in sheet {sheet} of {name}: the first rows should name columns such as 企业名称, 项目名称, 计划投资额 or 当前阶段.</source>
            <translation>{name} 的工作表 {sheet} 中找不到表头：前几行应有“企业名称”“项目名称”“计划投资额”“当前阶段”等列名。</translation>
        </message>
        <message>
            <source>No header row was recognised in {name}: the first rows of a sheet should name columns such as 企业名称, 项目名称, 计划投资额 or 当前阶段.</source>
            <translation>{name} 中找不到表头：工作表前几行应有“企业名称”“项目名称”“计划投资额”“当前阶段”等列名。</translation>
        </message>
        <message>
            <source>{name} has no sheets.</source>
            <translation>{name} 没有工作表。</translation>
        </message>
        <message>
            <source>{name} has no sheet {sheet}; it has: {sheets}.</source>
            <translation>{name} 中没有工作表 {sheet}；现有：{sheets}。</translation>
        </message>
        <message>
            <source>{name} is empty: it has no rows to import.</source>
            <translation>{name} 是空的：没有可导入的行。</translation>
        </message>
        <message>
            <source>There is no import {id}.</source>
            <translation>不存在编号为 {id} 的导入。</translation>
        </message>
        <message>
            <source>The import {id} was already undone.</source>
            <translation>导入 {id} 已撤销过。</translation>
        </message>
        <message>
            <source>Leads of this import were changed after it ({count} changes); undo those first or edit the leads by hand. Nothing was undone.</source>
            <translation>本次导入的线索在导入后又有改动（{count} 处）；请先撤销这些改动或手工修改线索。未撤销任何内容。</translation>
        </message>
        <message>
            <source>agreed investment taken from the planned investment</source>
            <translation>协议投资额取自计划投资额</translation>
        </message>
        <message>
            <source>no project name: named after the company</source>
            <translation>未填项目名称：以企业名称命名</translation>
        </message>
        <message>
            <source>{name} gets an account (cannot sign in yet)</source>
            <translation>为 {name} 建号（暂不能登录）</translation>
        </message>
        <message>
            <source>the lead goes to {owner}</source>
            <translation>线索归{owner}</translation>
        </message>
        <message>
            <source>a signing day in the future is not kept</source>
            <translation>晚于今天的签约日期未保留</translation>
        </message>
        <message>
            <source>{field} kept: hand the lead over explicitly</source>
            <translation>{field}保持不变：如需流转请单独办理</translation>
        </message>
        <message>
            <source>contact not added: you may not see this lead's contacts</source>
            <translation>未添加联系人：您无权查看该线索的联系人</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>Registered (landed) on</source>
            <translation>注册（落地）日期</translation>
        </message>
        <message>
            <source>'{text}' is not a field; name one of: {fields}</source>
            <translation>“{text}”不是字段；可用：{fields}</translation>
        </message>
        <message>
            <source>{file} has no column '{header}'; its columns are: {columns}</source>
            <translation>{file} 中没有“{header}”列；现有列：{columns}</translation>
        </message>
        <message>
            <source>--map takes COLUMN=FIELD, e.g. --map 项目状态=stage; not '{text}'</source>
            <translation>--map 的写法是 列=字段，如 --map 项目状态=stage；不是“{text}”</translation>
        </message>
        <message>
            <source>{header} “{text}”: {reason}</source>
            <translation>{header}“{text}”：{reason}</translation>
        </message>
        <message>
            <source>Needs review: {header} ({reason})</source>
            <translation>需核实：{header}（{reason}）</translation>
        </message>
        <message>
            <source>Needs review: {header} “{text}” ({reason})</source>
            <translation>需核实：{header}“{text}”（{reason}）</translation>
        </message>
        <message>
            <source>the ledger gives no reason: 其他 (other) until it is told</source>
            <translation>台账未写流失原因：暂记为“其他”，待补充</translation>
        </message>
        <message>
            <source>{field} {problem}: the lead starts at the first stage</source>
            <translation>{field}{problem}：线索从第一阶段开始</translation>
        </message>
        <message>
            <source>no year, and in {year} it would be long past: {later}</source>
            <translation>未写年份，按 {year} 年已过去半年以上：按 {later} 年</translation>
        </message>
        <message>
            <source>no year: the ledger's {year}</source>
            <translation>未写年份：按台账年份 {year} 年</translation>
        </message>
        <message>
            <source>no year, and in {year} it would be after the report date: {earlier}</source>
            <translation>未写年份，按 {year} 年将晚于填报日期：按 {earlier} 年</translation>
        </message>
        <message>
            <source>only the month: the 1st stands for the day</source>
            <translation>只写到月份：按当月 1 日</translation>
        </message>
    </context>
    <context>
        <name>ImportUnits</name>
        <message>
            <source>10k yuan (万元)</source>
            <translation>万元</translation>
        </message>
        <message>
            <source>yuan (元)</source>
            <translation>元</translation>
        </message>
        <message>
            <source>thousand yuan (千元)</source>
            <translation>千元</translation>
        </message>
        <message>
            <source>100k yuan (十万元)</source>
            <translation>十万元</translation>
        </message>
        <message>
            <source>million yuan (百万元)</source>
            <translation>百万元</translation>
        </message>
        <message>
            <source>10 million yuan (千万元)</source>
            <translation>千万元</translation>
        </message>
        <message>
            <source>100 million yuan (亿元)</source>
            <translation>亿元</translation>
        </message>
        <message>
            <source>a foreign currency: refused (convert to RMB first)</source>
            <translation>外币：不导入（请先换算为人民币）</translation>
        </message>
    </context>
    <context>
        <name>Parse</name>
        <message>
            <source>'{text}' is not a known value</source>
            <translation>“{text}”不是可选的值</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>不是整数</translation>
        </message>
        <message>
            <source>the column's header names a currency other than RMB; convert its amounts to 万元 first</source>
            <translation>该列表头写的是人民币以外的币种：请先将金额换算为万元</translation>
        </message>
        <message>
            <source>'{text}' is not an amount</source>
            <translation>“{text}”不是金额</translation>
        </message>
        <message>
            <source>not known yet</source>
            <translation>尚未确定</translation>
        </message>
        <message>
            <source>'{text}' could be day/month or month/day: write it like 2026-05-18</source>
            <translation>“{text}”可能是日/月，也可能是月/日，无法确定：请写成 2026-05-18 这样</translation>
        </message>
        <message>
            <source>'{text}' is not a date: write it like 2026-05-18</source>
            <translation>“{text}”不是日期：请写成 2026-05-18 这样</translation>
        </message>
    </context>
</TS>