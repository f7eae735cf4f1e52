#pragma once

#include "core/directory/Mapping.h"
#include "core/directory/UserKey.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class Store;

// "Test" in the mapping editor: pick any directory user and see what the mapping writes on create and on update, or
// the error (expressions.md §9). Reads the user from the Store when Test is pressed, so it is always current.
class MappingTestPanel final : public QWidget
{
    Q_OBJECT

public:
    // current: returns the mapping as the editor shows it right now.
    MappingTestPanel(Store *store, const QList<UserKey> &users, std::function<Mapping()> current,
                     QWidget *parent = nullptr);

    void runTest();

private:
    Store *m_store;
    QList<UserKey> m_users;
    std::function<Mapping()> m_current;
    QComboBox *m_user;
    QPushButton *m_test;
    QLabel *m_onCreate;
    QLabel *m_onUpdate;
};
