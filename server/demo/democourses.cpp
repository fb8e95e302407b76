#include "democourses.h"

#include "storage/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

using namespace Qt::StringLiterals;

namespace guild::server::demo {

namespace {

struct QuestionSeed
{
    QString prompt;
    bool multiple;
    QStringList options;
    QList<int> answer;
    QString explanation;
};

struct LessonSeed
{
    QString title;
    QString kind;
    QString body;
    bool video = false;
    bool freePreview = false;
    QString homework;
    QList<QuestionSeed> questions;
};

struct SectionSeed
{
    QString title;
    QList<LessonSeed> lessons;
};

struct CourseSeed
{
    QString title;
    QString description;
    int tier;
    qint64 priceCents;
    QString color;
    QList<SectionSeed> sections;
};

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CourseSeed> seeds()
{
    const QString raii =
        u"# RAII and ownership\n\nEvery resource has exactly one owner, and the owner's destructor "
        "releases it.\n\n```cpp\nauto file = std::make_unique<QFile>(path);\nif (!file->open(QIODevice::"
        "ReadOnly)) {\n    return std::unexpected(file->errorString());\n}\n```\n\nIn Qt, a "
        "`QObject` with a parent is owned by the parent; everything else belongs in a "
        "`std::unique_ptr` or on the stack."_s;
    const QString threads =
        u"# Threads without tears\n\nKeep the GUI thread for the GUI. Move work to a worker and "
        "talk to it with queued signals:\n\n```cpp\nauto *worker = new Worker;\nworker->moveToThread("
        "&m_thread);\nconnect(this, &Panel::requested, worker, &Worker::run);\nconnect(worker, "
        "&Worker::done, this, &Panel::show);\n```"_s;
    const QString concurrent = u"# QtConcurrent in practice\n\n`QtConcurrent::run` returns a `QFuture`; watch it with "
                               "`QFutureWatcher` and never call `result()` on the GUI thread before it is ready."_s;
    const QString cache =
        u"# 缓存\n\n读多写少的数据先放缓存。要点：过期时间、缓存击穿与一致性。\n\n```python\nvalue = cache.get(key)\n"
        "if value is None:\n    value = db.load(key)\n    cache.set(key, value, ttl=300)\n```"_s;
    const QString queue = u"# 消息队列\n\n用队列削峰填谷：生产者只管写入，消费者按自己的节奏处理，失败可重试。"_s;
    const QString sharding = u"# 数据库扩展\n\n先读写分离，再按用户 ID 分片。分片键一旦选定就很难更改。"_s;
    const QString quick = u"# 自定义控件\n\n用 `QQuickPaintedItem` 或场景图节点实现高性能控件。"_s;

    return {
        {u"Modern C++ for Qt developers"_s,
         u"From RAII to concurrency, with Qt examples you can paste."_s,
         1,
         0,
         u"#3f6fb5"_s,
         {{u"Foundations"_s,
           {{u"Welcome"_s, u"video"_s, u"A short tour of the course."_s, true, true, {}, {}},
            {u"RAII and ownership"_s,
             u"text"_s,
             raii,
             false,
             false,
             u"Rewrite a function that uses `new`/`delete` so that it owns its resources with RAII. Paste the "
             "code."_s,
             {}},
            {u"Check yourself: ownership"_s,
             u"quiz"_s,
             u"Three questions on what you just read."_s,
             false,
             false,
             {},
             {{u"Who deletes a QObject that has a parent?"_s,
               false,
               QStringList{u"Nobody: it leaks"_s, u"Its parent"_s, u"The event loop"_s},
               {1},
               u"A parent deletes its children in its destructor."_s},
              {u"Which of these own what they point to?"_s,
               true,
               QStringList{u"std::unique_ptr"_s, u"raw pointer"_s, u"std::shared_ptr"_s, u"QPointer"_s},
               {0, 2},
               u"QPointer and raw pointers observe; the smart pointers own."_s},
              {u"Where should a short-lived QFile usually live?"_s,
               false,
               QStringList{u"On the heap with new"_s, u"On the stack"_s},
               {1},
               u"On the stack: its destructor closes it."_s}}}}},
          {u"Concurrency"_s,
           {{u"Threads without tears"_s, u"text"_s, threads, false, false, {}, {}},
            {u"QtConcurrent in practice"_s, u"text"_s, concurrent, false, false, {}, {}}}}}},
        {u"系统设计入门"_s,
         u"从单体到分布式：缓存、队列与数据库扩展。"_s,
         0,
         0,
         u"#2e7d32"_s,
         {{u"基础"_s,
           {{u"缓存"_s, u"text"_s, cache, false, false, {}, {}},
            {u"消息队列"_s, u"text"_s, queue, false, false, {}, {}}}},
          {u"扩展"_s,
           {{u"数据库扩展"_s,
             u"text"_s,
             sharding,
             false,
             false,
             u"为一个社区应用设计分片方案：选择分片键并说明理由。"_s,
             {}},
            {u"小测验"_s,
             u"quiz"_s,
             u"检验一下。"_s,
             false,
             false,
             {},
             {{u"缓存最适合哪类数据？"_s,
               false,
               QStringList{u"读多写少"_s, u"写多读少"_s, u"从不读取"_s},
               {0},
               u"读多写少的数据命中率高。"_s},
              {u"消息队列能带来哪些好处？"_s,
               true,
               QStringList{u"削峰填谷"_s, u"失败重试"_s, u"强一致性"_s},
               {0, 1},
               u"队列解耦生产者与消费者，但不保证强一致。"_s}}}}}}},
        {u"Qt Quick 高级组件开发"_s,
         u"单独购买的进阶课程：自定义控件与性能优化。"_s,
         0,
         19900,
         u"#8e24aa"_s,
         {{u"进阶"_s,
           {{u"课程预览"_s, u"video"_s, u"先看看这门课讲什么。"_s, true, true, {}, {}},
            {u"自定义控件"_s, u"text"_s, quick, false, false, {}, {}}}}}},
    };
}

} // namespace

QString ensureDemoVideo(const QString &mediaDir)
{
    const QString name = u"demo-intro.mp4"_s;
    const QString path = QDir(mediaDir).filePath(name);
    if (QFileInfo(path).size() > 0) {
        return name;
    }
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty() || !QDir().mkpath(mediaDir)) {
        qCWarning(lcDemo) << "no ffmpeg (or no media directory): the demo video lessons have no video";
        return {};
    }
    // Eight seconds of test pattern with a tone, H.264 + AAC, index first so playback starts at once.
    const QString partial = path + u".part"_s;
    QProcess process;
    process.start(ffmpeg, {u"-v"_s,
                           u"error"_s,
                           u"-y"_s,
                           u"-f"_s,
                           u"lavfi"_s,
                           u"-i"_s,
                           u"testsrc=size=480x270:rate=25"_s,
                           u"-f"_s,
                           u"lavfi"_s,
                           u"-i"_s,
                           u"sine=frequency=440:sample_rate=44100"_s,
                           u"-t"_s,
                           u"8"_s,
                           u"-c:v"_s,
                           u"libx264"_s,
                           u"-preset"_s,
                           u"veryfast"_s,
                           u"-pix_fmt"_s,
                           u"yuv420p"_s,
                           u"-c:a"_s,
                           u"aac"_s,
                           u"-b:a"_s,
                           u"64k"_s,
                           u"-shortest"_s,
                           u"-movflags"_s,
                           u"+faststart"_s,
                           u"-f"_s,
                           u"mp4"_s,
                           partial});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qCWarning(lcDemo) << "ffmpeg failed:" << process.readAllStandardError();
        QFile::remove(partial);
        return {};
    }
    QFile::remove(path);
    // A rename, so a second server starting at the same time never sees half a file.
    return QFile::rename(partial, path) || QFileInfo(path).size() > 0 ? name : QString();
}

