// The client's authoring stack against a real server: a course made and rearranged through
// CourseAuthoringService, a lesson's quiz read back with its answers for its author only, and a video
// uploaded by VideoUploader through a proxy that loses an answer halfway (the uploader asks where the
// upload stands and goes on), then checked byte for byte; cancelling, and files that are not videos.

#include "models/quiztext.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/courseauthoringservice.h"
#include "services/videouploader.h"
#include "session.h"
#include "support/httpclient.h"
#include "support/lossyproxy.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using namespace guild::protocol;
using test::TestServer;
namespace endpoints = guild::protocol::endpoints;

namespace {

/// An MP4-looking file of `size` bytes (an "ftyp" box, then noise).
QByteArray fakeMp4(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    const QByteArray head = QByteArray::fromHex("00000018") + "ftypisom";
    bytes.replace(0, head.size(), head);
    return bytes;
}

struct Author
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
    CourseAuthoringService authoring{api};
    VideoUploader uploader{api};
};

} // namespace

class TestAuthoringClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void course_madeArrangedAndItsQuizReadBackForItsAuthorOnly()
    {
        Author author;
        QVERIFY(test::signIn(author.session, m_server->baseUrl(), u"author"_s));
        QSignalSpy loaded(&author.authoring, &CourseAuthoringService::courseLoaded);
        QSignalSpy listed(&author.authoring, &CourseAuthoringService::coursesLoaded);
        CourseInput input;
        input.title = u"Signals and slots"_s;
        input.requiredTier = Tier::Member;
        author.authoring.createCourse(input);
        QVERIFY(loaded.wait());
        const course::Course made = loaded.last().at(0).value<course::Course>();
        QVERIFY(!made.published);
        QVERIFY(made.editable);
        QTRY_VERIFY(!listed.isEmpty());
        bool mine = false;
        for (const course::Course &c : listed.last().at(0).value<QList<course::Course>>()) {
            mine = mine || c.id == made.id;
            QVERIFY(c.editable);
        }
        QVERIFY(mine);

        author.authoring.addSection(made.id, u"Basics"_s);
        QVERIFY(loaded.wait());
        author.authoring.addSection(made.id, u"More"_s);
        QVERIFY(loaded.wait());
        const course::Course withSections = loaded.last().at(0).value<course::Course>();
        QCOMPARE(withSections.sections.size(), 2);
        const qint64 basics = withSections.sections.at(0).id;
        const qint64 more = withSections.sections.at(1).id;

        QString error;
        LessonInput quiz;
        quiz.sectionId = basics;
        quiz.title = u"Check"_s;
        quiz.kind = course::LessonKind::Quiz;
        quiz.questions =
            *models::QuizText::read(u"? Who emits?\n* the sender\n- the receiver\n> Signals go out."_s, &error);
        QSignalSpy added(&author.authoring, &CourseAuthoringService::lessonAdded);
        author.authoring.addLesson(made.id, quiz);
        QVERIFY(added.wait());
        const qint64 quizId = added.last().at(1).toLongLong();

        // The author reads the quiz with its answer (to edit it); a member would not.
        QSignalSpy lesson(&author.authoring, &CourseAuthoringService::lessonLoaded);
        author.authoring.loadLesson(quizId);
        QVERIFY(lesson.wait());
        const course::Lesson read = lesson.last().at(0).value<course::Lesson>();
        QCOMPARE(read.questions.size(), 1);
        QCOMPARE(read.questions.at(0).answer, QList<int>{0});
        QCOMPARE(read.questions.at(0).explanation, u"Signals go out."_s);

        // Moved to the other section, then published: a member now sees it, without the answers.
        CourseOrder order{{{basics, {}}, {more, {quizId}}}};
        author.authoring.reorder(made.id, order);
        QTRY_COMPARE(loaded.last().at(0).value<course::Course>().sections.at(1).lessons.size(), 1);
        input.published = true;
        author.authoring.updateCourse(made.id, input);
        QTRY_VERIFY(loaded.last().at(0).value<course::Course>().published);
        test::HttpClient member = test::HttpClient::signedIn(m_server->baseUrl(), u"member"_s);
        const QJsonObject seen = member.get(endpoints::GetLesson.url(quizId)).json;
        QCOMPARE(seen[u"lesson"_s][u"questions"_s].toArray().size(), 1);
        QVERIFY(!seen[u"lesson"_s][u"questions"_s][0].toObject().contains(u"answer"_s));

        // Refusals come back as messages, and change nothing.
        QSignalSpy notice(&author.authoring, &CourseAuthoringService::notice);
        author.authoring.deleteSection(made.id, more); // not empty
        QVERIFY(notice.wait());
        QVERIFY(!notice.last().at(1).toBool());
    }

    void video_uploadsInPieces_resumesAfterALostAnswer_andArrivesWhole()
    {
        test::LossyProxy proxy(quint16(m_server->baseUrl().port()));
        Author author;
        QVERIFY(test::signIn(author.session, proxy.url(), u"author"_s));
        test::HttpClient http = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        const qint64 course =
            http.post(endpoints::CreateCourse.url(), {{u"title"_s, u"Video"_s}}).json[u"course"_s][u"id"_s].toInteger();
        const qint64 section = http.post(endpoints::AddSection.url(course), {{u"title"_s, u"S"_s}})
                                   .json[u"course"_s][u"sections"_s][0][u"id"_s]
                                   .toInteger();
        const qint64 lesson = http.post(endpoints::AddLesson.url(course),
                                        {{u"sectionId"_s, section}, {u"title"_s, u"Clip"_s}, {u"kind"_s, u"video"_s}})
                                  .json[u"lesson"_s][u"id"_s]
                                  .toInteger();
        const QByteArray video = fakeMp4(3 * UploadPieceMax + 4321);
        const QString path = writeFile(u"clip.mp4"_s, video);
        QVERIFY(!path.isEmpty());

        author.uploader.backoff() = Backoff(50, 300, 0.2);
        QSignalSpy progress(&author.uploader, &VideoUploader::progress);
        QSignalSpy finished(&author.uploader, &VideoUploader::finished);
        QSignalSpy states(&author.uploader, &VideoUploader::stateChanged);
        // Once the first piece is in, the answers to the next two requests are lost on their way back
        // (Qt may send a lost PUT again by itself; the second loss makes the uploader see it).
        connect(&author.uploader, &VideoUploader::progress, this, [&proxy](qint64 received, qint64) {
            if (received == UploadPieceMax) {
                proxy.dropAnswers(6);
            }
        });
        QVERIFY(author.uploader.start(lesson, path));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
        QCOMPARE(proxy.dropped(), 6);
        QCOMPARE(progress.last().at(0).toLongLong(), video.size());
        bool waited = false;
        for (const QList<QVariant> &s : states) {
            waited = waited || s.at(0).value<VideoUploader::State>() == VideoUploader::State::Waiting;
        }
        QVERIFY(waited); // it noticed the loss and resumed
        QCOMPARE(author.uploader.state(), VideoUploader::State::Idle);

        // What the server plays is the file, byte for byte.
        const QString link = http.post(endpoints::VideoLink.url(lesson), {}).json[u"url"_s].toString();
        const test::HttpResponse media = http.get(link);
        QCOMPARE(media.status, 200);
        QCOMPARE(QCryptographicHash::hash(media.body, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(video, QCryptographicHash::Sha256));

        // Cancelled at once: nothing more is sent, and it says so.
        QVERIFY(author.uploader.start(lesson, path));
        author.uploader.cancel();
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(author.uploader.state(), VideoUploader::State::Idle);

        // Not a video: refused before a byte leaves.
        const QString text = writeFile(u"notes.txt"_s, "just text");
        QVERIFY(!author.uploader.start(lesson, text));
        QVERIFY(finished.last().at(2).toString().contains(u"MP4"_s));
        // A file that says MP4 but is not: the server refuses its first piece.
        QVERIFY(author.uploader.start(lesson, writeFile(u"fake.mp4"_s, QByteArray(5000, 'x'))));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestAuthoringClient)
#include "tst_authoringclient.moc"
