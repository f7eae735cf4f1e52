#include "ui/integration/ExportSelectionPanel.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>

class TestExportSelectionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockedDefaultsAreTickedAndCannotBeCleared_data()
    {
        QTest::addColumn<QString>("property");
        for (const char *p : {"givenName", "surname", "displayName", "passwordProfile", "userPrincipalName"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void lockedDefaultsAreTickedAndCannotBeCleared()
    {
        QFETCH(QString, property);
        ExportSelectionPanel panel;
        panel.show();
        auto *box = panel.findChild<QCheckBox *>(QStringLiteral("export_") + property);
        QVERIFY(box);
        QVERIFY(box->isChecked());
        QVERIFY(!box->isEnabled());
        QVERIFY(!box->toolTip().isEmpty());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        QVERIFY(box->isChecked());
    }

    void optionalRowsShowBothNames_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        QTest::newRow("mobile") << "user_mobile_phone"
                                << "Personal cell → mobilePhone";
        QTest::newRow("otherMails, not otherEmails") << "user_alternate_email"
                                                     << "Alternate email → otherMails";
        QTest::newRow("manager") << "user_manager"
                                 << "Manager → manager (set through /manager/$ref)";
        QTest::newRow("business phones") << "user_business_phones"
                                         << "Work phone → businessPhones (a list of at most one number)";
        QTest::newRow("office") << "user_office_location"
                                << "Location → officeLocation";
    }

    void optionalRowsShowBothNames()
    {
        QFETCH(QString, rule);
        QFETCH(QString, text);
        ExportSelectionPanel panel;
        auto *box = panel.findChild<QCheckBox *>(QStringLiteral("export_") + rule);
        QVERIFY(box);
        QCOMPARE(box->text(), text);
        QVERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
    }

    void aClickAsksInsteadOfChanging()
    {
        ExportSelectionPanel panel;
        panel.show();
        QCOMPARE(ExportSelectionPanel::optionalRules().size(), 13);
        QSignalSpy requested(&panel, &ExportSelectionPanel::changeRequested);
        auto *city = panel.findChild<QCheckBox *>(QStringLiteral("export_user_city"));
        QTest::mouseClick(city, Qt::LeftButton, {}, QPoint(6, city->height() / 2)); // on the indicator
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("user_city"));
        QCOMPARE(requested.at(0).at(1).toBool(), true);
        QVERIFY2(!city->isChecked(), "the box springs back until the plan is confirmed");
        QVERIFY(panel.selection().isEmpty());

        // The page applies the confirmed change.
        panel.setSelection({QStringLiteral("user_city"), QStringLiteral("user_manager")});
        QVERIFY(city->isChecked());
        QCOMPARE(panel.selection(), (QStringList {"user_city", "user_manager"}));

        // Unticking by keyboard asks too.
        city->setFocus();
        QTest::keyClick(city, Qt::Key_Space);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(1).toBool(), false);
        QVERIFY(city->isChecked());
    }
};

QTEST_MAIN(TestExportSelectionPanel)
#include "TestExportSelectionPanel.moc"
