"""The main window: navigation between pages, menus with the keyboard shortcuts, the status
bar (store and user), undo, and the layout remembered between sessions. Pages get the
AppContext; the window only wires them together."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.accounts.roles import ROLE_LABELS
from crm.errors import CrmError
from crm.leadlist.query import LeadFilter, count_leads
from crm.ui.context import AppContext
from crm.ui.help_menu import HelpMenu
from crm.ui.icons import icon
from crm.ui.operations import Op
from crm.ui.page_stack import PageFactory, PageStack
from crm.ui.settings import PAGE, WINDOW_GEOMETRY, WINDOW_STATE
from crm.ui.tasks import TaskContext
from crm.ui.welcome import WelcomePage
from crm.ui.widgets.allowed import allow
from crm.ui.window_fit import PageStack as FittingStack
from crm.ui.window_fit import after_show, fit_to_screen, scrolling

#: leads and activities of "Load demo data" (a year of a small corridor's work)
DEMO_SIZE = (2000, 20000)

# The pages, forms and dialogs are imported when first opened (crm.ui.startup: the window
# shows with only what its first screen needs).


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, on_language=None, on_switch_user=None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self._on_language = on_language
        self._on_switch_user = on_switch_user
        self._forms: list = []  # the open lead forms
        self._empty = False
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget(central)
        side.setObjectName("brandBox")
        side.setFixedWidth(190)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 14, 0, 8)
        self.brand = QLabel(side)
        self.brand.setObjectName("brandTitle")
        self.brand.setContentsMargins(16, 0, 8, 0)
        self.brand_sub = QLabel(side)
        self.brand_sub.setObjectName("brandSubtitle")
        self.brand_sub.setContentsMargins(16, 0, 8, 8)
        self.brand_sub.setWordWrap(True)
        sl.addWidget(self.brand)
        sl.addWidget(self.brand_sub)
        self.nav = QListWidget(side)
        self.nav.setObjectName("navList")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.currentRowChanged.connect(self._go)
        sl.addWidget(self.nav, 1)
        row.addWidget(side)
        self.stack = FittingStack(central)  # asks for the room of the page shown
        row.addWidget(scrolling(self.stack), 1)  # which scrolls on a screen too small for it
        self.setCentralWidget(central)
        self.pages = PageStack(self.nav, self.stack)

        self.welcome = WelcomePage(import_available=False, parent=self)
        self.welcome.create_lead.connect(self.new_lead)
        self.welcome.load_demo.connect(self.load_demo)
        self.add_page("my_day", self._make_my_day, "calendar-today", lambda: self.tr("My day"))
        self.add_page("leads", self._make_leads, "format-list-bulleted", lambda: self.tr("Leads"))
        self.add_page("settings", self._make_settings, "cog-outline", lambda: self.tr("Settings"))
        self.stack.addWidget(self.welcome)

        self.store_label = QLabel(self)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.store_label)
        self._build_actions()
        ctx.bus.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.bus.undo_failed.connect(lambda exc: self.statusBar().showMessage(exc.render(), 10000))
        ctx.bus.open_lead.connect(self.open_lead)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self._restore()
        self._update_welcome()

    # ------------------------------------------------------------ pages
    def _make_my_day(self) -> QWidget:
        from crm.ui.pages.my_day import MyDayPage

        page = MyDayPage(self.ctx, self)
        page.open_lead.connect(self.open_lead)
        page.drill_down.connect(self.drill_down)
        return page

    def _make_leads(self) -> QWidget:
        from crm.ui.pages.leads_page import LeadsPage

        page = LeadsPage(self.ctx, self)
        page.new_requested.connect(self.new_lead)
        page.edit_requested.connect(self.edit_lead)
        return page

    def _make_settings(self) -> QWidget:
        from crm.ui.pages.settings_page import SettingsPage

        page = SettingsPage(self.ctx, self)
        page.language_chosen.connect(lambda lang: self._on_language and self._on_language(lang))
        page.switch_user.connect(lambda: self._on_switch_user and self._on_switch_user())
        return page

    @property
    def leads(self):
        """The lead list (built if it was not yet)."""
        return self.pages.page("leads")

    @property
    def my_day(self):
        return self.pages.page("my_day")

    @property
    def settings_page(self):
        return self.pages.page("settings")

    def add_page(
        self,
        key: str,
        page: QWidget | PageFactory,
        icon_name: str,
        title,
        index: int | None = None,
    ) -> None:
        """Later features (reports, pipeline) add their pages here: a widget, or better a
        function that builds it when the page is first opened."""
        self.pages.add(key, page, icon_name, title, index)

    def menu(self, name: str):
        """The File / Edit / Lead menus, for features that add actions ("file", "edit", "lead")."""
        return {"file": self.m_file, "edit": self.m_edit, "lead": self.m_lead}[name]

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not yet."""
        return self.pages.page(key)

    def when_built(self, key: str, fn) -> None:
        """``fn(page)`` once the page ``key`` exists (now, if it does already)."""
        self.pages.when_built(key, fn)

    def page_index(self, key: str) -> int:
        return self.pages.index(key)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_index(key))

    def _go(self, row: int) -> None:
        if row < 0:
            return
        key = self.pages.key_at(row)
        if self._empty:  # someone (a teammate, an import) may have added the first lead meanwhile
            self._empty = self._store_is_empty()
            if not self._empty:
                self._refresh_lists()
        if self._empty and key in ("my_day", "leads"):
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.pages.page(key))

    def _refresh_lists(self) -> None:
        """The lists that exist show the leads that arrived (the others load when opened)."""
        if (leads_page := self.pages.built_page("leads")) is not None:
            leads_page.apply_filter()
        if (my_day := self.pages.built_page("my_day")) is not None:
            my_day.refresh()

    def _store_is_empty(self) -> bool:
        leads_page = self.pages.built_page("leads")
        if leads_page is not None and leads_page.model.total() > 0:
            return False  # the list has counted already (no two more counts before the frame)
        return (
            count_leads(self.ctx.store, self.ctx.actor, LeadFilter()) == 0
            and count_leads(self.ctx.store, self.ctx.actor, LeadFilter(deleted=True)) == 0
        )

    def _update_welcome(self) -> None:
        self._empty = self._store_is_empty()
        self.a_demo.setVisible(self._empty)  # offered on an empty store only
        self._go(self.nav.currentRow())

    # ------------------------------------------------------------ actions
    def _build_actions(self) -> None:
        def act(name, icon_name, shortcut, slot):
            a = QAction(icon(icon_name), "", self)
            a.setObjectName(name)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.a_new = act("actionNewLead", "plus", "Ctrl+N", self.new_lead)
        me = self.ctx.actor  # who may create a lead at all (crm.accounts.permissions)
        allow(self.a_new, P.create_lead(me, me.city_id, me.id, me.city_id))
        allow(self.welcome.new_button, P.create_lead(me, me.city_id, me.id, me.city_id))
        self.a_find = act("actionFind", "magnify", "Ctrl+F", self.find)
        self.a_log = act("actionLogActivity", "message-plus-outline", "Ctrl+L", self.log_activity)
        self.a_move = act("actionMoveStage", "swap-horizontal", "Ctrl+M", self.move_stage)
        self.a_delete = act(
            "actionDelete", "delete-outline", QKeySequence.StandardKey.Delete, self.delete_lead
        )
        self.a_demo = act("actionDemo", "database-arrow-down-outline", None, self.load_demo)
        shared = not self.ctx.store.is_sqlite  # a team server's pool is everyone's
        allow(self.a_demo, P.load_demo(me, shared))
        allow(self.welcome.demo_button, P.load_demo(me, shared))
        self.a_quit = act("actionQuit", "exit-to-app", QKeySequence.StandardKey.Quit, self.close)
        self.a_undo = self.ctx.undo.createUndoAction(self)
        self.a_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.a_undo.setIcon(icon("undo"))
        self.a_redo = self.ctx.undo.createRedoAction(self)
        redo_keys = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys
        ]
        self.a_redo.setShortcuts(redo_keys)
        self.a_redo.setIcon(icon("redo"))
        self.a_pages = []
        for i in range(5):
            a = QAction(self)
            a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            a.triggered.connect(
                lambda _c=False, i=i: i < self.nav.count() and self.nav.setCurrentRow(i)
            )
            self.addAction(a)
            self.a_pages.append(a)
        mb = self.menuBar()
        self.m_file = mb.addMenu("")
        self.m_file.addActions([self.a_new, self.a_demo])
        self.m_file.addSeparator()
        self.m_file.addAction(self.a_quit)
        self.m_edit = mb.addMenu("")
        self.m_edit.addActions([self.a_undo, self.a_redo])
        self.m_edit.addSeparator()
        self.m_edit.addAction(self.a_find)
        self.m_lead = mb.addMenu("")
        self.m_lead.addActions([self.a_log, self.a_move, self.a_delete])
        self.m_help = mb.addMenu("")
        self.help = HelpMenu(self, self.m_help)  # log folder, data folder, About

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("City West Corridor · Unified Investment CRM"))
        self.brand.setText(self.tr("Unified Investment"))
        self.brand_sub.setText(self.tr("Hangzhou City West Sci-Tech Innovation Corridor"))
        self.pages.retranslate()
        self.m_file.setTitle(self.tr("&File"))
        self.m_edit.setTitle(self.tr("&Edit"))
        self.m_lead.setTitle(self.tr("&Lead"))
        self.a_new.setText(self.tr("New lead"))
        self.a_find.setText(self.tr("Find"))
        self.a_log.setText(self.tr("Log activity"))
        self.a_move.setText(self.tr("Move stage…"))
        self.a_delete.setText(self.tr("Delete lead"))
        self.a_demo.setText(self.tr("Load demo data…"))
        self.a_quit.setText(self.tr("Quit"))
        self.a_undo.setText(self.tr("Undo"))
        self.a_redo.setText(self.tr("Redo"))
        self.store_label.setText(self.tr("Store: {store}").format(store=self.ctx.store.describe()))
        a = self.ctx.actor
        role = ROLE_LABELS.get(a.role, ROLE_LABELS["officer"]).render()
        if a.is_admin and a.role != "admin":
            role = self.tr("{role}, administrator").format(role=role)
        self.user_label.setText(
            self.tr("{name} · {role} ({city})").format(
                name=a.display_name,
                role=role,
                city=self.ctx.ref.label(a.city_id) or self.tr("Committee"),
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changed(self, changes) -> None:
        if changes.leads or changes.bulk:
            was_empty = self._empty
            self._update_welcome()
            if was_empty and not self._empty:
                self._refresh_lists()

    # ------------------------------------------------------------ lead actions
    def _on_leads(self) -> bool:
        page = self.pages.built_page("leads")
        return page is not None and self.stack.currentWidget() is page

    def new_lead(self) -> None:
        self._open_form(None)

    def edit_lead(self, lead_id: int) -> None:
        from crm.leads import edit as leads

        detail = leads.get_lead(self.ctx.store, self.ctx.actor, lead_id)
        if detail.masked:
            self.open_lead(lead_id)
            return
        self._open_form(lead_id)

    def _open_form(self, lead_id: int | None, draft: dict | None = None):
        from crm.ui.lead_form import LeadForm

        form = LeadForm(self.ctx, lead_id, draft=draft, parent=self)
        form.open_lead.connect(self.open_lead)
        form.saved.connect(self._saved)
        form.finished.connect(
            lambda _r, f=form: self._forms.remove(f) if f in self._forms else None
        )
        self._forms.append(form)
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def _saved(self, lead_id: int) -> None:
        if self._empty:
            self._update_welcome()
        if self._on_leads() or self.stack.currentWidget() is self.welcome:
            self.leads.select_lead(lead_id)

    def open_lead(self, lead_id: int) -> None:
        from crm.ui.lead_dialog import LeadDialog

        dlg = LeadDialog(self.ctx, lead_id, self)
        dlg.panel.edit_requested.connect(self.edit_lead)
        dlg.show()

    def drill_down(self, flt: LeadFilter, label: str) -> None:
        self.show_page("leads")
        self.leads.show_filter(flt, label)

    def find(self) -> None:
        self.show_page("leads")
        self.leads.focus_search()

    def log_activity(self) -> None:
        if self._on_leads():
            self.leads.ensure_detail()
            self.leads.detail.focus_quick_log()

    def move_stage(self) -> None:
        if self._on_leads():
            self.leads.ensure_detail()
            self.leads.detail.move_stage()

    def delete_lead(self) -> None:
        if not self._on_leads() or not self.leads.table.hasFocus():
            return
        lead_id = self.leads.current_lead_id()
        if lead_id is None:
            return
        from crm.leads import edit as leads
        from crm.ui.undo import DeleteLeadCommand

        Op(self, self.ctx, lambda: leads.delete_lead(self.ctx.store, self.ctx.actor, lead_id)).undo(
            lambda r: DeleteLeadCommand(self.ctx, self.tr("delete lead"), r)
        ).success(
            lambda _r: self.statusBar().showMessage(
                self.tr("Lead deleted; Ctrl+Z brings it back."), 8000
            )
        ).run()

    def show_failure(self, error: CrmError) -> None:
        """The window's message area (crm.ui.operations), for pages without one of their own:
        the status bar."""
        self.statusBar().showMessage(error.render(), 10000)

    def load_demo(self) -> None:
        from crm.demo import generate

        answer = QMessageBox.question(
            self,
            self.tr("Load demo data"),
            self.tr(
                "Write 2,000 demo leads with a year of follow-ups into this store? Use a separate store "
                "for real work."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from crm.changes import Changes
        from crm.reference import invalidate

        store, actor = self.ctx.store, self.ctx.actor

        def load(task: TaskContext) -> Changes:
            generate(
                store,
                leads=DEMO_SIZE[0],
                activities=DEMO_SIZE[1],
                adopt=actor,  # the officer signed in gets a portfolio to look at
                progress=lambda _s, f: task.progress(f),
            )
            invalidate(store)
            return Changes.everything()  # targets and people too, not only leads

        Op.with_progress(self, self.ctx, load).success(
            lambda _c: self.show_page("my_day")
        ).run_in_background(self.tr("Writing demo data…"))

    # ------------------------------------------------------------ drafts and layout
    def offer_drafts(self) -> None:
        from crm.ui.leads.drafts import pending_drafts

        for draft in pending_drafts():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved lead"),
                self.tr(
                    "A lead you were editing was not saved when the app last closed. Reopen it?"
                ),
            )
            from pathlib import Path

            if answer == QMessageBox.StandardButton.Yes:
                form = self._open_form(draft.get("lead_id"), draft=draft.get("values"))
                form._changed()
            else:
                Path(draft["path"]).unlink(missing_ok=True)

    def _restore(self) -> None:
        geo = self.ctx.settings.get(WINDOW_GEOMETRY)
        if geo and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:  # within the screen's free area (all of it on a small screen)
            fit_to_screen(self, QSize(1360, 820))
            after_show(self)
        state = self.ctx.settings.get(WINDOW_STATE)
        if state and not state.isEmpty():
            self.restoreState(state)
        key = self.ctx.settings.get(PAGE)
        keys = self.pages.page_keys()
        self.nav.setCurrentRow(keys.index(key) if key in keys else 0)

    def save_layout(self) -> None:
        self.ctx.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.ctx.settings.set(WINDOW_STATE, self.saveState())
        row = self.nav.currentRow()
        if row >= 0:
            self.ctx.settings.set(PAGE, self.pages.key_at(row))
        if (leads_page := self.pages.built_page("leads")) is not None:
            leads_page.save_layout()
        self.ctx.settings.sync()

    def settle_forms(self) -> bool:
        """Ask about every lead form with unsaved changes (save, discard or keep editing);
        False when one is kept open."""
        for form in list(self._forms):
            if form.isVisible() and form.is_dirty():
                form.raise_()
                form.reject()
                if form.isVisible():
                    return False
        return True

    def switch_user(self, sign_out: bool = False) -> None:
        """File ▸ Switch user… / Sign out (crm.ui.accounts.menu): the app's controller does it."""
        if self._on_switch_user:
            self._on_switch_user(sign_out=sign_out)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.settle_forms():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
