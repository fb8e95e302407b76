#include "lessonform.h"

#include "common/formatting.h"
#include "common/notice.h"
#include "common/pictureinserter.h"
#include "models/quiztext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;
using course::LessonKind;

LessonForm::LessonForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_preview(new QCheckBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_homework(new QLineEdit(this))
    , m_quiz(new QPlainTextEdit(this))
    , m_quizStatus(new QLabel(this))
    , m_video(new QLabel(this))
    , m_upload(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancelUpload(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_insertPicture(new QPushButton(this))
    , m_pictureStatus(new QLabel(this))
{
    buildLayout();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LessonForm::updateKind);
    connect(m_quiz, &QPlainTextEdit::textChanged, this, &LessonForm::checkQuiz);
    connect(m_save, &QPushButton::clicked, this, &LessonForm::saveRequested);
    connect(m_cancelUpload, &QPushButton::clicked, this, &LessonForm::cancelUploadRequested);
    connect(m_upload, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the lesson's video"), QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
            tr("Videos (*.mp4 *.m4v *.webm)"));
        if (!path.isEmpty()) {
            Q_EMIT uploadRequested(m_lessonId, path);
        }
    });
    connect(m_title, &QLineEdit::textChanged, this,
            [this] { m_save->setEnabled(!m_title->text().trimmed().isEmpty()); });
    retranslate();
    showUpload(0, 0, false, QString());
}

void LessonForm::buildLayout()
{
    m_title->setMaxLength(200);
    for (LessonKind kind : {LessonKind::Text, LessonKind::Quiz, LessonKind::Video}) {
        m_kind->addItem(QString(), static_cast<int>(kind));
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body->setFont(mono);
    m_quiz->setFont(mono);
    m_body->setTabChangesFocus(true);
    m_quiz->setTabChangesFocus(true);
    m_quizStatus->setTextFormat(Qt::PlainText);
    m_quizStatus->setWordWrap(true);
    m_video->setTextFormat(Qt::PlainText);
    m_progress->setTextVisible(true);

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_preview);
    kindRow->addStretch();
    auto *videoRow = new QHBoxLayout;
    videoRow->addWidget(m_video, 1);
    videoRow->addWidget(m_upload);
    auto *uploadRow = new QHBoxLayout;
    uploadRow->addWidget(m_progress, 1);
    uploadRow->addWidget(m_cancelUpload);

    auto *form = new QFormLayout;
    for (QLabel *&label : m_labels) {
        label = new QLabel(this);
    }
    form->addRow(m_labels[0], m_title);
    form->addRow(m_labels[1], kindRow);
    form->addRow(m_labels[2], m_homework);
    form->addRow(m_labels[3], videoRow);
    form->addRow(QString(), uploadRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_labels[4]);
    layout->addWidget(m_body, 2);
    layout->addWidget(m_quiz, 2);
    layout->addWidget(m_quizStatus);
    m_pictureStatus->setTextFormat(Qt::PlainText);
    m_pictureStatus->setWordWrap(true);
    m_insertPicture->hide(); // until pictures can be sent
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_insertPicture);
    bottom->addWidget(m_pictureStatus, 1);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
}

void LessonForm::setPictures(app::ImageUploader &uploader)
{
    if (m_pictures) {
        return;
    }
    m_pictures = new PictureInserter(m_insertPicture, m_body, uploader,
                                     [this](const QString &why) { showNotice(m_pictureStatus, why, false); });
}

void LessonForm::setLesson(const course::LessonSummary &summary, const course::Lesson &lesson)
{
    m_lessonId = summary.id;
    m_videoBytes = summary.videoBytes;
    m_title->setText(summary.title);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(static_cast<int>(summary.kind))));
    m_preview->setChecked(summary.freePreview);
    m_body->setPlainText(lesson.body);
    m_homework->setText(lesson.homeworkPrompt);
    m_quiz->setPlainText(models::QuizText::write(lesson.questions));
    m_video->setText(m_videoBytes > 0 ? tr("Video: %1").arg(sizeText(m_videoBytes)) : tr("No video yet."));
    updateKind();
}

std::optional<LessonInput> LessonForm::input()
{
    LessonInput in;
    in.title = m_title->text().trimmed();
    in.kind = static_cast<LessonKind>(m_kind->currentData().toInt());
    in.body = m_body->toPlainText();
    in.freePreview = m_preview->isChecked();
    in.homeworkPrompt = m_homework->text().trimmed();
    if (in.kind == LessonKind::Quiz) {
        QString error;
        const auto questions = models::QuizText::read(m_quiz->toPlainText(), &error);
        if (!questions) {
            m_quizStatus->setText(error);
            return std::nullopt;
        }
        in.questions = *questions;
    }
    return in;
}

void LessonForm::showUpload(qint64 received, qint64 total, bool running, const QString &status)
{
    m_progress->setVisible(total > 0 || running);
    m_cancelUpload->setVisible(running);
    m_upload->setEnabled(!running && m_lessonId > 0);
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    m_progress->setValue(total > 0 ? int(received * 1000 / total) : 0);
    m_progress->setFormat(status.isEmpty() ? tr("%1 of %2").arg(sizeText(received), sizeText(total)) : status);
}

void LessonForm::updateKind()
{
    const auto kind = static_cast<LessonKind>(m_kind->currentData().toInt());
    m_quiz->setVisible(kind == LessonKind::Quiz);
    m_quizStatus->setVisible(kind == LessonKind::Quiz);
    for (QWidget *w : std::initializer_list<QWidget *>{m_video, m_upload, m_labels[3]}) {
        w->setVisible(kind == LessonKind::Video);
    }
    m_labels[4]->setText(kind == LessonKind::Video  ? tr("Notes under the video (Markdown)")
                         : kind == LessonKind::Quiz ? tr("Introduction (Markdown)")
                                                    : tr("Text (Markdown)"));
    checkQuiz();
}

void LessonForm::checkQuiz()
{
    if (!m_quiz->isVisible() && static_cast<LessonKind>(m_kind->currentData().toInt()) != LessonKind::Quiz) {
        return;
    }
    QString error;
    const auto questions = models::QuizText::read(m_quiz->toPlainText(), &error);
    m_quizStatus->setText(questions ? tr("%n question(s), ready to save.", nullptr, int(questions->size())) : error);
}

void LessonForm::retranslate()
{
    m_insertPicture->setText(tr("Insert picture…"));
    const std::array labels{tr("Title"), tr("Kind"), tr("Homework"), tr("Video")};
    for (size_t i = 0; i < labels.size(); ++i) {
        m_labels[i]->setText(labels[i]);
    }
    const std::array kinds{tr("Text"), tr("Quiz"), tr("Video")};
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, kinds[size_t(i)]);
    }
    m_preview->setText(tr("Free preview for every member"));
    m_homework->setPlaceholderText(tr("A task members hand in for review (optional)"));
    m_quiz->setPlaceholderText(tr("? The question\n* a right answer\n- a wrong answer\n> why (optional)"));
    m_upload->setText(tr("Upload video…"));
    m_cancelUpload->setText(tr("Cancel upload"));
    m_save->setText(tr("Save lesson"));
    updateKind();
}

void LessonForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
