#include "ui/mapping/ExpressionHighlighter.h"

#include <QRegularExpression>
#include <QTextDocument>

ExpressionHighlighter::ExpressionHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void ExpressionHighlighter::setErrorOffset(int codePointOffset)
{
    int position = -1;
    if (codePointOffset >= 0) {
        const QString text = document()->toPlainText();
        position = 0;
        for (int points = 0; points < codePointOffset && position < text.size(); ++points)
            position += text.at(position).isHighSurrogate() && position + 1 < text.size() ? 2 : 1;
    }
    if (position == m_errorPosition)
        return;
    m_errorPosition = position;
    rehighlight();
}

void ExpressionHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression function(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()"));
    static const QRegularExpression attribute(QStringLiteral("\\[[^\\]\\n]*\\]?"));
    static const QRegularExpression string(QStringLiteral("\"(\\\\.|[^\"\\\\])*\"?"));
    static const QRegularExpression number(QStringLiteral("(?<![A-Za-z_])[+-]?[0-9]+(\\.[0-9]+)?|&[Hh][0-9A-Fa-f]+"));
    auto apply = [&](const QRegularExpression &re, const QColor &colour, bool bold) {
        QTextCharFormat format;
        format.setForeground(colour);
        if (bold)
            format.setFontWeight(QFont::Bold);
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    apply(number, QColor(0x8a, 0x3f, 0x00), false);
    apply(function, QColor(0x1f, 0x4e, 0x9c), true);
    apply(attribute, QColor(0x00, 0x6b, 0x3c), false);
    apply(string, QColor(0x9c, 0x1f, 0x6f), false); // last: a string's content is not a function or an attribute
    const int start = currentBlock().position();
    if (m_errorPosition >= start && m_errorPosition <= start + text.size()) {
        QTextCharFormat wave = format(std::min<int>(m_errorPosition - start, std::max<int>(0, int(text.size()) - 1)));
        wave.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        wave.setUnderlineColor(Qt::red);
        // At the end of the text there is no character to underline: mark the last one instead.
        const int at = std::min<int>(m_errorPosition - start, std::max<int>(0, int(text.size()) - 1));
        setFormat(at, 1, wave);
    }
}
