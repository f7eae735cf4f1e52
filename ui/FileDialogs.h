#pragma once

#include <QString>

class QWidget;

// The one seam around the OS file picker, so GUI tests can answer it (STYLE §9). Everything else in tests is the
// real widget.
class FileDialogs final
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                const QString &filter);
    // The next saveFileName() returns this instead of opening a dialog (an empty string = the user cancelled).
    static void setNextFileName(const QString &fileName);

private:
    static inline bool s_hasNext = false;
    static inline QString s_next;
};
