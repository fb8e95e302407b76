#include "courseeditor.h"

#include "common/notice.h"
#include "courseform.h"
#include "lessonform.h"
#include "models/courseoutlinemodel.h"
#include "services/courseauthoringservice.h"
#include "services/picturecache.h"
#include "services/videouploader.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;
using models::CourseOutlineModel;

namespace {

enum Page
{
    HintPage,
    CoursePage,
    SectionPage,
    LessonPage,
};

} // namespace

CourseEditor::CourseEditor(app::CourseAuthoringService &authoring, app::VideoUploader &uploader, QWidget *parent)
    : QWidget(parent)
    , m_authoring(authoring)
    , m_uploader(uploader)
    , m_model(new CourseOutlineModel(this))
    , m_courseBox(new QComboBox(this))
    , m_newCourse(new QPushButton(this))
    , m_outline(new QTreeView(this))
    , m_addSection(new QPushButton(this))
    , m_addLesson(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_forms(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_courseForm(new CourseForm(this))
    , m_sectionPage(new QWidget(this))
    , m_sectionTitle(new QLineEdit(this))
    , m_saveSection(new QPushButton(this))
    , m_lessonForm(new LessonForm(this))
    , m_notice(new QLabel(this))
{
    m_outline->setModel(m_model);
    buildLayout();
    wire();
    retranslate();
    showSelected();
}

void CourseEditor::buildLayout()
{
    m_outline->setHeaderHidden(true);
    m_outline->setDragDropMode(QAbstractItemView::InternalMove);
    m_outline->setDefaultDropAction(Qt::MoveAction);
    m_outline->setDragEnabled(true);
    m_outline->setAcceptDrops(true);
    m_outline->setDropIndicatorShown(true);
    m_outline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outline->setExpandsOnDoubleClick(false);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);

    auto *sectionLayout = new QVBoxLayout(m_sectionPage);
    sectionLayout->setContentsMargins(0, 0, 0, 0);
    sectionLayout->addWidget(m_sectionTitle);
    sectionLayout->addWidget(m_saveSection, 0, Qt::AlignRight);
    sectionLayout->addStretch();
    m_forms->insertWidget(HintPage, m_hint);
    m_forms->insertWidget(CoursePage, m_courseForm);
    m_forms->insertWidget(SectionPage, m_sectionPage);
    m_forms->insertWidget(LessonPage, m_lessonForm);

    auto *top = new QHBoxLayout;
    top->addWidget(m_courseBox, 1);
    top->addWidget(m_newCourse);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_outline, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSection);
    buttons->addWidget(m_addLesson);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    leftLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_forms);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notice);
}

