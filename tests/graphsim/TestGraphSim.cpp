#include "tests/graphsim/GraphSim.h"

#include <QTest>

class TestGraphSim : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLocalhost()
    {
        GraphSim sim;
        QVERIFY(sim.listen() != 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphSim)
#include "TestGraphSim.moc"
