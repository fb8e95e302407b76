#include "coursepage.h"

#include "certificatepdf.h"
#include "common/formatting.h"
#include "coursedelegates.h"
#include "lessonview.h"
#include "models/syllabusmodel.h"
#include "services/courseservice.h"
#include "services/downloadservice.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::course;
using models::SyllabusModel;

CoursePage::CoursePage(app::CourseService &courses, app::DownloadService &downloads, SyllabusModel &syllabus,
                       QWidget *parent)
    : QWidget(parent)
    , m_courses(courses)
    , m_downloads(downloads)
    , m_syllabus(syllabus)
    , m_back(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_description(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_enroll(new QPushButton(this))
    , m_buy(new QPushButton(this))
    , m_continue(new QPushButton(this))
    , m_download(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_certificate(new QPushButton(this))
    , m_downloadBar(new QProgressBar(this))
    , m_downloadText(new QLabel(this))
    , m_syllabusList(new QListView(this))
    , m_lesson(new LessonView(courses, downloads, syllabus, this))
{
    for (QLabel *label : {m_title, m_meta, m_description, m_downloadText}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_downloadText->setForegroundRole(QPalette::PlaceholderText);
    m_back->setFlat(true);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(260);
    m_downloadBar->setRange(0, 1000);
    m_downloadBar->setTextVisible(false);
    m_downloadBar->setMaximumHeight(8);

    m_syllabusList->setModel(&syllabus);
    m_syllabusList->setItemDelegate(new SyllabusDelegate(m_syllabusList));
    m_syllabusList->setFrameShape(QFrame::NoFrame);
    m_syllabusList->setMinimumWidth(280);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_enroll, m_buy, m_continue, m_download, m_pause, m_remove, m_certificate}) {
        actions->addWidget(b);
    }
    actions->addStretch();
    auto *header = new QVBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignLeft);
    header->addWidget(m_title);
    header->addWidget(m_meta);
    header->addWidget(m_description);
    header->addWidget(m_progress);
    header->addLayout(actions);
    header->addWidget(m_downloadBar);
    header->addWidget(m_downloadText);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"courseSplitter"_s); // its sizes are kept across restarts (WindowState)
    splitter->addWidget(m_syllabusList);
    splitter->addWidget(m_lesson);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_back, &QPushButton::clicked, this, [this] {
        m_lesson->leave();
        Q_EMIT backRequested();
    });
    connect(m_enroll, &QPushButton::clicked, this, [this] { m_courses.enroll(m_course.id); });
    connect(m_buy, &QPushButton::clicked, this, [this] {
        m_buy->setEnabled(false); // one checkout per click; enabled again when the course shows anew
        m_courses.buyCourse(m_course.id);
    });
    connect(&m_courses, &app::CourseService::checkoutReady, this, [this](qint64 courseId, const QUrl &url) {
        m_awaitingPurchase = courseId;
        Q_EMIT openUrlRequested(url);
        Q_EMIT notice(tr("Finish the payment in your browser; the course opens here once it is paid."));
    });
    connect(&m_courses, &app::CourseService::requestFailed, this, [this] { m_buy->setEnabled(true); });
    connect(m_continue, &QPushButton::clicked, this,
            [this] { openLesson(m_syllabus.continueLesson(m_course.lastLessonId)); });
    connect(m_download, &QPushButton::clicked, this, [this] { m_downloads.downloadCourse(m_course); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_downloads.isPaused(m_course.id)) {
            m_downloads.resume(m_course.id);
        } else {
            m_downloads.pause(m_course.id);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_downloads.remove(m_course.id); });
    connect(m_certificate, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("Certificate - %1.pdf").arg(m_course.title));
        m_certificatePath =
            QFileDialog::getSaveFileName(this, tr("Export certificate"), suggested, tr("PDF documents (*.pdf)"));
        if (!m_certificatePath.isEmpty()) {
            m_courses.fetchCertificate(m_course.certificateId);
        }
    });
    connect(&m_courses, &app::CourseService::certificateReady, this, &CoursePage::exportCertificate);
    connect(m_syllabusList, &QListView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(SyllabusModel::IsSectionRole).toBool()) {
            openLesson(index.data(SyllabusModel::LessonIdRole).toLongLong());
        }
    });
    connect(m_syllabusList, &QListView::clicked, m_syllabusList, &QListView::activated);
    connect(m_lesson, &LessonView::openLessonRequested, this, &CoursePage::openLesson);
    connect(&m_courses, &app::CourseService::lessonOpened, this, [this](const Lesson &lesson) {
        if (lesson.courseId == m_course.id) {
            m_lesson->showLesson(lesson);
        }
    });
    connect(&m_courses, &app::CourseService::lessonUnavailable, m_lesson,
            [this](qint64, const QString &message) { m_lesson->showUnavailable(message); });
    for (auto signal : {&app::DownloadService::stateChanged, &app::DownloadService::courseFinished}) {
        connect(&m_downloads, signal, this, [this](qint64 courseId) {
            if (courseId == m_course.id) {
                updateDownload();
            }
        });
    }
    connect(&m_downloads, &app::DownloadService::courseProgress, this, [this](qint64 courseId, qint64, qint64) {
        if (courseId == m_course.id) {
            updateDownload();
        }
    });
    connect(&m_downloads, &app::DownloadService::fileProgress, this,
            [this](qint64 courseId, qint64 lessonId, qint64 done, qint64 total) {
                if (courseId == m_course.id && total > 0) {
                    m_syllabus.setDownload(lessonId, done >= total ? 100 : static_cast<int>(done * 100 / total));
                }
            });
    connect(&m_downloads, &app::DownloadService::failed, this, [this](qint64 courseId, const QString &message) {
        if (courseId == m_course.id) {
            m_downloadText->setText(tr("Download interrupted (%1); it carries on by itself.").arg(message));
        }
    });
    retranslate();
}

