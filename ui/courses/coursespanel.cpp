#include "coursespanel.h"

#include "coursedelegates.h"
#include "coursepage.h"
#include "models/courselistmodel.h"
#include "services/courseservice.h"
#include "services/downloadservice.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::CourseFilterModel;
using models::CourseListModel;

CoursesPanel::CoursesPanel(app::CourseService &courses, app::DownloadService &downloads, CourseListModel &list,
                           models::SyllabusModel &syllabus, QWidget *parent)
    : QWidget(parent)
    , m_courses(courses)
    , m_list(list)
    , m_filtered(new CourseFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_library(new QListView(this))
    , m_empty(new QLabel(this))
    , m_page(new CoursePage(courses, downloads, syllabus, this))
{
    m_filtered->setSourceModel(&list);
    m_library->setModel(m_filtered);
    m_library->setItemDelegate(new CourseTileDelegate(m_library));
    m_library->setViewMode(QListView::IconMode);
    m_library->setResizeMode(QListView::Adjust);
    m_library->setMovement(QListView::Static);
    m_library->setUniformItemSizes(true);
    m_library->setSpacing(8);
    m_library->setFrameShape(QFrame::NoFrame);
    m_library->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heading->setTextFormat(Qt::PlainText);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);
    m_search->setClearButtonEnabled(true);

    auto *libraryPage = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_heading);
    bar->addStretch();
    bar->addWidget(m_filter);
    bar->addWidget(m_search);
    auto *libraryLayout = new QVBoxLayout(libraryPage);
    libraryLayout->addLayout(bar);
    libraryLayout->addWidget(m_library, 1);
    libraryLayout->addWidget(m_empty, 1);
    m_stack->addWidget(libraryPage);
    m_stack->addWidget(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filtered->setFilter(static_cast<CourseFilterModel::Filter>(m_filter->itemData(index).toInt()));
        updateEmpty();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setSearch(text);
        updateEmpty();
    });
    connect(m_library, &QListView::activated, this,
            [this](const QModelIndex &index) { openCourse(index.data(CourseListModel::IdRole).toLongLong()); });
    connect(m_library, &QListView::clicked, m_library, &QListView::activated);
    connect(&courses, &app::CourseService::courseOpened, this, [this](const protocol::course::Course &course) {
        m_page->showCourse(course);
        if (m_pendingLesson > 0) {
            m_page->openLesson(std::exchange(m_pendingLesson, 0));
        }
    });
    connect(&courses, &app::CourseService::courseUnavailable, this, [this](qint64, const QString &message) {
        m_stack->setCurrentIndex(0);
        Q_EMIT notice(message);
    });
    connect(&courses, &app::CourseService::requestFailed, this, &CoursesPanel::notice);
    connect(m_page, &CoursePage::notice, this, &CoursesPanel::notice);
    connect(m_page, &CoursePage::openUrlRequested, this, &CoursesPanel::openUrlRequested);
    connect(m_page, &CoursePage::backRequested, this, [this] { m_stack->setCurrentIndex(0); });
    connect(&list, &QAbstractItemModel::modelReset, this, &CoursesPanel::updateEmpty);
    // Downloaded courses are marked in the grid as downloads finish or go.
    for (auto signal : {&app::DownloadService::stateChanged, &app::DownloadService::courseFinished}) {
        connect(&downloads, signal, this, [this, &downloads](qint64 courseId) {
            m_list.setDownloaded(courseId, downloads.isDownloaded(courseId));
        });
    }
    connect(&list, &QAbstractItemModel::modelReset, this, [this, &downloads] {
        for (int row = 0; row < m_list.rowCount(); ++row) {
            const qint64 id = m_list.index(row).data(CourseListModel::IdRole).toLongLong();
            m_list.setDownloaded(id, downloads.isDownloaded(id));
        }
    });
    retranslate();
    updateEmpty();
}

void CoursesPanel::setCovers(app::PictureCache &covers)
{
    static_cast<CourseTileDelegate *>(m_library->itemDelegate())->setCovers(picturesFor(covers, m_library));
}

void CoursesPanel::openCourse(qint64 courseId)
{
    m_stack->setCurrentIndex(1);
    m_courses.openCourse(courseId);
}

void CoursesPanel::openLesson(qint64 courseId, qint64 lessonId)
{
    m_pendingLesson = lessonId;
    openCourse(courseId);
}

void CoursesPanel::updateEmpty()
{
    const bool empty = m_filtered->rowCount() == 0;
    m_library->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(m_list.rowCount() == 0 ? tr("No courses yet. They appear here once Guild has reached the server.")
                                            : tr("No course matches."));
}

void CoursesPanel::retranslate()
{
    m_heading->setText(tr("Courses"));
    m_search->setPlaceholderText(tr("Search courses"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_library->setAccessibleName(tr("Courses"));
    const int current = m_filter->currentIndex();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All courses"), int(CourseFilterModel::Filter::All));
    m_filter->addItem(tr("Enrolled"), int(CourseFilterModel::Filter::Enrolled));
    m_filter->addItem(tr("In progress"), int(CourseFilterModel::Filter::InProgress));
    m_filter->addItem(tr("Completed"), int(CourseFilterModel::Filter::Completed));
    m_filter->addItem(tr("Free"), int(CourseFilterModel::Filter::Free));
    m_filter->addItem(tr("Downloaded"), int(CourseFilterModel::Filter::Downloaded));
    m_filter->setCurrentIndex(qMax(0, current));
    updateEmpty();
}

void CoursesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
