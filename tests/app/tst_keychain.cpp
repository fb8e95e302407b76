#include "secrets/secretstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::app;

// KeychainSecretStore against a real Secret Service (gnome-keyring in a private D-Bus session), and
// its behaviour when no Secret Service is reachable. ctest runs this binary once for each case.
class TestKeychain : public QObject
{
    Q_OBJECT
private:
    static bool expectAvailable() { return qEnvironmentVariable("GUILD_KEYCHAIN") == u"available"_s; }

    struct Outcome
    {
        std::optional<QString> secret;
        QString error;
        bool done = false;
    };

private Q_SLOTS:
    void writeReadRemove_roundTrip()
    {
        if (!expectAvailable()) {
            QSKIP("runs in the tst_keychain ctest entry, under dbus-run-session with gnome-keyring");
        }
        KeychainSecretStore store(u"Guild test"_s);
        const QString key = u"refresh-%1"_s.arg(QCoreApplication::applicationPid());
        Outcome written;
        store.write(key, u"token-秘密-123"_s, [&written](const QString &error) {
            written.error = error;
            written.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written.done, 20000);
        QCOMPARE(written.error, QString());

        Outcome read;
        store.read(key, [&read](const std::optional<QString> &secret, const QString &error) {
            read = {secret, error, true};
        });
        QTRY_VERIFY_WITH_TIMEOUT(read.done, 20000);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.secret.value_or(QString()), u"token-秘密-123"_s);

        Outcome removed;
        store.remove(key, [&removed](const QString &error) {
            removed.error = error;
            removed.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed.done, 20000);
        QCOMPARE(removed.error, QString());

        Outcome gone;
        store.read(key, [&gone](const std::optional<QString> &secret, const QString &error) {
            gone = {secret, error, true};
        });
        QTRY_VERIFY_WITH_TIMEOUT(gone.done, 20000);
        QVERIFY(!gone.secret.has_value());
        QCOMPARE(gone.error, QString());
    }

    void noSecretService_reportsError()
    {
        if (expectAvailable()) {
            QSKIP("runs in the tst_keychain_unavailable ctest entry, without a D-Bus session");
        }
        KeychainSecretStore store(u"Guild test"_s);
        Outcome written;
        store.write(u"k"_s, u"v"_s, [&written](const QString &error) {
            written.error = error;
            written.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written.done, 30000);
        QVERIFY2(!written.error.isEmpty(), "a keychain failure must be reported");
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