void CoursePage::showCourse(const Course &course)
{
    const bool other = course.id != m_course.id;
    if (m_awaitingPurchase == course.id && course.access == Access::Open) {
        m_awaitingPurchase = 0;
        Q_EMIT notice(tr("Payment received: “%1” is yours.").arg(course.title));
    }
    m_buy->setEnabled(true);
    m_course = course;
    m_title->setText(course.title);
    m_description->setText(course.description);
    m_progress->setValue(course.progressPercent);
    m_progress->setVisible(course.enrolled);
    for (const Section &s : course.sections) {
        for (const LessonSummary &l : s.lessons) {
            if (!m_downloads.localVideo(l.id).isEmpty()) {
                m_syllabus.setDownload(l.id, 100);
            }
        }
    }
    if (other) {
        m_lesson->leave();
    }
    retranslate();
    updateDownload();
}

void CoursePage::openLesson(qint64 lessonId)
{
    if (lessonId <= 0) {
        return;
    }
    m_syllabusList->setCurrentIndex(m_syllabus.index(m_syllabus.rowOfLesson(lessonId)));
    m_courses.openLesson(lessonId);
}

void CoursePage::updateDownload()
{
    const qint64 total = app::DownloadService::totalBytes(m_course);
    const bool known =
        m_downloads.isActive(m_course.id) || m_downloads.isPaused(m_course.id) || m_downloads.isDownloaded(m_course.id);
    const bool open = m_course.access == Access::Open;
    const auto [done, expected] = m_downloads.progress(m_course.id);
    const bool downloaded = known && m_downloads.isDownloaded(m_course.id);
    m_download->setVisible(open && !known && total >= 0);
    m_download->setText(total > 0 ? tr("Download for offline use (%1)").arg(sizeText(total))
                                  : tr("Keep for offline reading"));
    m_pause->setVisible(known && !downloaded);
    m_pause->setText(m_downloads.isPaused(m_course.id) ? tr("Resume download") : tr("Pause download"));
    m_remove->setVisible(known);
    m_remove->setText(tr("Remove download"));
    m_downloadBar->setVisible(known && !downloaded && expected > 0);
    m_downloadBar->setValue(expected > 0 ? static_cast<int>(done * 1000 / expected) : 0);
    if (downloaded) {
        m_downloadText->setText(tr("On this computer: lessons and videos work offline (%1).").arg(sizeText(expected)));
    } else if (known) {
        m_downloadText->setText(tr("%1 of %2 downloaded%3")
                                    .arg(sizeText(done), sizeText(expected),
                                         m_downloads.isPaused(m_course.id) ? tr(" · paused") : QString()));
    } else {
        m_downloadText->clear();
    }
    m_downloadText->setVisible(!m_downloadText->text().isEmpty());
}

void CoursePage::exportCertificate(const Certificate &certificate)
{
    if (m_certificatePath.isEmpty() || certificate.id != m_course.certificateId) {
        return;
    }
    const QString path = std::exchange(m_certificatePath, QString());
    const QString verify = m_courses.certificateUrl(certificate.id).toString();
    QPointer<CoursePage> self(this);
    // Painting a PDF and writing it to disk stays off the GUI thread.
    QThreadPool::globalInstance()->start([self, path, certificate, verify] {
        const bool ok = writeCertificatePdf(path, certificate, verify);
        QMetaObject::invokeMethod(qApp, [self, ok, path] {
            if (self) {
                Q_EMIT self->notice(ok ? tr("Certificate saved to %1.").arg(QDir::toNativeSeparators(path))
                                       : tr("The certificate could not be written to %1.").arg(path));
            }
        });
    });
}

void CoursePage::retranslate()
{
    m_back->setText(tr("← All courses"));
    m_syllabusList->setAccessibleName(tr("Lessons of the course"));
    m_progress->setFormat(tr("%p% done")); // here, so a change of language reaches it
    QString needs;
    if (m_course.priceCents > 0) {
        needs = tr("sold on its own: %1").arg(moneyText(m_course.priceCents, m_course.currency));
    } else {
        needs = m_course.requiredTier == protocol::Tier::Free
                    ? tr("free for every member")
                    : tr("needs the %1 tier or higher").arg(tierDisplayName(m_course.requiredTier));
    }
    QString meta = tr("%1 · %n lesson(s) · %2", nullptr, m_course.lessonCount).arg(m_course.authorName, needs);
    if (m_course.access == Access::PurchaseRequired) {
        meta += u"\n"_s + tr("This course is sold on its own; the free previews are open to everyone.");
    } else if (m_course.access == Access::MembershipRequired) {
        meta += u"\n"_s + tr("Upgrade your membership to open every lesson; the free previews are open now.");
    }
    m_meta->setText(meta);
    m_buy->setText(tr("Buy this course (%1)…").arg(moneyText(m_course.priceCents, m_course.currency)));
    m_buy->setVisible(m_course.access == Access::PurchaseRequired);
    m_enroll->setText(tr("Enroll"));
    m_enroll->setVisible(!m_course.enrolled && m_course.access == Access::Open);
    m_continue->setText(m_course.completedLessons > 0 || m_course.lastLessonId > 0 ? tr("Continue where you left off")
                                                                                   : tr("Start the course"));
    m_continue->setVisible(m_course.access == Access::Open && m_course.lessonCount > 0);
    m_certificate->setText(tr("Export certificate (PDF)…"));
    m_certificate->setVisible(!m_course.certificateId.isEmpty());
}

void CoursePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateDownload();
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_awaitingPurchase > 0) {
        // Back from the browser: the payment may have gone through.
        m_courses.openCourse(m_awaitingPurchase);
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
