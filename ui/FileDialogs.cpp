#include "ui/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                  const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return std::exchange(s_next, QString());
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
}

void FileDialogs::setNextFileName(const QString &fileName)
{
    s_hasNext = true;
    s_next = fileName;
}