void CourseEditor::wire()
{
    connect(&m_authoring, &app::CourseAuthoringService::coursesLoaded, this,
            [this](const QList<course::Course> &courses) {
                const qint64 current = m_course.id;
                const QSignalBlocker quiet(m_courseBox);
                m_courseBox->clear();
                for (const course::Course &c : courses) {
                    m_courseBox->addItem(c.published ? c.title : tr("%1 (draft)").arg(c.title), c.id);
                }
                const int row = m_courseBox->findData(current);
                m_courseBox->setCurrentIndex(row);
                if (row < 0 && !courses.isEmpty() && current == 0) {
                    m_courseBox->setCurrentIndex(0);
                    m_authoring.loadCourse(courses.first().id);
                }
            });
    connect(m_courseBox, &QComboBox::currentIndexChanged, this, [this] {
        if (const qint64 id = m_courseBox->currentData().toLongLong(); id > 0) {
            m_authoring.loadCourse(id);
        }
    });
    connect(&m_authoring, &app::CourseAuthoringService::courseLoaded, this, [this](const course::Course &course) {
        // What was selected stays selected across the reload that follows every change.
        const QModelIndex before = m_outline->currentIndex();
        const bool wasSection = before.data(CourseOutlineModel::IsSectionRole).toBool();
        const qint64 selected = before.data(CourseOutlineModel::IdRole).toLongLong();
        m_course = course;
        m_model->setCourse(course);
        m_outline->expandAll();
        if (const int row = m_courseBox->findData(course.id); row >= 0) {
            const QSignalBlocker quiet(m_courseBox);
            m_courseBox->setCurrentIndex(row);
        }
        const qint64 lesson = std::exchange(m_selectLesson, 0);
        const QModelIndex again = lesson > 0   ? m_model->lessonIndex(lesson)
                                  : wasSection ? m_model->sectionIndex(selected)
                                               : m_model->lessonIndex(selected);
        m_outline->setCurrentIndex(again);
        m_courseForm->setCourse(course);
        m_courseForm->setCoverPreview(m_covers && course.hasCover ? m_covers->image(course.id) : QImage());
        showSelected();
    });
    connect(&m_authoring, &app::CourseAuthoringService::lessonAdded, this,
            [this](qint64, qint64 lessonId) { m_selectLesson = lessonId; });
    connect(&m_authoring, &app::CourseAuthoringService::lessonLoaded, this, [this](const course::Lesson &lesson) {
        const QModelIndex current = m_outline->currentIndex();
        if (current.data(CourseOutlineModel::IdRole).toLongLong() != lesson.id ||
            current.data(CourseOutlineModel::IsSectionRole).toBool()) {
            return; // the author moved on
        }
        for (const course::Section &s : m_course.sections) {
            for (const course::LessonSummary &l : s.lessons) {
                if (l.id == lesson.id) {
                    m_lessonForm->setLesson(l, lesson);
                }
            }
        }
        m_forms->setCurrentIndex(LessonPage);
    });
    connect(&m_authoring, &app::CourseAuthoringService::notice, this,
            [this](const QString &message, bool ok) { showNotice(m_notice, message, ok); });
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, &CourseEditor::showSelected);
    connect(m_model, &CourseOutlineModel::orderChanged, this,
            [this](const CourseOrder &order) { m_authoring.reorder(m_model->courseId(), order); });

    connect(m_newCourse, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New course"), tr("Title of the course:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (ok && !title.trimmed().isEmpty()) {
            CourseInput input;
            input.title = title.trimmed();
            m_course = {};
            m_authoring.createCourse(input);
        }
    });
    connect(m_courseForm, &CourseForm::saveRequested, this,
            [this] { m_authoring.updateCourse(m_course.id, m_courseForm->input()); });
    connect(m_courseForm, &CourseForm::coverChosen, this,
            [this](const QByteArray &bytes) { m_authoring.setCover(m_course.id, bytes); });
    connect(m_courseForm, &CourseForm::coverRemoveRequested, this,
            [this] { m_authoring.setCover(m_course.id, QByteArray()); });
    connect(m_courseForm, &CourseForm::coverUnreadable, this, [this] {
        showNotice(m_notice, tr("This file is not a picture Guild can read, or too large even made small."), false);
    });
    connect(m_saveSection, &QPushButton::clicked, this, [this] {
        if (const qint64 section = selectedSectionId(); section > 0 && !m_sectionTitle->text().trimmed().isEmpty()) {
            m_authoring.renameSection(m_course.id, section, m_sectionTitle->text().trimmed());
        }
    });
    connect(m_addSection, &QPushButton::clicked, this, &CourseEditor::addSection);
    connect(m_addLesson, &QPushButton::clicked, this, &CourseEditor::addLesson);
    connect(m_delete, &QPushButton::clicked, this, &CourseEditor::deleteSelected);
    connect(m_lessonForm, &LessonForm::saveRequested, this, [this] {
        if (const std::optional<LessonInput> input = m_lessonForm->input()) {
            m_authoring.editLesson(m_course.id, m_lessonForm->lessonId(), *input);
        }
    });

    connect(m_lessonForm, &LessonForm::uploadRequested, this,
            [this](qint64 lessonId, const QString &path) { m_uploader.start(lessonId, path); });
    connect(m_lessonForm, &LessonForm::cancelUploadRequested, &m_uploader, &app::VideoUploader::cancel);
    connect(&m_uploader, &app::VideoUploader::progress, this,
            [this](qint64 received, qint64 total) { m_lessonForm->showUpload(received, total, true, QString()); });
    connect(&m_uploader, &app::VideoUploader::stateChanged, this, [this](app::VideoUploader::State state) {
        if (state == app::VideoUploader::State::Hashing) {
            m_lessonForm->showUpload(0, 0, true, tr("Checking the file…"));
        } else if (state == app::VideoUploader::State::Waiting) {
            m_lessonForm->showUpload(0, 0, true, tr("Connection lost: resuming when the server answers…"));
        }
    });
    connect(&m_uploader, &app::VideoUploader::finished, this, [this](qint64 lessonId, bool ok, const QString &message) {
        m_lessonForm->showUpload(0, 0, false, QString());
        showNotice(m_notice, message, ok);
        if (ok && m_course.id > 0) {
            m_selectLesson = lessonId;
            m_authoring.loadCourse(m_course.id);
        }
    });
}

