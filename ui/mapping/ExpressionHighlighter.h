#pragma once

#include <QSyntaxHighlighter>

// Colours an expression in the editor — function names, attributes, strings, numbers — and underlines the error
// offset with a red wave. The offset counts code points (expressions.md §2.1); the highlighter maps it to the
// document's UTF-16 positions.
class ExpressionHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ExpressionHighlighter(QTextDocument *document);

    // -1 clears the underline.
    void setErrorOffset(int codePointOffset);
    int errorPosition() const { return m_errorPosition; } // in UTF-16 document positions, or -1

protected:
    void highlightBlock(const QString &text) override;

private:
    int m_errorPosition = -1;
};
