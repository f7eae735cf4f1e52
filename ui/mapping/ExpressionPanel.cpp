#include "ui/mapping/ExpressionPanel.h"

#include "core/expr/Expression.h"
#include "core/expr/FunctionTable.h"
#include "ui/mapping/ExpressionHighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

ExpressionPanel::ExpressionPanel(const QStringList &attributes, QWidget *parent)
    : QWidget(parent)
    , m_attributes(attributes)
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new ExpressionHighlighter(m_editor->document()))
    , m_status(new QLabel(this))
    , m_functions(new QListWidget(this))
{
    auto *editorLabel = new QLabel(tr("E&xpression:"), this);
    editorLabel->setBuddy(m_editor);
    m_editor->setObjectName(QStringLiteral("expressionEdit"));
    m_editor->setAccessibleName(tr("Expression"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true); // keep Tab for moving between fields
    m_editor->setPlaceholderText(tr("e.g. Join(\" \", [firstname], [lastname])"));
    m_status->setObjectName(QStringLiteral("expressionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *functionsLabel = new QLabel(tr("&Functions (Enter inserts):"), this);
    functionsLabel->setBuddy(m_functions);
    m_functions->setObjectName(QStringLiteral("functionList"));
    m_functions->setAccessibleName(tr("Functions"));
    for (const FunctionSpec &spec : FunctionTable::all()) {
        if (spec.flags & FunctionSpec::Unsupported)
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(FunctionTable::signature(spec), FunctionTable::help(spec)), m_functions);
        item->setData(Qt::UserRole, QLatin1String(spec.name));
        item->setToolTip(FunctionTable::help(spec));
    }
    m_functions->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editorLabel);
    layout->addWidget(m_editor, 2);
    layout->addWidget(m_status);
    layout->addWidget(functionsLabel);
    layout->addWidget(m_functions, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        check();
        emit changed();
    });
    connect(m_functions, &QListWidget::itemActivated, this, &ExpressionPanel::insertFunction);
    check();
}

QString ExpressionPanel::text() const
{
    return m_editor->toPlainText();
}

void ExpressionPanel::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void ExpressionPanel::check()
{
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_errorOffset = -1;
        m_highlighter->setErrorOffset(-1);
        m_status->setText(tr("Write an expression, or pick a function below."));
        return;
    }
    auto compiled = Expression::compile(text);
    if (auto *error = std::get_if<ExprError>(&compiled)) {
        m_errorOffset = error->offset;
        m_highlighter->setErrorOffset(error->offset);
        m_status->setText(tr("Error at %1: %2").arg(error->offset).arg(error->message));
        m_status->setStyleSheet(QStringLiteral("color: #a40000"));
        return;
    }
    m_errorOffset = -1;
    m_highlighter->setErrorOffset(-1);
    QStringList notes;
    for (const ExprWarning &w : std::get<Expression>(compiled).warnings(m_attributes))
        notes.append(w.message);
    m_status->setStyleSheet(notes.isEmpty() ? QString() : QStringLiteral("color: #8a5a00"));
    m_status->setText(notes.isEmpty() ? tr("The expression is valid.") : notes.join(u'\n'));
}

void ExpressionPanel::insertFunction(QListWidgetItem *item)
{
    if (!item)
        return;
    m_editor->insertPlainText(item->data(Qt::UserRole).toString() + u'(');
    m_editor->setFocus();
}

bool ExpressionPanel::eventFilter(QObject *watched, QEvent *event)
{
    // itemActivated needs a platform-specific key; make Enter insert everywhere, keyboard users included.
    if (watched == m_functions && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            insertFunction(m_functions->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
