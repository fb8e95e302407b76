#include "demolife.h"

#include "domain/articleservice.h"
#include "domain/chatservice.h"
#include "domain/clock.h"
#include "domain/courseservice.h"
#include "domain/eventservice.h"
#include "domain/homeworkservice.h"
#include "domain/pointsservice.h"
#include "domain/questionservice.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QLoggingCategory>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {
Q_LOGGING_CATEGORY(lcLife, "guild.demo")
} // namespace

DemoLife::DemoLife(Services services)
    : m_s(services)
{}

AuthUser DemoLife::as(const QString &username)
{
    UserRepository users(m_s.database.connection());
    const std::optional<UserRecord> record = users.findByUsername(username);
    AuthUser user;
    if (!record) {
        return user;
    }
    user.id = record->user.id;
    user.username = record->user.username;
    user.displayName = record->user.displayName;
    user.role = record->user.role;
    const Membership membership = users.membership(user.id, nowMs());
    user.tier = membership.active ? membership.tier : Tier::Free;
    return user;
}

void DemoLife::play()
{
    chat();
    questions();
    events();
    comments();
    checkIns();
    homework();
    qCInfo(lcLife) << "the demo community has a life: chat, Q&A, events, comments, check-ins, homework";
}

void DemoLife::chat()
{
    const AuthUser mei = as(u"member"_s);
    const AuthUser pat = as(u"premium"_s);
    const AuthUser li = as(u"author"_s);
    const AuthUser fei = as(u"free"_s);
    QHash<QString, qint64> channels;
    for (const chat::Channel &c : m_s.chat.readableChannels(li)) {
        channels.insert(c.name, c.id);
    }
    int n = 0;
    const auto say = [&](const AuthUser &who, const QString &channel, const QString &body, qint64 replyTo = 0) {
        const Result<SendOutcome> sent =
            m_s.chat.send(who, channels.value(channel), u"demo-life-%1"_s.arg(++n), body, replyTo);
        return sent.ok() ? sent.value().message.id : 0;
    };
    say(fei, u"general"_s, u"Hi all! Just joined, learning Qt for a side project 👋"_s);
    const qint64 welcome = say(li, u"general"_s, u"Welcome, Fei! Start with the free course, and ask away here."_s);
    say(mei, u"general"_s, u"大家好！这周的直播有回放吗？"_s);
    const qint64 replay = say(li, u"general"_s, u"有的，直播结束后会放到课程里。"_s);
    say(mei, u"general"_s, u"太好了，谢谢李老师！"_s, replay);
    say(pat, u"general"_s, u"The model/view article this morning was great."_s);
    m_s.chat.react(mei, welcome, u"👍"_s, true);
    m_s.chat.react(pat, welcome, u"🎉"_s, true);
    const qint64 question = say(mei, u"cpp-qt"_s,
                                u"Why does my list view stutter with 100k rows?\n\n```cpp\nview->setModel(model);\n"
                                "view->setUniformItemSizes(false);\n```"_s);
    say(li, u"cpp-qt"_s,
        u"Uniform item sizes off makes the view measure every row. Turn it on, or give a delegate a fixed "
        "sizeHint:\n\n```cpp\nview->setUniformItemSizes(true);\n```"_s,
        question);
    say(mei, u"cpp-qt"_s, u"That was it: smooth now. Thank you!"_s, question);
    m_s.chat.react(pat, question, u"👀"_s, true);
    say(pat, u"premium-lounge"_s, u"Anyone going to the code review night? I'll bring a QML app."_s);
    say(li, u"premium-lounge"_s, u"Bring it! We'll look at bindings and performance."_s);
}

void DemoLife::questions()
{
    const AuthUser mei = as(u"member"_s);
    const AuthUser pat = as(u"premium"_s);
    const AuthUser li = as(u"author"_s);
    const AuthUser ada = as(u"admin"_s);
    const Result<engagement::Question> asked =
        m_s.questions.ask(mei, u"QThread or QtConcurrent for a background parser?"_s,
                          u"I parse large log files and want the UI to stay responsive. Which should I use, and how "
                          "do I report progress?"_s,
                          u"author"_s, 0);
    if (asked.ok()) {
        const Result<engagement::Answer> best = m_s.questions.answer(
            li, asked.value().id,
            u"For one job with progress, QtConcurrent::run with a QPromise: report progress from the worker and "
            "watch it with QFutureWatcher on the GUI thread. Keep QThread for long-lived workers with their own "
            "event loop."_s);
        m_s.questions.answer(
            pat, asked.value().id,
            u"+1 for QtConcurrent. Remember that the GUI must only be touched from the main thread."_s);
        if (best.ok()) {
            m_s.questions.vote(pat, best.value().id, 1);
            m_s.questions.accept(mei, best.value().id);
        }
    }
    const Result<engagement::Question> open =
        m_s.questions.ask(pat, u"如何让 QML 列表在低端机器上保持 60 帧？"_s,
                          u"列表有头像和富文本，滚动时掉帧明显。有什么排查思路？"_s, QString(), 0);
    if (open.ok()) {
        m_s.questions.answer(
            ada, open.value().id,
            u"先用 QML Profiler 看是哪个 delegate 慢；头像用 asynchronous 加载，富文本尽量换成纯文本。"_s);
    }
    m_s.questions.ask(mei, u"Is it worth moving a Qt 5 app to Qt 6 now?"_s,
                      u"Mostly widgets, some QtNetwork. What breaks first?"_s, QString(), 0);
}

