#pragma once

#include <QStringList>
#include <QWidget>

class ExpressionHighlighter;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

// The expression page of the mapping editor: a highlighted editor that checks as you type (the error underlined at
// its offset, warnings listed), and the function list with signatures and one-line help — Enter or a double click
// inserts the function at the cursor.
class ExpressionPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExpressionPanel(const QStringList &attributes, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // The code-point offset of the current static error, or -1 when the expression compiles.
    int errorOffset() const { return m_errorOffset; }
    QPlainTextEdit *editor() const { return m_editor; }

signals:
    void changed();

private:
    void check();
    void insertFunction(QListWidgetItem *item);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QStringList m_attributes;
    QPlainTextEdit *m_editor;
    ExpressionHighlighter *m_highlighter;
    QLabel *m_status;
    QListWidget *m_functions;
    int m_errorOffset = -1;
};
