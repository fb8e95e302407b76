#include "demoseeder.h"

#include "demoanalytics.h"
#include "demoarticles.h"
#include "democourses.h"
#include "domain/passwordhasher.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "guild.server.demo")

namespace guild::server {

using namespace protocol;

DemoSeeder::DemoSeeder(Database &database, PasswordHasher &hasher, QString mediaDir)
    : m_database(database)
    , m_hasher(hasher)
    , m_mediaDir(std::move(mediaDir))
{}

bool DemoSeeder::seedIfEmpty()
{
    QSqlDatabase db = m_database.connection();
    UserRepository users(db);
    if (users.count() > 0) {
        return true;
    }
    const auto hash = m_hasher.hash(u"guild-demo"_s);
    if (!hash) {
        qCCritical(lcDemo) << "could not hash the demo password";
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 year = 365LL * 24 * 3600 * 1000;
    sql::Transaction tx(db);
    struct Account
    {
        QString name;
        QString display;
        Role role;
        Tier tier;
    };
    const QList<Account> accounts{{u"admin"_s, u"Ada Admin"_s, Role::Admin, Tier::Premium},
                                  {u"author"_s, u"李老师 (Author)"_s, Role::Author, Tier::Premium},
                                  {u"member"_s, u"Mei Member"_s, Role::Member, Tier::Member},
                                  {u"premium"_s, u"Pat Premium"_s, Role::Member, Tier::Premium},
                                  {u"free"_s, u"Fei Free"_s, Role::Member, Tier::Free}};
    QHash<QString, qint64> ids;
    for (const Account &a : accounts) {
        const qint64 id = users.create(a.name, a.name + u"@demo.guild.invalid"_s, a.display, *hash, a.role, now);
        if (a.tier != Tier::Free) {
            users.setMembership(id, a.tier, now + year, now);
        }
        ids.insert(a.name, id);
    }

    ArticleRepository articles(db);
    const QList<demo::ArticleTemplate> templates = demo::articleTemplates();
    const qint64 sixHours = 6LL * 3600 * 1000;
    // Oldest first, so change-log order matches publication order.
    for (int i = ArticleCount - 1; i >= 0; --i) {
        const demo::ArticleTemplate &t = templates.at(i % templates.size());
        const int part = i / templates.size() + 1;
        ArticleDraft draft;
        const bool chinese = t.title.front().unicode() > 0x2e80;
        draft.title = part == 1 ? t.title : (chinese ? u"%1（第 %2 篇）"_s : u"%1 (part %2)"_s).arg(t.title).arg(part);
        draft.summary = t.summary;
        draft.body = t.body;
        draft.tags = t.tags;
        draft.requiredTier = i % 5 == 0 ? Tier::Premium : (i % 3 == 0 ? Tier::Member : Tier::Free);
        draft.featured = i % 7 == 1;
        draft.pinned = i == 2;
        articles.insert(ids.value(i % 4 == 0 ? u"admin"_s : u"author"_s), draft, now - qint64(i) * sixHours);
    }

    const qint64 authorId = ids.value(u"author"_s);
    demo::seedDemoCourses(db, authorId, now, m_mediaDir);
    demo::seedDemoUsage(db, ids, now);
    const QList<std::tuple<QString, QString, int>> channels{{u"general"_s, u"Say hello / 打个招呼"_s, 0},
                                                            {u"cpp-qt"_s, u"C++ and Qt questions"_s, 1},
                                                            {u"premium-lounge"_s, u"Premium members' lounge"_s, 2}};
    for (const auto &[name, topic, tier] : channels) {
        sql::exec(db, u"INSERT INTO channels (name, topic, required_tier, created_at) VALUES (?, ?, ?, ?)"_s,
                  {name, topic, tier, now});
    }
    tx.commit();
    m_seeded = true;
    qCInfo(lcDemo) << "seeded demo community:" << accounts.size() << "accounts," << ArticleCount << "articles";
    return true;
}

} // namespace guild::server