void DemoLife::events()
{
    const AuthUser li = as(u"author"_s);
    const QDateTime base = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    engagement::Event live;
    live.title = u"Live: model/view questions answered"_s;
    live.description = u"Bring your slow views and odd delegates; we fix them together."_s;
    live.startsAt = base.addDays(6);
    live.timezone = u"Asia/Shanghai"_s;
    live.capacity = 50;
    live.joinUrl = u"https://meet.example.org/guild-modelview"_s;
    const Result<engagement::Event> made = m_s.events.createEvent(li, live);
    engagement::Event review = live;
    review.title = u"代码评审之夜：带上你的 QML 应用"_s;
    review.description = u"每人 15 分钟，现场评审性能和绑定。"_s;
    review.startsAt = base.addDays(20);
    review.capacity = 12;
    review.joinUrl = u"https://meet.example.org/guild-review"_s;
    const Result<engagement::Event> night = m_s.events.createEvent(li, review);
    // Last week's session, with those who came: made as it was then (announced, RSVPed), then moved
    // to when it was held, the way an author corrects a date.
    engagement::Event held = live;
    held.title = u"Live: profiling a slow Qt app together"_s;
    held.description = u"perf, heaptrack and the QML profiler on a real app from the chat."_s;
    held.startsAt = base.addDays(1);
    held.joinUrl = u"https://meet.example.org/guild-profiling"_s;
    const Result<engagement::Event> past = m_s.events.createEvent(li, held);
    for (const QString &name : {u"premium"_s, u"admin"_s}) {
        const AuthUser who = as(name);
        for (const Result<engagement::Event> *e : {&made, &night, &past}) {
            if (e->ok()) {
                m_s.events.rsvp(who, e->value().id, true);
            }
        }
    }
    if (past.ok()) {
        held.startsAt = base.addDays(-8);
        m_s.events.updateEvent(li, past.value().id, held, past.value().requiredTier);
    }
}

void DemoLife::comments()
{
    const AuthUser reader = as(u"premium"_s);
    FeedRequest newest;
    newest.limit = 6;
    const Result<FeedPage> page = m_s.articles.feed(reader, newest);
    if (!page.ok()) {
        return;
    }
    const QList<std::pair<QString, QString>> lines{
        {u"member"_s, u"Clear and to the point, thanks."_s},
        {u"premium"_s, u"收藏了，正好用得上。"_s},
        {u"free"_s, u"Could you add an example with QSortFilterProxyModel?"_s},
        {u"author"_s, u"Good idea, Fei: it is in the next part."_s}};
    int i = 0;
    for (const Article &a : page.value().articles) {
        if (a.locked || a.scheduled) {
            continue;
        }
        for (int k = 0; k < 2; ++k) {
            const auto &[who, text] = lines.at((i + k) % lines.size());
            m_s.articles.addComment(as(who), a.id, text);
        }
        if (++i == 3) {
            break;
        }
    }
}

void DemoLife::checkIns()
{
    for (const QString &name : {u"member"_s, u"premium"_s, u"free"_s, u"author"_s}) {
        m_s.points.checkIn(as(name), name == u"member"_s ? u"第 1 天：开始学 model/view"_s : QString());
    }
}

void DemoLife::homework()
{
    const AuthUser mei = as(u"member"_s);
    for (const course::Course &c : m_s.courses.catalogue(mei)) {
        const Result<course::Course> full = m_s.courses.course(mei, c.id);
        if (!full.ok() || c.access != course::Access::Open) {
            continue;
        }
        for (const course::Section &s : full.value().sections) {
            for (const course::LessonSummary &l : s.lessons) {
                if (l.hasHomework && !l.locked) {
                    m_s.homework.submit(mei, l.id,
                                        u"My answer:\n\n```cpp\nauto *model = new QStringListModel(names, this);\n"
                                        "view->setModel(model);\n```\n\nThe view owns nothing; the model lives as long "
                                        "as its parent."_s);
                    return; // one waiting is enough for the author's queue
                }
            }
        }
    }
}

} // namespace guild::server
