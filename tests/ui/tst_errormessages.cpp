#include "app/net/errormessages.h"
#include "ui/common/translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using guild::app::ErrorMessages;
using guild::protocol::ApiError;

// Every error code the server can send has a message of the client's own, translated: the codes are
// read from the protocol's headers (protocol/errorcodes.h for the REST API, the chat's in
// protocol/chat.h), so a code added there without a message here fails this test; and in the Chinese
// interface no message shows the server's English.
class TestErrorMessages : public QObject
{
    Q_OBJECT
private:
    /// The codes `QLatin1StringView Name{"code"}` in `path`, between `from` and the next "namespace".
    static QSet<QString> codesIn(const QString &path, const QString &from)
    {
        QFile file(QStringLiteral(GUILD_SOURCE_DIR) + u'/' + path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QString text = QString::fromUtf8(file.readAll());
        text = text.mid(text.indexOf(from));
        text = text.left(text.indexOf(u"} // namespace"_s));
        QSet<QString> codes;
        static const QRegularExpression code(u"QLatin1StringView\\s+\\w+\\{\"([a-z0-9_]+)\"\\}"_s);
        for (auto it = code.globalMatch(text); it.hasNext();) {
            codes.insert(it.next().captured(1));
        }
        return codes;
    }
    static QSet<QString> apiCodes()
    {
        return codesIn(u"protocol/errorcodes.h"_s, u"namespace guild::protocol::errors"_s);
    }
    static QSet<QString> chatCodes() { return codesIn(u"protocol/chat.h"_s, u"namespace errors {"_s); }

    static bool hasChinese(const QString &text)
    {
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
    }

private Q_SLOTS:
    void everyCodeOfTheProtocol_hasAMessage()
    {
        const QSet<QString> api = apiCodes();
        const QSet<QString> chat = chatCodes();
        QVERIFY2(api.size() >= 45, qPrintable(QString::number(api.size())));
        QVERIFY2(chat.size() >= 16, qPrintable(QString::number(chat.size())));
        const QStringList apiKnown = ErrorMessages::apiCodes();
        const QStringList chatKnown = ErrorMessages::chatCodes();
        for (const QString &code : api) {
            QVERIFY2(apiKnown.contains(code), qPrintable(u"no message for the API's "_s + code));
        }
        for (const QString &code : chat) {
            QVERIFY2(chatKnown.contains(code), qPrintable(u"no message for the chat's "_s + code));
        }
        // And none for codes the protocol does not have.
        QCOMPARE(QSet<QString>(apiKnown.cbegin(), apiKnown.cend()), api);
        QCOMPARE(QSet<QString>(chatKnown.cbegin(), chatKnown.cend()), chat);
    }

    void inChinese_everyMessageIsChinese_andNoneIsTheServers()
    {
        guild::ui::Translations::apply(u"zh_CN"_s);
        const QString english = u"'title' must be 1 to 200 characters."_s;
        for (const QString &code : apiCodes()) {
            for (int status : {400, 403, 404, 409, 500}) {
                const QString message = ErrorMessages::forApi({status, code, english, 7});
                QVERIFY2(hasChinese(message) && !message.contains(u"title"_s), qPrintable(code + u": "_s + message));
            }
        }
        for (const QString &code : chatCodes()) {
            const QString message = ErrorMessages::forChat(code, english, 7);
            QVERIFY2(hasChinese(message) && !message.contains(u"title"_s), qPrintable(code + u": "_s + message));
        }
        // Codes the client does not know yet still read as Chinese.
        QVERIFY(hasChinese(ErrorMessages::forApi({418, u"brand_new"_s, english, 0})));
        QVERIFY(hasChinese(ErrorMessages::forChat(u"brand_new"_s, english)));
        QCOMPARE(ErrorMessages::forApi({429, u"rate_limited"_s, english, 7}), u"尝试次数过多，请在 7 秒后重试。"_s);
        guild::ui::Translations::apply(u"en"_s);
    }

    void inEnglish_theServersDetailShows_whereItNamesTheFieldOrRule()
    {
        guild::ui::Translations::apply(u"en"_s);
        const QString detail = u"'title' must be 1 to 200 characters."_s;
        QCOMPARE(ErrorMessages::forApi({400, u"invalid_field"_s, detail, 0}), detail);
        QCOMPARE(ErrorMessages::forApi({403, u"forbidden"_s, u"Only admins."_s, 0}), u"Only admins."_s);
        QCOMPARE(ErrorMessages::forApi({403, u"forbidden"_s, QString(), 0}), u"You are not allowed to do that."_s);
        QCOMPARE(ErrorMessages::forApi({429, u"rate_limited"_s, QString(), 1}),
                 u"Too many attempts. Try again in 1 second."_s);
        QCOMPARE(ErrorMessages::forApi({503, u"server_busy"_s, QString(), 0}),
                 u"The server is busy. Try again in a moment."_s);
    }
};

QTEST_MAIN(TestErrorMessages)
#include "tst_errormessages.moc"
