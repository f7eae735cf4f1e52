// The mapping editor, offscreen with real widgets on a real SQLite directory: locked defaults, add/edit/remove,
// validation on OK, the expression error underlined at its offset, the function list, Test on directory users, and
// that every interactive widget is named and reachable by keyboard.
#include "core/directory/MappingTable.h"
#include "core/directory/Store.h"
#include "core/mapping/BuiltInMappings.h"
#include "ui/mapping/MappingEditDialog.h"
#include "ui/mapping/MappingListModel.h"
#include "ui/mapping/MappingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

class TestMappingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Integration m_integration;
    std::unique_ptr<MappingsDialog> m_dialog;

    template <typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    MappingEditDialog *openAdd()
    {
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
        MappingEditDialog *editor = m_dialog->findChild<MappingEditDialog *>();
        if (editor && !QTest::qWaitForWindowExposed(editor))
            return nullptr;
        return editor;
    }

    static void choose(QComboBox *combo, const QVariant &data) { combo->setCurrentIndex(combo->findData(data)); }

    int rowOf(const QString &property) const
    {
        for (int row = 0; row < m_dialog->model()->rowCount(); ++row) {
            if (m_dialog->model()->mapping(row).targetProperty == property)
                return row;
        }
        return -1;
    }

private slots:
    void init()
    {
        static int run = 0; // a fresh directory for every case and data row
        auto store = Store::open(m_dir.filePath(QStringLiteral("directory-%1.sqlite").arg(++run)));
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);
        Integration integration;
        integration.name = QStringLiteral("Contoso");
        auto created = m_store->createIntegration(integration);
        QVERIFY(created);
        m_integration = *created;
        User ana;
        ana.username = QStringLiteral("ana");
        ana.email = QStringLiteral("ana@contoso.com");
        ana.firstname = QStringLiteral("Ana");
        User bo = ana;
        bo.username = QStringLiteral("bo");
        bo.email = QStringLiteral("bo@contoso.com");
        bo.firstname = QStringLiteral("Bo");
        bo.department = QStringLiteral("Sales");
        QVERIFY(m_store->insertUsers({ana, bo}));
        m_dialog = std::make_unique<MappingsDialog>(m_store.get(), m_integration);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_store.reset();
    }

    void showsLockedDefaultsWithReason()
    {
        MappingListModel *model = m_dialog->model();
        QCOMPARE(model->rowCount(), 4);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->mapping(row).locked);
            const QModelIndex index = model->index(row, MappingListModel::Property);
            QVERIFY(!model->data(index, Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(model->data(index, Qt::ToolTipRole).toString(), BuiltInMappings::lockReason());
        }
        auto *table = child<QTableView>(m_dialog.get(), "mappingsTable");
        table->selectRow(rowOf(QStringLiteral("displayName")));
        QVERIFY(!child<QPushButton>(m_dialog.get(), "editButton")->isEnabled());
        QVERIFY(!child<QPushButton>(m_dialog.get(), "removeButton")->isEnabled());
        QCOMPARE(child<QLabel>(m_dialog.get(), "statusLabel")->text(), BuiltInMappings::lockReason());
    }

    void addsAConstantMapping()
    {
        MappingEditDialog *editor = openAdd();
        QVERIFY(editor);
        choose(child<QComboBox>(editor, "propertyCombo"), QStringLiteral("usageLocation"));
        choose(child<QComboBox>(editor, "typeCombo"), int(Mapping::Type::Constant));
        QTest::keyClicks(child<QLineEdit>(editor, "constantEdit"), QStringLiteral("DE"));
        QTest::mouseClick(child<QPushButton>(editor, "okButton"), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->model()->rowCount(), 5);
        auto stored = m_store->mappings().forIntegration(m_integration.id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().targetProperty, QStringLiteral("usageLocation"));
        QCOMPARE(stored->first().type, Mapping::Type::Constant);
        QCOMPARE(stored->first().source, QStringLiteral("DE"));
    }

    void okRefusesWhatDoesNotFit()
    {
        MappingEditDialog *editor = openAdd();
        QVERIFY(editor);
        choose(child<QComboBox>(editor, "propertyCombo"), QStringLiteral("usageLocation"));
        choose(child<QComboBox>(editor, "typeCombo"), int(Mapping::Type::Constant));
        QTest::keyClicks(child<QLineEdit>(editor, "constantEdit"), QStringLiteral("DEU"));
        QTest::mouseClick(child<QPushButton>(editor, "okButton"), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QVERIFY2(child<QLabel>(editor, "issuesLabel")->text().contains(QStringLiteral("at most 2 characters")),
                 qPrintable(child<QLabel>(editor, "issuesLabel")->text()));
        auto stored = m_store->mappings().forIntegration(m_integration.id);
        QVERIFY(stored && stored->isEmpty());
        editor->reject();
    }

    void underlinesTheErrorAtItsOffset()
    {
        MappingEditDialog *editor = openAdd();
        QVERIFY(editor);
        choose(child<QComboBox>(editor, "typeCombo"), int(Mapping::Type::Expression));
        auto *edit = child<QPlainTextEdit>(editor, "expressionEdit");
        QTest::keyClicks(edit, QStringLiteral("Join(\"a\", Mid([b], 1)"));
        const QString status = child<QLabel>(editor, "expressionStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("Error at 10"))
                     && status.contains(QStringLiteral("Mid at offset 10 takes 3 arguments")),
                 qPrintable(status));
        auto underlinedAt = [edit](int position) {
            const QTextBlock block = edit->document()->findBlock(position);
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline
                    && range.start <= position - block.position()
                    && position - block.position() < range.start + range.length)
                    return true;
            }
            return false;
        };
        QVERIFY(underlinedAt(10));
        QVERIFY(!underlinedAt(0));
        // Fixing the expression removes the underline and the error.
        edit->setPlainText(QStringLiteral("Join(\"a\", Mid([b], 1, 2))"));
        QVERIFY(!underlinedAt(10));
        QVERIFY(child<QLabel>(editor, "expressionStatus")->text().contains(QStringLiteral("warning")) == false);
        editor->reject();
    }

    void functionListInsertsWithTheKeyboard()
    {
        MappingEditDialog *editor = openAdd();
        QVERIFY(editor);
        choose(child<QComboBox>(editor, "typeCombo"), int(Mapping::Type::Expression));
        auto *functions = child<QListWidget>(editor, "functionList");
        const QList<QListWidgetItem *> found =
            functions->findItems(QStringLiteral("NormalizeDiacritics("), Qt::MatchStartsWith);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first()->text().contains(QStringLiteral("Removes accents")));
        functions->setCurrentItem(found.first());
        functions->setFocus();
        QTest::keyClick(functions, Qt::Key_Return);
        QCOMPARE(child<QPlainTextEdit>(editor, "expressionEdit")->toPlainText(),
                 QStringLiteral("NormalizeDiacritics("));
        editor->reject();
    }

    void testShowsCreateAndUpdate_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("onCreate");
        QTest::addColumn<QString>("onUpdate");
        QTest::newRow("value") << "bo"
                               << "ToUpper([department])"
                               << "SALES"
                               << "SALES";
        QTest::newRow("default on create") << "ana"
                                           << "ToUpper([department])"
                                           << "Staff (the default"
                                           << "nothing is written";
        QTest::newRow("error") << "ana"
                               << "Mid([firstname], 0, 1)"
                               << "error at 0: Mid: start must be 1 or more"
                               << "error at 0";
        QTest::newRow("unknown user") << "nobody"
                                      << "[firstname]"
                                      << "No directory user is named"
                                      << "";
    }

    void testShowsCreateAndUpdate()
    {
        QFETCH(QString, user);
        QFETCH(QString, expression);
        QFETCH(QString, onCreate);
        QFETCH(QString, onUpdate);
        MappingEditDialog *editor = openAdd();
        QVERIFY(editor);
        choose(child<QComboBox>(editor, "propertyCombo"), QStringLiteral("department"));
        choose(child<QComboBox>(editor, "typeCombo"), int(Mapping::Type::Expression));
        QTest::keyClicks(child<QPlainTextEdit>(editor, "expressionEdit"), expression);
        QTest::mouseClick(child<QAbstractButton>(editor, "defaultCheck"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(editor, "defaultEdit"), QStringLiteral("Staff"));
        auto *users = child<QComboBox>(editor, "testUserCombo");
        users->setCurrentText(user);
        QTest::mouseClick(child<QPushButton>(editor, "testButton"), Qt::LeftButton);
        const QString created = child<QLabel>(editor, "createResult")->text();
        QVERIFY2(created.startsWith(onCreate), qPrintable(created));
        const QString updated = child<QLabel>(editor, "updateResult")->text();
        QVERIFY2(onUpdate.isEmpty() ? updated.isEmpty() : updated.startsWith(onUpdate), qPrintable(updated));
        editor->reject();
    }

    void editsAndRemovesACustomMapping()
    {
        Mapping m;
        m.integrationId = m_integration.id;
        m.targetProperty = QStringLiteral("jobTitle");
        m.type = Mapping::Type::Direct;
        m.source = QStringLiteral("department");
        QVERIFY(m_store->mappings().save(m));
        m_dialog->reload();
        auto *table = child<QTableView>(m_dialog.get(), "mappingsTable");
        table->selectRow(rowOf(QStringLiteral("jobTitle")));
        QVERIFY(child<QPushButton>(m_dialog.get(), "editButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "editButton"), Qt::LeftButton);
        MappingEditDialog *editor = m_dialog->findChild<MappingEditDialog *>();
        QVERIFY(editor);
        QVERIFY(!child<QComboBox>(editor, "propertyCombo")->isEnabled());
        choose(child<QComboBox>(editor, "applyCombo"), int(Mapping::Apply::CreateOnly));
        QTest::mouseClick(child<QPushButton>(editor, "okButton"), Qt::LeftButton);
        QTRY_COMPARE(m_store->mappings().forIntegration(m_integration.id)->first().apply, Mapping::Apply::CreateOnly);
        table->selectRow(rowOf(QStringLiteral("jobTitle")));
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
        QVERIFY(m_store->mappings().forIntegration(m_integration.id)->isEmpty());
        QCOMPARE(m_dialog->model()->rowCount(), 4);
    }

    void everyInteractiveWidgetIsNamedAndReachable()
    {
        MappingEditDialog *editor = openAdd();
        QVERIFY(editor);
        for (QWidget *root : {static_cast<QWidget *>(m_dialog.get()), static_cast<QWidget *>(editor)}) {
            QSet<QWidget *> buddies;
            for (QLabel *label : root->findChildren<QLabel *>()) {
                if (label->buddy())
                    buddies.insert(label->buddy());
            }
            for (QWidget *w : root->findChildren<QWidget *>()) {
                const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                                         || qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
                                         || qobject_cast<QAbstractItemView *>(w);
                if (!interactive || w->objectName().startsWith(u"qt_") || qobject_cast<QHeaderView *>(w))
                    continue;
                // Parts of a composite widget (a combo box's line edit and popup, a view's corner button).
                bool part = false;
                for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
                    part = part || qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractItemView *>(p);
                if (part || (w->parentWidget() && qobject_cast<QAbstractItemView *>(w->parentWidget()->parentWidget())))
                    continue;
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
                QVERIFY2(!w->accessibleName().isEmpty() || buddies.contains(w), qPrintable(w->objectName()));
                QVERIFY2(w->focusPolicy() != Qt::NoFocus, qPrintable(w->objectName()));
            }
        }
        editor->reject();
    }
};

QTEST_MAIN(TestMappingsDialog)
#include "TestMappingsDialog.moc"