void CourseEditor::setPictures(app::ImageUploader &uploader)
{
    m_lessonForm->setPictures(uploader);
}

void CourseEditor::setCovers(app::PictureCache &covers)
{
    m_covers = &covers;
    connect(&covers, &app::PictureCache::changed, this, [this](qint64 courseId) {
        if (courseId == m_course.id) {
            m_courseForm->setCoverPreview(m_covers->image(courseId));
        }
    });
}

void CourseEditor::reload()
{
    m_authoring.loadCourses();
}

qint64 CourseEditor::selectedSectionId() const
{
    const QModelIndex current = m_outline->currentIndex();
    if (!current.isValid()) {
        return 0;
    }
    return current.data(CourseOutlineModel::IsSectionRole).toBool()
               ? current.data(CourseOutlineModel::IdRole).toLongLong()
               : current.data(CourseOutlineModel::SectionIdRole).toLongLong();
}

void CourseEditor::showSelected()
{
    const bool haveCourse = m_course.id > 0;
    const QModelIndex current = m_outline->currentIndex();
    m_addSection->setEnabled(haveCourse);
    m_addLesson->setEnabled(selectedSectionId() > 0);
    m_delete->setEnabled(current.isValid());
    if (!haveCourse) {
        m_forms->setCurrentIndex(HintPage);
    } else if (!current.isValid()) {
        m_forms->setCurrentIndex(CoursePage);
    } else if (current.data(CourseOutlineModel::IsSectionRole).toBool()) {
        m_sectionTitle->setText(current.data().toString());
        m_forms->setCurrentIndex(SectionPage);
    } else if (m_lessonForm->lessonId() != current.data(CourseOutlineModel::IdRole).toLongLong() ||
               m_forms->currentIndex() != LessonPage) {
        // The content comes from the server (a quiz with its answers); the page shows when it is here.
        m_authoring.loadLesson(current.data(CourseOutlineModel::IdRole).toLongLong());
    }
}

void CourseEditor::addSection()
{
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("New section"), tr("Title of the section:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !title.trimmed().isEmpty()) {
        m_authoring.addSection(m_course.id, title.trimmed());
    }
}

void CourseEditor::addLesson()
{
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("New lesson"), tr("Title of the lesson:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !title.trimmed().isEmpty()) {
        LessonInput input;
        input.sectionId = selectedSectionId();
        input.title = title.trimmed();
        m_authoring.addLesson(m_course.id, input);
    }
}

void CourseEditor::deleteSelected()
{
    const QModelIndex current = m_outline->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const bool section = current.data(CourseOutlineModel::IsSectionRole).toBool();
    const QString question = section ? tr("Delete the section \u201c%1\u201d? Only an empty section can go.")
                                     : tr("Delete the lesson \u201c%1\u201d with everyone's progress on it?");
    if (QMessageBox::question(this, tr("Delete"), question.arg(current.data().toString())) != QMessageBox::Yes) {
        return;
    }
    const qint64 id = current.data(CourseOutlineModel::IdRole).toLongLong();
    if (section) {
        m_authoring.deleteSection(m_course.id, id);
    } else {
        m_authoring.deleteLesson(m_course.id, id);
    }
}

void CourseEditor::retranslate()
{
    m_newCourse->setText(tr("New course…"));
    m_addSection->setText(tr("Add section…"));
    m_addLesson->setText(tr("Add lesson…"));
    m_delete->setText(tr("Delete…"));
    m_saveSection->setText(tr("Save section"));
    m_sectionTitle->setPlaceholderText(tr("Title of the section"));
    m_outline->setToolTip(tr("Drag sections and lessons to reorder them; a lesson can move to another section."));
    m_hint->setText(tr("Start a course with \u201cNew course\u2026\u201d: it stays a draft, seen by you and admins, "
                       "until you publish it."));
}

void CourseEditor::showEvent(QShowEvent *event)
{
    reload(); // courses made elsewhere (another author, another device) show up
    QWidget::showEvent(event);
}

void CourseEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