void seedDemoCourses(QSqlDatabase &db, qint64 authorId, qint64 now, const QString &mediaDir)
{
    const QString video = ensureDemoVideo(mediaDir);
    const qint64 videoBytes = video.isEmpty() ? 0 : QFileInfo(QDir(mediaDir).filePath(video)).size();
    int courseNumber = 0;
    for (const CourseSeed &c : seeds()) {
        const qint64 created = now + courseNumber++;
        const qint64 courseId =
            sql::scalar(db,
                        u"INSERT INTO courses (title, description, author_id, required_tier, created_at, price_cents, "
                        "cover_color, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                        {c.title, c.description, authorId, c.tier, created, c.priceCents, c.color, created})
                .toLongLong();
        int sectionPosition = 0;
        int lessonPosition = 0;
        for (const SectionSeed &s : c.sections) {
            const qint64 sectionId = sql::scalar(db,
                                                 u"INSERT INTO course_sections (course_id, position, title) VALUES (?, "
                                                 "?, ?) RETURNING id"_s,
                                                 {courseId, sectionPosition++, s.title})
                                         .toLongLong();
            for (const LessonSeed &l : s.lessons) {
                const bool hasVideo = l.video && !video.isEmpty();
                const qint64 lessonId =
                    sql::scalar(db,
                                u"INSERT INTO lessons (course_id, section_id, position, title, kind, body, video_file, "
                                "video_bytes, duration_seconds, free_preview, homework_prompt) VALUES (?, ?, ?, ?, ?, "
                                "?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                {courseId, sectionId, lessonPosition++, l.title, l.kind, l.body,
                                 hasVideo ? QVariant(video) : QVariant(QMetaType(QMetaType::QString)),
                                 hasVideo ? videoBytes : 0, l.video ? 8 : 0, l.freePreview ? 1 : 0,
                                 l.homework.isEmpty() ? u""_s : l.homework})
                        .toLongLong();
                int questionPosition = 0;
                for (const QuestionSeed &q : l.questions) {
                    QJsonArray answer;
                    for (int a : q.answer) {
                        answer.append(a);
                    }
                    sql::exec(db,
                              u"INSERT INTO quiz_questions (lesson_id, position, prompt, multiple, options, answer, "
                              "explanation) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                              {lessonId, questionPosition++, q.prompt, q.multiple ? 1 : 0,
                               json(QJsonArray::fromStringList(q.options)), json(answer), q.explanation});
                }
            }
        }
    }
}

} // namespace guild::server::demo
